"""What the buyer sells: product and category names from product pages, menus and schema.org. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from urllib.parse import urlsplit

from research.data.load import toml_table, word_list
from research.extract import site_structured as sd
from research.extract.site_kinds import text_kind, url_kind
from research.extract.site_page import PageDoc

_MAX = 40


@cache
def _business_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the business-model phrases, each followed by a space): a name that is one, or starts with one."""
    words = [p for rule in toml_table("website/business_model.toml").values() for p in rule.get("phrases", [])]
    return frozenset(words), tuple(w + " " for w in words)


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" -–|:·•")[:80]


def _acceptable(name: str, site_name: str) -> bool:
    low = name.lower()
    return (
        3 <= len(name) <= 80
        and low not in word_list("website/generic_links.txt")
        and not text_kind(name)
        and low not in _business_words()[0]
        and not low.startswith(_business_words()[1])
        and low != site_name.lower()
        and not re.fullmatch(r"[\d\s.,$€£¥%-]+", name)
    )


def _under_products(url: str) -> bool:
    """/products/candles, /collections/vases, /katalog/stuhl: a category or product URL."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return len(segments) >= 2 and url_kind("/" + segments[0]) == "products"


def products(docs: Sequence[PageDoc], site_name: str = "") -> list[dict[str, str]]:
    """[{text, url}] in order of reliability: schema.org products, product-page headings, category links."""
    out: dict[str, dict[str, str]] = {}

    def add(name: str, url: str) -> None:
        name = _clean(name)
        if _acceptable(name, site_name):
            out.setdefault(name.lower(), {"text": name, "url": url})

    for doc in docs:
        for item in sd.of_type(doc.structured, "Product", "ProductGroup", "OfferCatalog"):
            add(sd.text_value(item.get("name")), doc.url)
    for doc in docs:
        if doc.kind == "products":
            for heading in doc.headings[1:] if len(doc.headings) > 1 else doc.headings:
                add(heading, doc.url)
            for cell in doc.table_heads:
                add(cell, doc.url)
    for doc in docs:
        for href, text in doc.links:
            if _under_products(href) or (doc.kind == "products" and "#" in href):
                add(text, doc.url)
    return list(out.values())[:_MAX]
