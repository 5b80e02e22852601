"""Customs records (optional): the buyer's imports from China, from a bill-of-lading CSV.

The CSV is the rep's own export (ImportYeti, Panjiva, a customs broker...): the path comes
from the seller profile's [customs] csv or RESEARCH_CUSTOMS_CSV; its columns from the profile.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from research.enrich.base import Enricher, finding, signal
from research.errors import InputError
from research.extract.customs import CustomsSummary, Shipment, find_company, hs_overlap, load_shipments, summarize
from research.facts import CustomsFacts
from research.types import Evidence, Finding, Inquiry, SellerProfile, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "customs"


def _evidence(s: Shipment, path: str) -> Evidence:
    day = s.date.isoformat() if s.date else "?"
    return Evidence("list", f"{path}:{s.row}", f"{day} {s.supplier} -> {s.buyer}: {s.description[:80]}")


def customs_signals(
    summary: CustomsSummary,
    shipments: Sequence[Shipment],
    profile: SellerProfile,
    path: str,
    cfg: Mapping[str, Any],
) -> list[Signal]:
    ev = tuple(_evidence(s, path) for s in summary.examples)
    params = {"company": summary.matched_name, "last": summary.last.isoformat() if summary.last else "-"}
    out = [signal(SOURCE, "customs.seen_authentic", *ev[:1], company=summary.matched_name)]
    if summary.per_year >= float(cfg.get("regular_per_year", 6)):
        out.append(signal(SOURCE, "customs.regular_importer", *ev, per_year=summary.per_year, **params))
    elif summary.from_china:
        out.append(signal(SOURCE, "customs.occasional_importer", *ev, count=summary.from_china, **params))
    ours = hs_overlap(shipments, (c for line in profile.product_lines for c in line.hs_codes))
    if ours:
        examples = "; ".join(f"{s.hs_code} {s.description[:40]}" for s in ours[:2])
        evidence = (_evidence(s, path) for s in ours[:3])
        out.append(signal(SOURCE, "customs.imports_our_products", *evidence, examples=examples))
    return out


def _facts(summary: CustomsSummary) -> CustomsFacts:
    return {
        "matched_name": summary.matched_name,
        "shipments": summary.shipments,
        "from_china": summary.from_china,
        "per_year": summary.per_year,
        "suppliers": list(summary.suppliers),
        "last_shipment": summary.last.isoformat() if summary.last else "",
    }


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    path = ctx.profile.customs_csv or ctx.settings.customs_csv
    if not path:
        return finding(SOURCE, {}, status="skipped", reason="customs.not_configured")
    company = inquiry.company.strip()
    if not company:
        return finding(SOURCE, {}, status="skipped", reason="customs.no_company")
    cfg = ctx.rules.table("customs")
    try:
        shipments = load_shipments(path, ctx.profile.customs_columns)
    except InputError as exc:
        return finding(SOURCE, {}, status="failed", reason="customs.bad_file", detail=str(exc))
    mine = find_company(shipments, company, float(cfg.get("name_match_min", 90)))
    summary = summarize(mine, ctx.now.date(), int(cfg.get("years", 3)), cfg.get("origin_china", ("CN",)))
    if summary is None:
        none: CustomsFacts = {"shipments": 0}
        return finding(SOURCE, none, [signal(SOURCE, "customs.no_record", company=company)])
    return finding(SOURCE, _facts(summary), customs_signals(summary, mine, ctx.profile, str(path), cfg))


ENRICHER = Enricher(SOURCE, run, network=False)
