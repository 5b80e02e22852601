"""The wording model's features: hashed character n-grams of words, and a few language-neutral counts.

Shared by the training script and by inference, so the two cannot drift apart. The n-gram hash is our
own and fully specified (below), so it is the same on every machine and Python version (unlike
``hash()``) and no scikit-learn vectoriser is needed at run time. It is computed with numpy for all
n-grams of a text at once: a loop per n-gram in Python would take most of the time budget.

The hash of an n-gram of code points c1..cn: h = n; then for each ci, h = (h * 16777619 + ci) mod 2^32
(the FNV prime as multiplier); then bucket = ((h * 2654435761) mod 2^32) >> (32 - bits), the high bits
of a Fibonacci (golden ratio) multiplication, which spreads similar n-grams over the buckets.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"[^\W_]+", re.U)
_DIGIT = re.compile(r"\d", re.U)
_URL = re.compile(r"(?i)\bhttps?://|\bwww\.")
_EMAIL = re.compile(r"(?<=[\w.+-])@[\w-]+\.\w")  # anchored on "@": scanning for the local part is slow
_CURRENCY = re.compile(r"(?i)[$€£¥₦₹]|\b(?:usd|eur|gbp|rmb|cny|dollars?|euros?|pounds?)\b")
_AMOUNT = re.compile(r"(?i)[$€£¥₦₹]\s?\d|\d\s?(?:[$€£¥₦₹]|(?:usd|eur|gbp|rmb|cny|dollars?|euros?|pounds?)\b)|"
                     r"\b(?:usd|eur|gbp|rmb|cny)\s?\d")  # fmt: skip
_BIG = re.compile(r"\d{1,3}(?:[.,']\d{3}){2,}|\d{7,}|\d(?:[.,]\d+)?\s?(?:m|mn|bn|million|billion)\b", re.I)
_PERCENT = re.compile(r"\d\s?%")
_UPPER_WORD = re.compile(r"\b[^\W\d_a-z]{4,}\b", re.U)

_PRIME = np.uint64(16777619)
_GOLDEN = np.uint64(2654435761)
_MASK32 = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True)
class Hashing:
    """How text becomes feature buckets; stored in the model file so training and inference agree."""

    bits: int = 20  # 2^bits buckets
    min_n: int = 2
    max_n: int = 5


def normalise(text: str) -> str:
    """NFKC, lower case, every digit folded to 0 (amounts differ, their shape does not)."""
    return _DIGIT.sub("0", unicodedata.normalize("NFKC", text).casefold())


def words(text: str) -> list[str]:
    """The normalised words of a text (letters and digits; punctuation and underscores split)."""
    return _WORD.findall(normalise(text))


def raw_words(text: str) -> list[str]:
    """The words as written (not normalised), split where ``words`` splits."""
    return _WORD.findall(text)


def word_counts(text: str, mask: frozenset[str] = frozenset()) -> Counter[str]:
    """Normalised words and their counts, without the masked (topic) words."""
    return Counter(w for w in words(text) if w not in mask)


def grams(word: str, hashing: Hashing) -> list[str]:
    """Character n-grams of one word padded with spaces (so word starts and ends are features)."""
    padded = f" {word} "
    return [padded[i : i + n] for n in range(hashing.min_n, hashing.max_n + 1) for i in range(len(padded) - n + 1)]


def hashed_grams(word_list: Sequence[str], hashing: Hashing) -> tuple[np.ndarray, np.ndarray]:
    """(bucket, index of its word) for every n-gram of every word: ``grams`` of each, hashed at once."""
    padded = [f" {w} " for w in word_list]
    if not padded:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    codes = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    owner = np.repeat(np.arange(len(padded)), np.fromiter(map(len, padded), dtype=np.int64, count=len(padded)))
    found, owners = [], []
    for n in range(hashing.min_n, hashing.max_n + 1):
        m = len(codes) - n + 1
        if m <= 0:
            continue
        h = np.full(m, n, dtype=np.uint64)
        for k in range(n):
            h = (h * _PRIME + codes[k : k + m]) & _MASK32
        inside = owner[:m] == owner[n - 1 : n - 1 + m]  # the n-gram does not straddle two words
        found.append(((h[inside] * _GOLDEN) & _MASK32) >> np.uint64(32 - hashing.bits))
        owners.append(owner[:m][inside])
    return np.concatenate(found).astype(np.int64), np.concatenate(owners)


def bucket(gram: str, hashing: Hashing) -> int:
    """The bucket of one n-gram (the same arithmetic as ``hashed_grams``, for showing features)."""
    h = len(gram)
    for ch in gram:
        h = (h * 16777619 + ord(ch)) & 0xFFFFFFFF
    return ((h * 2654435761) & 0xFFFFFFFF) >> (32 - hashing.bits)


def bucket_counts(text: str, hashing: Hashing, mask: frozenset[str] = frozenset()) -> Counter[int]:
    """How often each bucket occurs in a text."""
    counted = word_counts(text, mask)
    found, owner = hashed_grams(list(counted), hashing)
    per_word = np.fromiter(counted.values(), dtype=np.int64, count=len(counted))
    keys, inverse = np.unique(found, return_inverse=True)
    totals = np.bincount(inverse, weights=per_word[owner], minlength=len(keys)) if len(keys) else keys
    return Counter({int(k): int(v) for k, v in zip(keys, totals, strict=True)})


def show(gram: str) -> str:
    """An n-gram as a person reads it: word edges as ``_``."""
    return gram.replace(" ", "_")


DENSE_NAMES = ("urls", "emails", "money", "big_amount", "percent", "shouting")


def without_own(text: str, own: Sequence[str]) -> str:
    """The text without the sender's own addresses (``own``: e-mail addresses and domains): their e-mail
    and their bare web address, as a signature gives them. Counted as links, they made a short genuine
    RFQ signed with the buyer's website read as a phishing lure. A link with a path still counts, on the
    sender's own domain too: "register at https://nitori-sourcing.com/vendor/register" is the lure."""
    for rx in _own_patterns(tuple(own)):
        text = rx.sub(" ", text)
    return text


