"""Reading an inquiry's text the way a seasoned rep does. Pure functions over text.

Everything returned carries the matched text, so the report can show the rep
exactly which words led to a judgement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TypedDict

from research.data.load import toml_table, word_list
from research.extract.inquiry_rules import Pattern, Patterns, rules
from research.extract.prefilter import folded_text, may_match, table_index
from research.extract.text import CJK_CHARS
from research.facts import Specific


class Found(TypedDict):
    """A quantity as written: "2,000 pcs" -> value 2000, unit pcs, kind pieces."""

    value: float
    unit: str
    kind: str  # pieces, containers, tons or bulk
    text: str
    realistic: bool


# How much each kind of concrete detail adds to the specificity score (0..100).
_KIND_POINTS = {
    "product": 15, "model": 15, "quantity": 15, "spec": 10, "certification": 10, "incoterm": 10,
    "port": 8, "payment": 8, "delivery": 8, "packaging": 8, "target_price": 8, "sample": 5, "sample_paid": 5,
    "quantity_table": 15, "rfq": 8, "deadline": 8,
}  # fmt: skip
_PER_KIND = 3  # matches kept per kind as evidence


# Scripts written without spaces between words (Han, kana, hangul): a number glued to the word
# before it ("花瓶を2,000個", "꽃병2,000개") is still a quantity, and a name of two such
# characters ("花瓶", "향초") is a whole noun.
_CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KO_PARTICLES = "을를이가은는에의도과와만"
# A letter of a spaced script, a digit or a joining sign before a number makes it part of a word or code
# ("A4", "x2", "No.5"); a digit and a separator mean it is the tail of a larger number ("000" of "2,000").
_NUMBER_START = rf"(?<![.\-/])(?<!(?![{CJK_CHARS}])\w)(?<!\d[,.])"


@cache
def _magnitudes() -> dict[str, float]:
    """ "million": 1e6, ... ([quantity.magnitudes]): the words that multiply the number before them."""
    return {k.lower(): float(v) for k, v in rules().common["quantity"].get("magnitudes", {}).items()}


@cache
def _quantity_rx() -> re.Pattern[str]:
    units = sorted(rules().units, key=len, reverse=True)
    alts = "|".join(re.escape(u) for u in units)
    times = "|".join(re.escape(m) for m in sorted(_magnitudes(), key=len, reverse=True))
    number = r"\d{1,3}(?:[,.\s]\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
    # "500-1,000 pcs", "300 to 600 units", "2 000 à 3 000 pièces": a range counts as its upper end.
    lower = rf"(?:(?:{number})(?:\s?[-–~]\s?|\s(?:to|bis|à|a|до)\s))?"
    return re.compile(rf"{_NUMBER_START}{lower}({number})\s?(?:({times})\s)?(?:x\s?)?({alts})(?![a-zа-яё])", re.I)


def _number(raw: str) -> float:
    digits = raw.replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", digits):
        return float(re.sub(r"[,.]", "", digits))
    try:
        return float(digits.replace(",", "."))
    except ValueError:  # mixed separators ("1,000,000 500"): read the digits as written
        return float(re.sub(r"\D", "", digits) or 0)


@cache
def _cjk_not_counted() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words of two or more CJK characters that are not counted, characters that end a counter)."""
    words = (w for w in rules().common["products"]["not_counted"] if _CJK_CHAR.search(w) and len(w) >= 2)
    glued = rules().common["quantity"].get("not_after_counter", ())
    return tuple(sorted(words, key=len, reverse=True)), tuple(glued)


