"""Builders for assessment tests: real rules, plus stand-ins for signals other enrichers define."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from research.assess.rules import Rules, load_rules, parse_rules
from research.types import Evidence, Finding, Signal

OVERLAY = Path(__file__).with_name("overlay_rules.toml")


def merged_rules() -> Rules:
    """The shipped rules; codes they lack (not merged yet) come from overlay_rules.toml."""
    real = load_rules()
    data = dict(real.raw)
    overlay = tomllib.loads(OVERLAY.read_text("utf-8"))["signals"]
    data["signals"] = {**overlay, **data["signals"]}
    return parse_rules(data)


RULES = merged_rules()


def sig(code: str, source: str = "", **params: Any) -> Signal:
    rule = RULES.signal(code)
    ev = Evidence("text", "test", code)
    return Signal(source or code.split(".", 1)[0], code, rule.dimension, rule.weight, params, (ev,))


def found(source: str, *signals: Signal, **facts: Any) -> Finding:
    return Finding(source, "ok", facts=facts, signals=signals)