_NOT_A_LABEL = r"(?![\w-]|\.[\w-])"  # "own.com" but not "own.com.evil.net" or "own.com-x"
_ADDRESS_ENDS = r"(?=$|[\s<>\"'),;|\]]|[.:!?](?:\s|$))"  # the address ends here: no path, query or port


@lru_cache(maxsize=256)  # a team server meets new senders for weeks: a cache per sender would only grow
def _own_patterns(own: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    addresses = [re.escape(o) for o in own if "@" in o]
    domains = [re.escape(o) for o in own if o and "@" not in o]
    found = []
    if addresses:  # the sender's exact address (at a free mail service only this one is theirs)
        found.append(re.compile(r"(?i)(?<![\w.+-])(?:mailto:)?(?:" + "|".join(addresses) + ")" + _NOT_A_LABEL))
    if domains:  # any address, and the bare site, at the sender's own domain or one of its hosts
        host = r"(?:[\w-]+\.)*(?:" + "|".join(domains) + ")" + _NOT_A_LABEL
        found.append(re.compile(r"(?i)(?<![\w.+-])(?:mailto:)?[\w.+-]+@" + host))
        found.append(re.compile(r"(?i)(?<![\w.@/-])(?:https?://)?" + host + "/?" + _ADDRESS_ENDS))
    return tuple(found)


def dense(text: str) -> tuple[float, ...]:
    """Counts that mean the same in any language, squashed to about 0..1 (order: ``DENSE_NAMES``)."""
    found = _WORD.findall(text)
    letters = max(1, sum(map(len, found)))
    n_words = max(1, len(found))
    money = len(_AMOUNT.findall(text)) if _CURRENCY.search(text) else 0
    counts = (
        len(_URL.findall(text)) * 20 / n_words,
        len(_EMAIL.findall(text)) * 20 / n_words,
        math.log1p(money) / 2,
        float(money > 0 and _BIG.search(text) is not None),
        math.log1p(len(_PERCENT.findall(text))) / 2,
        sum(map(len, _UPPER_WORD.findall(text))) / letters * 2,
    )
    return tuple(round(min(1.0, c), 6) for c in counts)
