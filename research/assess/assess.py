"""Put the pure assessment together: findings in, verdict and the rest out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from research.assess.advice import advice
from research.assess.buyer_type import buyer_type
from research.assess.fit import product_fit
from research.assess.rules import Rules, load_rules
from research.assess.verdict import verdict
from research.signals import finding, signal
from research.types import Advice, BuyerType, Evidence, Finding, Fit, Inquiry, SellerProfile, Signal, Verdict


@dataclass(frozen=True)
class Assessment:
    verdict: Verdict
    buyer_type: BuyerType
    fit: Fit
    advice: tuple[Advice, ...]
    fit_finding: Finding


def _texts(inquiry: Inquiry, findings: Sequence[Finding]) -> dict[str, str]:
    texts = {"inquiry": f"{inquiry.subject}\n{inquiry.body}"}
    site = next((f for f in findings if f.source == "website"), None)
    if site and site.facts.get("reachable"):
        parts = (site.facts.get("title", ""), *site.facts.get("products", []))
        texts["website"] = " ".join(str(p) for p in parts)
    return texts


def fit_signals(fit: Fit, profile: SellerProfile) -> list[Signal]:
    if not profile.product_lines or fit.product_overlap is None:
        return []
    if not fit.matched_products:
        return [signal("fit", "fit.no_product_match", profile=profile.name)]
    best = fit.matched_products[0]
    ev = Evidence("text", best.where, ", ".join(best.matched_terms))
    return [signal("fit", "fit.product_match", ev, line=best.our_line, terms=", ".join(best.matched_terms))]


def assess(
    inquiry: Inquiry, findings: Sequence[Finding], profile: SellerProfile, rules: Rules | None = None
) -> Assessment:
    rules = rules or load_rules()
    fit = product_fit(_texts(inquiry, findings), profile)
    fit_finding = finding("fit", {"product_overlap": fit.product_overlap}, fit_signals(fit, profile))
    signals = [s for f in (*findings, fit_finding) for s in f.signals]
    v = verdict(signals, rules)
    return Assessment(v, buyer_type(signals, rules), fit, advice(v.category, inquiry), fit_finding)
