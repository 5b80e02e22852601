"""Product and market fit against our seller profile (first pass: keyword match)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from research.types import Fit, ProductMatch, SellerProfile


def _terms(line_keywords: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(k.strip().lower() for k in line_keywords if k.strip()))


def product_fit(texts: dict[str, str], profile: SellerProfile) -> Fit:
    """Which of our lines the buyer's texts mention; overlap is the share of our lines hit."""
    if not profile.product_lines:
        return Fit()
    matches = []
    for line in profile.product_lines:
        for where, text in texts.items():
            low = text.lower()
            hits = [
                t for t in _terms((line.name, *line.keywords, *line.synonyms)) if re.search(rf"\b{re.escape(t)}", low)
            ]
            if hits:
                matches.append(
                    ProductMatch(hits[0], line.name, min(1.0, 0.4 + 0.2 * len(hits)), tuple(hits[:5]), where)
                )
                break
    overlap = len({m.our_line for m in matches}) / len(profile.product_lines)
    return Fit(round(overlap, 2), tuple(matches))