def _counts_something_else(after: str) -> bool:
    """Whether the text right after a count shows it counts stores, months or people, not goods.

    "3개월", "3个月": a counter glued to 월/月 is a number of months. "전국 85개 매장", "85个门店":
    a count followed by a word that is never counted as goods (a CJK one: those need no space).
    """
    words, glued = _cjk_not_counted()
    if after.startswith(glued):
        return True
    rest = re.sub(r"^\s?[의の的]?\s?", "", after)
    word = next((w for w in words if rest.startswith(w)), "")
    # Korean spaces its words: "매장을" is 매장 with a particle, "도시락" is no 도시 (city).
    follows = rest[len(word) : len(word) + 1]
    return bool(word) and not (_HANGUL.match(word) and _HANGUL.match(follows) and follows not in _KO_PARTICLES)


def _quantity_matches(text: str) -> list[re.Match[str]]:
    return [m for m in _quantity_rx().finditer(text) if not _counts_something_else(text[m.end() : m.end() + 12])]


def quantities(text: str) -> list[Found]:
    """Every quantity with a unit: value, unit, kind (pieces, containers, tons), text, realistic."""
    limits = rules().thresholds
    out: list[Found] = []
    for m in _quantity_matches(text):
        value, unit = _number(m.group(1)) * _magnitudes().get((m.group(2) or "").lower(), 1.0), m.group(3).lower()
        kind = rules().units[unit]
        if value <= 0 or (kind == "pieces" and value != int(value)):
            continue
        ceiling = limits[f"unrealistic_{kind}"]
        out.append({"value": value, "unit": unit, "kind": kind, "text": m.group(0), "realistic": value <= ceiling})
    return out


# A count has no leading zero ("Nov 01 request" is a date, not one request).
_BARE = re.compile(r"(?<![\w.,\-/$€£¥#+])([1-9]\d{0,2}(?:[,. ]\d{3})+(?!\d)|[1-9]\d{1,6})[ \t]([^\W\d_]{3,})")


def bare_counts(text: str) -> list[Found]:
    """ "500 chairs": a number before a noun, read as pieces when no unit was written."""
    skip = frozenset(rules().common["products"]["not_counted"]) | frozenset(rules().units) | frozenset(_magnitudes())
    out: list[Found] = []
    for m in _BARE.finditer(text):
        noun = m.group(2).lower()
        # "28050 Madrid", "14 Marksistskaya St": a capitalised word after a number is an address.
        if m.group(2)[0].isupper() or noun in skip or re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            continue
        if _counts_something_else(text[m.start(2) - 1 : m.start(2) + 12]):
            continue
        value = _number(m.group(1))
        realistic = value <= rules().thresholds["unrealistic_pieces"]
        out.append({"value": value, "unit": noun, "kind": "pieces", "text": m.group(0), "realistic": realistic})
    return out


def all_quantities(text: str) -> list[Found]:
    """Quantities with units, or bare counts when the buyer wrote none."""
    return quantities(text) or bare_counts(text)


def quantity_size(found: list[Found]) -> str:
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


# Japanese particles that join a product name to the words around it: "2,000個の花瓶を…".
_PARTICLES = "のをはがにでともへや"
_HIRAGANA = re.compile(r"[\u3041-\u309f]")


def _japanese_name(raw: str) -> str:
    """The name in a Japanese phrase: without the particle before it, up to the particle after it.

    "の花瓶をお願いします" -> "花瓶"; "のお見積りを…" -> "" (a phrase that starts with hiragana after
    the particle is the request itself, not a name: names are kanji or katakana).
    """
    text = raw.strip().lstrip(_PARTICLES)
    if not text or _HIRAGANA.match(text):
        return ""
    cut = re.search(rf"(?<=[^\s\u3041-\u309f])[{_PARTICLES}]", text)
    return text[: cut.start()] if cut else text


def _width(text: str) -> int:
    """Length for the minimum-length rule: a Han, kana or hangul character counts as two letters."""
    return len(text) + len(_CJK_CHAR.findall(text))


def _clean_product(raw: str, nouns_capitalised: bool = False) -> str:
    """Up to five words of a product name, cut at the first stop word after it starts."""
    stop = frozenset(rules().common["products"]["stop_words"])
    if _HIRAGANA.search(raw):
        raw = _japanese_name(raw)
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
    # Mostly hiragana is particles and verb endings ("をお願いします"), not a name.
    particles = len(_HIRAGANA.findall(text)) * 2 > len(text.replace(" ", ""))
    return "" if _width(text) < 3 or names_only or particles else text


