"""Phrase and pattern matching over page text, shared by the site extractors. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from re import _casefix  # type: ignore[attr-defined]

from research.extract import prefilter
from research.extract.text import boundless

_WORD = re.compile(r"\w+")
_IS_WORD = re.compile(r"\w")
# Every character with a case lies below this (tests/extract/test_site_phrases.py checks it).
_CASED_BELOW = 0x20000


def same_length_fold(text: str) -> str:
    """Case-insensitive matching that survives Turkish dotted capital I ("İletişim"), same length."""
    return text.replace("İ", "i")


def _build(words: Iterable[str], loose: Iterable[str]) -> re.Pattern[str] | None:
    """The alternation of escaped phrases, in the order given (longest first)."""
    w, lo = [re.escape(p) for p in words], [re.escape(p) for p in loose]
    # Lookarounds once around the whole alternation: far faster than once per phrase.
    parts = ([rf"(?<!\w)(?:{'|'.join(w)})(?!\w)"] if w else []) + lo
    return re.compile("|".join(parts), re.I) if parts else None


def _unique(phrases: tuple[str, ...]) -> list[str]:
    return sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)


@cache
def phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive regex for all phrases; whole words unless the phrase is CJK or Arabic."""
    unique = _unique(phrases)
    return _build([p for p in unique if not boundless(p)], [p for p in unique if boundless(p)])


@cache
def _case_key() -> tuple[dict[int, str], frozenset[str]]:
    """(translate table, the characters that are not word characters though their key is).

    Two characters IGNORECASE matches to each other get one key: the regex engine's own lower case, and
    the letters it treats as one besides ("ı"/"i", "ſ"/"s", "ς"/"σ"). The key is a word character
    whenever one of the characters is, so a word keeps its length and its ends under the key."""
    classes: dict[str, set[str]] = {}
    for code in range(_CASED_BELOW):
        ch = chr(code)
        low = "i" if ch == "\u0130" else ch.lower()
        if low != ch or ch.upper() != ch:
            classes.setdefault(low, {low}).add(ch)
    for low, others in _casefix._EXTRA_CASES.items():
        merged = classes.pop(chr(low), {chr(low)}).union(*(classes.pop(chr(o), {chr(o)}) for o in others))
        classes[chr(low)] = merged
    table: dict[int, str] = {}
    unstable: set[str] = set()
    for members in classes.values():
        words = sorted(m for m in members if _IS_WORD.match(m))
        rep = words[0] if words else min(members)
        table.update({ord(m): rep for m in members if m != rep})
        unstable.update(m for m in members if bool(_IS_WORD.match(m)) != bool(words))
    return table, frozenset(unstable)


def case_key(text: str) -> str:
    """``text`` with the characters IGNORECASE takes for one another made one; same length."""
    return text.translate(_case_key()[0])


@dataclass(frozen=True, eq=False)  # one per phrase list: known by identity, hashed at no cost
class _Index:
    """Which phrases of a list a text may hold, from the words it holds.

    A phrase matched as a whole word (``(?<!\\w)...``) starts where a word of the text starts, so
    its first word is, under ``case_key``, one of the text's words; a CJK or Arabic phrase starts with
    one of the text's characters. A regex of the phrases that pass finds exactly what the regex of all
    of them finds: a phrase that matches nowhere changes no match."""

    phrases: tuple[str, ...]  # unique, longest first: the order of the whole alternation
    loose: frozenset[int]  # CJK and Arabic phrases, matched without word boundaries
    by_word: dict[str, tuple[int, ...]]  # first word of a whole-word phrase, keyed -> phrases
    by_char: dict[str, tuple[int, ...]]  # first character of a loose phrase, keyed -> phrases
    always: tuple[int, ...]  # phrases no word or character stands for: always tried


@cache
def _index(phrases: tuple[str, ...]) -> _Index:
    unique = tuple(_unique(phrases))
    unstable = _case_key()[1]
    by_word: dict[str, list[int]] = {}
    by_char: dict[str, list[int]] = {}
    always, loose = [], set()
    for i, p in enumerate(unique):
        if boundless(p):
            loose.add(i)
            by_char.setdefault(case_key(p[0]), []).append(i)
            continue
        first = _WORD.match(p)
        if first is None or not unstable.isdisjoint(p):
            always.append(i)
        else:
            by_word.setdefault(case_key(first.group(0)), []).append(i)
    return _Index(
        unique,
        frozenset(loose),
        {k: tuple(v) for k, v in by_word.items()},
        {k: tuple(v) for k, v in by_char.items()},
        tuple(always),
    )


@lru_cache(maxsize=32)
def _held(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(keyed words, keyed characters) of a folded text; None when a character would break a word's ends."""
    if not _case_key()[1].isdisjoint(text):
        return None
    keyed = case_key(text)
    return frozenset(_WORD.findall(keyed)), frozenset(keyed)


@lru_cache(maxsize=2048)
def _subset_regex(index: _Index, chosen: tuple[int, ...]) -> re.Pattern[str] | None:
    return _build(
        [index.phrases[i] for i in chosen if i not in index.loose],
        [index.phrases[i] for i in chosen if i in index.loose],
    )


def _regex_for(phrases: tuple[str, ...], folded: str) -> re.Pattern[str] | None:
    held = _held(folded)
    if held is None:
        return phrase_regex(phrases)
    index = _index(phrases)
    words, chars = held
    chosen = set(index.always)
    for w in words & index.by_word.keys():
        chosen.update(index.by_word[w])
    for c in chars & index.by_char.keys():
        chosen.update(index.by_char[c])
    return _subset_regex(index, tuple(sorted(chosen))) if chosen else None


def may_hold(text: str, phrases: tuple[str, ...]) -> bool:
    """False only when no phrase can be found in the text, nor in any piece of it cut at characters
    that are not word characters (its sentences), nor in the lower case of either."""
    return _regex_for(phrases, same_length_fold(text)) is not None


def find_phrases(text: str, phrases: Iterable[str]) -> list[re.Match[str]]:
    """Every phrase in the text, as ``phrase_regex(phrases)`` finds them."""
    key = phrases if isinstance(phrases, tuple) else tuple(phrases)
    folded = same_length_fold(text)
    rx = _regex_for(key, folded)
    return list(rx.finditer(folded)) if rx else []


@lru_cache(maxsize=1024)
def _needs(rx: re.Pattern[str]) -> tuple[str, ...]:
    return prefilter.derive(rx.pattern, rx.flags)


@lru_cache(maxsize=16)
def _folded(text: str) -> str:
    return prefilter.folded(text)


def may_match(rx: re.Pattern[str], text: str) -> bool:
    """False only when ``rx`` cannot match ``text``: it needs a word (one of a few) the text does not hold.

    A substring test is one pass in C; the size, founding, currency and certificate patterns would
    each try every position of the page."""
    need = _needs(rx)
    if not need:
        return True
    low = _folded(text)
    return any(word in low for word in need)


def snippet(text: str, start: int, end: int, width: int = 70) -> str:
    """The match with some context, on word boundaries where possible."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    out = text[left:right].strip()
    return ("…" if left else "") + out + ("…" if right < len(text) else "")


def to_int(raw: str) -> int | None:
    """'1,200' / '1.200' / '1 200' -> 1200; None if it is not a plain count."""
    digits = re.sub(r"[,. \u00a0\u202f]", "", raw.strip())
    return int(digits) if digits.isdigit() and len(digits) <= 9 else None


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?。！？;；])\s+|[\n|•·]+|(?<=[。！？；])", text) if s.strip()]
