"""Product fit: the buyer's products (website, inquiry) against our product lines.

Two matchers, both robust to case, accents, plurals and word order:
- exact: every word of one of our terms appears in the buyer's phrase (after folding and
  a light plural strip); Chinese/Japanese terms match as substrings, having no spaces;
- fuzzy: TF-IDF over character n-grams (3-5, within words) catches inflections, compounds
  and typos the exact matcher misses ("candleholders", "vasos", "HDMI-Kabel").
The profile's synonyms carry the other languages. Thresholds are in scoring.toml [fit].
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from research.assess.ngrams import TermIndex
from research.extract.text import CJK_RUN, fold, has_cjk
from research.facts import facts_of
from research.types import Finding, Fit, Inquiry, ProductLine, ProductMatch

_WORD = re.compile(r"[^\W_]+")
_CLAUSE = re.compile(r"[.,;:!?\n()\[\]。，；：！？、（）]+(?:\s|$)|\n|[。，；：！？、（）]")
_MAX_WINDOW = 4  # longest buyer phrase (in words) compared with a term by the fuzzy matcher
_WORD_SIMILAR = 80  # rapidfuzz ratio for two words to be the same word misspelt or inflected


def _stem(token: str) -> str:
    # Only the plural "s" and "ies": enough for en/es/fr/pt, and safe (never "ss", "us", "is").
    # "ie" and "ies" both become "y" so that accessory/accessories and bougie/bougies agree.
    if not token.isascii() or len(token) <= 3:
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith("ie") and len(token) > 4:
        return token[:-2] + "y"
    if token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def tokens(text: str) -> list[str]:
    """Folded, plural-stripped words; runs of CJK characters are single tokens."""
    return list(_tokens(text))


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[str, ...]:
    spaced = CJK_RUN.sub(r" \g<0> ", fold(text))
    return tuple(_stem(t) for t in _WORD.findall(spaced))


def normalize(text: str) -> str:
    return " ".join(tokens(text))


@dataclass(frozen=True)
class Term:
    text: str  # as written in the profile
    line: str
    words: frozenset[str]
    compact: str  # normalized, without spaces (for CJK substring matching)
    name: bool  # the line's own name: an exact hit on it is certain
    cjk: bool = False  # Chinese/Japanese: matched as a substring, never by n-grams


@dataclass(frozen=True)
class Phrase:
    text: str
    where: str
    long: bool  # free text (title, description, inquiry body) rather than a product name


@dataclass(frozen=True)
class FitConfig:
    fuzzy_min: float = 0.72  # TF-IDF cosine at which two phrases count as the same product
    # One word against one word needs more: "framework" must not pass for "frame".
    fuzzy_min_single_word: float = 0.9
    exact_single_word: float = 0.85  # score of an exact hit on a one-word term ("vase", "hdmi")
    single_word_in_text: float = 0.6  # the same hit inside free text (inquiry body, page title)
    breadth_bonus: float = 0.05  # added to the overlap per extra line matched

    @classmethod
    def from_table(cls, table: dict[str, Any]) -> FitConfig:
        return cls(**{k: float(v) for k, v in table.items() if k in cls.__dataclass_fields__})


class LineIndex:
    """Our terms and their TF-IDF vectors; built once per profile (see ``line_index``)."""

    def __init__(self, lines: Sequence[ProductLine]) -> None:
        self.terms: list[Term] = []
        for line in lines:
            seen: set[str] = set()  # "Vase" (de) and "vase" (en) are one term
            for i, raw in enumerate((line.name, *line.keywords, *line.synonyms)):
                norm = tokens(raw)
                if norm and " ".join(norm) not in seen:
                    seen.add(" ".join(norm))
                    compact = "".join(norm)
                    self.terms.append(Term(raw, line.name, frozenset(norm), compact, i == 0, has_cjk(compact)))
        self.ngrams = TermIndex([t.text for t in self.terms], normalize) if self.terms else None
        # Which terms a phrase can hit exactly, found by its words instead of trying every term.
        self.by_word: dict[str, list[int]] = {}
        self.by_compact: dict[str, list[int]] = {}
        self.cjk = [i for i, t in enumerate(self.terms) if t.cjk]
        for i, term in enumerate(self.terms):
            for word in term.words:
                self.by_word.setdefault(word, []).append(i)
            if len(term.words) > 1:
                self.by_compact.setdefault(term.compact, []).append(i)

    def exact_candidates(self, words: frozenset[str], stems: frozenset[str]) -> list[int]:
        """Every term ``_exact`` could score above 0 (and a few it will not), in term order."""
        found = set(self.cjk)
        for word in words | stems:
            found.update(self.by_word.get(word, ()))
            found.update(self.by_compact.get(word, ()))
        return sorted(found)


@lru_cache(maxsize=16)
def line_index(lines: tuple[ProductLine, ...]) -> LineIndex:
    return LineIndex(lines)


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Each word less up to two letters of inflection (Kerzen -> Kerze, framed -> frame), words of 4+ only.

    Precomputed once per phrase, so a term's word is looked up instead of compared with every word."""
    cut = {w[:-n] for w in words for n in (1, 2) if len(w) - n >= 4}
    return frozenset(cut | {w for w in words if len(w) >= 4})


