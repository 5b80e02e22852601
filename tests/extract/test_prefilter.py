"""The word test before each inquiry pattern never hides a match: the same hits with and without it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from research.extract.inquiry_read import every_pattern, unwrap
from research.extract.prefilter import Folded, _shipped, _word_index, derive, key, may_match, needs

TESTS = Path(__file__).parents[1]
_HEAD = 2500


# The hand-written holdouts from this number on add every third mail: 48 sets of the same shapes in 40 languages,
# and all of them made this one test run past its two minutes.
_SAMPLED_FROM = 5
_EVERY = 3


def _folder_files(folder: Path) -> list[Path]:
    files = [f for f in sorted(folder.iterdir()) if f.suffix in (".txt", ".eml")]
    number = folder.name.removeprefix("corpus_holdout")
    return files[::_EVERY] if number.isdigit() and int(number) >= _SAMPLED_FROM else files


def _texts() -> list[str]:
    """Every inquiry the tests hold (a sample of the later holdouts), the per-language fraud sentences."""
    files = [f for d in sorted(TESTS.glob("corpus*")) for f in _folder_files(d)]
    # The head of each mail holds what the patterns are about; whole attachments would only cost minutes.
    texts = [f.read_text("utf-8", errors="replace")[:_HEAD] for f in files]
    terms = tomllib.loads((TESTS / "enrich" / "fraud_terms.toml").read_text("utf-8"))
    texts += [s for table in terms.values() for group in table.values() for s in group if isinstance(s, str)]
    return texts


def test_every_pattern_finds_what_it_found_without_the_word_test() -> None:
    patterns = every_pattern()
    texts = _texts()
    assert len(patterns) > 1000 and len(texts) > 400
    for text in texts:
        t = unwrap(text)  # as every table but the specifics reads it; those read the raw text too
        low = Folded(t)
        hidden = [rx.pattern for rx in patterns if not may_match(rx, low) and rx.search(t)]
        assert not hidden, (t[:200], hidden)


def test_most_patterns_skip_a_text_without_their_words() -> None:
    """The point of the test: a plain English request leaves nearly every pattern unsearched."""
    patterns = every_pattern()
    low = Folded("Dear supplier, please quote 1,200 pcs ceramic vases, FOB Ningbo. Best regards, Sarah")
    for rx in patterns:
        needs(rx)
    searched = [rx for rx in patterns if may_match(rx, low)]
    assert len(searched) < len(patterns) // 4
    assert sum(1 for rx in patterns if not needs(rx)) < 50  # patterns the test cannot read are few


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bistanbul\b", "Our office in İSTANBUL"),  # İ lower-cases to two characters outside the regex engine
        (r"\bstatus\b", "ſtatus"),  # long s is an s to IGNORECASE
        (r"\bσας\b", "ΣΑΣ"),  # final and medial sigma are one letter
        (r"\bkelvin\b", "\u212aelvin"),  # the Kelvin sign is a K
        (r"(?:cher|chère)\s+bénéficiaire", "CHÈRE BÉNÉFICIAIRE"),
        (r"(?:50|80)\s?%\s?(?:down payment|advance)", "80% ADVANCE"),
        (r"(?:账期|帳期)", "帳期30天"),
    ],
)
def test_letters_the_regex_engine_treats_as_one(pattern: str, text: str) -> None:
    rx = re.compile(pattern, re.I)
    assert rx.search(text)
    assert needs(rx), "the pattern should have words to look for"
    assert may_match(rx, Folded(text))


def test_the_shipped_words_are_what_the_patterns_need() -> None:
    """data/inquiry/pattern_words.json (scripts/pattern_words.py) agrees with the parse of every pattern it
    names; a stale entry would hide matches. The shipped patterns are all in it."""
    by_key = {key(rx.pattern, rx.flags): rx for rx in every_pattern()}
    shipped = _shipped()
    for k, words in shipped.items():
        if k in by_key:
            assert words == derive(by_key[k].pattern, by_key[k].flags), by_key[k].pattern
    missing = [rx.pattern for k, rx in by_key.items() if k not in shipped]
    assert len(missing) < len(by_key) // 10, "run scripts/pattern_words.py: most patterns are read on use"


def test_the_words_a_text_holds_are_found_in_one_pass() -> None:
    """Every shipped word is found where it is written, the first and the last position included, and
    only then: the one-pass look-up agrees with searching the text for each word."""
    words = sorted(_word_index()[2])
    for text in [*_texts()[:150], " ".join(words[::7]), "".join(words[1::9])]:
        low = Folded(text)
        assert low.held == {w for w in words if w in low.text}, text[:200]


def test_a_pattern_is_read_on_its_second_use() -> None:
    """A pattern the shipped file does not know (added since): one check never pays for reading it; a
    batch reads it once, on the second inquiry."""
    rx = re.compile(r"\bnever used before (?:qwxz|zxqw)\b", re.I)
    low = Folded("a text without the words")
    assert may_match(rx, low)  # first use: searched, not read
    assert not may_match(rx, low)  # second use: read, and skipped


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:cher|chère)\s+bénéficiaire\b", ("bénéficiaire",)),
        (r"\b(?:down payment|advance payment)\b", ("advance payment", "down payment")),
        (r"\b(?:pay|payment)\b", ("pay",)),  # the parser takes the common start out of the branch
        (r"\b(?:ab|payment)\b", ()),  # one alternative too short to look for: the pattern is always searched
        (r"(?:western union)?\s*transfer", ("transfer",)),  # an optional part is needed by nothing
        (r"(?=urgent)\w+", ()),  # look-arounds are left to the regex
    ],
)
def test_words_a_pattern_needs(pattern: str, expected: tuple[str, ...]) -> None:
    assert needs(re.compile(pattern, re.I)) == expected


_LETTERS = st.sampled_from(list("abcdeisſıİIΣσςKk\u212a éèÉ代销銷%0 \n"))


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.text(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=3), text=st.text(_LETTERS))
def test_never_hides_a_match_property(words: list[str], text: str) -> None:
    """Patterns and texts from the letters IGNORECASE folds: whenever the regex matches, the test lets it."""
    rx = re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")", re.I)
    if rx.search(text):
        assert may_match(rx, Folded(text))
