"""Reading an inquiry's text the way a seasoned rep does. Pure functions over text.

Everything returned carries the matched text, so the report can show the rep
exactly which words led to a judgement.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from research.extract.inquiry_rules import rules

# How much each kind of concrete detail adds to the specificity score (0..100).
_KIND_POINTS = {
    "product": 15, "model": 15, "quantity": 15, "spec": 10, "certification": 10, "incoterm": 10,
    "port": 8, "payment": 8, "delivery": 8, "packaging": 8, "target_price": 8, "sample": 5, "sample_paid": 5,
}  # fmt: skip
_PER_KIND = 3  # matches kept per kind as evidence


@cache
def _quantity_rx() -> re.Pattern[str]:
    units = sorted(rules().units, key=len, reverse=True)
    alts = "|".join(re.escape(u) for u in units)
    number = r"\d{1,3}(?:[,.\s]\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
    return re.compile(rf"(?<![\w.\-/])({number})\s?(?:x\s?)?({alts})(?![a-zа-яё])", re.I)


def _number(raw: str) -> float:
    digits = raw.replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", digits):
        return float(re.sub(r"[,.]", "", digits))
    return float(digits.replace(",", "."))


def quantities(text: str) -> list[dict[str, Any]]:
    """Every quantity with a unit: value, unit, kind (pieces, containers, tons), text, realistic."""
    limits = rules().thresholds
    out = []
    for m in _quantity_rx().finditer(text):
        value, unit = _number(m.group(1)), m.group(2).lower()
        kind = rules().units[unit]
        if value <= 0 or (kind == "pieces" and value != int(value)):
            continue
        ceiling = limits[f"unrealistic_{kind}"]
        out.append({"value": value, "unit": unit, "kind": kind, "text": m.group(0), "realistic": value <= ceiling})
    return out


_BARE = re.compile(r"(?<![\w.,\-/$€£¥#+])(\d{1,3}(?:[,. ]\d{3})+(?!\d)|\d{2,7})[ \t]([^\W\d_]{3,})")


def bare_counts(text: str) -> list[dict[str, Any]]:
    """ "500 chairs": a number before a noun, read as pieces when no unit was written."""
    skip = frozenset(rules().common["products"]["not_counted"]) | frozenset(rules().units)
    out = []
    for m in _BARE.finditer(text):
        noun = m.group(2).lower()
        # "28050 Madrid", "14 Marksistskaya St": a capitalised word after a number is an address.
        if m.group(2)[0].isupper() or noun in skip or re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            continue
        value = _number(m.group(1))
        realistic = value <= rules().thresholds["unrealistic_pieces"]
        out.append({"value": value, "unit": noun, "kind": "pieces", "text": m.group(0), "realistic": realistic})
    return out


def all_quantities(text: str) -> list[dict[str, Any]]:
    """Quantities with units, or bare counts when the buyer wrote none."""
    return quantities(text) or bare_counts(text)


def quantity_size(found: list[dict[str, Any]]) -> str:
    """large, small, unrealistic or "" from the quantities found."""
    limits = rules().thresholds
    if any(not q["realistic"] for q in found):
        return "unrealistic"
    if any(
        q["kind"] == "containers"
        or (q["kind"] == "tons" and q["value"] >= limits["large_tons"])
        or (q["kind"] == "pieces" and q["value"] >= limits["large_pieces"])
        for q in found
    ):
        return "large"
    pieces = [q["value"] for q in found if q["kind"] == "pieces"]
    return "small" if pieces and max(pieces) <= limits["small_pieces"] else ""


def models(text: str) -> list[str]:
    exclude = tuple(p.upper() for p in rules().common["model_exclude"]["prefixes"])
    found = []
    for rx in rules().specific.get("model", ()):
        for m in rx.finditer(text):
            code = m.group(0).strip()
            head = re.match(r"[A-Za-z]+", code)
            if head and head.group(0).upper() in exclude:
                continue
            found.append(code)
    return list(dict.fromkeys(found))


def _clean_product(raw: str, nouns_capitalised: bool = False) -> str:
    """Up to five words of a product name, cut at the first stop word after it starts."""
    stop = frozenset(rules().common["products"]["stop_words"])
    words = re.findall(r"[^\s,.;:()，。；、]+", raw)
    while words and words[0].lower() in stop:
        words.pop(0)
    name: list[str] = []
    for word in words[:5]:
        if word.lower() in stop or re.fullmatch(r"[\d%$€£¥x*×/-]+", word):
            break
        name.append(word)
    text = " ".join(name)
    # "Madrid Spain", "Dear Sir": capitalised words only are places and people, not products.
    names_only = all(w[:1].isupper() for w in name) and not nouns_capitalised
    return "" if len(text) < 3 or names_only else text


def product_phrases(text: str, language: str = "") -> list[str]:
    """Product names as the buyer writes them: after "quote for", "we need", or after a quantity."""
    raw = []
    # Mail clients wrap lines mid-sentence; a line starting in lower case continues the one before.
    unwrapped = re.sub(r"[ \t]*\n[ \t]*(?=[^\W\d_A-ZÀ-ÞА-ЯЁ])", " ", text)
    for rx in rules().specific.get("product_request", ()):
        raw += [m.group("product") or "" for m in rx.finditer(unwrapped) if "product" in rx.groupindex]
    for m in _quantity_rx().finditer(text):
        raw.append(re.split(r"[\n,.;(，。；、]", text[m.end() : m.end() + 60], maxsplit=1)[0])
    for q in bare_counts(text):
        start = text.find(q["text"]) + len(q["text"]) - len(q["unit"])
        raw.append(re.split(r"[\n,.;(，。；、]", text[start : start + 60], maxsplit=1)[0])
    nouns = language in rules().common["products"].get("capitalised_nouns", ())
    names = (_clean_product(r, nouns) for r in raw)
    return list(dict.fromkeys(n for n in names if n))


def has_what(found: list[dict[str, str]]) -> bool:
    """Whether the buyer named what they want: a product, a model or a quantity."""
    return any(f["kind"] in ("product", "model", "quantity") for f in found)


def specifics(text: str, language: str = "") -> list[dict[str, str]]:
    """[{kind, text}] of concrete details, a few per kind, in the order of the kinds."""
    out: list[dict[str, str]] = []
    skip = {"model", "product_request"}
    for kind, patterns in rules().specific.items():
        if kind in skip:
            continue
        seen: list[str] = []
        for rx in patterns:
            seen += [m.group(0).strip() for m in rx.finditer(text) if m.group(0).strip()]
        out += [{"kind": kind, "text": t} for t in list(dict.fromkeys(seen))[:_PER_KIND]]
    out += [{"kind": "model", "text": t} for t in models(text)[:_PER_KIND]]
    out += [{"kind": "product", "text": t} for t in product_phrases(text, language)[:_PER_KIND]]
    out += [{"kind": "quantity", "text": q["text"]} for q in all_quantities(text)[:_PER_KIND]]
    return out


def specificity(found: list[dict[str, str]]) -> int:
    kinds = {f["kind"] for f in found}
    return min(100, sum(_KIND_POINTS.get(k, 5) for k in kinds))


def vague_phrases(text: str) -> list[str]:
    low = " ".join(text.lower().split())
    return [p for p in rules().vague if p in low]


def template_cues(text: str) -> list[str]:
    low = re.sub(r"\s+([.,!?;:])", r"\1", " ".join(text.lower().split()))
    return [c for c in rules().template_cues if c in low]


def _first_hits(table: dict[str, tuple[re.Pattern[str], ...]], text: str) -> dict[str, str]:
    hits = {}
    for name, patterns in table.items():
        for rx in patterns:
            if m := rx.search(text):
                hits[name] = m.group(0).strip()
                break
    return hits


def scam_hits(text: str) -> dict[str, str]:
    """Scam pattern name -> the first matched text (advance_fee, visa_request, ...)."""
    return _first_hits(rules().scam, text)


def business_hits(text: str) -> dict[str, str]:
    """Business-model cue -> matched text (private_label, repeat_order, chain, wholesale, ...)."""
    return _first_hits(rules().business, text)


def subject_hits(subject: str) -> dict[str, str]:
    return _first_hits(_subject_rules(), subject)


@cache
def _subject_rules() -> dict[str, tuple[re.Pattern[str], ...]]:
    from research.data.load import toml_table
    from research.extract.inquiry_rules import languages

    merged: dict[str, list[re.Pattern[str]]] = {}
    for lang in languages():
        for name, patterns in toml_table(f"inquiry/{lang}.toml").get("subject", {}).items():
            merged.setdefault(name, []).extend(re.compile(p, re.I) for p in patterns)
    return {k: tuple(v) for k, v in merged.items()}
