"""Markets named in more languages, with the country names CLDR gives (scripts/gen_countries.py)."""

from __future__ import annotations

import pytest

from research.extract.site_markets import markets
from tests.extract.test_site_extract import _doc


@pytest.mark.parametrize(
    ("text", "lang", "codes"),
    [
        (
            "Verkrijgbaar bij meer dan 650 winkels in Nederland, België, Duitsland en Zweden.",
            "nl",
            {"NL", "BE", "DE", "SE"},
        ),
        ("Oferujemy dostawy do Polski, Czech, Słowacji i na Litwę.", "pl", {"PL", "CZ", "SK"}),
        ("Consegne in Italia, Svizzera, Austria e Slovenia.", "it", {"IT", "CH", "AT", "SI"}),
        ("Leverans till Sverige, Norge och Finland.", "sv", {"SE", "NO", "FI"}),
        ("Αποστολή σε Ελλάδα και Κύπρο.", "el", {"GR"}),
        ("Sold through 650 stockists in the Netherlands and Denmark.", "en", {"NL", "DK"}),
    ],
)
def test_markets_in_more_languages(text: str, lang: str, codes: set[str]) -> None:
    found, _ = markets([_doc(f"<p>{text}</p>", lang=lang)])
    assert codes <= {m["code"] for m in found}


def test_a_source_country_is_still_not_a_market_in_dutch() -> None:
    found, _ = markets([_doc("<p>Wij leveren aan winkels in Nederland. Gemaakt in China.</p>", lang="nl")])
    assert {m["code"] for m in found} == {"NL"}
