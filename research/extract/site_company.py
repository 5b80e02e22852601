"""Who the company is: description, founding year, size hints. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from research.data.load import toml_table
from research.extract import site_structured as sd
from research.extract.site_page import PageDoc
from research.extract.site_text import may_match, snippet, to_int
from research.facts import SizeHint

_ORG_TYPES = ("Organization", "Corporation", "LocalBusiness", "Store", "WholesaleStore", "OnlineStore")
_SQFT_TO_M2 = 0.0929
# Sanity caps: a number above these is a phone number, a price or a typo, not a size.
_CAPS = {"employees": 3_000_000, "stores": 200_000, "warehouse_m2": 5_000_000, "brands": 100_000, "countries": 250}


@cache
def _founded_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in toml_table("website/founded.toml")["patterns"])


@cache
def _not_after(kind: str) -> tuple[str, ...]:
    return tuple(toml_table("website/size_patterns.toml")[kind].get("not_after", []))


def _customers_counted(text: str, kind: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].lower()
    return any(w in before for w in _not_after(kind))


@cache
def _size_patterns() -> dict[str, tuple[tuple[re.Pattern[str], float], ...]]:
    out: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {}
    for kind, table in toml_table("website/size_patterns.toml").items():
        pats = [(re.compile(p, re.I), 1.0) for p in table.get("patterns", [])]
        pats += [(re.compile(p, re.I), _SQFT_TO_M2) for p in table.get("sqft_patterns", [])]
        out[kind] = tuple(pats)
    return out


def organizations(docs: Sequence[PageDoc]) -> list[tuple[PageDoc, dict[str, Any]]]:
    return [(d, o) for d in docs for o in sd.of_type(d.structured, *_ORG_TYPES)]


def description(docs: Sequence[PageDoc]) -> dict[str, str] | None:
    """The company's own summary: schema.org, meta description, else the about page's first paragraph."""
    for doc, org in organizations(docs):
        if text := sd.text_value(org.get("description")):
            return {"text": text[:600], "url": doc.url}
    for doc in docs:
        if doc.meta_description and doc.kind in ("home", "about"):
            return {"text": doc.meta_description[:600], "url": doc.url}
    for doc in docs:
        if doc.kind == "about":
            para = next((line for line in doc.lines if len(line) > 80), "")
            if para:
                return {"text": para[:600], "url": doc.url}
    return None


def founded(docs: Sequence[PageDoc], this_year: int) -> dict[str, Any] | None:
    """The founding year and where it is written; about pages are the most reliable."""
    for doc, org in organizations(docs):
        m = re.search(r"\b(1[89]\d\d|20[0-2]\d)\b", sd.text_value(org.get("foundingDate")))
        if m and 1800 <= int(m.group(1)) <= this_year:
            return {"year": int(m.group(1)), "url": doc.url, "snippet": f"foundingDate: {m.group(1)}"}
    ordered = sorted(docs, key=lambda d: {"about": 0, "home": 1}.get(d.kind, 2))
    for doc in ordered:
        text = doc.titled_text
        for rx in _founded_patterns():
            for m in rx.finditer(text) if may_match(rx, text) else ():
                year = int(m.group("y"))
                if 1800 <= year <= this_year:
                    return {"year": year, "url": doc.url, "snippet": snippet(text, m.start(), m.end())}
    return None


def size_hints(docs: Sequence[PageDoc]) -> list[SizeHint]:
    """Employees, stores, warehouse area, brands carried, countries served: the largest claim of each kind."""
    best: dict[str, SizeHint] = {}
    for doc, org in organizations(docs):
        n = to_int(sd.text_value(org.get("numberOfEmployees")))
        if n:
            best["employees"] = {"kind": "employees", "value": n, "text": f"numberOfEmployees: {n}", "url": doc.url}
    for doc in docs:
        text = doc.text
        for kind, patterns in _size_patterns().items():
            for rx, factor in patterns:
                for m in rx.finditer(text) if may_match(rx, text) else ():
                    n = to_int(m.group("n"))
                    if not n or n > _CAPS[kind] or (kind in best and best[kind].get("value", 0) >= round(n * factor)):
                        continue
                    if _customers_counted(text, kind, m.start()):
                        continue
                    text_at = snippet(text, m.start(), m.end(), 50)
                    best[kind] = {"kind": kind, "value": round(n * factor), "text": text_at, "url": doc.url}
    return list(best.values())
