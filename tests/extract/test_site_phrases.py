"""find_phrases tries only the phrases whose first word a text holds: the same matches as one regex of all.

The reference is the regex of the whole list (``phrase_regex``), run as find_phrases ran it before the
word index; every shipped phrase list is compared on every lab page, on each phrase written in several
ways, and on generated text full of the characters that IGNORECASE treats specially.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
from re import _casefix  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from research.data.load import toml_table
from research.extract import site_text
from research.extract.site_page import read_page
from research.extract.site_text import case_key, find_phrases, may_hold, phrase_regex, same_length_fold, sentences

LAB = Path(__file__).parents[1] / "lab"
_IS_WORD = re.compile(r"\w")


def _reference(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int, str]]:
    rx = phrase_regex(phrases)
    return [(m.start(), m.end(), m.group(0)) for m in rx.finditer(same_length_fold(text))] if rx else []


def _found(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in find_phrases(text, phrases)]


@cache
def _lists() -> dict[str, tuple[str, ...]]:
    """Every phrase list the site readers search with find_phrases."""
    out: dict[str, tuple[str, ...]] = {}
    countries = toml_table("website/countries.toml")
    out["countries"] = tuple(n.lower() for table in countries.values() for names in table.values() for n in names)
    markets = toml_table("website/markets.toml")
    out["cues"] = tuple(c for cues in markets["cues"].values() for c in cues)
    out["regions"] = tuple(markets["regions"])
    for model, rule in toml_table("website/business_model.toml").items():
        for key in ("phrases", "cities", "office_words"):
            if rule.get(key):
                out[f"{model}.{key}"] = tuple(rule[key])
    for state, rule in toml_table("website/states.toml").items():
        if isinstance(rule, dict) and rule.get("phrases"):
            out[f"state.{state}"] = tuple(rule["phrases"])
    return out


def _case_sensitive_chars() -> str:
    """Every character with a case mapping, and those IGNORECASE matches besides ("ı", "ſ", "ͅ")."""
    chars = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).lower() != chr(c) or chr(c).upper() != chr(c)}
    extra = {chr(c) for low, others in _casefix._EXTRA_CASES.items() for c in (low, *others)}
    return "".join(sorted(chars | extra))


def test_the_key_joins_every_pair_ignorecase_matches() -> None:
    cased = _case_sensitive_chars()
    assert all(ord(c) < site_text._CASED_BELOW for c in cased)
    for c in cased:
        for other in re.findall(re.escape(c), cased, re.I):
            assert case_key(other) == case_key(c), (hex(ord(c)), hex(ord(other)))
    # A character without a case matches only itself.
    known = set(cased)
    rest = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c) not in known)
    assert re.findall(f"[{re.escape(cased)}]", rest, re.I) == []


def test_the_key_keeps_word_characters_words_but_for_the_few_it_names() -> None:
    unstable = site_text._case_key()[1]
    changed = [chr(c) for c in range(site_text._CASED_BELOW) if chr(c) != case_key(chr(c))]
    moved = {c for c in changed if bool(_IS_WORD.match(c)) != bool(_IS_WORD.match(case_key(c)))}
    assert moved == set(unstable) and len(moved) <= 2


def _lab_pages() -> list[str]:
    files = sorted([*(LAB / "sites").rglob("*.html"), *(LAB / "holdout_sites").rglob("*.html")])
    return [read_page(f"https://{f.parent.name}/{f.name}", f.read_text("utf-8", errors="replace")).text for f in files]


def test_every_list_finds_on_every_lab_page_what_the_whole_regex_finds() -> None:
    pages = _lab_pages()
    assert len(pages) > 80
    for name, phrases in _lists().items():
        for text in pages:
            assert _found(text, phrases) == _reference(text, phrases), (name, text[:120])
            for sentence in sentences(text)[:60]:
                assert _found(sentence, phrases) == _reference(sentence, phrases), (name, sentence)


def _written_ways(phrase: str) -> list[str]:
    return [
        phrase,
        phrase.upper(),
        phrase.title(),
        f"x{phrase}",
        f"{phrase}x",
        f"_{phrase}_",
        f"({phrase.upper()}).",
        f"{phrase}s",
    ]


def test_each_phrase_written_in_several_ways_is_found_as_before() -> None:
    for name, phrases in _lists().items():
        ways = [way for p in phrases for way in _written_ways(p)]
        for start in range(0, len(ways), 40):
            text = "We ship to " + " and ".join(ways[start : start + 40]) + "."
            assert _found(text, phrases) == _reference(text, phrases), (name, text[:200])


# Characters IGNORECASE treats specially, word ends, CJK and Arabic: what a word index could get wrong.
_TRICKY = "İıIiſsSKkΣσςͅιΙµμẞßǅ_-.'’ 1中国日本الصين\u0130\u212a\u00a0"


@st.composite
def _text(draw: st.DrawFn, phrases: tuple[str, ...]) -> str:
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(phrases),
                st.sampled_from(phrases).map(str.upper),
                st.sampled_from(phrases).map(lambda p: p[: max(1, len(p) // 2)]),
                st.text(alphabet=_TRICKY, max_size=4),
                st.text(max_size=4),
            ),
            max_size=8,
        )
    )
    glue = draw(st.sampled_from(["", " ", ", ", "-", "_", "ͅ", "ı"]))
    return glue.join(parts)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_lists())).flatmap(lambda name: st.tuples(st.just(name), _text(_lists()[name]))))
def test_generated_text_gets_the_same_matches(case: tuple[str, str]) -> None:
    name, text = case
    phrases = _lists()[name]
    assert _found(text, phrases) == _reference(text, phrases)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=_TRICKY + "abcστ", min_size=1, max_size=5), min_size=1, max_size=6).map(tuple),
    st.text(alphabet=_TRICKY + "abcστ", max_size=30),
)
def test_any_phrase_list_gets_the_same_matches(phrases: tuple[str, ...], text: str) -> None:
    assert _found(text, phrases) == _reference(text, phrases)


@pytest.mark.parametrize(
    ("phrases", "text"),
    [
        (("istanbul",), "Our office in İSTANBUL"),  # İ lower-cases to two characters outside the regex engine
        (("status",), "ſtatus"),  # long s is an s to IGNORECASE
        (("σας",), "ΣΑΣ"),  # final and medial sigma are one letter
        (("kelvin",), "\u212aelvin"),  # the Kelvin sign is a K
        (("aͅb",), "aιb"),  # a combining ypogegrammeni (not a word character) is an iota (one)
        (("aιb",), "aͅb"),
        (("ι",), "ͅ"),
        (("ab",), "ͅab"),  # a word start after it, though its key is a letter
        (("中国", "china"), "出口到中国和CHINA"),
    ],
)
def test_what_ignorecase_takes_for_one_letter_is_found(phrases: tuple[str, ...], text: str) -> None:
    assert _found(text, phrases) == _reference(text, phrases) != []


def _sentences_hold_nothing(text: str, phrases: tuple[str, ...]) -> bool:
    return all(not _reference(s, phrases) and not _reference(s.lower(), phrases) for s in sentences(text))


def test_a_page_may_hold_tells_nothing_is_there_has_no_sentence_with_a_phrase() -> None:
    skipped = 0
    for text in _lab_pages():
        for phrases in _lists().values():
            if not may_hold(text, phrases):
                skipped += 1
                assert _sentences_hold_nothing(text, phrases)
    assert skipped > 100


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_lists())).flatmap(lambda name: st.tuples(st.just(name), _text(_lists()[name]))))
def test_generated_text_without_a_phrase_has_no_sentence_with_one(case: tuple[str, str]) -> None:
    name, text = case
    text = text.replace("ı", ". ").replace("-", " | ")  # sentence ends among the pieces
    if not may_hold(text, _lists()[name]):
        assert _sentences_hold_nothing(text, _lists()[name])
