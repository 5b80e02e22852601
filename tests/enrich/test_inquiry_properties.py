"""Whatever a stranger writes, the inquiry reader answers: no text makes it raise.

Property-based (hypothesis): any Unicode text, numbers written every way, URLs, emoji, RTL marks, NUL bytes.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from research.enrich.inquiry import analyse
from research.extract import inquiry_read as read
from research.types import Inquiry

_PIECES = st.sampled_from(
    ["1,000,000", "1.000.000", "2 000", "500", "0.5", "1,5", "pcs", "x40HQ", " ", "\n", "\r\n", "\u200f", "\x00",
     "US$", "€", "件", "http://example.com/a?b=1", "dear sir", "FOB", "٣٤٥", "🙂", "%", "-", "/", "by May 3, 2001"]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_TEXT, subject=st.text(max_size=40))
def test_any_text_is_read_without_an_exception(body: str, subject: str) -> None:
    facts, signals = analyse(Inquiry(email="a@example.com", subject=subject, body=body))
    assert 0 <= facts["specificity"] <= 100
    assert all(s.code.startswith("inquiry.") for s in signals)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_every_quantity_read_is_a_number(text: str) -> None:
    for q in read.all_quantities(text):
        assert q["value"] >= 0 and q["text"]


def test_mixed_thousands_separators_do_not_crash_the_reader() -> None:
    """ "US$ 1,000,000 500 pcs" once raised ValueError and lost the whole inquiry finding."""
    facts, _ = analyse(Inquiry(body="Budget US$ 1,000,000 500 pcs of vases"))
    assert facts["quantities"]
