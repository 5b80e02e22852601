"""A site pattern is skipped only on a text it cannot match: may_match never hides a size claim, a
founding year, a price, a certificate or an identifier's label."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from research.extract import identifiers, site_company, site_markets, site_model
from research.extract.site_page import read_page
from research.extract.site_text import may_match

LAB = Path(__file__).parents[1] / "lab"


def _patterns() -> list[re.Pattern[str]]:
    out = [rx for patterns in site_company._size_patterns().values() for rx, _factor in patterns]
    out += list(site_company._founded_patterns())
    out += [rx for rxs in site_markets._currency_patterns().values() for rx in rxs]
    out += list(site_model._cert_patterns().values())
    out += [label for kind in identifiers._kinds() for label in kind.labels]
    return out


PATTERNS = _patterns()


def test_the_lab_pages_match_where_may_match_lets_them() -> None:
    files = sorted([*(LAB / "sites").rglob("*.html"), *(LAB / "holdout_sites").rglob("*.html")])
    texts = [read_page("https://x.example/", f.read_text("utf-8", errors="replace")).text for f in files]
    matched = 0
    for text in texts:
        for rx in PATTERNS:
            hit = rx.search(text) is not None
            matched += hit
            assert may_match(rx, text) or not hit, (rx.pattern, text[:200])
    assert matched > 50


def test_most_patterns_are_skipped_on_a_page_without_their_words() -> None:
    text = "Welcome to our shop. Contact us: +44 20 7946 0958. Opening hours 9-17."
    assert sum(may_match(rx, text) for rx in PATTERNS) < len(PATTERNS) // 4


# Characters IGNORECASE treats specially, and what sits around a claim on a page.
_AROUND = st.text(alphabet="İıIiſsSKkΣσςµ ,.:-1\u00a0中", max_size=6)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_text_a_pattern_matches_passes(data: st.DataObject) -> None:
    rx = data.draw(st.sampled_from(PATTERNS))
    core = data.draw(st.from_regex(rx, fullmatch=True))
    text = (
        data.draw(_AROUND)
        + data.draw(st.sampled_from([core, core.upper(), core.lower(), core.title()]))
        + data.draw(_AROUND)
    )
    assert may_match(rx, text) or rx.search(text) is None
