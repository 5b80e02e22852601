"""Lines with too few digits are not given to the phone matcher, and a site's repeated lines are read
once: neither hides a number."""

from __future__ import annotations

import re
from pathlib import Path

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import COUNTRY_CODES_FOR_NON_GEO_REGIONS, SUPPORTED_REGIONS

from research.extract import site_contacts
from research.extract.site_contacts import FEWEST_DIGITS, phones
from research.extract.site_page import read_page

LAB = Path(__file__).parents[1] / "lab"
# The regions with the shortest numbers, and the common ones.
REGIONS = ("AT", "DE", "IR", "LU", "NU", "SH", "TK", "UY", "US", "GB", "CN", "FR", "ZZ")


def test_no_region_has_a_valid_number_shorter_than_the_fewest_digits() -> None:
    metadata = [PhoneMetadata.metadata_for_region(r) for r in SUPPORTED_REGIONS]
    metadata += [PhoneMetadata.metadata_for_nongeo_region(c) for c in COUNTRY_CODES_FOR_NON_GEO_REGIONS]
    # A valid number matches its region's general description, whose lengths are listed.
    shortest = min(min(m.general_desc.possible_length) for m in metadata)
    assert shortest == FEWEST_DIGITS


def _matched(line: str, region: str) -> list[str]:
    return [m.raw_string for m in phonenumbers.PhoneNumberMatcher(line, region, leniency=phonenumbers.Leniency.VALID)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from("0123456789０１２٣۴"),  # ASCII, full-width, Arabic-Indic digits
            st.sampled_from(["x", "X", "ｘ", "ext", "ext.", "#", "+", "(", ")", "-", ".", "/", " ", "tel", "~", "*"]),
            st.text(alphabet="abcxyzTELFAX: ", max_size=4),
        ),
        max_size=20,
    ).map("".join),
    st.sampled_from(REGIONS),
)
def test_a_line_with_fewer_digits_holds_no_valid_number(line: str, region: str) -> None:
    if len(re.findall(r"\d", line)) < FEWEST_DIGITS:
        assert _matched(line, region) == []
    assert (site_contacts._DIGITS.search(line) is not None) == (len(re.findall(r"\d", line)) >= FEWEST_DIGITS)


def test_a_site_read_with_its_lines_shared_finds_the_numbers_each_page_finds() -> None:
    for site in sorted(p for p in (LAB / "sites").iterdir() if p.is_dir()):
        docs = [
            read_page(f"https://{site.name}/{f.name}", f.read_text("utf-8", "replace")) for f in site.glob("*.html")
        ]
        for region in ("", "US", "DE"):
            seen: site_contacts.LineMatches = {}
            shared = [p for d in docs for p in phones(d, region, seen)]
            alone = [p for d in docs for p in phones(d, region)]
            assert shared == alone