def _has_word(word: str, words: frozenset[str], stems: frozenset[str]) -> bool:
    """The word itself, or with a short inflection ending (Kerze/Kerzen, vase/vasen, frame/framed)."""
    return word in words or (len(word) >= 4 and word in stems)


def _exact(term: Term, words: frozenset[str], compact: str, cfg: FitConfig, stems: frozenset[str]) -> float:
    if term.cjk:
        return 1.0 if len(term.compact) >= 2 and term.compact in compact else 0.0
    if len(term.words) > 1 and term.compact in words:
        return 1.0  # written as one word: "candleholders", "photoframe"
    if not all(_has_word(w, words, stems) for w in term.words):
        return 0.0
    return 1.0 if len(term.words) > 1 or term.name else cfg.exact_single_word


def _covered(term: Term, words: list[str]) -> bool:
    """Every word of the term has a look-alike in the window (typo, inflection, compound)."""
    return all(
        any(fuzz.ratio(t, w) >= _WORD_SIMILAR or (len(t) >= 4 and fuzz.partial_ratio(t, w) >= 100) for w in words)
        for t in term.words
    )


def _fuzzy_ok(term: Term, window: tuple[str, ...], score: float, cfg: FitConfig) -> bool:
    """A single word must match one word closely; several words must each find their match
    ("decor gifts" is not "xmas decor"); fewer words than the term need a near-identity.

    ``window``: the window's tokens (words, not "&" or "-")."""
    words = list(window)
    if len(term.words) == 1:
        return len(words) == 1 and score >= cfg.fuzzy_min_single_word
    if len(words) < len(term.words):
        return score >= cfg.fuzzy_min_single_word
    return _covered(term, words)


def _windows(phrase: Phrase) -> list[tuple[str, tuple[str, ...]]]:
    """The short runs of words a fuzzy match is tried on, each with its tokens; a product name is also
    tried whole.

    A window's tokens are its words' tokens one after another (folding and the n-gram vectors never
    reach across a space), so each word is read once, not once per window it is in."""
    words = phrase.text.split()
    read = [_tokens(w) for w in words]
    out: dict[str, tuple[str, ...]] = {}
    for n in range(1, _MAX_WINDOW + 1):
        for i in range(len(words) - n + 1):
            window = " ".join(words[i : i + n])
            if window not in out:
                out[window] = tuple(t for r in read[i : i + n] for t in r)
    if not phrase.long and len(words) > _MAX_WINDOW and phrase.text not in out:
        out[phrase.text] = tuple(t for r in read for t in r)
    return [(w, toks) for w, toks in out.items() if len(w) >= 3]


def _keep(best: dict[str, ProductMatch], m: ProductMatch) -> None:
    """Keep the best match per line, remembering every term of that line that hit."""
    old = best.get(m.our_line)
    if old is None:
        best[m.our_line] = m
        return
    terms = tuple(dict.fromkeys((*old.matched_terms, *m.matched_terms)))[:5]
    top = m if m.score > old.score else old
    best[m.our_line] = ProductMatch(top.buyer_product, top.our_line, top.score, terms, top.where)


def _exact_matches(phrase: Phrase, index: LineIndex, cfg: FitConfig) -> list[ProductMatch]:
    words, compact = frozenset(tokens(phrase.text)), "".join(tokens(phrase.text))
    stems = _stems(words)
    out = []
    for i in index.exact_candidates(words, stems):
        term = index.terms[i]
        score = _exact(term, words, compact, cfg, stems)
        if score and phrase.long and len(term.words) == 1 and not term.name:
            # One generic word in free text ("time frame", "hdmi port") is a hint, not a fit.
            score = min(score, cfg.single_word_in_text)
        if score:
            out.append(ProductMatch(_show(phrase, term), term.line, score, (term.text,), phrase.where))
    return out


