"""The sender's domain: does it exist, take mail, authenticate it, how old is it, is it parked,
and do the countries around it agree?"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from research.data.load import toml_table, word_list
from research.enrich.base import Enricher, finding, signal
from research.enrich.consistency import country_signals
from research.errors import DnsError, WhoisError
from research.extract.domains import registrable, to_ascii
from research.extract.mail_hosts import is_shared, mail_provider
from research.facts import DomainFacts
from research.net.dns import DnsAnswer, MxRecord
from research.net.whois import WhoisResult
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "domain"
_DMARC_POLICY = re.compile(r"\bp\s*=\s*(\w+)", re.I)
# Each lookup may take this share of the enricher's budget: a silent DNS or WHOIS server
# then costs only its own answer, and the finding keeps what the others said.
_LOOKUP_SHARE = 0.8
_DNS_LOOKUPS = ("MX", "TXT", "DMARC", "NS", "A")


def spf_record(txt: DnsAnswer) -> str | None:
    return next((r for r in txt.records if r.lower().startswith("v=spf1")), None)


def dmarc_record(txt: DnsAnswer) -> str | None:
    return next((r for r in txt.records if r.upper().startswith("V=DMARC1")), None)


def verifications(txt: DnsAnswer | None) -> list[str]:
    """Services the domain proved it owns in its TXT records (verification_txt.toml), once each."""
    prefixes = toml_table("verification_txt.toml")["office"]
    found = [
        svc for r in (txt.records if txt else ()) for p, svc in prefixes.items() if r.lower().startswith(p.lower())
    ]
    return list(dict.fromkeys(found))


def _verification_signals(domain: str, facts: DomainFacts, txt: DnsAnswer | None) -> list[Signal]:
    services = facts.get("verifications") or []
    if not services:
        return []
    ev = Evidence("dns", f"{domain} TXT", "; ".join(r[:60] for r in (txt.records if txt else ())[:6]))
    return [signal(SOURCE, "domain.services_verified", ev, domain=domain, services=services)]


def dmarc_policy(record: str | None) -> str | None:
    match = _DMARC_POLICY.search(record or "")
    return match.group(1).lower() if match else None


def _mail_signals(domain: str, mx_answer: DnsAnswer, mxs: list[MxRecord]) -> list[Signal]:
    ev = Evidence("dns", f"{domain} MX", "; ".join(mx_answer.records) or mx_answer.status)
    if not mx_answer.exists:
        return [signal(SOURCE, "domain.not_found", ev, domain=domain)]
    if any(m.is_null for m in mxs):
        return [signal(SOURCE, "domain.null_mx", ev, domain=domain)]
    if not mxs:
        return [signal(SOURCE, "domain.no_mx", ev, domain=domain)]
    provider = mail_provider(mxs[0].host)
    if provider:
        return [signal(SOURCE, "domain.mx_hosted", ev, domain=domain, mx=mxs[0].host, provider=provider)]
    return [signal(SOURCE, "domain.mx_ok", ev, domain=domain, mx=mxs[0].host)]


def parking_ns(name_servers: list[str]) -> str | None:
    """The first name server run by a parking or domain-for-sale service, if any."""
    services = word_list("parking_ns.txt")
    for ns in name_servers:
        host = ns.strip().rstrip(".").lower()
        if any(host == s or host.endswith("." + s) for s in services):
            return host
    return None


def _parked_signals(domain: str, facts: DomainFacts, ns_ref: str) -> list[Signal]:
    host = facts.get("parked_ns_host")
    if not host:
        return []
    ev = Evidence("dns" if ns_ref == "dns" else "whois", f"{domain} NS", "; ".join(facts.get("name_servers", [])))
    return [signal(SOURCE, "domain.parked_ns", ev, domain=domain, ns=host)]


def _auth_signals(domain: str, spf: str | None, dmarc: str | None, unanswered: tuple[str, ...] = ()) -> list[Signal]:
    """SPF and DMARC, each only when DNS answered for it: a record we could not read is not missing."""
    out = []
    if spf:
        out.append(signal(SOURCE, "domain.spf_present", Evidence("dns", f"{domain} TXT", spf)))
    elif "TXT" not in unanswered:
        out.append(signal(SOURCE, "domain.spf_missing", Evidence("dns", f"{domain} TXT", "")))
    policy = dmarc_policy(dmarc)
    dev = Evidence("dns", f"_dmarc.{domain} TXT", dmarc or "")
    if policy in ("reject", "quarantine"):
        out.append(signal(SOURCE, "domain.dmarc_enforced", dev, policy=policy))
    elif not dmarc and "DMARC" not in unanswered:
        out.append(signal(SOURCE, "domain.dmarc_missing", dev))
    return out


def _dns_unknown_signals(domain: str, failures: dict[str, str]) -> list[Signal]:
    """Our resolver got no answer (SERVFAIL, REFUSED, timeout): unknown, never a penalty."""
    if not failures:
        return []
    records = ", ".join(failures)
    ev = Evidence("dns", f"{domain} {records}", "; ".join(dict.fromkeys(failures.values())))
    return [signal(SOURCE, "domain.dns_unknown", ev, domain=domain, records=records)]


def whois_facts(result: WhoisResult | None, now: datetime) -> DomainFacts:
    if result is None:
        return {"whois_status": "error"}
    rec = result.record
    # Calendar days, as a rep counts them; not 24-hour periods, which depend on the clock time.
    age = (now.date() - rec.created.date()).days if rec.created else None
    return {
        "whois_status": rec.status,
        "whois_server": result.servers[-1] if result.servers else "",
        "created": rec.created.date().isoformat() if rec.created else None,
        "age_days": age,
        "registrar": rec.registrar,
        "registrant_org": rec.registrant_org,
        "registrant_country": rec.registrant_country,
        "privacy": rec.privacy,
        "name_servers": list(rec.name_servers),
    }


_AGE_BUCKETS = ((90, "domain.age_lt_90d"), (365, "domain.age_lt_1y"))
_SENIOR_BUCKETS = ((3650, "domain.age_ge_10y"), (1095, "domain.age_ge_3y"))


def _age_signals(domain: str, facts: DomainFacts, result: WhoisResult | None) -> list[Signal]:
    age = facts.get("age_days")
    # The creation line when there is one; otherwise what the server said (rate limit, HTML page...).
    evidence = result.record.evidence if result else {}
    line = evidence.get("created") or evidence.get("status") or ("" if result else "no answer")
    ev = Evidence("whois", result.servers[-1] if result and result.servers else "whois", line)
    if age is None:
        return [signal(SOURCE, "domain.whois_unknown", ev, domain=domain, status=facts.get("whois_status", ""))]
    out = []
    params = {"domain": domain, "days": age, "created": facts.get("created"), "years": age // 365}
    bucket = next((c for limit, c in _AGE_BUCKETS if age < limit), None)
    bucket = bucket or next((c for limit, c in _SENIOR_BUCKETS if age >= limit), None)
    if bucket:
        out.append(signal(SOURCE, bucket, ev, **params))
    if facts.get("privacy"):
        out.append(signal(SOURCE, "domain.whois_privacy", ev, domain=domain))
    return out


def _with_whois_evidence(sig: Signal, whois: WhoisResult | None) -> Signal:
    """A name missing from DNS: the registry's "not found" line backs it up, when it has one."""
    if whois is None or whois.record.status != "not_found":
        return sig
    line = whois.record.evidence.get("status", "not found")
    server = whois.servers[-1] if whois.servers else "whois"
    return replace(sig, evidence=(*sig.evidence, Evidence("whois", server, line)))


