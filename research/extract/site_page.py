"""One fetched page, read once into what every site extractor needs. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from research.extract import html, site_structured
from research.extract.site_text import sentences

_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLOCK_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")
# What a rep could read on one page; beyond this a page is filler (or hostile), and the
# pattern matchers downstream would spend seconds on it.
MAX_HTML_CHARS = 1_000_000
MAX_TEXT_CHARS = 40_000


@dataclass(frozen=True)
class PageDoc:
    url: str
    kind: str = "other"
    title: str = ""
    lines: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    headings: tuple[str, ...] = ()
    lang: str = ""
    hreflangs: tuple[str, ...] = ()
    meta_description: str = ""
    raw_html: str = ""
    scripts: int = 0
    structured: tuple[dict[str, Any], ...] = field(default=())
    opengraph: dict[str, str] = field(default_factory=dict)
    # First cells of the body rows of tables with a few rows: product groups on a catalogue page.
    table_heads: tuple[str, ...] = ()

    # Every reader of a site reads these; made once per page (a frozen dataclass keeps them in __dict__).
    @cached_property
    def text(self) -> str:
        return " ".join(self.lines)

    @cached_property
    def titled_text(self) -> str:
        """The title, then the visible text."""
        return " ".join((self.title, *self.lines))

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        return tuple(sentences(self.text))


def _lines(tree: LexborHTMLParser) -> tuple[str, ...]:
    root = tree.body or tree.root
    if root is None:
        return ()
    clone = LexborHTMLParser(root.html or "")
    for tag in _BLOCK_INVISIBLE:
        for node in clone.css(tag):
            node.decompose()
    top = clone.body or clone.root
    raw = top.text(separator="\n") if top else ""
    out: list[str] = []
    size = 0
    for part in raw.split("\n"):
        line = _SPACE.sub(" ", part).strip()[:2000]
        if line:
            out.append(line)
            size += len(line)
            if size > MAX_TEXT_CHARS:
                break
    return tuple(out)


def _meta(tree: LexborHTMLParser, selector: str) -> str:
    node = tree.css_first(selector)
    return _SPACE.sub(" ", (node.attributes.get("content") or "") if node else "").strip()


def _lang(tree: LexborHTMLParser) -> str:
    node = tree.css_first("html")
    raw = (node.attributes.get("lang") or "") if node else ""
    return raw.split("-")[0].split("_")[0].strip().lower()[:3]


def _hreflangs(tree: LexborHTMLParser) -> tuple[str, ...]:
    out = []
    for node in tree.css("link[hreflang], a[hreflang]"):
        code = (node.attributes.get("hreflang") or "").split("-")[0].strip().lower()
        if code and code != "x":
            out.append(code[:3])
    return tuple(dict.fromkeys(out))


def read_page(url: str, text: str, kind: str = "other") -> PageDoc:
    """Parse once; broken markup is repaired by the parser, never fatal."""
    text = text[:MAX_HTML_CHARS]
    tree = html.parse(text)
    headings = tuple(_SPACE.sub(" ", n.text(separator=" ", strip=True)).strip() for n in tree.css("h1, h2, h3, h4"))
    structured, og = site_structured.extract(text, url)
    return PageDoc(
        url=url,
        kind=kind,
        title=html.title(tree),
        lines=_lines(tree),
        links=tuple(html.links(tree, url)),
        headings=tuple(h for h in headings if h),
        lang=_lang(tree),
        hreflangs=_hreflangs(tree),
        meta_description=_meta(tree, 'meta[name="description"]') or og.get("description", ""),
        raw_html=text,
        scripts=len(tree.css("script[src]")) + len(tree.css("script:not([src])")),
        structured=structured,
        opengraph=og,
        table_heads=_table_heads(tree),
    )


_MIN_TABLE_ROWS = 3


def _table_heads(tree: Any) -> tuple[str, ...]:
    """The first cell of each body row, for tables of at least a few rows (layout tables have fewer)."""
    out: list[str] = []
    for table in tree.css("table"):
        rows = [row for row in table.css("tr") if row.css_first("td")]
        if len(rows) < _MIN_TABLE_ROWS or table.css_first("table table"):
            continue
        for row in rows:
            first = row.css_first("td, th")
            text = _SPACE.sub(" ", first.text(separator=" ", strip=True)).strip() if first else ""
            if text:
                out.append(text)
    return tuple(out)