def product_phrases(text: str, language: str = "") -> list[str]:
    """Product names as the buyer writes them: after "quote for", "we need", or after a quantity."""
    raw = []
    # Mail clients wrap lines mid-sentence; a line starting in lower case continues the one before.
    unwrapped = re.sub(r"[ \t]*\n[ \t]*(?=[^\W\d_A-ZÀ-ÞА-ЯЁ])", " ", text)
    for rx in rules().specific.get("product_request", ()):
        raw += [m.group("product") or "" for m in rx.finditer(unwrapped) if "product" in rx.groupindex]
    for m in _quantity_matches(text):
        raw.append(re.split(r"[\n,.;(，。；、]", text[m.end() : m.end() + 60], maxsplit=1)[0])
        raw.append(_bullet_head(text, m.start()))
    for q in bare_counts(text):
        start = text.find(q["text"]) + len(q["text"]) - len(q["unit"])
        raw.append(re.split(r"[\n,.;(，。；、]", text[start : start + 60], maxsplit=1)[0])
    nouns = language in rules().common["products"].get("capitalised_nouns", ())
    names = (_clean_product(r, nouns) for r in raw)
    return list(dict.fromkeys(n for n in names if n and not _not_a_product(n)))


@cache
def _not_product_words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """Words that make a phrase no product ("need", "audit"), street words ("rue", "calle"), last words
    that name the buyer's shops or people ("garden centres") and every spelling of a certification:
    "your BSCI audit" is a document asked for, "12 rue ..." an address."""
    table = rules().common.get("not_products", {})
    words = frozenset(w.lower() for w in table.get("words", ()))
    words |= word_list("website/street_words.txt")
    heads = frozenset(w.lower() for w in table.get("heads", ()))
    spellings = [s for names in toml_table("certifications.toml")["names"].values() for s in names]
    certs = re.compile(r"(?i)\b(?:" + "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True)) + r")\b")
    return words, heads, certs


def _not_a_product(name: str) -> bool:
    words, heads, certs = _not_product_words()
    rest = certs.sub(" ", name).split()
    first, last = name.split()[0].lower(), name.split()[-1].lower()
    return first in words or last in heads or all(w.lower() in words for w in rest)


_BULLET = re.compile(r"^[ \t]*(?:[-•*·▪–]|\d{1,2}[.)])[ \t]+(?P<head>[^\n,;:(，；：（]{3,60})", re.M)


def _bullet_head(text: str, at: int) -> str:
    """An order list item names its product first: "- Ceramic vases, matte white, 2,400 pcs each"."""
    start = text.rfind("\n", 0, at) + 1
    m = _BULLET.match(text, start)
    return m.group("head") if m and m.end() <= at + 1 else ""


def has_what(found: list[Specific]) -> bool:
    """Whether the buyer named what they want: a product, a model or a quantity."""
    return any(f["kind"] in ("product", "model", "quantity", "quantity_table") for f in found)


@dataclass(frozen=True)
class Named:
    """What a text names that is read once and used twice: as evidence of detail and as facts."""

    products: list[str]
    models: list[str]
    quantities: list[Found]


def named(text: str, language: str = "") -> Named:
    return Named(product_phrases(text, language), models(text), all_quantities(text))


