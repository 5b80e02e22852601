"""Website discovery from the company name (issue 16): for a free-mail sender with no site, domains guessed
from the name are checked in the lab; one whose home page names the company is "probably theirs"."""

from __future__ import annotations

from pathlib import Path

import pytest

from research.context import open_context
from research.enrich import website
from research.enrich.site_discovery import name_guesses, name_words, names_company
from research.types import Finding, Inquiry
from tests.helpers import lab_settings
from tests.lab.lab import Lab


def test_guesses_come_from_the_name_under_the_stated_country_first() -> None:
    spain = Inquiry(email="lucia.perez@gmail.com", company="Casa Bonita Distribuciones S.L.", country="España")
    assert name_guesses(spain)[:4] == [
        "casabonitadistribuciones.es",
        "casa-bonita-distribuciones.es",
        "casabonita.es",
        "casa-bonita.es",
    ]
    uk = name_guesses(Inquiry(email="tom@gmail.com", company="Baker Home Supplies Ltd", country="UK"))
    assert uk[0] == "bakerhomesupplies.co.uk" and "bakerhomesupplies.com" in uk


@pytest.mark.parametrize(
    "inquiry",
    [
        Inquiry(email="karen@harborline-imports.com", company="Harborline Imports LLC"),  # their own domain
        Inquiry(email="tom@gmail.com", company="Harborline Imports", website="harborline-imports.com"),  # named
        Inquiry(email="tom@gmail.com", company="Harborline", body="Web: www.harborline-imports.com"),  # written
        Inquiry(email="tom@gmail.com", company="上海家居贸易有限公司"),  # another script: no Latin guess
        Inquiry(email="tom@gmail.com", company="ABC Ltd"),  # too short to be anybody's in particular
        Inquiry(email="tom@gmail.com"),
    ],
)
def test_no_guess_when_there_is_a_site_or_no_usable_name(inquiry: Inquiry) -> None:
    assert name_guesses(inquiry) == []


def test_the_page_must_name_the_company() -> None:
    words = name_words("Casa Bonita Distribuciones S.L.")
    assert names_company("Casa Bonita Distribuciones | Menaje y decoración", words)
    assert names_company("Bienvenidos a CasaBonita", words)  # a logo runs the words together
    assert not names_company("Casa de la Bonita Playa", words)
    assert not names_company("Baker", name_words("Baker Trading Ltd"))


async def _run(lab: Lab, tmp_path: Path, inquiry: Inquiry) -> Finding:
    async with open_context(lab_settings(lab, tmp_path, cache_enabled=False)) as ctx:
        return await website.run(inquiry, ctx)


async def test_a_free_mail_sender_s_site_is_found_from_the_name_as_probable(lab: Lab, tmp_path: Path) -> None:
    inquiry = Inquiry(email="lucia.perez@gmail.com", company="Casa Bonita Distribuciones S.L.", country="Spain")
    f = await _run(lab, tmp_path, inquiry)
    assert f.status == "skipped" and f.reason == "website.probable_only"
    assert f.facts["reachable"] is False and "url" not in f.facts  # never the buyer's website
    assert f.facts["probable_url"].startswith(("https://casa-bonita.es", "http://casa-bonita.es"))
    assert f.facts["probable_title"].startswith("Casa Bonita Distribuciones")
    assert [s.code for s in f.signals] == ["website.probable_from_name"]
    asked = {name for name, _ in lab.dns_log}
    assert {"casabonitadistribuciones.es", "casa-bonita.es"} <= {a.rstrip(".").lower() for a in asked}


@pytest.mark.parametrize(
    "company",
    [
        "Kelvin Supplies",  # kelvin-supplies.com answers with a web server's default page
        "Sunrise Global Trading",  # sunrise-global-trading.com is for sale
        "Nordhaus Mobel Outlet",  # nothing under the guesses
    ],
)
async def test_a_guess_that_is_no_working_site_naming_them_is_not_shown(lab: Lab, tmp_path: Path, company: str) -> None:
    f = await _run(lab, tmp_path, Inquiry(email="buyer@gmail.com", company=company))
    assert f.reason == "website.no_candidate" and "probable_url" not in f.facts and not f.signals
    assert f.facts["name_guesses"]  # what was tried is kept for the report
