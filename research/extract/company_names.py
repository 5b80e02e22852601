"""Company and person names made comparable: transliterated (anyascii), folded, legal forms dropped.

"Nordhaus Möbel GmbH", "NORDHAUS MOEBEL G.m.b.H." and "Нордхаус Мебель ГмбХ" come out alike enough
for rapidfuzz to call them one name; the thresholds are the callers'.
"""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii
from rapidfuzz import fuzz

from research.data.load import word_list

_SAME_NAME = 88  # token-set similarity at or above which two company names are one
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(word_list("legal_suffixes.txt"))


def tokens(name: str, *, keep_legal: bool = False) -> list[str]:
    """Lower-case ASCII words of ``name``; legal forms (GmbH, Ltd, S.A.) dropped unless asked to keep."""
    text = anyascii(name.translate(_GERMAN)).lower().replace("&", " and ")
    text = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", text)  # s.a. -> sa, g.m.b.h. -> gmbh
    words = re.findall(r"[a-z0-9]+", text.replace(".", ""))
    return words if keep_legal else [w for w in words if w not in _legal_forms()]


def normal(name: str) -> str:
    """One comparable string: the words without legal forms, in their order."""
    return " ".join(tokens(name))


def similarity(a: str, b: str) -> float:
    """0..100: how alike two names are once normalised (word order and extra words matter little)."""
    na, nb = normal(a), normal(b)
    if not na or not nb:
        return 0.0
    return float(max(fuzz.token_sort_ratio(na, nb), fuzz.token_set_ratio(na, nb) if min(len(na), len(nb)) > 5 else 0))


def same_company(a: str, b: str) -> bool | None:
    """Whether two company names name one company; None when either has no words to compare."""
    if not normal(a) or not normal(b):
        return None
    return similarity(a, b) >= _SAME_NAME