def specifics(text: str, language: str = "", said: Named | None = None) -> list[Specific]:
    """[{kind, text}] of concrete details, a few per kind, in the order of the kinds; ``said``: the
    text's ``named`` parts when the caller has them already."""
    said = said or named(text, language)
    out: list[Specific] = []
    skip = {"model", "product_request"}
    # Phrases are read across the mail client's line wraps; tables keep their lines.
    index = table_index(rules().specific)
    texts = [(t, low, index.chosen(low)) for t in (text, unwrap(text)) for low in (folded_text(t),)]
    seen: dict[str, list[str]] = {kind: [] for kind in rules().specific if kind not in skip}
    for n, (kind, rx) in enumerate(index.order):
        if kind in skip:
            continue
        for t, low, chosen in texts:
            if n in chosen and (n not in index.loose or may_match(rx, low)):
                seen[kind] += [s for m in rx.finditer(t) if (s := m.group(0).strip())]
    for kind, found in seen.items():
        out += [{"kind": kind, "text": t} for t in list(dict.fromkeys(found))[:_PER_KIND]]
    out += [{"kind": "model", "text": t} for t in said.models[:_PER_KIND]]
    out += [{"kind": "product", "text": t} for t in said.products[:_PER_KIND]]
    out += [{"kind": "quantity", "text": q["text"]} for q in said.quantities[:_PER_KIND]]
    return out


def specificity(found: list[Specific]) -> int:
    kinds = {f["kind"] for f in found}
    return min(100, sum(_KIND_POINTS.get(k, 5) for k in kinds))


def vague_phrases(text: str) -> list[str]:
    low = " ".join(text.lower().split())
    return [p for p in rules().vague if p in low]


def template_cues(text: str) -> list[str]:
    low = re.sub(r"\s+([.,!?;:])", r"\1", " ".join(text.lower().split()))
    return [c for c in rules().template_cues if c in low]


_WRAPPED = re.compile(r"[ \t]*(?<!\n)\n(?!\s*\n)[ \t]*")
_EMPHASIS = re.compile(r"(?<!\w)[*_]+|[*_]+(?!\w)")


_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a\u3000]{2,}")


def unwrap(text: str) -> str:
    """One line per paragraph, single spaces, no markdown emphasis: mail clients wrap sentences at 70-odd
    characters and pad with spaces, and a phrase split over two lines (or in *bold*) is still the phrase."""
    return _SPACES.sub(" ", _EMPHASIS.sub("", _WRAPPED.sub(" ", text)))


def _first_hits(table: Patterns, text: str) -> dict[str, str]:
    """Each name's first pattern (in the table's order) that matches, with what it matched."""
    hits: dict[str, str] = {}
    text = unwrap(text)
    low = folded_text(text)
    index = table_index(table)
    for n in sorted(index.chosen(low)):
        name, rx = index.order[n]
        if name in hits or (n in index.loose and not may_match(rx, low)):
            continue
        if m := rx.search(text):
            hits[name] = m.group(0).strip()
    return hits


def scam_hits(text: str) -> dict[str, str]:
    """Scam pattern name -> the first matched text (advance_fee, visa_request, ...)."""
    return _first_hits(rules().scam, text)


def cue_hits(text: str) -> dict[str, str]:
    """Contextual cue -> the first matched text (pressure, tender, order_lure, ...)."""
    return _first_hits(rules().cue, text)


def business_hits(text: str) -> dict[str, str]:
    """Business-model cue -> matched text (private_label, repeat_order, chain, wholesale, ...)."""
    return _first_hits(rules().business, text)


def subject_hits(subject: str) -> dict[str, str]:
    return _first_hits(_subject_rules(), subject)


def every_pattern() -> list[Pattern]:
    """Every pattern the inquiry is read with: scam, cue, business, specifics and subject lines."""
    r = rules()
    tables = (r.scam, r.cue, r.business, r.specific, _subject_rules())
    return [rx for table in tables for group in table.values() for rx in group]


@cache
def _subject_rules() -> Patterns:
    from research.data.load import toml_table
    from research.extract.inquiry_rules import languages

    merged: dict[str, list[Pattern]] = {}
    for lang in languages():
        for name, patterns in toml_table(f"inquiry/{lang}.toml").get("subject", {}).items():
            merged.setdefault(name, []).extend(Pattern(p) for p in patterns)
    return {k: tuple(v) for k, v in merged.items()}
