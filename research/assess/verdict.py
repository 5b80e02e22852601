"""Scores, risk and category from the signals, by the rules in scoring.toml."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from research.assess.rules import Rules
from research.types import DIMENSIONS, Category, Reason, Risk, Signal, Verdict


def scores(signals: Iterable[Signal], rules: Rules) -> dict[str, int]:
    totals = dict(rules.base)
    for s in signals:
        totals[s.dimension] += s.weight
    return {d: round(max(0.0, min(100.0, totals[d]))) for d in DIMENSIONS}


def risk(score: Mapping[str, int], rules: Rules) -> Risk:
    auth = score["authenticity"]
    if auth < rules.risk_high_below:
        return "high"
    return "medium" if auth < rules.risk_medium_below else "low"


def red_flags(signals: Iterable[Signal], rules: Rules) -> int:
    """Distinct red-flag codes: the same doubt seen twice is still one doubt."""
    return len({s.code for s in signals if rules.signal(s.code).red_flag})


def category(score: Mapping[str, int], signals: Iterable[Signal], rules: Rules) -> Category:
    signals = list(signals)
    flags = red_flags(signals, rules)
    codes = {s.code for s in signals}
    if any(rules.signal(s.code).veto for s in signals):
        return "X"
    if score["authenticity"] < rules.x_authenticity_below and flags >= rules.x_low_authenticity_min_red_flags:
        return "X"
    if rules.x_min_red_flags and flags >= rules.x_min_red_flags:
        return "X"
    if score["fit"] < rules.c_fit_below or rules.c_at_best & codes:
        return "C"
    a_ok = not (rules.b_at_best & codes) and flags <= rules.a_max_red_flags
    if a_ok and all(score[d] >= v for d, v in rules.category_a.items()):
        return "A"
    return "B" if _is_b(score, rules) else "C"


def _is_b(score: Mapping[str, int], rules: Rules) -> bool:
    """Worth a price list and a follow-up: real enough, some value, and keen or a fitting business."""
    if score["authenticity"] < rules.category_b_min_authenticity or score["value"] < rules.b_min_value:
        return False
    if any(score[d] >= v for d, v in rules.category_b_any.items()):
        return True
    return any(all(score[d] >= v for d, v in route.items()) for route in rules.category_b_routes)


def top_reasons(signals: Iterable[Signal], cat: Category, rules: Rules) -> tuple[Reason, ...]:
    """Strongest signals first; for X and C the ones that pulled the verdict down lead."""
    ranked = sorted(
        (s for s in signals if s.weight),
        key=lambda s: (
            not rules.signal(s.code).veto,
            (s.weight > 0) if cat in ("X", "C") else (s.weight < 0),
            -abs(s.weight),
        ),
    )
    return tuple(Reason(s.code, s.params, s.weight, s.evidence) for s in ranked[: rules.top_reasons])


def verdict(signals: list[Signal], rules: Rules) -> Verdict:
    score = scores(signals, rules)
    cat = category(score, signals, rules)
    return Verdict(cat, "high" if cat == "X" else risk(score, rules), score, top_reasons(signals, cat, rules))
