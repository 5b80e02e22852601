"""Where the company sells: countries (ISO 3166-1) and regions, languages and currencies. Pure.

Country names per language come from research/data/website/countries.toml; a name counts as a market
only in a sentence that talks about markets (shipping, exporting, customers in...), never after
"from"/"made in" (where they buy, not where they sell).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from research.data.load import toml_table
from research.extract import site_structured as sd
from research.extract.site_page import PageDoc
from research.extract.site_text import find_phrases, may_match, snippet


@cache
def _names() -> dict[str, str]:
    """country name (any language, lower case) -> ISO2."""
    out: dict[str, str] = {}
    for table in toml_table("website/countries.toml").values():
        for code, names in table.items():
            for name in names:
                out.setdefault(name.lower(), code)
    return out


@cache
def _name_list() -> tuple[str, ...]:
    return tuple(_names())


@cache
def _cues() -> tuple[str, ...]:
    return tuple(c for cues in toml_table("website/markets.toml")["cues"].values() for c in cues)


def _regions() -> dict[str, str]:
    return dict(toml_table("website/markets.toml")["regions"])


@cache
def _source_rx() -> re.Pattern[str]:
    words = toml_table("website/markets.toml")["sources"]["words"]
    return re.compile(r"(?:^|[^\w])(?:" + "|".join(map(re.escape, words)) + r")\s*$", re.I)


@cache
def _list_glue() -> re.Pattern[str]:
    glue = toml_table("website/markets.toml")["sources"]["list_glue"]
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, glue)) + r")?\s*", re.I)


def _from_before(sentence: str, start: int) -> bool:
    """'from China', 'made in China', 'aus China': where they buy, whole words only ('toda España' is not 'da')."""
    return _source_rx().search(sentence[max(0, start - 18) : start]) is not None


def _sentence_markets(sentence: str, url: str, found: dict[str, dict[str, str]], regions: set[str]) -> None:
    names = _names()
    if not names:
        return
    source_end = -1  # where the last country named as a source ("from China") ends
    for m in find_phrases(sentence, _name_list()):
        code = names[m.group(0).lower()]
        listed_after_source = source_end >= 0 and _list_glue().fullmatch(sentence[source_end : m.start()])
        if _from_before(sentence, m.start()) or listed_after_source:
            source_end = m.end()  # "from China and Vietnam": both are where they buy
            continue
        source_end = -1
        if code not in found:
            found[code] = {"code": code, "url": url, "snippet": snippet(sentence, m.start(), m.end(), 60)}
    for m in find_phrases(sentence, tuple(_regions())):
        regions.add(_regions()[m.group(0).lower()])


def markets(docs: Sequence[PageDoc]) -> tuple[list[dict[str, str]], list[str]]:
    """([{code, url, snippet}], region codes) the site says it serves."""
    found: dict[str, dict[str, str]] = {}
    regions: set[str] = set()
    for doc in docs:
        for item in doc.structured:
            for key in ("areaServed", "eligibleRegion"):
                for part in re.split(r"[,;]\s*", sd.text_value(item.get(key))):
                    code = part.strip().upper() if len(part.strip()) == 2 else _names().get(part.strip().lower(), "")
                    if code and code not in found:
                        found[code] = {"code": code, "url": doc.url, "snippet": f"schema.org {key}: {part.strip()}"}
        for sentence in doc.sentences:
            if find_phrases(sentence.lower(), _cues()):
                _sentence_markets(sentence, doc.url, found, regions)
    return list(found.values()), sorted(regions)


def languages(docs: Sequence[PageDoc]) -> list[str]:
    """Declared languages (html lang, hreflang); for undeclared pages, the language their script implies."""
    langs = [d.lang or script_language(d.text) for d in docs] + [h for d in docs for h in d.hreflangs]
    return [lang for lang in dict.fromkeys(langs) if re.fullmatch(r"[a-z]{2,3}", lang)]


@cache
def _currency_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    table = toml_table("website/currencies.toml")
    return {code: tuple(re.compile(p) for p in ps) for code, ps in table["patterns"].items()}


def _bare_dollar(docs: Sequence[PageDoc], region: str) -> list[str]:
    table = toml_table("website/currencies.toml")
    rx = re.compile(table["bare_dollar"])
    if not any(rx.search(d.text) for d in docs):
        return []
    return [table["dollar_by_country"].get(region, "USD")]


def currencies(docs: Sequence[PageDoc], region: str = "") -> list[str]:
    """ISO 4217 codes of the prices shown; structured priceCurrency counts too."""
    seen: list[str] = []
    for doc in docs:
        for item in doc.structured:
            code = sd.text_value(item.get("priceCurrency")).upper()
            if re.fullmatch(r"[A-Z]{3}", code):
                seen.append(code)
        if cur := doc.opengraph.get("price:currency", "").upper():
            seen.append(cur)
        for code, rxs in _currency_patterns().items():
            if any(may_match(rx, doc.text) and rx.search(doc.text) for rx in rxs):
                seen.append(code)
    return list(dict.fromkeys(seen + _bare_dollar(docs, region)))


# Scripts that name their language well enough when a page does not declare one.
_SCRIPTS = (
    ("ko", r"[\uac00-\ud7af]"),
    ("ja", r"[\u3040-\u30ff]"),
    ("zh", r"[\u4e00-\u9fff]"),
    ("ru", r"[\u0400-\u04ff]"),
    ("ar", r"[\u0600-\u06ff]"),
)


def script_language(text: str) -> str:
    sample = text[:3000]
    for code, rx in _SCRIPTS:
        if len(re.findall(rx, sample)) >= 20:
            return code
    return ""


def market_codes(found: list[dict[str, Any]]) -> list[str]:
    return [f["code"] for f in found]
