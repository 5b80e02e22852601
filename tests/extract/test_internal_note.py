"""A note to a colleague about a buyer is no inquiry (issue 16 problem 9)."""

from __future__ import annotations

import pytest

from research.extract.internal_note import note_words
from research.inputs import from_file
from research.settings import PROJECT_ROOT


@pytest.mark.parametrize(
    "text",
    [
        "小王，这个客户要2000个花瓶，帮我看一下价格，谢谢",
        "Hi Li, the customer wants a quote for 500 vases, can you check the price with the factory? Wang",
        "客户说下周要样品，你跟进一下",
        "Tom, this buyer asked for our catalogue again. Please follow up today.",
    ],
)
def test_notes_to_a_colleague_are_recognised(text: str) -> None:
    about, asked = note_words(text)
    assert about and asked


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir, our customer needs 2000 vases. Can you check stock and send your best price?",
        "您好，我们的客户需要2000个花瓶，请帮我报价",  # a trading company's client, and "please quote for me"
        "Please quote 2000 vases, the customer service team will send the PO.",
        # A colleague's note above the buyer's forwarded mail: the mail below is what to research.
        "小王，这个客户帮我跟进一下\n\n---------- Forwarded message ----------\nFrom: karen@harborline-imports.com\nHi",
    ],
)
def test_buyers_own_words_are_not_notes(text: str) -> None:
    assert note_words(text) == []


def test_no_inquiry_of_the_corpus_reads_as_a_note() -> None:
    folders = [PROJECT_ROOT / "tests" / "corpus", PROJECT_ROOT / "tests" / "fixtures"]
    files = [p for f in folders for p in f.rglob("*") if p.suffix in (".txt", ".eml")]
    bodies = []
    for path in files:
        try:
            bodies.append(from_file(path).body)
        except Exception:  # fixtures that are not mail (profiles, CSV) are no inquiry either
            continue
    assert len(bodies) > 50
    assert [b[:60] for b in bodies if note_words(b)] == []
