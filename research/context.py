"""Everything one research run needs, in one object passed to every enricher.

Enrichers hold no state; clients, settings, profile and the clock live here,
so tests swap any of them by building another Context.

A context lives as long as its run, and a batch is one run: one HTTP client (one TLS context, one
connection pool, a limit per site), one resolver and one WHOIS client (a limit per server), the
rules loaded once, and each name, page and domain asked once (``net/flight.py``). Checks share
their own per-run work through ``shared`` (the website check reads a site once for every inquiry
that names it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from research.net.dns import Resolver
from research.net.flight import Flights
from research.net.http import Fetcher
from research.net.whois import WhoisClient
from research.rules import Rules, load_rules
from research.settings import Settings
from research.store import Store
from research.store_api import HistoryStore
from research.types import Finding, SellerProfile


@dataclass(frozen=True)
class Context:
    settings: Settings
    dns: Resolver
    http: Fetcher
    whois: WhoisClient
    store: HistoryStore | None = None
    rules: Rules = field(default_factory=load_rules)  # the shipped rules unless a run passes others
    profile: SellerProfile = field(default_factory=SellerProfile)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    # What the checks a check waits for (Enricher.needs) found; empty for the others.
    findings: tuple[Finding, ...] = ()
    # Work a check does once per run and per key, e.g. ("website", urls): ``await ctx.shared.run(key, make)``.
    shared: Flights = field(default_factory=lambda: Flights(keep=256))


def open_store(settings: Settings) -> HistoryStore | None:
    """The team's PostgreSQL when ``database_url`` is set (StoreError when it cannot be reached), else the
    SQLite file (a damaged one set aside and rebuilt: ``Store.set_aside``), or None when the cache directory
    cannot be written or the file cannot be opened at all: the run goes on without a history."""
    if settings.database_url:
        from research.store_pg import connect

        return connect(settings.database_url, enabled=settings.cache_enabled)
    try:
        return Store(settings.cache_path, enabled=settings.cache_enabled)
    except (OSError, sqlite3.Error):
        return None


def rules_for(settings: Settings) -> Rules:
    """The scoring rules a run applies: the manager's file when settings name one, else the shipped ones."""
    return load_rules(settings.scoring_file or None)


@asynccontextmanager
async def open_context(
    settings: Settings,
    profile: SellerProfile | None = None,
    store: HistoryStore | None = None,
    rules: Rules | None = None,
    *,
    history: bool = True,
) -> AsyncIterator[Context]:
    """The run's context; ``history`` False runs with no store at all (and no cache), as a warm-up does."""
    store = store if store is not None or not history else open_store(settings)
    cache = store if settings.cache_enabled else None
    resolver = Resolver(settings, cache)
    fetcher = Fetcher(settings, resolver, cache)
    whois = WhoisClient(settings, cache, fetcher, resolver)
    ctx = Context(
        settings=settings,
        dns=resolver,
        http=fetcher,
        whois=whois,
        store=store,
        rules=rules or rules_for(settings),
        profile=profile or SellerProfile(),
    )
    try:
        yield ctx
    finally:
        await ctx.shared.aclose()
        await whois.aclose()
        await fetcher.aclose()
        await resolver.aclose()
