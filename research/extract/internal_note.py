"""Whether a pasted text is a note to a colleague about a buyer rather than the buyer's own mail. Pure.

The words are data (``research/data/internal_note.toml``): the buyer spoken of in the third person and
something asked of a colleague, both in the newest message, with nothing quoted or forwarded below it.
"""

from __future__ import annotations

import re
from functools import cache

from research.data.load import toml_table
from research.extract.signature import own_part


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    table = toml_table("internal_note.toml")
    compiled = [tuple(re.compile(p, re.I) for p in table[key]) for key in ("third_person", "colleague_ask")]
    return compiled[0], compiled[1]


def _first(patterns: tuple[re.Pattern[str], ...], text: str) -> str:
    return next((m.group(0) for rx in patterns if (m := rx.search(text))), "")


def note_words(text: str) -> list[str]:
    """The words that make ``text`` read as a note to a colleague (one of each kind), or [] when it does not."""
    own = own_part(text)
    if own.strip() != text.strip():  # a buyer's mail is quoted or forwarded below: it is there to research
        return []
    third, ask = _patterns()
    about, asked = _first(third, own), _first(ask, own)
    return [about, asked] if about and asked else []
