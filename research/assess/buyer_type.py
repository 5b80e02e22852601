"""Buyer type from the votes that signals carry in scoring.toml."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from research.assess.rules import Rules
from research.types import BuyerType, Reason, Signal


def buyer_type(signals: Iterable[Signal], rules: Rules) -> BuyerType:
    votes: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[Reason]] = defaultdict(list)
    for s in signals:
        for label, weight in rules.signal(s.code).votes.items():
            votes[label] += weight
            evidence[label].append(Reason(s.code, s.params, weight, s.evidence))
    if not votes:
        return BuyerType()
    label = max(votes, key=lambda k: votes[k])
    total = sum(v for v in votes.values() if v > 0)
    # Few votes mean little certainty, however one-sided they are.
    confidence = (votes[label] / total) * min(1.0, total / 3) if total else 0.0
    return BuyerType(label, round(confidence, 2), tuple(evidence[label]))
