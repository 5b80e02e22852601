"""Company numbers in the mail and on the buyer's site, checked offline and asked of official registers.

Reads the website check's findings (``needs``): the numbers on the site's imprint or footer, its
founding year and address, and compares the register's name, date, country and address with what the
buyer claims. A register that does not answer is unknown, never held against the buyer.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from research.enrich import registers_lookup
from research.enrich.base import Enricher, finding, signal
from research.extract.company_names import same_company, tokens
from research.extract.countries import cctld_country, country_code
from research.extract.domains import label, registrable
from research.extract.identifiers import find
from research.extract.mail_hosts import is_shared
from research.facts import IdentifierFact, RegisterRecord, RegistersFacts, WebsiteFacts, facts_of
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "registers"
_RECENT_DAYS = 365
_ESTABLISHED_YEARS = 10
_CLAIM_GAP_YEARS = 5  # "since 1998" and registered within the last two years: a gap no rebrand explains
_POSTCODE = re.compile(r"\b\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")


def inquiry_identifiers(inquiry: Inquiry) -> list[IdentifierFact]:
    text = "\n".join((inquiry.subject, inquiry.company, inquiry.body))
    return [
        {
            "kind": i.kind,
            "country": i.country,
            "number": i.number,
            "valid": i.valid,
            "error": i.error,
            "where": "inquiry",
            "snippet": i.snippet,
        }
        for i in find(text)
    ]


def _merge(*groups: list[IdentifierFact]) -> list[IdentifierFact]:
    seen: dict[tuple[str, str], IdentifierFact] = {}
    for group in groups:
        for ident in group:
            seen.setdefault((ident.get("kind", ""), ident.get("number", "")), ident)
    return list(seen.values())


def _sender_domain(inquiry: Inquiry) -> str:
    return registrable(inquiry.domain) if inquiry.domain and not is_shared(inquiry.domain) else ""


def _domain_agrees(name: str, domain: str) -> bool:
    squashed = "".join(tokens(name))
    own = re.sub(r"[^a-z0-9]", "", label(domain).lower()) if domain else ""
    if not squashed or not own or len(own) < 4:
        return False
    return own in squashed or squashed in own or fuzz.ratio(squashed, own) >= 85


def _name_agrees(name: str, claims: list[str]) -> bool | None:
    answers = [same_company(name, c) for c in claims if c.strip()]
    words = set(tokens(name))
    inside = [bool(words) and words <= set(tokens(c)) for c in claims if c.strip()]
    known = [a for a in answers if a is not None]
    if not known:
        return None
    return any(known) or any(inside)


def _address_agrees(registered: str, claimed: str) -> bool | None:
    """Same postcode, or most words alike: a registered office and a trading address often differ."""
    if not registered or not claimed:
        return None
    codes_a, codes_b = set(_POSTCODE.findall(registered.upper())), set(_POSTCODE.findall(claimed.upper()))
    if codes_a and codes_b:
        return bool(codes_a & codes_b)
    return fuzz.token_set_ratio(" ".join(tokens(registered)), " ".join(tokens(claimed))) >= 80


def _claimed_countries(inquiry: Inquiry, site: WebsiteFacts) -> set[str]:
    found = {country_code(inquiry.country) if inquiry.country.strip() else None}
    found.add((site.get("address_source") or {}).get("country") or None)
    found.add(cctld_country(site.get("site_domain", "")) or None)
    return {c.upper() for c in found if c}


def _compare(record: RegisterRecord, inquiry: Inquiry, site: WebsiteFacts) -> RegisterRecord:
    if record.get("status") != "found":
        return record
    claims = [inquiry.company, site.get("title", ""), (site.get("certificate") or {}).get("organization") or ""]
    name = record.get("name", "")
    match = _name_agrees(name, claims) if name else None
    domain = site.get("site_domain") or _sender_domain(inquiry)
    if name and match is not True and _domain_agrees(name, domain):
        match = True
    return {
        **record,
        "name_match": match,
        "address_match": _address_agrees(record.get("address", ""), site.get("address", "")),
    }


def _ev(record: RegisterRecord) -> Evidence:
    parts = [
        record.get("name", ""),
        record.get("address", ""),
        record.get("registered") or "",
        record.get("legal_status", ""),
    ]
    return Evidence("url", record.get("url", "") or record.get("register", ""), "; ".join(p for p in parts if p))


def _linked(record: RegisterRecord, inquiry: Inquiry, site: WebsiteFacts, idents: list[IdentifierFact]) -> bool:
    """Whether the sender's own address ties them to the registered company: the number is on the
    website of their mail domain, or the registered name is their mail domain's name."""
    sender = _sender_domain(inquiry)
    if not sender:
        return False
    on_site = any(
        i.get("where") == "website" and i.get("number", "").endswith(record.get("number", "")[-8:]) for i in idents
    )
    return (on_site and site.get("site_domain") == sender) or _domain_agrees(record.get("name", ""), sender)


