"""What every enricher shares: its description, and the signal/finding builders."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from research.signals import finding, signal
from research.types import Finding, Inquiry

if TYPE_CHECKING:
    from research.context import Context

RunFn = Callable[[Inquiry, "Context"], Awaitable[Finding]]

__all__ = ["Enricher", "RunFn", "finding", "signal"]


@dataclass(frozen=True)
class Enricher:
    name: str
    run: RunFn
    network: bool
    budget: str = "enricher_timeout_s"  # which Settings field limits its time
    # Checks whose findings this one reads (ctx.findings): it starts when they have finished, still
    # inside the run's one deadline. Its own time budget starts then.
    needs: tuple[str, ...] = ()