def _fuzzy_matches(phrase: Phrase, index: LineIndex, cfg: FitConfig) -> list[ProductMatch]:
    if index.ngrams is None:
        return []
    out = []
    for window, words in _windows(phrase):
        for ti, similarity in index.ngrams.similar_words(words, cfg.fuzzy_min):
            term, score = index.terms[ti], round(similarity, 2)
            # CJK terms match exactly (substring) only: their n-grams mean little next to Latin words.
            if term.cjk or not _fuzzy_ok(term, words, score, cfg):
                continue
            cap = 1.0
            if len(term.words) == 1 and not term.name:
                cap = cfg.single_word_in_text if phrase.long else cfg.exact_single_word
            out.append(ProductMatch(window, term.line, min(score, cap), (term.text,), phrase.where))
    return out


@lru_cache(maxsize=8192)
def _match_phrase(phrase: Phrase, index: LineIndex, cfg: FitConfig) -> tuple[ProductMatch, ...]:
    """The best match of this phrase for each of our lines, exact hits before fuzzy ones.

    Remembered: a batch asks it for the same website's phrases once per inquiry from that buyer."""
    best: dict[str, ProductMatch] = {}
    # In free text the words of a term must sit in one clause: "HDMI port ... 4K output" is not "4k hdmi".
    clauses = dict.fromkeys(c for c in _CLAUSE.split(phrase.text) if c.strip())  # a repeated clause once
    parts = [Phrase(c, phrase.where, True) for c in clauses] if phrase.long else [phrase]
    exact = [m for part in parts for m in _exact_matches(part, index, cfg)]
    for m in exact + _fuzzy_matches(phrase, index, cfg):
        _keep(best, m)
    return tuple(best.values())


def _show(phrase: Phrase, term: Term) -> str:
    """The buyer's words around the match, so the rep sees them in context."""
    text = " ".join(phrase.text.split())
    if len(text) <= 80:
        return text
    folded = fold(text)  # same length as ``text`` for nearly all scripts; a shift only moves the window
    first = min(term.words, key=lambda w: (len(w), w))  # a tie broken by the word, not by set order
    at = max(folded.find(first[: max(2, len(first) - 1)]), 0)
    start = max(0, at - 30)
    return ("..." if start else "") + text[start : start + 70].strip() + "..."


def buyer_phrases(inquiry: Inquiry, findings: Sequence[Finding]) -> list[Phrase]:
    """What the buyer sells or asks for, each with where we read it (URL or "inquiry")."""
    site, inq = facts_of(findings, "website"), facts_of(findings, "inquiry")
    url = site.get("final_url") or site.get("url") or "website"
    out = [Phrase(p, url, False) for p in site.get("products", [])]
    out += [Phrase(s.get("text", ""), s.get("url") or url, False) for s in site.get("product_sources", [])]
    out += [Phrase(text, url, True) for text in (site.get("title", ""), site.get("description", "")) if text]
    out += [Phrase(p, "inquiry", False) for p in inq.get("products", [])]
    out += [Phrase(t, "inquiry", True) for t in (inquiry.subject, inquiry.body) if t.strip()]
    return [p for p in out if p.text.strip()]


def product_matches(phrases: Iterable[Phrase], lines: tuple[ProductLine, ...], cfg: FitConfig) -> list[ProductMatch]:
    """The best match per (our line, website or inquiry), strongest first."""
    index = line_index(lines)
    best: dict[tuple[str, bool], ProductMatch] = {}
    for phrase in phrases:
        for m in _match_phrase(phrase, index, cfg):
            # One row per line and side: the same product on the home page and the catalog page is one fact.
            key = (m.our_line, m.where == "inquiry")
            if key not in best or m.score > best[key].score:
                best[key] = m
    return sorted(best.values(), key=lambda m: (-m.score, m.our_line))


def overlap(matches: Sequence[ProductMatch], cfg: FitConfig) -> float:
    """0..1: the best line's score, plus a little for each further line the buyer also buys."""
    if not matches:
        return 0.0
    lines = {m.our_line for m in matches}
    return round(min(1.0, max(m.score for m in matches) + cfg.breadth_bonus * (len(lines) - 1)), 2)


def product_fit(phrases: Sequence[Phrase], lines: tuple[ProductLine, ...], cfg: FitConfig | None = None) -> Fit:
    """Overlap is None when we have no product lines or nothing the buyer sells or asks for."""
    cfg = cfg or FitConfig()
    if not lines or not phrases:
        return Fit()
    matches = product_matches(phrases, lines, cfg)
    return Fit(overlap(matches, cfg), tuple(matches[:10]))