async def _whois(ctx: Context, domain: str) -> WhoisResult | None:
    try:
        async with asyncio.timeout(ctx.settings.enricher_timeout_s * _LOOKUP_SHARE):
            return await ctx.whois.lookup(domain)
    except (WhoisError, TimeoutError):
        return None


async def _bounded(ctx: Context, lookup: Awaitable[Any]) -> Any:
    try:
        async with asyncio.timeout(ctx.settings.enricher_timeout_s * _LOOKUP_SHARE):
            return await lookup
    except TimeoutError as exc:
        raise DnsError("timeout", code="net.dns_failed") from exc


def _ok(value: Any) -> Any:
    """A lookup's value, None if DNS failed; any other error is a bug and propagates."""
    if isinstance(value, DnsError):
        return None
    if isinstance(value, BaseException):
        raise value
    return value


def _failures(raw: Sequence[Any]) -> dict[str, str]:
    """Which DNS lookups got no answer, and why (the resolver's words, for the evidence)."""
    return {name: _why(v) for name, v in zip(_DNS_LOOKUPS, raw, strict=False) if isinstance(v, DnsError)}


def _why(error: DnsError) -> str:
    return str(error.detail).rsplit(": ", 1)[-1] or error.code


def _name_servers(ns: DnsAnswer | None, whois_ns: list[str]) -> tuple[list[str], str]:
    """Delegation from DNS, or from WHOIS when DNS did not say; with where it came from."""
    if ns is not None and ns.records:
        return sorted(r.rstrip(".").lower() for r in ns.records), "dns"
    return whois_ns, "whois"


