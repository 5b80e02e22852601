"""Builders for assessment tests: signals and findings weighted by the shipped rules."""

from __future__ import annotations

from typing import Any

from research.assess.rules import load_rules
from research.types import Evidence, Finding, Signal

RULES = load_rules()


def sig(code: str, source: str = "", **params: Any) -> Signal:
    rule = RULES.signal(code)
    ev = Evidence("text", "test", code)
    return Signal(source or code.split(".", 1)[0], code, rule.dimension, rule.weight, params, (ev,))


def found(source: str, *signals: Signal, **facts: Any) -> Finding:
    return Finding(source, "ok", facts=facts, signals=signals)
