"""Building signals and findings: weights come from the rules, never from code."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from research.assess.rules import load_rules
from research.types import Evidence, Finding, Signal, Status


def signal(source: str, code: str, *evidence: Evidence, **params: Any) -> Signal:
    """A signal whose dimension and weight come from the scoring rules."""
    rule = load_rules().signal(code)
    return Signal(source, code, rule.dimension, rule.weight, params, tuple(evidence))


def finding(
    source: str,
    facts: Mapping[str, Any],
    signals: Iterable[Signal] = (),
    *,
    status: Status = "ok",
    reason: str = "",
    detail: str = "",
) -> Finding:
    return Finding(source, status, reason, detail, dict(facts), tuple(signals))
