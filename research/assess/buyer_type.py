"""Buyer type: retailer, wholesaler, OEM/brand importer, chain, end user or unknown.

Votes come from data only: signals' ``votes`` in scoring.toml, and fact rules in
``research/data/buyer_type.toml`` (store count, staff, warehouse, quantities), both in the Rules passed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from research.facts import SizeHint, facts_of
from research.rules import Rules
from research.types import BuyerType, Evidence, Finding, Reason, ScoredSignal

Vote = tuple[str, float, Reason]  # (label, weight, the evidence behind it)


def _in_range(value: float, rule: Mapping[str, Any]) -> bool:
    return value >= float(rule.get("min", float("-inf"))) and value < float(rule.get("max", float("inf")))


def _votes(rule: Mapping[str, Any], reason: Reason) -> list[Vote]:
    return [(label, float(w), reason) for label, w in rule["votes"].items()]


def size_votes(findings: Sequence[Finding], table: Mapping[str, Any]) -> list[Vote]:
    """Votes from the website's size hints: the largest figure of each kind counts.

    A site that is parked or under construction proves nothing about size: its "450 stores" is a
    claim the rest of the site cannot back, so it casts no vote (the report still shows it)."""
    site = facts_of(findings, "website")
    if site.get("state", "ok") != "ok":
        return []
    biggest: dict[str, SizeHint] = {}
    for hint in site.get("size_hints", []):
        kind = hint.get("kind", "")
        if kind not in biggest or hint.get("value", 0) > biggest[kind].get("value", 0):
            biggest[kind] = hint
    out: list[Vote] = []
    for rule in table.get("size", ()):
        top = biggest.get(rule["kind"])
        if top and _in_range(top.get("value", 0), rule):
            ev = Evidence("url", top.get("url", ""), top.get("text", ""))
            out += _votes(rule, Reason(rule["code"], {"value": _show(top.get("value", 0))}, 0.0, (ev,)))
    return out


def _show(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def quantity_votes(findings: Sequence[Finding], codes: set[str], table: Mapping[str, Any]) -> list[Vote]:
    """Votes from the quantities in the inquiry, unless the inquiry enricher already voted."""
    quantities = [q for q in facts_of(findings, "inquiry").get("quantities", []) if q["value"]]
    if not quantities:
        return []
    containers = table.get("container_units", {})
    boxes = [q for q in quantities if q["unit"].strip().lower() in containers.get("units", ())]
    if boxes and containers:
        if codes & set(containers.get("unless", ())):
            return []
        ev = Evidence("text", "inquiry", boxes[0]["text"])
        return _votes(containers, Reason(containers["code"], {"text": boxes[0]["text"]}, 0.0, (ev,)))
    top = max(quantities, key=lambda q: q["value"])
    out: list[Vote] = []
    for rule in table.get("quantity", ()):
        if codes & set(rule.get("unless", ())) or not _in_range(top["value"], rule):
            continue
        ev = Evidence("text", "inquiry", top["text"])
        out += _votes(rule, Reason(rule["code"], {"text": top["text"]}, 0.0, (ev,)))
    return out


def model_votes(findings: Sequence[Finding], codes: set[str], table: Mapping[str, Any]) -> list[Vote]:
    """Votes from the website's business_model facts, unless a website signal already voted."""
    site = facts_of(findings, "website")
    models = set(site.get("business_model", []))
    url = site.get("final_url") or site.get("url") or "website"
    out: list[Vote] = []
    for rule in table.get("business_model", ()):
        if rule["model"] in models and not codes & set(rule.get("unless", ())):
            out += _votes(rule, Reason(rule["code"], {}, 0.0, (Evidence("url", url, rule["model"]),)))
    return out


def signal_votes(signals: Iterable[ScoredSignal], rules: Rules) -> list[Vote]:
    return [
        (label, weight, Reason(s.code, s.params, weight, s.evidence))
        for s in signals
        for label, weight in rules.signal(s.code).votes.items()
    ]


def decide(votes: Sequence[Vote], table: Mapping[str, Any]) -> BuyerType:
    """The label with most votes, if there are enough of them and it leads clearly."""
    decide_cfg = table.get("decide", {})
    totals: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[Reason]] = defaultdict(list)
    for label, weight, reason in votes:
        totals[label] += weight
        evidence[label].append(Reason(reason.code, reason.params, weight, reason.evidence))
    ranked = sorted(totals, key=lambda k: -totals[k])
    positive = sum(v for v in totals.values() if v > 0)
    if not ranked or positive < float(decide_cfg.get("min_votes", 1.0)):
        return BuyerType("unknown", 0.0, tuple(r for rs in evidence.values() for r in rs))
    best = ranked[0]
    runner = totals[ranked[1]] if len(ranked) > 1 else 0.0
    if totals[best] - runner < float(decide_cfg.get("min_margin", 0.0)):
        return BuyerType("unknown", 0.0, tuple(evidence[best] + evidence[ranked[1]]))
    # Few votes mean little certainty, however one-sided they are.
    full = float(decide_cfg.get("full_confidence_votes", 3.0))
    confidence = totals[best] / positive * min(1.0, positive / full)
    return BuyerType(best, round(confidence, 2), tuple(sorted(evidence[best], key=lambda r: -r.weight)))


def buyer_type(signals: Iterable[ScoredSignal], rules: Rules, findings: Sequence[Finding] = ()) -> BuyerType:
    signals = list(signals)
    table = rules.buyer_type
    codes = {s.code for s in signals}
    votes = signal_votes(signals, rules) + size_votes(findings, table) + quantity_votes(findings, codes, table)
    votes += model_votes(findings, codes, table)
    return decide(votes, table)
