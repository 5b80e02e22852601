"""TF-IDF over character n-grams within words, and cosine similarity against a fixed set of terms.

The same numbers as scikit-learn's ``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5))`` with
its defaults (raw counts, smooth idf, l2 norm; n-grams outside the terms' vocabulary ignored), which
``tests/assess/test_ngrams.py`` checks. Written out because a profile has a few hundred short terms
and a phrase a few windows: sparse dicts answer in microseconds, where importing scikit-learn alone
took two seconds of every command's start.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

_SPACES = re.compile(r"\s\s+")
Vector = dict[str, float]
_SEEN_MAX = 20_000
_MARGIN = 1e-9


def char_wb_ngrams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """N-grams of each word padded with one space on both sides; a word shorter than n counts once."""
    return [g for word in _SPACES.sub(" ", text).split() for g in _word_ngrams(word, low, high)]


@lru_cache(maxsize=65536)
def _word_ngrams(word: str, low: int, high: int) -> tuple[str, ...]:
    """One word's n-grams: a phrase's are its words' (windows of a phrase share words, so each is cut once)."""
    grams: list[str] = []
    padded = f" {word} "
    size = len(padded)
    for n in range(low, high + 1):
        offset = 0
        grams.append(padded[offset : offset + n])
        while offset + n < size:
            offset += 1
            grams.append(padded[offset : offset + n])
        if offset == 0:  # the whole padded word already: longer n-grams would repeat it
            break
    return tuple(grams)


class TermIndex:
    """The terms' l2-normalized TF-IDF vectors, and an inverted index from n-gram to (term, weight)."""

    def __init__(self, terms: Sequence[str], preprocess: Callable[[str], str]) -> None:
        self._pre = preprocess
        self._seen: dict[tuple[tuple[str, ...], float], tuple[tuple[int, float], ...]] = {}
        self._words: dict[str, tuple[float, float]] = {}
        counts = [Counter(char_wb_ngrams(preprocess(t))) for t in terms]
        docs = len(terms)
        df: Counter[str] = Counter(g for c in counts for g in c)
        self.idf = {g: math.log((1 + docs) / (1 + n)) + 1.0 for g, n in df.items()}
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for i, c in enumerate(counts):
            for gram, weight in self._normalized(c).items():
                self._postings.setdefault(gram, []).append((i, weight))

    def _normalized(self, counts: Counter[str]) -> Vector:
        raw = {g: n * self.idf[g] for g, n in counts.items() if g in self.idf}
        norm = math.sqrt(sum(v * v for v in raw.values()))
        return {g: v / norm for g, v in raw.items()} if norm else {}

    def vector(self, text: str) -> Vector:
        return self._normalized(Counter(char_wb_ngrams(self._pre(text))))

    def similar(self, text: str, minimum: float) -> list[tuple[int, float]]:
        """(term index, cosine) of every term at least ``minimum`` similar to ``text``, by term index."""
        return self.similar_words(tuple(self._pre(text).split()), minimum)

    def similar_words(self, words: tuple[str, ...], minimum: float) -> list[tuple[int, float]]:
        """``similar`` for text already preprocessed and split into its words (what ``similar`` makes of it).

        Remembered (a few thousand): mails share their phrases ("please quote", "best regards")."""
        key = (words, minimum)
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            found = self._seen[key] = () if self._below(words, minimum) else self._similar(words, minimum)
        return list(found)

    def _below(self, words: tuple[str, ...], minimum: float) -> bool:
        """Whether no term can reach ``minimum``, told from each word's own best cosine, without the phrase's.

        Nine windows in ten of a mail are no product; this answers them from a few numbers per word. The
        phrase's vector is the sum of its words' (idf-weighted counts, all >= 0), so for any term T:
        <W, T> = sum <w, T> <= sum |w| best(w), and |W|^2 >= sum |w|^2. The margin keeps a rounding
        difference from ever dropping a term ``_similar`` would keep."""
        weighted = squares = 0.0
        for word in words:
            norm, best = self._word(word)
            weighted += norm * best
            squares += norm * norm
        if not squares:
            return minimum > 0
        return weighted / math.sqrt(squares) < minimum - _MARGIN

    def _word(self, word: str) -> tuple[float, float]:
        """One word's idf-weighted length and its best cosine with any term."""
        stats = self._words.get(word)
        if stats is None:
            if len(self._words) >= _SEEN_MAX:
                self._words.clear()
            counts = Counter(_word_ngrams(word, 3, 5))
            norm = math.sqrt(sum((n * self.idf[g]) ** 2 for g, n in counts.items() if g in self.idf))
            best = max((s for _, s in self._scores(self._normalized(counts)).items()), default=0.0)
            stats = self._words[word] = (norm, best)
        return stats

    def _scores(self, vector: Vector) -> dict[int, float]:
        scores: dict[int, float] = {}
        for gram, weight in vector.items():
            for term, term_weight in self._postings.get(gram, ()):
                scores[term] = scores.get(term, 0.0) + weight * term_weight
        return scores

    def _similar(self, words: tuple[str, ...], minimum: float) -> tuple[tuple[int, float], ...]:
        vector = self._normalized(Counter(g for word in words for g in _word_ngrams(word, 3, 5)))
        return tuple(sorted((t, s) for t, s in self._scores(vector).items() if s >= minimum))
