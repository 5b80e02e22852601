"""Buyer research: ``research(inquiry, profile, settings) -> Report``.

The library behind the Streamlit page and the CLI; it never imports Streamlit.

Importing the package costs nothing: the checks, the assessment and their libraries (dnspython,
httpx, lxml, numpy ...) are imported by the first research run, and the names below are looked up
on first use (PEP 562), so ``python -m research --help`` or a renderer does not pay for them.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from research.context import Context
    from research.enrich import Enricher
    from research.errors import ConfigError, InputError, NetError, ResearchError
    from research.pipeline import Progress, ProgressFn
    from research.settings import Settings, load_settings
    from research.store_api import HistoryStore
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

# Public name -> the module that defines it, imported when the name is first asked for.
_LAZY = {
    "ConfigError": "research.errors",
    "InputError": "research.errors",
    "NetError": "research.errors",
    "ResearchError": "research.errors",
    "Progress": "research.pipeline",
    "Settings": "research.settings",
    "load_settings": "research.settings",
    **dict.fromkeys(
        (
            "Advice",
            "BuyerType",
            "Evidence",
            "Finding",
            "Fit",
            "Inquiry",
            "PlatformStats",
            "Report",
            "SellerProfile",
            "Signal",
            "Verdict",
        ),
        "research.types",
    ),
}

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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'research' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # looked up once
    return value


async def research_async(
    inquiry: Inquiry,
    profile: SellerProfile | None = None,
    settings: Settings | None = None,
    *,
    on_progress: ProgressFn | None = None,
    store: HistoryStore | None = None,
    save: bool = True,
    enrichers: Sequence[Enricher] | None = None,
    ctx: Context | None = None,
    rep: str = "",
) -> Report:
    """One inquiry researched, assessed and (unless ``save`` is false) kept in the history, as run by ``rep``.

    ``ctx``: a context opened by the caller and shared by many runs (a batch): one HTTP client, TLS
    context, resolver and WHOIS client, each domain's answers fetched once. Its settings, profile,
    store and rules then win over the arguments.
    """
    from research.context import open_context
    from research.settings import load_settings

    if ctx is not None:  # a shared context's clock is the batch's start: each report has its own time
        return await _research_in(inquiry, ctx, on_progress, save, enrichers, datetime.now(UTC), rep)
    async with open_context(settings or load_settings(), profile, store) as own:
        return await _research_in(inquiry, own, on_progress, save, enrichers, own.now, rep)


async def _research_in(
    inquiry: Inquiry,
    ctx: Context,
    on_progress: ProgressFn | None,
    save: bool,
    enrichers: Sequence[Enricher] | None,
    now: datetime,
    rep: str = "",
) -> Report:
    from research.assess.assess import assess
    from research.enrich import ENRICHERS
    from research.pipeline import run_enrichers
    from research.types import Report

    started = time.monotonic()
    findings = await run_enrichers(inquiry, ctx, ENRICHERS if enrichers is None else enrichers, on_progress)
    rules, profile, settings, store = ctx.rules, ctx.profile, ctx.settings, ctx.store
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
        save_report(store, report, rep)
    return report


def research(
    inquiry: Inquiry, profile: SellerProfile | None = None, settings: Settings | None = None, **kw: object
) -> Report:
    """Synchronous wrapper for scripts and the CLI."""
    return asyncio.run(research_async(inquiry, profile, settings, **kw))  # type: ignore[arg-type]


def save_report(store: HistoryStore, report: Report, rep: str = "") -> int:
    """Keep the report in the history; returns its id."""
    from research.serialize import dumps

    return store.save_report(history_meta(report, rep), dumps(report))


def history_meta(report: Report, rep: str = "") -> dict[str, str]:
    """The columns the history searches by; ``rep`` is who ran the research."""
    inq = report.inquiry
    from research.store import inquiry_key

    products = [str(p) for f in report.findings if f.source == "inquiry" for p in f.facts.get("products", [])]
    return {
        "display_name": inq.display_name,
        "phone_written": inq.phone,
        "products": ", ".join(dict.fromkeys(products)),
        # One inquiry researched twice is one inquiry: re-runs are not "seen before" (issue 16).
        "inquiry_key": inquiry_key(inq.email, inq.subject, inq.body),
        "rep": rep,
        "created_at": report.created_at.astimezone(UTC).isoformat(timespec="seconds"),
        "email": inq.email.strip().lower(),
        "domain": inq.domain,
        "company": inq.company,
        "website": inq.website,
        "phone": inq.phone,
        "category": report.verdict.category,
        "risk": report.verdict.risk,
    }
