"""One module per source of evidence; each an async function of (inquiry, ctx)."""

from __future__ import annotations

from research.enrich import (
    archive,
    attachments,
    customs,
    domain,
    email,
    history,
    inquiry,
    location,
    platform,
    registers,
    sanctions,
    sender,
    website,
)
from research.enrich.base import Enricher

ENRICHERS: tuple[Enricher, ...] = (
    email.ENRICHER,
    sender.ENRICHER,
    domain.ENRICHER,
    website.ENRICHER,
    inquiry.ENRICHER,
    attachments.ENRICHER,
    platform.ENRICHER,
    history.ENRICHER,
    customs.ENRICHER,
    registers.ENRICHER,
    archive.ENRICHER,
    location.ENRICHER,
    sanctions.ENRICHER,
)

__all__ = ["ENRICHERS", "Enricher"]
