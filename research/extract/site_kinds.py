"""What kind of page a link or page is (products, about, contact, other), in 13 languages. Pure.

The words live in research/data/website/page_kinds.toml, one table per language.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote, urlsplit

from research.data.load import toml_table
from research.extract.site_text import fold, phrase_regex

KINDS = ("products", "about", "contact")
_SEGMENT = re.compile(r"[/_.\-]+")
_SKIP_EXT = (
    ".pdf",
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".svg",
    ".zip",
    ".rar",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".mp4",
    ".mp3",
    ".css",
    ".js",
    ".xml",
    ".json",
    ".ico",
    ".exe",
    ".dmg",
)


@cache
def _words() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """kind -> (link/title words of every language, URL tokens of every language)."""
    table = {k: v for k, v in toml_table("website/page_kinds.toml").items() if k != "priority"}
    out: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
    for kind in KINDS:
        text = tuple(w for lang in table.values() for w in lang.get(kind, []))
        url = frozenset(w for lang in table.values() for w in lang.get(f"url_{kind}", []))
        out[kind] = (text, url)
    return out


def is_page_url(url: str) -> bool:
    """A link worth fetching as a page: http(s), not a file download."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not parts.path.lower().endswith(_SKIP_EXT)


def url_kind(url: str) -> str | None:
    path = unquote(urlsplit(url).path).lower()
    segments = [s for s in path.split("/") if s]
    for kind in KINDS:
        tokens = _words()[kind][1]
        for seg in segments:
            stem = seg.rsplit(".", 1)[0]
            if stem in tokens or any(t in tokens for t in _SEGMENT.split(stem) if len(t) > 2):
                return kind
    return None


def text_kind(text: str) -> str | None:
    """Kind named by a short text (link text, title, heading), or None."""
    short = fold(text.strip()).lower()[:80]
    if not short:
        return None
    for kind in KINDS:
        rx = phrase_regex(_words()[kind][0])
        if rx and rx.search(short):
            return kind
    return None


def link_kind(url: str, text: str) -> str | None:
    """Link text is the author's own label, so it wins over the URL."""
    return text_kind(text) or url_kind(url)


def page_kind(url: str, title: str, h1: str, hint: str | None) -> str:
    """A fetched page's kind: the link that led to it, else its URL, title or first heading."""
    if urlsplit(url).path in ("", "/"):
        return "home"
    return hint or url_kind(url) or text_kind(h1) or text_kind(title.split("|")[0]) or "other"


def priority_words() -> tuple[str, ...]:
    return tuple(toml_table("website/page_kinds.toml")["priority"]["url_words"])


def depth(url: str) -> int:
    return len([s for s in urlsplit(url).path.split("/") if s])
