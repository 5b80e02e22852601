"""Builders for assessment tests: signals and findings, and signals as the shipped rules weigh them."""

from __future__ import annotations

from typing import Any

from research.assess.verdict import weigh
from research.rules import load_rules
from research.types import Evidence, Finding, ScoredSignal, Signal

RULES = load_rules()


def sig(code: str, source: str = "", **params: Any) -> Signal:
    RULES.signal(code)  # a code the rules do not know is a typo in the test
    return Signal(source or code.split(".", 1)[0], code, params, (Evidence("text", "test", code),))


def scored(code: str, source: str = "", **params: Any) -> ScoredSignal:
    return weigh([sig(code, source, **params)], RULES)[0]


def found(source: str, *signals: Signal, **facts: Any) -> Finding:
    return Finding(source, "ok", facts=facts, signals=signals)
