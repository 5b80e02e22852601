"""The buyer's address on a map: where it is and what kind of place (office, industrial, shop, home).

Reads the website's and the registers' findings (``needs``) for the address; geocodes it with
Nominatim (geopy, through the guarded fetcher, one request a second, cached).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from research.data.load import toml_table
from research.enrich.base import Enricher, finding, signal
from research.errors import NetError
from research.facts import LocationFacts, facts_of
from research.net.api import cached
from research.net.geocode import geocode
from research.types import Evidence, Finding, Inquiry

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "location"
_CACHE_KIND = "geocode"
_KINDS = ("office", "industrial", "shop", "residential")
_SIGNALS = {
    "office": "location.office",
    "industrial": "location.industrial",
    "shop": "location.shop",
    "residential": "location.residential",
    "address": "location.address",
}


@cache
def _rules() -> dict[str, tuple[str, ...]]:
    table = toml_table("place_kinds.toml")
    return {k: tuple(table.get(k, ())) for k in _KINDS}


def place_kind(raw: dict[str, Any]) -> str:
    """office, industrial, shop, residential, or "address" (found, kind not told)."""
    cls = str(raw.get("class") or raw.get("category") or "")
    typ = str(raw.get("type") or "")
    pairs = {f"{cls}={typ}", f"{cls}=*", f"place={raw.get('addresstype', '')}"}
    for kind, patterns in _rules().items():
        if pairs & set(patterns):
            return kind
    return "address"


def _address(inquiry: Inquiry, ctx: Context) -> tuple[str, str, str]:
    """(address, where from, country): the website's, else a register's."""
    site = facts_of(ctx.findings, "website")
    source = site.get("address_source") or {}
    if site.get("address"):
        return str(site["address"]), "website", str(source.get("country") or "")
    for record in facts_of(ctx.findings, "registers").get("records") or []:
        if record.get("status") == "found" and record.get("address"):
            return str(record["address"]), "register", str(record.get("country") or "")
    return "", "", ""


def map_url(lat: float, lon: float) -> str:
    return f"https://www.openstreetmap.org/?mlat={lat:.6f}&mlon={lon:.6f}#map=17/{lat:.6f}/{lon:.6f}"


async def _ask(ctx: Context, address: str, country: str) -> dict[str, Any]:
    try:
        raw = await geocode(ctx.http, ctx.settings, address, country)
    except NetError as exc:
        return {"status": "unknown", "reason": exc.code}
    if raw is None:
        return {"status": "none", "checked": ctx.now.date().isoformat()}
    keep = ("lat", "lon", "class", "category", "type", "addresstype", "display_name")
    return {"status": "found", **{k: raw[k] for k in keep if k in raw}, "checked": ctx.now.date().isoformat()}


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    address, where, country = _address(inquiry, ctx)
    if not address:
        return finding(SOURCE, {}, status="skipped", reason="location.no_address")
    if not ctx.settings.nominatim_base:
        return finding(SOURCE, {"address": address}, status="skipped", reason="location.off")
    store = ctx.store if ctx.settings.cache_enabled else None
    key = f"{country}|{address.lower()}"
    answer = await cached(store, _CACHE_KIND, key, ctx.settings.ttl_geocode_s, lambda: _ask(ctx, address, country))
    facts: LocationFacts = {"address": address, "address_from": where, "checked": str(answer.get("checked", ""))}
    ev = Evidence("text", where, address)
    if answer["status"] == "unknown":
        sig = signal(SOURCE, "location.unknown", ev, address=address, why={"code": answer.get("reason", "")})
        return finding(SOURCE, facts, [sig], status="partial", reason="location.unreachable")
    if answer["status"] == "none":
        facts["kind"] = "none"
        return finding(SOURCE, facts, [signal(SOURCE, "location.not_found", ev, address=address)])
    lat, lon = float(answer["lat"]), float(answer["lon"])
    kind = place_kind(answer)
    place = f"{answer.get('class') or answer.get('category') or ''}={answer.get('type', '')}"
    facts["lat"], facts["lon"], facts["kind"], facts["place"] = lat, lon, kind, place
    facts["display_name"], facts["map_url"] = str(answer.get("display_name", "")), map_url(lat, lon)
    map_ev = Evidence("url", facts["map_url"], f"{facts['display_name']} ({place})")
    sig = signal(SOURCE, _SIGNALS[kind], map_ev, address=address, place=place, lat=round(lat, 5), lon=round(lon, 5))
    return finding(SOURCE, facts, [sig])


ENRICHER = Enricher(SOURCE, run, network=True, needs=("website", "registers"))
