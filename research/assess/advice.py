"""What the rep should do next: reply, verify, terms, and links for their own checks.

All choices are data in ``research/data/advice.toml``; this module only applies them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from research.assess.facts import fact
from research.data.load import toml_table
from research.types import Advice, BuyerType, Finding, Fit, Inquiry, SellerProfile, Verdict


def _codes(findings: Sequence[Finding]) -> set[str]:
    return {s.code for f in findings for s in f.signals}


def _hints(findings: Sequence[Finding]) -> set[str]:
    return {str(h) for f in findings for h in f.facts.get("advice_hints") or ()}


def proposed_products(fit: Fit, profile: SellerProfile, count: int) -> list[str]:
    """Our lines to offer: the ones the buyer touched first, then the rest in profile order."""
    matched = [m.our_line for m in fit.matched_products]
    names = list(dict.fromkeys([*matched, *(line.name for line in profile.product_lines)]))
    return names[:count]


def _common(fit: Fit, profile: SellerProfile, inquiry: Inquiry, count: int) -> dict[str, Any]:
    return {
        "products": proposed_products(fit, profile, count),
        "certs": list(profile.certifications),
        "moq": profile.moq,
        "company": inquiry.company,
    }


def reply_advice(
    v: Verdict,
    bt: BuyerType,
    findings: Sequence[Finding],
    fit: Fit,
    profile: SellerProfile,
    params: dict[str, Any],
    certain: bool = True,
) -> list[Advice]:
    table = toml_table("advice.toml")
    # An X from a veto or very low authenticity is "do not engage"; one from piled-up doubts is "with care".
    key = "X_doubt" if v.category == "X" and not certain and "X_doubt" in table["reply"] else v.category
    codes = list(table["reply"].get(key, ()))
    codes += table["reply_by_type"].get(bt.label, {}).get(v.category, ())
    prop = table["propose"]
    wants = _hints(findings) & set(prop["hints"]) or _codes(findings) & set(prop["signals"])
    if not fit.matched_products and bt.label in prop["types_without_match"]:
        wants = wants or {"no_match"}
    if wants and profile.product_lines and v.category not in prop["not_for"]:
        codes.append(prop["code"])
    out = [Advice(code, "reply", params) for code in dict.fromkeys(codes)]
    return out + [a for a in signal_advice(findings, v) if a.code not in codes]


def signal_advice(findings: Sequence[Finding], v: Verdict) -> list[Advice]:
    """Reply advice a signal (filling the message with its params) or an enricher's advice hint calls for."""
    by_code = {s.code: s for f in findings for s in f.signals}
    hints = _hints(findings)
    out = []
    for rule in toml_table("advice.toml").get("reply_when", ()):
        if v.category in rule.get("not_for", ()):
            continue
        hit = next((by_code[c] for c in rule.get("signals", ()) if c in by_code), None)
        if hit or hints & set(rule.get("hints", ())):
            out.append(Advice(rule["code"], "reply", dict(hit.params) if hit else _hint_params(findings)))
    return out


def _hint_params(findings: Sequence[Finding]) -> dict[str, Any]:
    """What a hint's message may name: the inquiry's language, said in the report's language."""
    lang = next((str(f.facts["language"]) for f in findings if f.facts.get("language")), "")
    return {"language": {"code": f"language.{lang}"}} if lang else {}


def _show(value: Any) -> str:
    if isinstance(value, Mapping):
        return ", ".join(str(v) for v in value.values() if v)
    if isinstance(value, (list, tuple)):
        first = value[0] if value else ""
        return str(first.get("number") or first) if isinstance(first, Mapping) else str(first)
    return str(value)


def verify_advice(findings: Sequence[Finding]) -> list[Advice]:
    codes = _codes(findings)
    out: list[Advice] = []
    for rule in toml_table("advice.toml")["verify"]:
        fired = bool(codes & set(rule.get("signals", ())))
        if "fact" in rule:
            value = fact(findings, rule["fact"])
            other = fact(findings, rule["differs_from"]) if "differs_from" in rule else None
            fired = fired or (bool(value) and ("differs_from" not in rule or (bool(other) and other != value)))
        if fired:
            shown = fact(findings, rule["show"]) if "show" in rule else None
            out.append(Advice(rule["code"], "verify", {"value": _show(shown) if shown else ""}))
    return out


def terms_advice(v: Verdict) -> list[Advice]:
    by_risk: Mapping[str, Sequence[str]] = toml_table("advice.toml")["terms"].get(v.category, {})
    codes = by_risk.get(v.risk) or by_risk.get("any") or ()
    return [Advice(code, "terms") for code in codes]


def link_queries(inquiry: Inquiry, findings: Sequence[Finding]) -> dict[str, str]:
    """What to search for: the company (else the business domain), the e-mail, the address."""
    free = fact(findings, "email.provider") in ("free", "disposable")
    domain = fact(findings, "website.site_domain") or ("" if free else inquiry.domain)
    company = inquiry.company or fact(findings, "domain.registrant_org") or domain or inquiry.display_name
    return {
        "company": " ".join(str(company or "").split()),
        "email": f'"{inquiry.email.strip()}"' if "@" in inquiry.email else "",
        "address": " ".join(str(fact(findings, "website.address") or "").split()),
    }


def check_links(inquiry: Inquiry, findings: Sequence[Finding] = ()) -> list[Advice]:
    """Search links that open on the rep's machine; every query is percent-encoded."""
    queries = link_queries(inquiry, findings)
    out = []
    for link in toml_table("advice.toml")["links"]:
        if query := queries.get(link["query"], ""):
            url = link["url"].format(q=quote(query, safe=""))
            out.append(Advice(link["code"], "link", {"query": query}, url))
    return out


def advice(
    v: Verdict,
    bt: BuyerType,
    inquiry: Inquiry,
    findings: Sequence[Finding],
    fit: Fit,
    profile: SellerProfile,
    certain: bool = True,
) -> tuple[Advice, ...]:
    count = int(toml_table("advice.toml")["propose"]["count"])
    params = _common(fit, profile, inquiry, count)
    steps = reply_advice(v, bt, findings, fit, profile, params, certain) + verify_advice(findings) + terms_advice(v)
    return tuple(steps + check_links(inquiry, findings))
