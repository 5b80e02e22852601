"""Ask the official registers about identifiers, by number: which register, which URL, cached answers.

Private helper of the registers check. Every request goes through ``ctx.http`` (the guarded fetcher);
a register that does not answer gives an ``unknown`` record with the reason, never an exception.
"""

from __future__ import annotations

import asyncio
import base64
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from research.errors import NetError
from research.extract import registers as parse
from research.facts import IdentifierFact, RegisterRecord
from research.net.api import cached, get_json

if TYPE_CHECKING:
    from research.context import Context

MAX_LOOKUPS = 6  # a signature with a dozen numbers is read, but only this many are asked about
_CACHE_KIND = "register"
_BASES = {
    "vies": "vies_base",
    "gleif": "gleif_base",
    "fr": "fr_register_base",
    "no": "no_register_base",
    "cz": "cz_register_base",
    "pl": "pl_register_base",
    "uk": "companies_house_base",
}


_BY_KIND = {"lei": "gleif", "no_orgnr": "no", "cz_ico": "cz", "pl_nip": "pl", "gb_company": "uk"}


def targets(identifiers: list[IdentifierFact]) -> list[tuple[str, str, str]]:
    """(register, number, kind) to ask, once each: a VAT number of France, Poland or Czechia is also
    asked of that country's own register, which names the company when VIES does not."""
    out: dict[tuple[str, str], str] = {}
    for ident in identifiers:
        if not ident.get("valid"):
            continue
        kind, number = ident.get("kind", ""), ident.get("number", "")
        if kind == "eu_vat":
            out.setdefault(("vies", number), kind)
            national = {"FR": ("fr", number[4:]), "PL": ("pl", number[2:]), "CZ": ("cz", number[2:])}
            register, own = national.get(number[:2], ("", ""))
            if register and (register != "cz" or len(own) == 8):
                out.setdefault((register, own), kind)
        elif kind in ("fr_siren", "fr_siret"):
            out.setdefault(("fr", number[:9]), kind)
        else:
            own_register = _BY_KIND.get(kind)
            if own_register:
                out.setdefault((own_register, number), kind)
    return [(r, n, k) for (r, n), k in out.items()][:MAX_LOOKUPS]


def _url(register: str, base: str, number: str, today: str) -> str:
    base = base if base.endswith("/") else base + "/"
    paths = {
        "vies": f"ms/{number[:2]}/vat/{quote(number[2:])}",
        "gleif": f"lei-records/{number}",
        "fr": f"search?q={number}&page=1&per_page=1",
        "no": f"enheter/{number}",
        "cz": f"ekonomicke-subjekty/{number}",
        "pl": f"search/nip/{number}?date={today}",
        "uk": f"company/{quote(number)}",
    }
    return base + paths[register]


def _headers(register: str, ctx: Context) -> dict[str, str]:
    if register != "uk":
        return {}
    token = base64.b64encode(f"{ctx.settings.companies_house_key}:".encode()).decode()
    return {"Authorization": f"Basic {token}"}


async def _ask(ctx: Context, register: str, number: str) -> dict[str, Any]:
    base = str(getattr(ctx.settings, _BASES[register]))
    url = _url(register, base, number, ctx.now.date().isoformat())
    try:
        status, body = await get_json(ctx.http, url, headers=_headers(register, ctx))
        parent: Any = None
        if register == "gleif" and status == 200:
            parent = await _parent(ctx, base, number)
            record = parse.gleif(status, body, number, parent)
        else:
            record = parse.PARSERS[register](status, body, number)
    except NetError as exc:
        record = parse.unknown(register, number, exc.code)
    return {**record, "checked": ctx.now.date().isoformat()}


async def _parent(ctx: Context, base: str, number: str) -> Any:
    try:
        status, body = await get_json(ctx.http, _url("gleif", base, number, "") + "/direct-parent")
    except NetError:
        return None
    return body if status == 200 else None


def _skipped(register: str, ctx: Context) -> str:
    """Why a register is not asked ("" when it is): turned off, or Companies House without a key."""
    if not str(getattr(ctx.settings, _BASES[register])):
        return "registers.off"
    if register == "uk" and not ctx.settings.companies_house_key:
        return "registers.uk_needs_key"
    return ""


async def lookup(ctx: Context, register: str, number: str, kind: str) -> RegisterRecord:
    if why := _skipped(register, ctx):
        return {**parse.unknown(register, number, why), "kind": kind}
    store = ctx.store if ctx.settings.cache_enabled else None
    answer = await cached(
        store, _CACHE_KIND, f"{register}:{number}", ctx.settings.ttl_register_s, lambda: _ask(ctx, register, number)
    )
    record: RegisterRecord = {**answer, "kind": kind}  # type: ignore[typeddict-item]
    return record


async def lookup_all(ctx: Context, identifiers: list[IdentifierFact]) -> list[RegisterRecord]:
    return list(await asyncio.gather(*(lookup(ctx, r, n, k) for r, n, k in targets(identifiers))))
