"""Certifications the buyer asks for (or shows) against the ones we hold (profile)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from research.data.load import toml_table
from research.extract.text import fold


def _key(name: str) -> str:
    return re.sub(r"[^\w]+", "", fold(name))


def _pattern(spellings: Iterable[str], flags: int) -> re.Pattern[str] | None:
    alts = "|".join(re.escape(s).replace(r"\ ", r"[\s\-]?") for s in spellings)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", flags) if alts else None


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    """Per certification: an exact pattern (spellings with capitals) and a folded one."""
    names: dict[str, list[str]] = toml_table("certifications.toml")["names"]
    return tuple(
        (
            shown,
            _pattern([s for s in spellings if s != s.lower()], 0),
            _pattern([fold(s) for s in spellings if s == s.lower()], re.IGNORECASE),
        )
        for shown, spellings in names.items()
    )


def mentioned(text: str) -> list[str]:
    """Certifications named in a text, as the report shows them."""
    folded = fold(text)
    return [
        shown
        for shown, exact, loose in _patterns()
        if (exact and exact.search(text)) or (loose and loose.search(folded))
    ]


@dataclass(frozen=True)
class CertFit:
    asked: tuple[str, ...]
    held: tuple[str, ...]
    missing: tuple[str, ...]


def cert_fit(asked: Iterable[str], ours: Iterable[str]) -> CertFit:
    mine = {_key(c) for c in ours}
    wanted = tuple(dict.fromkeys(asked))
    return CertFit(
        asked=wanted,
        held=tuple(c for c in wanted if _key(c) in mine),
        missing=tuple(c for c in wanted if _key(c) not in mine),
    )
