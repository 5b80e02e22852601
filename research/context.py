"""Everything one research run needs, in one object passed to every enricher.

Enrichers hold no state; clients, settings, profile and the clock live here,
so tests swap any of them by building another Context.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from research.net.dns import Resolver
from research.net.http import Fetcher
from research.net.whois import WhoisClient
from research.rules import Rules, load_rules
from research.settings import Settings
from research.store import Store
from research.types import Finding, SellerProfile


@dataclass(frozen=True)
class Context:
    settings: Settings
    dns: Resolver
    http: Fetcher
    whois: WhoisClient
    store: Store | None = None
    rules: Rules = field(default_factory=load_rules)  # the shipped rules unless a run passes others
    profile: SellerProfile = field(default_factory=SellerProfile)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    # What the checks a check waits for (Enricher.needs) found; empty for the others.
    findings: tuple[Finding, ...] = ()


def open_store(settings: Settings) -> Store | None:
    """The SQLite store, or None when the cache directory cannot be written."""
    try:
        return Store(settings.cache_path, enabled=settings.cache_enabled)
    except OSError:
        return None


def rules_for(settings: Settings) -> Rules:
    """The scoring rules a run applies: the manager's file when settings name one, else the shipped ones."""
    return load_rules(settings.scoring_file or None)


@asynccontextmanager
async def open_context(
    settings: Settings, profile: SellerProfile | None = None, store: Store | None = None, rules: Rules | None = None
) -> AsyncIterator[Context]:
    store = store if store is not None else open_store(settings)
    cache = store if settings.cache_enabled else None
    resolver = Resolver(settings, cache)
    fetcher = Fetcher(settings, resolver, cache)
    try:
        yield Context(
            settings=settings,
            dns=resolver,
            http=fetcher,
            whois=WhoisClient(settings, cache, fetcher, resolver),
            store=store,
            rules=rules or rules_for(settings),
            profile=profile or SellerProfile(),
        )
    finally:
        await fetcher.aclose()
