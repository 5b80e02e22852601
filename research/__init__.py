"""Buyer research: ``research(inquiry, profile, settings) -> Report``.

The library behind the Streamlit page and the CLI; it never imports Streamlit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from datetime import UTC

from research.assess.assess import assess
from research.context import open_context, open_store
from research.enrich import ENRICHERS, Enricher
from research.errors import ConfigError, InputError, NetError, ResearchError
from research.pipeline import Progress, ProgressFn, run_enrichers
from research.serialize import dumps
from research.settings import Settings, load_settings
from research.store import Store
from research.types import (
    Advice,
    BuyerType,
    Evidence,
    Finding,
    Fit,
    Inquiry,
    PlatformStats,
    Report,
    SellerProfile,
    Signal,
    Verdict,
)

__all__ = [
    "Advice",
    "BuyerType",
    "ConfigError",
    "Evidence",
    "Finding",
    "Fit",
    "InputError",
    "Inquiry",
    "NetError",
    "PlatformStats",
    "Progress",
    "Report",
    "ResearchError",
    "SellerProfile",
    "Settings",
    "Signal",
    "Verdict",
    "load_settings",
    "research",
    "research_async",
    "save_report",
]


async def research_async(
    inquiry: Inquiry,
    profile: SellerProfile | None = None,
    settings: Settings | None = None,
    *,
    on_progress: ProgressFn | None = None,
    store: Store | None = None,
    save: bool = True,
    enrichers: Sequence[Enricher] = ENRICHERS,
) -> Report:
    settings = settings or load_settings()
    profile = profile or SellerProfile()
    started = time.monotonic()
    store = store if store is not None else open_store(settings)
    async with open_context(settings, profile, store) as ctx:
        findings = await run_enrichers(inquiry, ctx, enrichers, on_progress)
        now, rules = ctx.now, ctx.rules
    result = assess(inquiry, findings, profile, rules)
    timings = {f"{f.source}_ms": f.elapsed_ms for f in findings}
    timings["total_ms"] = int((time.monotonic() - started) * 1000)
    report = Report(
        inquiry=inquiry,
        findings=(*findings, result.fit_finding),
        verdict=result.verdict,
        buyer_type=result.buyer_type,
        fit=result.fit,
        advice=result.advice,
        timings=timings,
        created_at=now,
        profile=profile.name,
        offline=settings.offline,
        signals=result.signals,
    )
    if save and store is not None:
        save_report(store, report)
    return report


def research(
    inquiry: Inquiry, profile: SellerProfile | None = None, settings: Settings | None = None, **kw: object
) -> Report:
    """Synchronous wrapper for scripts and the CLI."""
    return asyncio.run(research_async(inquiry, profile, settings, **kw))  # type: ignore[arg-type]


def save_report(store: Store, report: Report) -> int:
    """Keep the report in the history; returns its id."""
    inq = report.inquiry
    meta = {
        "created_at": report.created_at.astimezone(UTC).isoformat(timespec="seconds"),
        "email": inq.email.strip().lower(),
        "domain": inq.domain,
        "company": inq.company,
        "phone": inq.phone,
        "category": report.verdict.category,
        "risk": report.verdict.risk,
    }
    return store.save_report(meta, dumps(report))
