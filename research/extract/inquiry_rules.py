"""The inquiry phrase and pattern files, loaded and compiled once.

``research/data/inquiry/common.toml`` holds what is the same in every language;
every other ``<lang>.toml`` there adds that language's phrases. All languages
are applied to every message: inquiries mix languages (a Spanish body with
English trade terms), and adding a language is adding a file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from research.data.load import toml_table

_DIR = "inquiry"
_NOT_LANGUAGES = {"common", "fields"}


@dataclass(frozen=True)
class InquiryRules:
    specific: dict[str, tuple[re.Pattern[str], ...]]
    vague: tuple[str, ...]
    template_cues: tuple[str, ...]
    template_min: int
    scam: dict[str, tuple[re.Pattern[str], ...]]  # each raises the signal inquiry.<name> by itself
    cue: dict[str, tuple[re.Pattern[str], ...]]  # read only together with other evidence
    business: dict[str, tuple[re.Pattern[str], ...]]  # each raises inquiry.<name>
    units: dict[str, str]  # unit word -> pieces | containers | tons | bulk
    thresholds: dict[str, float]
    common: dict[str, Any]


def languages() -> tuple[str, ...]:
    folder = resources.files("research.data").joinpath(_DIR)
    names = (p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))
    return tuple(sorted(n for n in names if n not in _NOT_LANGUAGES))


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


def _merge_patterns(tables: list[dict[str, Any]]) -> dict[str, tuple[re.Pattern[str], ...]]:
    merged: dict[str, list[str]] = defaultdict(list)
    for table in tables:
        for kind, patterns in table.items():
            merged[kind].extend(patterns)
    return {kind: _compile(patterns) for kind, patterns in merged.items()}


@cache
def rules() -> InquiryRules:
    common = toml_table(f"{_DIR}/common.toml")
    langs = [toml_table(f"{_DIR}/{lang}.toml") for lang in languages()]
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
