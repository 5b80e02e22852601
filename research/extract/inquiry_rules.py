"""The inquiry phrase and pattern files, loaded once, each pattern compiled on its first search.

``research/data/inquiry/common.toml`` holds what is the same in every language;
every other ``<lang>.toml`` there adds that language's phrases. All languages
are applied to every message: inquiries mix languages (a Spanish body with
English trade terms), and adding a language is adding a file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from research.data.load import toml_table

_DIR = "inquiry"
_NOT_LANGUAGES = {"common", "fields", "told_apart"}


class Pattern:
    """A pattern of the inquiry files, compiled on its first search.

    The word test (``prefilter``) rules out nearly all of the 1,500 patterns for any one mail by the words
    they need, so most are never searched in a process; compiling them all up front cost every process
    0.25 s before its first inquiry. Compiling twice when two threads meet a new pattern at once is harmless.
    """

    __slots__ = ("_rx", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = re.I) -> None:
        self.pattern = pattern
        self.flags = int(flags | re.UNICODE)  # as re.compile reports it for a str pattern (inline flags aside)
        self._rx: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern, self.flags)
        return rx

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"


Patterns = dict[str, tuple[Pattern, ...]]


@dataclass(frozen=True)
class InquiryRules:
    specific: Patterns
    vague: tuple[str, ...]
    template_cues: tuple[str, ...]
    template_min: int
    scam: Patterns  # each raises the signal inquiry.<name> by itself
    cue: Patterns  # read only together with other evidence
    business: Patterns  # each raises inquiry.<name>
    units: dict[str, str]  # unit word -> pieces | containers | tons | bulk
    thresholds: dict[str, float]
    common: dict[str, Any]


def languages() -> tuple[str, ...]:
    folder = resources.files("research.data").joinpath(_DIR)
    names = (p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))
    return tuple(sorted(n for n in names if n not in _NOT_LANGUAGES))


def _compile(patterns: list[str]) -> tuple[Pattern, ...]:
    return tuple(Pattern(p) for p in patterns)


def _merge_patterns(tables: list[dict[str, Any]]) -> Patterns:
    merged: dict[str, list[str]] = defaultdict(list)
    for table in tables:
        for kind, patterns in table.items():
            merged[kind].extend(patterns)
    return {kind: _compile(patterns) for kind, patterns in merged.items()}


@cache
def rules() -> InquiryRules:
    common = toml_table(f"{_DIR}/common.toml")
    # told_apart.toml: the scams of languages we only tell apart, read with every language's patterns
    langs = [toml_table(f"{_DIR}/{lang}.toml") for lang in languages()] + [toml_table(f"{_DIR}/told_apart.toml")]
    units = {u.lower(): kind for kind in ("pieces", "containers", "tons", "bulk") for u in common["quantity"][kind]}
    return InquiryRules(
        specific=_merge_patterns([common["specific"], *(t.get("specific", {}) for t in langs)]),
        vague=tuple(sorted({p.lower() for t in langs for p in t.get("vague", {}).get("phrases", [])})),
        template_cues=tuple(sorted({p.lower() for t in langs for p in t.get("template", {}).get("cues", [])})),
        template_min=int(common["template"]["min_cues"]),
        scam=_merge_patterns([t.get("scam", {}) for t in langs]),
        cue=_merge_patterns([t.get("cue", {}) for t in langs]),
        business=_merge_patterns([t.get("business", {}) for t in langs]),
        units=units,
        thresholds={k: float(v) for k, v in common["quantity"]["thresholds"].items()},
        common=common,
    )