def _dns_facts(
    domain: str, mx: tuple[DnsAnswer, list[MxRecord]], txt: DnsAnswer | None, dmarc_txt: DnsAnswer | None
) -> DomainFacts:
    mx_answer, mxs = mx
    spf = spf_record(txt) if txt else None
    dmarc = dmarc_record(dmarc_txt) if dmarc_txt else None
    first = mxs[0].host if mxs and not mxs[0].is_null else ""
    return {
        "domain": domain,
        "exists": mx_answer.exists,
        "mx": [m.host for m in mxs],
        "mx_provider": mail_provider(first) if first else None,
        "spf": spf,
        "dmarc": dmarc,
        "dmarc_policy": dmarc_policy(dmarc),
    }


async def _dmarc_txt(ctx: Context, mail_domain: str, domain: str) -> DnsAnswer:
    """RFC 7489: the mail domain's own DMARC record, else the organisational domain's."""
    own = await ctx.dns.txt(f"_dmarc.{mail_domain}")
    if mail_domain == domain or dmarc_record(own):
        return own
    return await ctx.dns.txt(f"_dmarc.{domain}")


async def _lookups(ctx: Context, domain: str, mail_domain: str) -> tuple[list[Any], dict[str, str]]:
    """Mail records for the address's own domain (sales@mail.acme.co.uk is mail.acme.co.uk's),
    delegation and WHOIS for the registered one. Each keeps its own answer: a lookup that
    failed is None, with why in the second value."""
    raw = await asyncio.gather(
        _bounded(ctx, ctx.dns.mx(mail_domain)),
        _bounded(ctx, ctx.dns.txt(mail_domain)),
        _bounded(ctx, _dmarc_txt(ctx, mail_domain, domain)),
        _bounded(ctx, ctx.dns.query(domain, "NS")),
        _bounded(ctx, ctx.dns.query(domain, "A")),
        _whois(ctx, domain),
        return_exceptions=True,
    )
    return [_ok(v) for v in raw], _failures(raw)


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    mail_domain = to_ascii(inquiry.domain) if inquiry.domain else ""
    domain = registrable(mail_domain) if mail_domain else ""
    if not domain:
        return finding(SOURCE, {}, country_signals(inquiry, {}), status="skipped", reason="domain.none")
    if is_shared(domain):
        # The provider's domain says nothing about the buyer; phone and stated country still do.
        shared: DomainFacts = {"domain": domain}
        signals = country_signals(inquiry, shared)
        return finding(SOURCE, shared, signals, status="skipped", reason="domain.shared_provider")
    (mx, txt, dmarc_txt, ns, a, whois), failures = await _lookups(ctx, domain, mail_domain)
    known_mx: tuple[DnsAnswer, list[MxRecord]] = mx or (DnsAnswer(mail_domain, "MX", "nodata"), [])
    facts: DomainFacts = {**_dns_facts(domain, known_mx, txt, dmarc_txt), **whois_facts(whois, ctx.now)}
    facts["mail_domain"] = mail_domain
    facts["verifications"] = verifications(txt)
    facts["name_servers"], ns_ref = _name_servers(ns, facts.get("name_servers", []))
    facts["a"] = list(a.records) if a is not None else []
    facts["parked_ns_host"] = parking_ns(facts["name_servers"])
    facts["parked"] = facts["parked_ns_host"] is not None
    if mx is None:
        del facts["exists"]  # DNS did not say: unknown (WHOIS below may still date the domain)
    signals = _mail_signals(mail_domain, *mx) if mx is not None else []
    if mx is not None and not mx[0].exists:
        signals = [_with_whois_evidence(s, whois) for s in signals]
    else:
        signals += _dns_unknown_signals(mail_domain, failures)
        signals += _auth_signals(mail_domain, facts.get("spf"), facts.get("dmarc"), tuple(failures))
        signals += _age_signals(domain, facts, whois) + _verification_signals(mail_domain, facts, txt)
        signals += _parked_signals(domain, facts, ns_ref) + country_signals(inquiry, facts)
    reason = _reason(failures, whois)
    return finding(SOURCE, facts, signals, status="partial" if reason else "ok", reason=reason)


def _reason(failures: dict[str, str], whois: WhoisResult | None) -> str:
    """What is left unknown, naming the check that would settle it (the catalog says how)."""
    if any(name in failures for name in ("MX", "TXT", "DMARC")):
        return "domain.dns_unanswered"
    if whois is None or whois.record.status not in ("found", "not_found"):
        return "domain.whois_unanswered"
    return "domain.incomplete" if failures or whois.record.status != "found" else ""


ENRICHER = Enricher(SOURCE, run, network=True)
