"""Market fit: where the buyer sells or ships, against our target and excluded markets.

Regions (EU, GCC, LATAM ...) are data in ``research/data/regions.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from research.data.load import toml_table
from research.extract.countries import cctld_country, country_code
from research.extract.mail_hosts import is_shared
from research.facts import facts_of
from research.types import Evidence, Finding, Inquiry

_MAX_DEPTH = 5  # regions naming regions; a cycle stops here instead of looping


@cache
def _regions() -> dict[str, tuple[str, ...]]:
    raw: dict[str, Any] = toml_table("regions.toml")["regions"]
    return {k.upper(): tuple(str(c).upper() for c in v) for k, v in raw.items()}


def expand(markets: Iterable[str], depth: int = 0) -> frozenset[str]:
    """ISO codes for a mix of ISO codes and region names."""
    out: set[str] = set()
    regions = _regions()
    for m in markets:
        code = m.strip().upper()
        if code in regions and depth < _MAX_DEPTH:
            out |= expand(regions[code], depth + 1)
        elif len(code) == 2 and code.isalpha():
            out.add(code)
    return frozenset(out)


@dataclass(frozen=True)
class MarketFit:
    buyer: Mapping[str, Evidence]  # ISO code -> where we saw it
    overlap: tuple[str, ...]
    excluded: tuple[str, ...]


def buyer_markets(inquiry: Inquiry, findings: Sequence[Finding]) -> dict[str, Evidence]:
    """Every country the buyer is tied to, with the first place we saw it."""
    site, inq = facts_of(findings, "website"), facts_of(findings, "inquiry")
    found: list[tuple[str, Evidence]] = []
    url = site.get("final_url") or site.get("url") or ""
    found += [(m.upper(), Evidence("url", url, "markets")) for m in site.get("markets", [])]
    if dest := inq.get("destination_country", ""):
        found.append((dest.upper(), Evidence("text", "inquiry", f"destination {dest}")))
    if inquiry.country and (code := country_code(inquiry.country)):
        found.append((code, Evidence("text", "inquiry", f"country: {inquiry.country}")))
    # A webmail domain (mail.ru, yahoo.co.uk) is used far beyond its country: not a market clue.
    email = facts_of(findings, "email")
    shared = email.get("free_mail") or email.get("disposable") or is_shared(inquiry.domain)
    sender = "" if not inquiry.domain or shared else inquiry.domain
    for dom in (site.get("site_domain", ""), sender):
        if dom and (code := cctld_country(dom)):
            found.append((code, Evidence("dns", dom, f".{dom.rpartition('.')[2]}")))
    out: dict[str, Evidence] = {}
    for code, ev in found:
        if len(code) == 2 and code.isalpha():
            out.setdefault(code, ev)
    return out


def market_fit(buyer: Mapping[str, Evidence], targets: Iterable[str], excluded: Iterable[str]) -> MarketFit:
    ours, banned = expand(targets), expand(excluded)
    return MarketFit(
        buyer=dict(buyer),
        overlap=tuple(sorted(c for c in buyer if c in ours and c not in banned)),
        excluded=tuple(sorted(c for c in buyer if c in banned)),
    )
