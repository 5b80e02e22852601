"""A cheap test that a pattern cannot match: a text without any of the words it needs.

The inquiry is read against more than a thousand patterns in fourteen languages; nearly all of them
need a word that the mail does not contain ("bénéficiaire", "Vorauszahlung"). A substring test is a
single pass in C where a regex search tries the pattern at every position, so a pattern is searched only
when the text holds one of the literal runs it cannot match without. The test is exact: it may let a
pattern through that then fails, never skip one that would match.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
from typing import Any, Generic, Protocol, TypeVar

from research.data.load import once

# Shorter runs are in nearly every text and would only cost time; two Chinese, Japanese or Korean
# characters already make a rare word.
_SHORTEST = 3
_SHORTEST_CJK = 2
_CJK_FROM = 0x2E80

# The regex parser's own tree: (opcode, argument) pairs, untyped in the standard library.
_Items = list[tuple[Any, Any]]


@cache
def _canon_table() -> dict[int, str]:
    """Characters IGNORECASE treats as one ("ı"/"i", "ſ"/"s", "σ"/"ς") mapped to one of them."""
    parent: dict[int, int] = {}

    def root(c: int) -> int:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    for c, others in _casefix._EXTRA_CASES.items():
        for o in others:
            a, b = root(c), root(o)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {c: chr(root(c)) for c in parent}


def folded(text: str) -> str:
    """The text as the needs are written: lower case, IGNORECASE's equivalent letters made one.

    U+0130 (İ) lower-cases to two characters in full Unicode but to "i" in the regex engine."""
    return text.replace("\u0130", "i").lower().translate(_canon_table())


# Reading a pattern's words costs about as much as one search of a short mail. The words of the shipped
# patterns are read once, by scripts/pattern_words.py, into data/inquiry/pattern_words.json; a pattern
# that file does not know (added since) is read the second time it is used, so a single check never
# pays for it.
class PatternLike(Protocol):
    """What the word test reads of a pattern: a compiled one, or one the inquiry rules compile on use."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


_NEEDS: dict[PatternLike, tuple[str, ...]] = {}
_USED_ONCE: set[PatternLike] = set()
SHIPPED = "inquiry/pattern_words.json"


def key(pattern: str, flags: int) -> str:
    """The pattern's name in the shipped file: short, and any edit of the pattern makes it another."""
    return hashlib.blake2b(f"{flags}:{pattern}".encode(), digest_size=8).hexdigest()


@once
def _shipped() -> dict[str, tuple[str, ...]]:
    try:
        text = resources.files("research.data").joinpath(SHIPPED).read_text("utf-8")
    except FileNotFoundError:  # pragma: no cover - a checkout without the generated file reads on use
        return {}
    return {k: tuple(v) for k, v in json.loads(text).items()}


class Folded:
    """A text as ``may_match`` reads it: ``folded``, and every shipped word it holds."""

    __slots__ = ("held", "text")

    def __init__(self, text: str) -> None:
        self.text = folded(text)
        self.held = _held_words(self.text)


@lru_cache(maxsize=16)
def folded_text(text: str) -> Folded:
    """``Folded(text)``, made once for the several pattern tables one inquiry is read against."""
    return Folded(text)


def may_match(rx: PatternLike, text: Folded) -> bool:
    """False only when ``rx`` cannot match the text ``text`` was made from."""
    need = _READY.get(rx)
    if need is None:
        return _first_look(rx, text)
    return not need or not text.held.isdisjoint(need)


# A thousand patterns each searching the text for a few words cost more than the regexes they spare.
# Every shipped word is filed under its first three characters (a two-character CJK word whole), so one
# pass over the text finds every word it holds, and a pattern's test is one set operation.
_READY: dict[PatternLike, tuple[str, ...]] = {}  # patterns whose words the index holds


def _first_look(rx: PatternLike, text: Folded) -> bool:
    need = _NEEDS.get(rx)
    if need is None:
        shipped = _shipped().get(key(rx.pattern, rx.flags))
        if shipped is None and rx not in _USED_ONCE:
            _USED_ONCE.add(rx)
            return True
        need = _NEEDS[rx] = shipped if shipped is not None else needs(rx)
    if all(word in _word_index()[2] for word in need):
        _READY[rx] = need
    return not need or any(word in text.text for word in need)


