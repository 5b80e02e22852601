"""How the buyer does business (shop, wholesale, OEM, chain...), certifications, and placeholder states. Pure.

Phrases and platform markers live in research/data/website/business_model.toml, states in states.toml,
certifications in certifications.toml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from research.data.load import toml_table
from research.extract.site_page import PageDoc
from research.extract.site_text import find_phrases, may_hold, may_match, snippet


@cache
def _models() -> dict[str, dict[str, Any]]:
    return dict(toml_table("website/business_model.toml"))


def business_models() -> tuple[str, ...]:
    """The models a site may show (shop, wholesale, oem, chain ...), in the data file's order."""
    return tuple(_models())


def site_states() -> tuple[str, ...]:
    """The states a home page may be in besides ok (parked, for_sale, under_construction ...)."""
    return tuple(k for k, v in toml_table("website/states.toml").items() if isinstance(v, dict))


def business_model(docs: Sequence[PageDoc]) -> dict[str, list[dict[str, str]]]:
    """model -> evidence [{url, text, snippet}]; only models with enough different hits."""
    out: dict[str, list[dict[str, str]]] = {}
    low_htmls = [doc.raw_html.lower() for doc in docs]
    for model, rule in _models().items():
        hits: dict[str, dict[str, str]] = {}
        for doc, low_html in zip(docs, low_htmls, strict=True):
            text = doc.titled_text
            for m in find_phrases(text, rule.get("phrases", [])):
                hits.setdefault(
                    m.group(0).lower(),
                    {"url": doc.url, "text": m.group(0), "snippet": snippet(text, m.start(), m.end())},
                )
            for marker in rule.get("markers", []):
                if marker in low_html and marker not in hits:
                    i = low_html.index(marker)
                    hits[marker] = {"url": doc.url, "text": marker, "snippet": doc.raw_html[max(0, i - 40) : i + 60]}
        if rule.get("cities"):
            hits.update(_city_office(docs, rule["cities"], rule["office_words"]))
        if hits and (len(hits) >= int(rule.get("min_hits", 1)) or any(k in rule.get("markers", []) for k in hits)):
            out[model] = list(hits.values())
    return out


def _city_office(docs: Sequence[PageDoc], cities: list[str], office_words: list[str]) -> dict[str, dict[str, str]]:
    """Sentences that put an office (team, branch...) in a Chinese trade city."""
    hits: dict[str, dict[str, str]] = {}
    for doc in docs:
        # The page's words, read already for the models' phrases, hold every sentence's words.
        if not may_hold(doc.titled_text, tuple(cities)):
            continue
        for sentence in doc.sentences:
            city = find_phrases(sentence, cities)
            if city and find_phrases(sentence, office_words):
                text = city[0].group(0)
                hits.setdefault(text.lower(), {"url": doc.url, "text": text, "snippet": sentence[:240]})
    return hits


@cache
def _cert_patterns() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(p) for name, p in toml_table("website/certifications.toml")["patterns"].items()}


def certifications(docs: Sequence[PageDoc]) -> list[dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for doc in docs:
        text = doc.text
        for name, rx in _cert_patterns().items():
            m = rx.search(text) if name not in found and may_match(rx, text) else None
            if m:
                found[name] = {"name": name, "url": doc.url, "snippet": snippet(text, m.start(), m.end(), 50)}
    return list(found.values())


def site_state(home: PageDoc) -> tuple[str, str]:
    """(state, the phrase or reason) of a home page: ok, parked, for_sale, under_construction,
    default_page or js_shell."""
    table = toml_table("website/states.toml")
    text = home.titled_text
    headline = " | ".join((home.title, *home.headings[:1]))  # what the page is about, not a section of it
    if len(text) <= int(table["max_chars"]):
        for state in ("for_sale", "parked", "under_construction", "default_page"):
            where = text if len(text) <= int(table[state]["max_chars"]) else headline
            hits = find_phrases(where, table[state]["phrases"])
            if hits:
                return state, hits[0].group(0)
    shell = table["js_shell"]
    visible = len(" ".join(home.lines))
    if visible <= int(shell["max_visible_chars"]) and home.scripts:
        said = find_phrases(text, shell["phrases"])
        root = next((r for r in shell["app_roots"] if r in home.raw_html), "")
        if said or root:
            return "js_shell", said[0].group(0) if said else root
    return "ok", ""
