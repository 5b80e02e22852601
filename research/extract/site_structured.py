"""schema.org JSON-LD and microdata, and OpenGraph, flattened into plain items. Pure."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

_SYNTAXES = ["json-ld", "microdata", "opengraph"]
# What each syntax cannot do without: a page with none of them has nothing for extruct to read, and
# most pages have none, so the parse (and extruct's import, a quarter of a second) is skipped.
_MARKERS = re.compile(r"ld\+json|itemscope|itemtype|property\s*=", re.I)
_log = logging.getLogger(__name__)
# The same test on the lower-cased page, without IGNORECASE (which tries each letter both ways at every
# position of a page): exact unless the page holds a character IGNORECASE also takes for i, s or k.
_LOWER_MARKERS = ("ld+json", "itemscope", "itemtype")
_LOWER_PROPERTY = re.compile(r"property\s*=")
_OTHER_ISK = "\u0130\u0131\u017f\u212a"  # İ ı ſ K


def has_markers(html_text: str) -> bool:
    """Whether the page holds anything extruct reads (``_MARKERS``)."""
    if any(c in html_text for c in _OTHER_ISK):
        return _MARKERS.search(html_text) is not None
    low = html_text.lower()
    return any(m in low for m in _LOWER_MARKERS) or _LOWER_PROPERTY.search(low) is not None


def _types(item: dict[str, Any]) -> list[str]:
    raw = item.get("@type") or item.get("type") or []
    values = raw if isinstance(raw, list) else [raw]
    return [str(v).rsplit("/", 1)[-1] for v in values]


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every typed object, however deeply nested (@graph, offers, itemListElement...)."""
    if isinstance(node, list):
        for child in node:
            yield from _walk(child)
    elif isinstance(node, dict):
        if "properties" in node and "type" in node:  # microdata shape
            yield {"@type": _types(node), **node["properties"]}
            yield from _walk(list(node["properties"].values()))
            return
        if "@type" in node:
            yield {**node, "@type": _types(node)}
        for key, value in node.items():
            if key != "@context":
                yield from _walk(value)


def _opengraph(items: list[Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        for key, value in item.get("properties", []):
            out.setdefault(str(key).removeprefix("og:"), str(value))
    return out


def extract(html_text: str, url: str) -> tuple[tuple[dict[str, Any], ...], dict[str, str]]:
    """(typed items, OpenGraph properties); a page extruct cannot read gives nothing."""
    if not html_text.strip() or not has_markers(html_text):
        return (), {}
    import extruct  # heavy (rdflib, mf2py, bs4): only for pages that carry structured data

    try:
        data = extruct.extract(html_text, base_url=url, syntaxes=_SYNTAXES, errors="ignore", uniform=False)
    except Exception as exc:
        _log.debug("structured data unreadable on %s: %s", url, exc)
        return (), {}
    try:
        items = [*_walk(data.get("json-ld", [])), *_walk(data.get("microdata", []))]
    except RecursionError:  # JSON-LD nested thousands deep: hostile, not data
        return (), _opengraph(data.get("opengraph", []))
    return tuple(items), _opengraph(data.get("opengraph", []))


def of_type(items: tuple[dict[str, Any], ...], *names: str) -> list[dict[str, Any]]:
    wanted = set(names)
    return [i for i in items if wanted & set(i.get("@type", []))]


def text_value(value: Any) -> str:
    """A schema.org value as text: strings as they are, objects by name/value, lists joined."""
    if isinstance(value, list):
        return ", ".join(t for t in (text_value(v) for v in value) if t)
    if isinstance(value, dict):
        return text_value(value.get("name") or value.get("value") or value.get("@id") or "")
    return str(value).strip() if value is not None else ""
