"""Do the countries agree: WHOIS registrant, ccTLD, phone and the country the buyer states?

A mismatch is a question for the rep (branch offices and sourcing agents are common), so
it carries a low weight. A privacy-service registrant country says nothing and is skipped.
"""

from __future__ import annotations

import phonenumbers

from research.extract.countries import cctld_country, country_code
from research.facts import DomainFacts
from research.signals import signal
from research.types import Evidence, Inquiry, Signal

SOURCE = "domain"


def phone_country(phone: str) -> str | None:
    """ISO country of an international number (+86 ..., 0049 ...); None without a country code."""
    text = phone.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+"):
        return None
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region != "ZZ" else None


def countries(inquiry: Inquiry, facts: DomainFacts) -> dict[str, str]:
    """Where each source places the buyer: {"registrant": "CN", "cctld": "DE", ...}."""
    found: dict[str, str | None] = {
        "registrant": None if facts.get("privacy") else facts.get("registrant_country"),
        "cctld": cctld_country(facts.get("domain", "")) or None,
        "phone": phone_country(inquiry.phone),
        "stated": country_code(inquiry.country) if inquiry.country.strip() else None,
        "ip": country_code(inquiry.platform.ip_country or "") if inquiry.platform.ip_country else None,
    }
    return {k: v.upper() for k, v in found.items() if v}


def country_signals(inquiry: Inquiry, facts: DomainFacts) -> list[Signal]:
    seen = countries(inquiry, facts)
    if len(seen) < 2:
        return []
    ev = Evidence("text", "countries", ", ".join(f"{k}={v}" for k, v in seen.items()))
    params = {k: seen.get(k, "-") for k in ("registrant", "cctld", "phone", "stated", "ip")}
    if len(set(seen.values())) == 1:
        return [signal(SOURCE, "domain.country_consistent", ev, country=next(iter(seen.values())))]
    return [signal(SOURCE, "domain.country_mismatch", ev, **params)]
