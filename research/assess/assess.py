"""Put the pure assessment together: findings in, verdict and the rest out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from research.assess.advice import advice
from research.assess.buyer_type import buyer_type
from research.assess.certs import cert_fit, mentioned
from research.assess.fit import FitConfig, Phrase, buyer_phrases, product_fit
from research.assess.market import MarketFit, buyer_markets, market_fit
from research.assess.verdict import verdict, weigh
from research.facts import FitFacts, facts_of
from research.rules import Rules
from research.signals import finding, signal
from research.types import (
    Advice,
    BuyerType,
    Evidence,
    Finding,
    Fit,
    Inquiry,
    ScoredSignal,
    SellerProfile,
    Signal,
    Verdict,
)


@dataclass(frozen=True)
class Assessment:
    verdict: Verdict
    buyer_type: BuyerType
    fit: Fit
    advice: tuple[Advice, ...]
    fit_finding: Finding
    signals: tuple[ScoredSignal, ...]  # every finding's signals and the fit's, as the rules weigh them


def product_signals(
    fit: Fit, phrases: Sequence[Phrase], profile: SellerProfile, rules: Rules, language: str = ""
) -> list[Signal]:
    cfg = rules.table("fit")
    if not profile.product_lines or fit.product_overlap is None:
        return []
    if not fit.matched_products:
        return _no_match(phrases, profile, language)
    # The reason names what the buyer asked us for when the mail names one of our lines; a product seen
    # only on their website is evidence below it, never the headline (the rep would quote the wrong thing).
    asked = [m for m in fit.matched_products if m.where == "inquiry"]
    seen = [m for m in fit.matched_products if m.where != "inquiry"]
    named = (asked or seen)[0]
    ev = tuple(Evidence("text", m.where, m.buyer_product) for m in (asked + seen)[:3])
    params = {"line": named.our_line, "terms": ", ".join(named.matched_terms), "buyer": named.buyer_product}
    # Strength is the best single match anywhere (not the breadth bonus): the wording choice changes no score.
    strong = fit.matched_products[0].score >= float(cfg.get("strong", 0.75))
    out = [signal("fit", "fit.product_match" if strong else "fit.product_partial", *ev, **params)]
    lines = sorted({m.our_line for m in fit.matched_products})
    if len(lines) >= int(cfg.get("wide_lines", 3)):
        out.append(signal("fit", "fit.product_wide", *ev, lines=lines, count=len(lines)))
    return out


def _no_match(phrases: Sequence[Phrase], profile: SellerProfile, language: str) -> list[Signal]:
    """They name products and none is ours; or, in a language our keywords lack, we cannot tell."""
    # Silence when the buyer named nothing: a vague inquiry is judged on intent, not fit.
    named = [p for p in phrases if not p.long]
    if not named:
        return []
    ev = [Evidence("text", p.where, p.text[:120]) for p in named[:3]]
    # Only the inquiry's language is known (a page's is not): judge unread only what the mail named.
    from_mail_only = all(p.where == "inquiry" for p in named)
    if language and language not in profile.languages and from_mail_only:
        return [signal("fit", "fit.products_unread", *ev, language={"code": f"language.{language}"})]
    return [signal("fit", "fit.no_product_match", *ev, profile=profile.name)]


def cert_signals(inquiry: Inquiry, findings: Sequence[Finding], profile: SellerProfile) -> list[Signal]:
    """Certifications the inquiry asks for, held or not (only with a profile that lists ours)."""
    if not profile.certifications:
        return []
    specifics = facts_of(findings, "inquiry").get("specifics", [])
    texts = [inquiry.subject, inquiry.body, *(s["text"] for s in specifics)]
    cf = cert_fit((c for text in texts for c in mentioned(text)), profile.certifications)
    out = []
    for code, certs in (("fit.certs_held", cf.held), ("fit.certs_missing", cf.missing)):
        if certs:
            out.append(signal("fit", code, Evidence("text", "inquiry", ", ".join(certs)), certs=list(certs)))
    return out


def market_signals(mf: MarketFit, profile: SellerProfile) -> list[Signal]:
    if not mf.buyer or not (profile.target_markets or profile.excluded_markets):
        return []
    out = []
    if mf.excluded:
        out.append(signal("fit", "fit.market_excluded", *(mf.buyer[c] for c in mf.excluded), markets=list(mf.excluded)))
    if mf.overlap:
        out.append(signal("fit", "fit.market_match", *(mf.buyer[c] for c in mf.overlap), markets=list(mf.overlap)))
    elif not mf.excluded and profile.target_markets:
        out.append(signal("fit", "fit.market_outside", *mf.buyer.values(), markets=sorted(mf.buyer)))
    return out


def settling_checks(inquiry: Inquiry, findings: Sequence[Finding]) -> tuple[str, ...]:
    """What would prove who the sender is, when nothing did: catalog codes, most useful first."""
    status = {f.source: f for f in findings}
    email = facts_of(findings, "email")
    out = []
    domain = status.get("domain")
    if domain is not None and domain.reason == "finding.offline":
        out.append("settle.online")
    if not inquiry.email.strip():
        out.append("settle.sender_email")
    elif email.get("free_mail") or email.get("disposable"):
        out.append("settle.company_email")
    elif domain is not None and domain.status in ("failed", "partial"):
        out.append("settle.domain_again")
    if (site := status.get("website")) is None or site.status != "ok":
        out.append("settle.website")
    if inquiry.platform.verified is None:
        out.append("settle.platform")
    return (*out, "settle.register")


def assess(inquiry: Inquiry, findings: Sequence[Finding], profile: SellerProfile, rules: Rules) -> Assessment:
    phrases = buyer_phrases(inquiry, findings)
    fit = product_fit(phrases, profile.product_lines, FitConfig.from_table(dict(rules.table("fit"))))
    mf = market_fit(buyer_markets(inquiry, findings), profile.target_markets, profile.excluded_markets)
    fit = replace(fit, market_overlap=mf.overlap, market_excluded=mf.excluded)
    language = facts_of(findings, "inquiry").get("language", "")
    fit_signals = product_signals(fit, phrases, profile, rules, language) + market_signals(mf, profile)
    fit_signals += cert_signals(inquiry, findings, profile)
    if any(sg.code == "fit.products_unread" for sg in fit_signals):
        fit = replace(fit, product_overlap=None)  # not 0 %: we could not read what they named
    facts: FitFacts = {
        "product_overlap": fit.product_overlap,
        "matched_lines": sorted({m.our_line for m in fit.matched_products}),
        "buyer_markets": sorted(mf.buyer),
        "market_overlap": list(mf.overlap),
        "market_excluded": list(mf.excluded),
    }
    fit_finding = finding("fit", facts, fit_signals)
    everything = (*findings, fit_finding)
    scored = weigh((s for f in everything for s in f.signals), rules)
    v = verdict(scored, rules)
    if v.unverified:
        v = replace(v, unverified=settling_checks(inquiry, findings))
    bt = buyer_type(scored, rules, everything)
    certain = any(s.veto for s in scored) or v.scores["authenticity"] < rules.x_authenticity_below
    steps = advice(v, bt, inquiry, everything, fit, profile, rules, certain)
    return Assessment(v, bt, fit, steps, fit_finding, scored)