@once
def _word_index() -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """(words of three characters or more by their first three, two-character words, both together)."""
    words = {word for need in _shipped().values() for word in need if len(word) >= 2}
    by_start: dict[str, list[str]] = {}
    for word in sorted(words):
        if len(word) >= 3:
            by_start.setdefault(word[:3], []).append(word)
    pairs = frozenset(word for word in words if len(word) == 2)
    return {k: tuple(v) for k, v in by_start.items()}, pairs, frozenset(words)


def _held_words(text: str) -> frozenset[str]:
    by_start, pairs, _every = _word_index()
    held: set[str] = set()
    for i in range(len(text) - 1):
        if text[i : i + 2] in pairs:
            held.add(text[i : i + 2])
        for word in by_start.get(text[i : i + 3], ()):
            if text.startswith(word, i):
                held.add(word)
    return frozenset(held)


P = TypeVar("P", bound=PatternLike)


class TableIndex(Generic[P]):
    """A table's patterns filed by the words they need: a mail then meets only the patterns whose words
    it holds (one look-up per word it holds) instead of a test of each of a thousand patterns.

    ``order`` is every (name, pattern) in the table's order; a ``loose`` pattern (one that needs no word,
    or words the shipped file does not know) is always a candidate and still goes through ``may_match``.
    """

    def __init__(self, table: Mapping[str, Sequence[P]]) -> None:
        self.order = [(name, rx) for name, group in table.items() for rx in group]
        every = _word_index()[2]
        loose: set[int] = set()
        by_word: dict[str, list[int]] = {}
        for n, (_name, rx) in enumerate(self.order):
            need = _shipped().get(key(rx.pattern, rx.flags))
            if need and all(word in every for word in need):
                for word in need:
                    by_word.setdefault(word, []).append(n)
            else:
                loose.add(n)
        self.loose = frozenset(loose)
        self.by_word = {word: tuple(ns) for word, ns in by_word.items()}

    def chosen(self, text: Folded) -> set[int]:
        """Positions in ``order`` of the patterns that may match ``text``: exactly those ``may_match``
        lets through, with the loose ones left for it to decide."""
        picked = set(self.loose)
        for word in text.held:
            picked.update(self.by_word.get(word, ()))
        return picked


_INDEXES: dict[int, tuple[object, tuple[int, ...], TableIndex[Any]]] = {}


def table_index(table: Mapping[str, Sequence[P]]) -> TableIndex[P]:
    """The index of a table the rules keep for the life of the process, built on its first use and again
    if a group was added or replaced since (a test adds a pattern at run time)."""
    groups = tuple(map(id, table.values()))
    entry = _INDEXES.get(id(table))
    if entry is None or entry[0] is not table or entry[1] != groups:
        entry = _INDEXES[id(table)] = (table, groups, TableIndex(table))
    return entry[2]


def needs(rx: PatternLike) -> tuple[str, ...]:
    """Runs of which the pattern needs at least one in the folded text; () when it needs none we know of."""
    if (known := _NEEDS.get(rx)) is not None:
        return known
    _NEEDS[rx] = derive(rx.pattern, rx.flags)
    return _NEEDS[rx]


def derive(pattern: str, flags: int) -> tuple[str, ...]:
    """The words read from the pattern's parse tree (what the shipped file holds)."""
    try:
        found = _sequence(list(_parser.parse(pattern, flags)))
    except (re.error, RecursionError):  # pragma: no cover - the pattern compiled once already
        found = None
    return tuple(sorted(found)) if found else ()


def _sequence(items: _Items) -> frozenset[str] | None:
    """The most selective requirement of a sequence: any one item's requirement holds for the whole."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        _close(run, options)
        run = []
        if (need := _item(op, av)) is not None:
            options.append(need)
    _close(run, options)
    return max(options, key=lambda s: min(len(x) for x in s), default=None)


def _close(run: list[str], options: list[frozenset[str]]) -> None:
    if len(run) >= _SHORTEST or (len(run) >= _SHORTEST_CJK and any(ord(c) >= _CJK_FROM for c in run)):
        options.append(frozenset({folded("".join(run))}))


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is _constants.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is _constants.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _constants.BRANCH:
        return _branch(av[1])
    return None


def _branch(branches: list[Any]) -> frozenset[str] | None:
    """Every alternative must need something, and then the text needs one of them."""
    out: set[str] = set()
    for branch in branches:
        need = _sequence(list(branch))
        if need is None:
            return None
        out |= need
    return frozenset(out)