def _date_signals(record: RegisterRecord, claimed: int | None, today: date) -> list[Signal]:
    registered = record.get("registered")
    if not registered:
        return []
    when = date.fromisoformat(registered)
    days = (today - when).days
    params = {
        "register": {"code": f"register.{record.get('register')}"},
        "registered": registered,
        "name": record.get("name", ""),
    }
    out = []
    if claimed and when.year - claimed >= _CLAIM_GAP_YEARS and days < 2 * _RECENT_DAYS:
        out.append(signal(SOURCE, "registers.younger_than_claimed", _ev(record), claimed=claimed, **params))
    elif days < _RECENT_DAYS:
        out.append(signal(SOURCE, "registers.recent", _ev(record), days=days, **params))
    elif today.year - when.year >= _ESTABLISHED_YEARS:
        out.append(signal(SOURCE, "registers.established", _ev(record), years=today.year - when.year, **params))
    return out


def _record_signals(
    record: RegisterRecord, inquiry: Inquiry, site: WebsiteFacts, idents: list[IdentifierFact], today: date
) -> list[Signal]:
    params = {"register": {"code": f"register.{record.get('register')}"}, "number": record.get("number", "")}
    status = record.get("status")
    if status == "unknown":
        return [signal(SOURCE, "registers.unknown", _ev(record), why={"code": record.get("reason", "")}, **params)]
    if status == "not_found":
        return [signal(SOURCE, "registers.not_found", _ev(record), **params)]
    params["name"] = record.get("name", "") or "-"
    if record.get("active") is False:
        return [signal(SOURCE, "registers.inactive", _ev(record), status=record.get("legal_status", ""), **params)]
    out: list[Signal] = []
    match = record.get("name_match")
    if match is True:
        code = "registers.match" if _linked(record, inquiry, site, idents) else "registers.match_unlinked"
        out.append(signal(SOURCE, code, _ev(record), **params))
    elif match is False and same_company(record.get("name", ""), inquiry.company) is False:
        out.append(signal(SOURCE, "registers.name_differs", _ev(record), claimed=inquiry.company, **params))
    else:
        out.append(signal(SOURCE, "registers.found", _ev(record), **params))
    if record.get("address_match") is True:
        out.append(
            signal(SOURCE, "registers.address_matches", _ev(record), address=record.get("address", ""), **params)
        )
    elif record.get("address_match") is False:
        params_a = {**params, "address": record.get("address", ""), "site_address": site.get("address", "")}
        out.append(signal(SOURCE, "registers.address_differs", _ev(record), **params_a))
    country = record.get("country", "").upper()
    claimed = _claimed_countries(inquiry, site)
    if country and claimed and country not in claimed and record.get("register") != "gleif":
        out.append(
            signal(SOURCE, "registers.country_differs", _ev(record), country=country, claimed=sorted(claimed), **params)
        )
    return out + _date_signals(record, site.get("founded_year"), today)


def _malformed(idents: list[IdentifierFact]) -> list[Signal]:
    out = []
    for i in idents:
        if not i.get("valid"):
            ev = Evidence("text", i.get("url") or i.get("where", ""), i.get("snippet", ""))
            params = {
                "kind": {"code": f"identifier.{i.get('kind')}"},
                "number": i.get("number", ""),
                "error": i.get("error", ""),
            }
            out.append(signal(SOURCE, "registers.id_malformed", ev, **params))
    return out


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    site = facts_of(ctx.findings, "website")
    idents = _merge(inquiry_identifiers(inquiry), list(site.get("identifiers") or []))
    facts: RegistersFacts = {"identifiers": idents, "records": [], "claimed_since": site.get("founded_year")}
    if not idents:
        return finding(SOURCE, facts, status="skipped", reason="registers.no_identifiers")
    records = [_compare(r, inquiry, site) for r in await registers_lookup.lookup_all(ctx, idents)]
    facts["records"] = records
    today = ctx.now.date()
    signals = _malformed(idents) + [s for r in records for s in _record_signals(r, inquiry, site, idents, today)]
    unknown = any(r.get("status") == "unknown" for r in records)
    return finding(
        SOURCE,
        facts,
        signals,
        status="partial" if unknown else "ok",
        reason="registers.some_unknown" if unknown else "",
    )


ENRICHER = Enricher(SOURCE, run, network=True, needs=("website",))
