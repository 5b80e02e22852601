"""What kind of page a link or page is (products, about, contact, stores, other), in 17 languages. Pure.

The words live in research/data/website/page_kinds.toml, one table per language.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote, urlsplit

from research.data.load import toml_table
from research.extract.site_text import phrase_regex, same_length_fold

# stores: a store list or locator, the evidence of a chain.
KINDS = ("products", "about", "contact", "stores")
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
    """The last path segment that names a kind (the most specific), a whole segment before its parts."""
    path = unquote(urlsplit(url).path).lower()
    for seg in reversed([s for s in path.split("/") if s]):
        stem = seg.rsplit(".", 1)[0]
        parts = [t for t in _SEGMENT.split(stem) if len(t) > 2]
        whole = next((k for k in KINDS if stem in _words()[k][1]), None)
        kind = whole or next((k for k in KINDS if any(t in _words()[k][1] for t in parts)), None)
        if kind:
            return kind
    return None


def text_kind(text: str) -> str | None:
    """Kind named by a short text (link text, title, heading), or None; the longest phrase wins."""
    short = same_length_fold(text.strip()).lower()[:80]
    if not short:
        return None
    best: tuple[int, str] | None = None
    for kind in KINDS:
        rx = phrase_regex(_words()[kind][0])
        longest = max((len(m.group(0)) for m in rx.finditer(short)), default=0) if rx else 0
        if longest and (best is None or longest > best[0]):
            best = (longest, kind)
    return best[1] if best else None


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
