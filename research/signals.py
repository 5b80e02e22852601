"""Building signals and findings. A signal names what was seen; the rules weigh it later (research.assess)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from research.facts import Facts
from research.types import Evidence, Finding, Signal, Status


def signal(source: str, code: str, *evidence: Evidence, **params: Any) -> Signal:
    return Signal(source, code, params, tuple(evidence))


def finding(
    source: str,
    facts: Facts,
    signals: Iterable[Signal] = (),
    *,
    status: Status = "ok",
    reason: str = "",
    detail: str = "",
) -> Finding:
    return Finding(source, status, reason, detail, dict(facts), tuple(signals))
