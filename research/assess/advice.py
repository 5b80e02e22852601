"""What the rep should do next: reply, verify, terms, and links for their own checks.

All choices are data in ``research/data/advice.toml`` (``Rules.advice``); this module only applies them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from research.extract.mail_hosts import is_shared
from research.facts import fact, facts_of
from research.rules import Rules
from research.types import Advice, BuyerType, Finding, Fit, Inquiry, SellerProfile, Verdict

Table = Mapping[str, Any]


def _codes(findings: Sequence[Finding]) -> set[str]:
    return {s.code for f in findings for s in f.signals}


def _hints(findings: Sequence[Finding]) -> set[str]:
    hints = facts_of(findings, "inquiry").get("advice_hints", []) + facts_of(findings, "platform").get(
        "advice_hints", []
    )
    return set(hints)


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
    table: Table,
    certain: bool = True,
) -> list[Advice]:
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
    return out + [a for a in signal_advice(findings, v, table) if a.code not in codes]


def signal_advice(findings: Sequence[Finding], v: Verdict, table: Table) -> list[Advice]:
    """Reply advice a signal (filling the message with its params) or an enricher's advice hint calls for."""
    by_code = {s.code: s for f in findings for s in f.signals}
    hints = _hints(findings)
    out = []
    for rule in table.get("reply_when", ()):
        if v.category in rule.get("not_for", ()):
            continue
        hit = next((by_code[c] for c in rule.get("signals", ()) if c in by_code), None)
        if hit or hints & set(rule.get("hints", ())):
            out.append(Advice(rule["code"], "reply", dict(hit.params) if hit else _hint_params(findings)))
    return out


def _hint_params(findings: Sequence[Finding]) -> dict[str, Any]:
    """What a hint's message may name: the inquiry's language, said in the report's language."""
    lang = facts_of(findings, "inquiry").get("language", "")
    return {"language": {"code": f"language.{lang}"}} if lang else {}


def _show(value: Any) -> str:
    if isinstance(value, Mapping):
        return ", ".join(str(v) for v in value.values() if v)
    if isinstance(value, (list, tuple)):
        first = value[0] if value else ""
        return str(first.get("number") or first) if isinstance(first, Mapping) else str(first)
    return str(value)


def _digits(value: Any) -> str:
    return re.sub(r"\D", "", str(value))


def _other_phones(value: Any, inquiry: Inquiry | None) -> Any:
    """The site's phones less the one the e-mail already gave: calling the same number checks nothing."""
    if inquiry is None or not inquiry.phone or not isinstance(value, (list, tuple)):
        return value
    mine = _digits(inquiry.phone)[-9:]
    return [p for p in value if _digits(p.get("number") if isinstance(p, Mapping) else p)[-9:] != mine]


def verify_advice(
    findings: Sequence[Finding], table: Table, category: str = "", inquiry: Inquiry | None = None
) -> list[Advice]:
    codes = _codes(findings)
    out: list[Advice] = []
    for rule in table["verify"]:
        if category in rule.get("not_for", ()):  # e.g. no "ask for their website" on a scam: no reply at all
            continue
        fired = bool(codes & set(rule.get("signals", ())))
        if "fact" in rule:
            value = fact(findings, rule["fact"])
            if rule.get("unless_inquiry_phone"):
                value = _other_phones(value, inquiry)
            other = fact(findings, rule["differs_from"]) if "differs_from" in rule else None
            fired = fired or (bool(value) and ("differs_from" not in rule or (bool(other) and other != value)))
        if fired:
            shown = fact(findings, rule["show"]) if "show" in rule else None
            if rule.get("unless_inquiry_phone"):
                shown = _other_phones(shown, inquiry)
            out.append(Advice(rule["code"], "verify", {"value": _show(shown) if shown else ""}))
    return out


def terms_gap_advice(v: Verdict, inquiry: Inquiry, profile: SellerProfile, table: Table) -> list[Advice]:
    """The buyer's payment terms give credit (balance after B/L, net 60) where ours do not: say it."""
    gap = table.get("terms_gap")
    if not gap or v.category in gap.get("not_for", ()):
        return []
    text = " ".join(inquiry.body.split())
    for pattern in gap["buyer"]:
        if m := re.search(pattern, text, re.I):
            ours = profile.terms.get("payment", "")
            return [Advice(gap["code"], "terms", {"theirs": m.group(0).strip(), "ours": ours or "-"})]
    return []


def terms_advice(v: Verdict, table: Table) -> list[Advice]:
    by_risk: Mapping[str, Sequence[str]] = table["terms"].get(v.category, {})
    codes = by_risk.get(v.risk) or by_risk.get("any") or ()
    return [Advice(code, "terms") for code in codes]


def link_queries(inquiry: Inquiry, findings: Sequence[Finding]) -> dict[str, str]:
    """What to search for: the company (else the business domain), the e-mail, the address."""
    site = facts_of(findings, "website")
    shared = not inquiry.domain or is_shared(inquiry.domain)
    domain = site.get("site_domain") or ("" if shared else inquiry.domain)
    registrant = facts_of(findings, "domain").get("registrant_org") or ""
    company = inquiry.company or registrant or domain or inquiry.display_name
    return {
        "company": " ".join(company.split()),
        "email": f'"{inquiry.email.strip()}"' if "@" in inquiry.email else "",
        "address": " ".join(site.get("address", "").split()),
    }


def check_links(inquiry: Inquiry, findings: Sequence[Finding], table: Table) -> list[Advice]:
    """Search links that open on the rep's machine; every query is percent-encoded."""
    queries = link_queries(inquiry, findings)
    out = []
    for link in table["links"]:
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
    rules: Rules,
    certain: bool = True,
) -> tuple[Advice, ...]:
    table = rules.advice
    params = _common(fit, profile, inquiry, int(table["propose"]["count"]))
    steps = reply_advice(v, bt, findings, fit, profile, params, table, certain)
    steps += verify_advice(findings, table, v.category, inquiry) + terms_advice(v, table)
    steps += terms_gap_advice(v, inquiry, profile, table)
    return tuple(steps + check_links(inquiry, findings, table))
