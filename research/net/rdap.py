"""RDAP (RFC 9083), WHOIS's JSON successor: asked when port 43 gives nothing usable.

Since January 2025 gTLD registries may switch port 43 off, and some registrars have; RDAP is
what they keep. We ask one base URL (``Settings.rdap_base``, by default the rdap.org redirector,
which sends each query on to the registry that IANA's bootstrap file names), through the guarded
fetcher, so redirects are checked like any other hop. The answer is read into the same
:class:`WhoisRecord` the WHOIS parser yields, with the JSON paths as evidence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote, urljoin

from research.errors import FetchError, WhoisError
from research.extract.whois_parse import WhoisRecord, parse_whois_date
from research.net.http import Fetcher

RDAP_TYPES = ("application/rdap+json", "application/json", "text/json")
MAX_RDAP_BYTES = 1_000_000
_PRIVACY_WORDS = ("redacted", "privacy", "proxy", "withheld", "data protected", "not disclosed", "gdpr")
_EVENTS = {"registration": "created", "last changed": "updated", "expiration": "expires"}


@dataclass(frozen=True)
class RdapAnswer:
    record: WhoisRecord
    url: str  # where the answer finally came from, after the redirector
    text: str


async def rdap_lookup(fetcher: Fetcher, base: str, domain: str) -> RdapAnswer:
    """The registration data of ``domain`` (ASCII) from RDAP; a 404 is a not-found record."""
    url = urljoin(base if base.endswith("/") else base + "/", f"domain/{quote(domain)}")
    try:
        page = await fetcher.fetch(url, accept=RDAP_TYPES, max_bytes=MAX_RDAP_BYTES)
    except FetchError as exc:
        raise WhoisError(f"{url}: {exc}", code="net.rdap_failed", server=url) from exc
    where = page.final_url or url
    if page.status in (404, 429):
        status = "not_found" if page.status == 404 else "rate_limited"
        return RdapAnswer(_empty(domain, status, {"status": f"RDAP {where}: HTTP {page.status}"}), where, "")
    if not page.ok:
        raise WhoisError(f"{url}: HTTP {page.status}", code="net.rdap_failed", server=url)
    return RdapAnswer(parse_rdap_text(domain, page.text, where), where, page.text)


def parse_rdap_text(domain: str, text: str, where: str) -> WhoisRecord:
    """Raw RDAP text as a record; not JSON (an HTML error page, say) is 'garbled'."""
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return _empty(domain, "garbled", {"status": f"RDAP {where}: not a JSON object"})
    return parse_rdap(domain, data)


def parse_rdap(domain: str, data: Mapping[str, Any]) -> WhoisRecord:
    """A domain object (RFC 9083 section 5.3) as a WhoisRecord; pure."""
    if data.get("errorCode") == 404:
        return _empty(domain, "not_found", {"status": "RDAP errorCode 404"})
    evidence: dict[str, str] = {}
    dates = _events(data, evidence)
    registrar = _entity_name(data, "registrar", evidence)
    registrant = _entity(data, "registrant")
    org, country = _registrant(registrant, evidence)
    return WhoisRecord(
        domain=str(data.get("ldhName") or domain).lower(),
        status="found",
        created=dates.get("created"),
        updated=dates.get("updated"),
        expires=dates.get("expires"),
        registrar=registrar,
        registrant_org=org,
        registrant_country=country,
        name_servers=_name_servers(data),
        privacy=_is_private(data, registrant),
        referral_server=None,
        evidence=evidence,
    )


def _empty(domain: str, status: str, evidence: dict[str, str]) -> WhoisRecord:
    return WhoisRecord(domain, status, None, None, None, None, None, None, (), False, None, evidence)


def _events(data: Mapping[str, Any], evidence: dict[str, str]) -> dict[str, datetime]:
    out: dict[str, datetime] = {}
    for event in _dicts(data.get("events")):
        name = _EVENTS.get(str(event.get("eventAction", "")).lower())
        when = parse_whois_date(str(event.get("eventDate", "")))
        if name and when and name not in out:
            out[name] = when
            evidence[name] = f"RDAP events: {event.get('eventAction')} {event.get('eventDate')}"
    return out


def _entities(data: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """Every entity, nested ones too (registrars list their abuse contact inside)."""
    for entity in _dicts(data.get("entities")):
        yield entity
        yield from _entities(entity)


def _entity(data: Mapping[str, Any], role: str) -> Mapping[str, Any] | None:
    return next((e for e in _entities(data) if role in (e.get("roles") or ())), None)


def _entity_name(data: Mapping[str, Any], role: str, evidence: dict[str, str]) -> str | None:
    entity = _entity(data, role)
    name = _vcard(entity, "fn") if entity else None
    if name:
        evidence[role] = f"RDAP entities[{role}].vcard fn: {name}"
    return name


def _registrant(entity: Mapping[str, Any] | None, evidence: dict[str, str]) -> tuple[str | None, str | None]:
    if entity is None:
        return None, None
    org = _vcard(entity, "org") or _vcard(entity, "fn")
    if org and _redacted(org):
        org = None
    country = _country(entity)
    if org:
        evidence["registrant_org"] = f"RDAP entities[registrant].vcard org: {org}"
    if country:
        evidence["registrant_country"] = f"RDAP entities[registrant].vcard adr country: {country}"
    return org, country


def _vcard_items(entity: Mapping[str, Any]) -> list[Sequence[Any]]:
    card = entity.get("vcardArray")
    if isinstance(card, list) and len(card) == 2 and isinstance(card[1], list):
        return [item for item in card[1] if isinstance(item, list) and len(item) >= 4]
    return []


def _vcard(entity: Mapping[str, Any], name: str) -> str | None:
    for item in _vcard_items(entity):
        if item[0] == name:
            value = item[3][0] if isinstance(item[3], list) and item[3] else item[3]
            text = str(value).strip()
            if text:
                return text
    return None


def _country(entity: Mapping[str, Any]) -> str | None:
    for item in _vcard_items(entity):
        if item[0] != "adr":
            continue
        params = item[1] if isinstance(item[1], dict) else {}
        code = params.get("cc") or (item[3][6] if isinstance(item[3], list) and len(item[3]) > 6 else "")
        code = str(code).strip().upper()
        if len(code) == 2 and code.isalpha():
            return code
    return None


def _name_servers(data: Mapping[str, Any]) -> tuple[str, ...]:
    names = (str(ns.get("ldhName", "")).lower().rstrip(".") for ns in _dicts(data.get("nameservers")))
    return tuple(dict.fromkeys(n for n in names if n))


def _redacted(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _PRIVACY_WORDS)


def _is_private(data: Mapping[str, Any], registrant: Mapping[str, Any] | None) -> bool:
    if data.get("redacted"):  # RFC 9537 redaction marks
        return True
    if registrant is None:
        return True  # registrant withheld altogether, as most gTLD answers since GDPR
    remarks = " ".join(_remark_text(r) for r in _dicts(registrant.get("remarks")))
    return _redacted(remarks) or _redacted(_vcard(registrant, "fn") or "")


def _remark_text(remark: Mapping[str, Any]) -> str:
    lines = remark.get("description")
    return " ".join([str(remark.get("title", "")), *map(str, lines if isinstance(lines, list) else ())])


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
