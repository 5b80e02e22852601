"""One module per source of evidence; each an async function of (inquiry, ctx)."""

from __future__ import annotations

from research.enrich import domain, email, history, inquiry_text, platform, website
from research.enrich.base import Enricher

ENRICHERS: tuple[Enricher, ...] = (
    email.ENRICHER,
    domain.ENRICHER,
    website.ENRICHER,
    inquiry_text.ENRICHER,
    platform.ENRICHER,
    history.ENRICHER,
)

__all__ = ["ENRICHERS", "Enricher"]
