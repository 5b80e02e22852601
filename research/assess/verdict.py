"""Scores, risk and category from the signals, by the rules they are given; and which rule decided."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from research.rules import Rules
from research.types import DIMENSIONS, Category, Reason, Risk, ScoredSignal, Signal, Verdict


def weigh(signals: Iterable[Signal], rules: Rules) -> tuple[ScoredSignal, ...]:
    """Each signal with the dimension, weight and marks the rules give its code."""
    out = []
    for s in signals:
        r = rules.signal(s.code)
        out.append(ScoredSignal(s.source, s.code, r.dimension, r.weight, r.red_flag, r.veto, s.params, s.evidence))
    return tuple(out)


def scores(signals: Iterable[ScoredSignal], rules: Rules) -> dict[str, int]:
    totals = dict(rules.base)
    for s in signals:
        totals[s.dimension] += s.weight
    return {d: round(max(0.0, min(100.0, totals[d]))) for d in DIMENSIONS}


def risk(score: Mapping[str, int], rules: Rules) -> Risk:
    auth = score["authenticity"]
    if auth < rules.risk_high_below:
        return "high"
    return "medium" if auth < rules.risk_medium_below else "low"


def red_flags(signals: Iterable[ScoredSignal]) -> int:
    """Distinct red-flag codes: the same doubt seen twice is still one doubt."""
    return len({s.code for s in signals if s.red_flag})


@dataclass(frozen=True)
class Decision:
    """A category and the rule of scoring.toml that gave it, with what the rule compared."""

    category: Category
    rule: str
    params: Mapping[str, Any] = field(default_factory=dict)


def _n(value: float) -> float | int:
    """A threshold as a rep writes it: 30, not 30.0."""
    return int(value) if float(value).is_integer() else value


def _message(s: ScoredSignal) -> dict[str, Any]:
    return {"code": s.code, "params": dict(s.params)}


def _x(score: Mapping[str, int], signals: list[ScoredSignal], rules: Rules) -> Decision | None:
    if veto := next((s for s in signals if s.veto), None):
        return Decision("X", "veto", {"signal": _message(veto)})
    flags = red_flags(signals)
    auth = score["authenticity"]
    if auth < rules.x_authenticity_below and flags >= rules.x_low_authenticity_min_red_flags:
        return Decision("X", "x_authenticity_below", {"score": auth, "limit": _n(rules.x_authenticity_below)})
    if rules.x_min_red_flags and flags >= rules.x_min_red_flags:
        return Decision("X", "x_min_red_flags", {"count": flags, "limit": rules.x_min_red_flags})
    return None


def _c_cap(score: Mapping[str, int], signals: list[ScoredSignal], rules: Rules) -> Decision | None:
    if score["fit"] < rules.c_fit_below:
        return Decision("C", "c_fit_below", {"score": score["fit"], "limit": _n(rules.c_fit_below)})
    if cap := next((s for s in signals if s.code in rules.c_at_best), None):
        return Decision("C", "c_at_best", {"signal": _message(cap)})
    return None


def _b(score: Mapping[str, int], rules: Rules) -> Decision | None:
    """Worth a price list and a follow-up: real enough, some value, and keen or a fitting business."""
    if score["authenticity"] < rules.category_b_min_authenticity or score["value"] < rules.b_min_value:
        return None
    for dim, limit in rules.category_b_any.items():
        if score[dim] >= limit:
            return Decision(
                "B", "b_any", {"dimension": {"code": f"score.{dim}"}, "score": score[dim], "limit": _n(limit)}
            )
    for i, route in enumerate(rules.category_b_routes):
        if all(score[d] >= v for d, v in route.items()):
            return Decision("B", "b_all", {"route": i + 1, "minimums": _minimums(route)})
    return None


def _minimums(mins: Mapping[str, float]) -> list[dict[str, Any]]:
    return [
        {"code": "score.at_least", "params": {"dimension": {"code": f"score.{d}"}, "limit": _n(v)}}
        for d, v in mins.items()
    ]


def decide(score: Mapping[str, int], signals: Iterable[ScoredSignal], rules: Rules) -> Decision:
    signals = list(signals)
    decided = _x(score, signals, rules) or _c_cap(score, signals, rules)
    if decided:
        return decided
    capped = next((s for s in signals if s.code in rules.b_at_best), None)
    a_ok = capped is None and red_flags(signals) <= rules.a_max_red_flags
    if a_ok and all(score[d] >= v for d, v in rules.category_a.items()):
        return Decision("A", "a_min", {"minimums": _minimums(rules.category_a)})
    return _b(score, rules) or Decision("C", "c_default")


def category(score: Mapping[str, int], signals: Iterable[ScoredSignal], rules: Rules) -> Category:
    return decide(score, signals, rules).category


def top_reasons(signals: Iterable[ScoredSignal], cat: Category, rules: Rules) -> tuple[Reason, ...]:
    """Strongest signals first; for X and C the ones that pulled the verdict down lead."""
    ranked = sorted(
        (s for s in signals if s.weight),
        key=lambda s: (not s.veto, (s.weight > 0) if cat in ("X", "C") else (s.weight < 0), -abs(s.weight)),
    )
    return tuple(Reason(s.code, s.params, s.weight, s.evidence) for s in ranked[: rules.top_reasons])


def identity_proven(signals: Iterable[ScoredSignal], rules: Rules) -> bool:
    """Whether one of the ways to prove who the sender is ([risk] low_needs_any) holds."""
    codes = {s.code for s in signals}
    return any(all(alts & codes for alts in group) for group in rules.low_needs_any)


_RISK_ORDER: tuple[Risk, ...] = ("low", "medium", "high")


def _at_least(level: Risk, floor: str) -> Risk:
    """The higher of a risk and a floor named in the rules (an unknown name raises nothing)."""
    raised = next((r for r in _RISK_ORDER if r == floor), level)
    return max(level, raised, key=_RISK_ORDER.index)


def look_again(category: Category, signals: Iterable[ScoredSignal], rules: Rules) -> str:
    """Where the learned second opinion and the rules disagree: the rep looks again, the rules still decide."""
    opinion = rules.second_opinion
    by_code = {s.code: s for s in signals}
    if category != "X" and (opinion.get("scam") in by_code or opinion.get("decisive") in by_code):
        return "wording_scam"
    genuine = by_code.get(str(opinion.get("genuine", "")))
    if category == "X" and genuine and float(genuine.params.get("probability", 100)) < float(opinion["genuine_below"]):
        return "wording_genuine"
    return ""


def _second_opinion(s: ScoredSignal, rules: Rules) -> bool:
    return s.code in (rules.second_opinion.get("scam"), rules.second_opinion.get("genuine")) or s.code.startswith(
        "inquiry.wording_"
    )


def decide_without_second_opinion(signals: list[ScoredSignal], rules: Rules) -> Decision:
    """The category as the rules alone give it: what the learned reading may not overturn to X."""
    own = [s for s in signals if not _second_opinion(s, rules)]
    return decide(scores(own, rules), own, rules)


def wording_decides(signals: list[ScoredSignal], rules: Rules) -> Decision | None:
    """An X from the wording's decisive band alone, unless something proves who the sender is: a buyer whose
    identity holds is not thrown away on wording; the rep looks again instead."""
    opinion = rules.second_opinion
    s = _found(signals, opinion.get("decisive"))
    if s is None or identity_proven(signals, rules):
        return None
    if int(s.params.get("words", 0)) < int(opinion.get("decisive_min_words", 0)):
        return None
    return Decision("X", "wording_decisive", {"signal": _message(s)})


def wording_sells(signals: list[ScoredSignal], rules: Rules) -> Decision | None:
    """An X when the wording reads as a sales pitch rather than any buyer's mail: spam, whoever sent it,
    so no proof of identity clears it (a real agency's domain is still selling to us)."""
    s = _found(signals, rules.second_opinion.get("pitch"))
    return Decision("X", "wording_pitch", {"signal": _message(s)}) if s else None


def _found(signals: list[ScoredSignal], code: object) -> ScoredSignal | None:
    """The signal a [second_opinion] key names, if the run raised it (a key left out names none)."""
    return next((s for s in signals if code and s.code == code), None)


def verdict(signals: Iterable[ScoredSignal], rules: Rules) -> Verdict:
    signals = list(signals)
    score = scores(signals, rules)
    d = decide(score, signals, rules)
    if d.category == "X" and (alone := decide_without_second_opinion(signals, rules)).category != "X":
        d = alone  # the wording's weight alone would have made this an X: the rules decide, the rep looks again
    if d.category != "X" and (decisive := wording_decides(signals, rules) or wording_sells(signals, rules)):
        d = decisive
    level: Risk = "high" if d.category == "X" else risk(score, rules)
    # Nothing proves who the sender is: at best "medium: unverified", with what would settle it.
    unverified = level != "high" and not identity_proven(signals, rules)
    level = "medium" if unverified else level
    again = look_again(d.category, signals, rules)
    if again == "wording_scam":
        level = _at_least(level, str(rules.second_opinion.get("risk_at_least", "high")))
    reasons = top_reasons(signals, d.category, rules)
    return Verdict(d.category, level, score, reasons, d.rule, d.params, again, ("identity",) if unverified else ())
