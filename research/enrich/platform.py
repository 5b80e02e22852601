"""The platform buyer card: verified badge, account age, activity, IP country vs stated country.

Rules from practice: a verified, long-standing account that rarely sends inquiries
is a serious buyer; many products viewed and many inquiries sent mean an unclear
need (propose products, don't ask for specs); an IP country unlike the stated one
is a question to ask politely, never a verdict.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from research.data.load import toml_table
from research.enrich.base import Enricher, finding, signal
from research.extract.countries import country_code
from research.facts import PlatformFacts
from research.types import Evidence, Finding, Inquiry, PlatformStats, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "platform"


@cache
def _limits() -> dict[str, float]:
    return {k: float(v) for k, v in toml_table("platform.toml")["thresholds"].items()}


def _ev(field: str, value: object) -> Evidence:
    return Evidence("platform", field, str(value))


def _account_signals(p: PlatformStats, name: str) -> list[Signal]:
    lim, out = _limits(), []
    if p.verified is True:
        out.append(signal(SOURCE, "platform.verified", _ev(f"{name} verified", "yes")))
    elif p.verified is False:
        out.append(signal(SOURCE, "platform.not_verified", _ev(f"{name} verified", "no")))
    age = p.account_age_years
    if age is not None and age >= lim["long_standing_years"]:
        out.append(signal(SOURCE, "platform.long_standing", _ev("account_age_years", age), years=f"{age:g}"))
    elif age is not None and age < lim["new_account_years"]:
        out.append(signal(SOURCE, "platform.new_account", _ev("account_age_years", age), years=f"{age:g}"))
    return out


def _activity_signals(p: PlatformStats) -> list[Signal]:
    lim, out = _limits(), []
    sent, viewed = p.inquiries_sent_90d, p.products_viewed_90d
    age = p.account_age_years or 0.0
    if p.verified and age >= lim["serious_min_years"] and sent is not None and sent <= lim["serious_max_inquiries_90d"]:
        ev = _ev("verified, account_age_years, inquiries_sent_90d", f"yes, {age:g}, {sent}")
        out.append(signal(SOURCE, "platform.serious_buyer", ev, inquiries=sent, years=f"{age:g}"))
    if (
        viewed is not None
        and sent is not None
        and viewed >= lim["unclear_min_viewed_90d"]
        and sent >= lim["unclear_min_inquiries_90d"]
    ):
        ev = _ev("products_viewed_90d, inquiries_sent_90d", f"{viewed}, {sent}")
        out.append(signal(SOURCE, "platform.unclear_need", ev, viewed=viewed, inquiries=sent))
    if p.suppliers_contacted_90d is not None and p.suppliers_contacted_90d >= lim["many_suppliers_90d"]:
        ev = _ev("suppliers_contacted_90d", p.suppliers_contacted_90d)
        out.append(signal(SOURCE, "platform.many_suppliers", ev, suppliers=p.suppliers_contacted_90d))
    return out


def stated_country(inquiry: Inquiry) -> str:
    raw = inquiry.country.strip()
    return (country_code(raw) or "") if raw else ""


def _location_signals(p: PlatformStats, stated: str) -> list[Signal]:
    ip = (p.ip_country or "").strip().upper()
    ip = country_code(ip) or ip if ip else ""
    if not ip or not stated or ip == stated:
        return []
    ev = _ev("ip_country, stated country", f"{ip}, {stated}")
    return [signal(SOURCE, "platform.ip_mismatch", ev, ip_country=ip, country=stated)]


def _hints(signals: list[Signal]) -> list[str]:
    codes = {s.code for s in signals}
    hints = []
    if "platform.unclear_need" in codes:
        hints.append("propose_products")
    if "platform.ip_mismatch" in codes:
        hints.append("ask_location")
    return hints


def analyse(inquiry: Inquiry) -> tuple[PlatformFacts, list[Signal]]:
    p = inquiry.platform
    stated = stated_country(inquiry)
    name = p.platform or "platform"  # only named in the evidence: messages stay language-neutral
    signals = _account_signals(p, name) + _activity_signals(p) + _location_signals(p, stated)
    facts: PlatformFacts = {
        "platform": p.platform,
        "verified": p.verified,
        "account_age_years": p.account_age_years,
        "products_viewed": p.products_viewed_90d,
        "inquiries_sent": p.inquiries_sent_90d,
        "suppliers_contacted": p.suppliers_contacted_90d,
        "ip_country": (p.ip_country or "").upper() or None,
        "stated_country": stated or None,
        "advice_hints": _hints(signals),
    }
    return facts, signals


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    if inquiry.platform.is_empty():
        return finding(SOURCE, {}, status="skipped", reason="platform.none_given")
    facts, signals = analyse(inquiry)
    return finding(SOURCE, facts, signals)


ENRICHER = Enricher(SOURCE, run, network=False)
