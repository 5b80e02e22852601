"""The lower-case test for structured-data markers says what the IGNORECASE regex says, on any page."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from research.extract.site_structured import _MARKERS, has_markers

LAB = Path(__file__).parents[1] / "lab"
_PIECES = ["ld+json", "LD+JSON", "itemscope", "ItemType", "property", "PROPERTY", "=", " ", "\t", "\n", "<meta ", '"']
_ODD = "İıſKkKsSiI+ldjon=\u00a0\u2028"


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet=_ODD, max_size=3), st.text(max_size=3))).map("".join)
)
def test_the_lower_case_test_agrees_with_the_regex(text: str) -> None:
    assert has_markers(text) == (_MARKERS.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    ['<meta PROPERTY = "og:title">', "<div ITEMſCOPE>", "application/ld+jſon", "<div İTEMTYPE=x>", "<p>nothing</p>"],
)
def test_odd_letters_are_read_as_the_regex_reads_them(text: str) -> None:
    assert has_markers(text) == (_MARKERS.search(text) is not None)


def test_every_lab_page_gets_the_same_answer() -> None:
    files = sorted([*(LAB / "sites").rglob("*.html"), *(LAB / "holdout_sites").rglob("*.html")])
    answers = [has_markers(f.read_text("utf-8", "replace")) for f in files]
    assert answers == [_MARKERS.search(f.read_text("utf-8", "replace")) is not None for f in files]
    assert any(answers) and not all(answers)
