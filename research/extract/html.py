"""Small readers over an HTML page: title, visible text, links. Pure."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from research.data.load import word_list

_SPACE = re.compile(r"\s+")
_INVISIBLE = ("script", "style", "noscript", "template", "svg")


def parse(html: str) -> HTMLParser:
    return HTMLParser(html)


def title(tree: HTMLParser) -> str:
    node = tree.css_first("title")
    text = node.text(strip=True) if node else ""
    if not text:
        og = tree.css_first('meta[property="og:title"]')
        text = (og.attributes.get("content") or "") if og else ""
    return _SPACE.sub(" ", text).strip()[:300]


def visible_text(tree: HTMLParser) -> str:
    body = tree.body or tree.root
    if body is None:
        return ""
    clone = HTMLParser(body.html or "")
    for tag in _INVISIBLE:
        for node in clone.css(tag):
            node.decompose()
    root = clone.body or clone.root
    return _SPACE.sub(" ", root.text(separator=" ") if root else "").strip()


def links(tree: HTMLParser, base_url: str) -> list[tuple[str, str]]:
    """(absolute URL, link text) of every <a href>, in page order."""
    out = []
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if href and not href.startswith(("javascript:", "#")):
            out.append((urljoin(base_url, href), _SPACE.sub(" ", node.text(strip=True))[:200]))
    return out


def parked_phrase(text: str) -> str | None:
    """The placeholder phrase on a parked or unfinished page, if the page is short enough to be one."""
    low = text.lower()
    if len(low) > 4000:
        return None
    return next((p for p in sorted(word_list("parked_phrases.txt")) if p in low), None)
