"""Phrase and pattern matching over page text, shared by the site extractors. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from research.extract.text import boundless


def same_length_fold(text: str) -> str:
    """Case-insensitive matching that survives Turkish dotted capital I ("İletişim"), same length."""
    return text.replace("İ", "i")


@cache
def phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive regex for all phrases; whole words unless the phrase is CJK or Arabic."""
    unique = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    words = [re.escape(p) for p in unique if not boundless(p)]
    loose = [re.escape(p) for p in unique if boundless(p)]
    # Lookarounds once around the whole alternation: far faster than once per phrase.
    parts = ([rf"(?<!\w)(?:{'|'.join(words)})(?!\w)"] if words else []) + loose
    return re.compile("|".join(parts), re.I) if parts else None


def find_phrases(text: str, phrases: Iterable[str]) -> list[re.Match[str]]:
    rx = phrase_regex(tuple(phrases))
    return list(rx.finditer(same_length_fold(text))) if rx else []


def snippet(text: str, start: int, end: int, width: int = 70) -> str:
    """The match with some context, on word boundaries where possible."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    out = text[left:right].strip()
    return ("…" if left else "") + out + ("…" if right < len(text) else "")


def to_int(raw: str) -> int | None:
    """'1,200' / '1.200' / '1 200' -> 1200; None if it is not a plain count."""
    digits = re.sub(r"[,. \u00a0\u202f]", "", raw.strip())
    return int(digits) if digits.isdigit() and len(digits) <= 9 else None


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?。！？;；])\s+|[\n|•·]+|(?<=[。！？；])", text) if s.strip()]
