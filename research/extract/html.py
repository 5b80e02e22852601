"""Small readers over an HTML page: title, visible text, links. Pure."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser as HTMLParser

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


def links(tree: HTMLParser, base_url: str) -> list[tuple[str, str]]:
    """(absolute URL, link text) of every <a href>, in page order."""
    out = []
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if href and not href.startswith(("javascript:", "#")):
            out.append((urljoin(base_url, href), _SPACE.sub(" ", node.text(strip=True))[:200]))
    return out
