"""Run the enrichers of one inquiry concurrently under one deadline.

A crash or timeout in one enricher becomes a failed Finding with a reason;
the others go on. Progress events let a UI show each check as it finishes.
A check that reads others' findings (``Enricher.needs``) starts as soon as they have
finished (failed or not), with their findings in ``ctx.findings``; the deadline is the same.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from research.context import Context
from research.enrich.base import Enricher
from research.errors import ResearchError
from research.types import Finding, Inquiry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    source: str
    state: str  # started | finished
    finding: Finding | None = None


ProgressFn = Callable[[Progress], None]


def _failed(source: str, reason: str, detail: str = "", elapsed_ms: int = 0) -> Finding:
    return Finding(source, "failed", reason, detail, {}, (), elapsed_ms)


async def _run_one(enricher: Enricher, inquiry: Inquiry, ctx: Context) -> Finding:
    if enricher.network and ctx.settings.offline:
        return Finding(enricher.name, "skipped", "finding.offline")
    started = time.monotonic()
    timeout = float(getattr(ctx.settings, enricher.budget))

    def ms() -> int:
        return int((time.monotonic() - started) * 1000)

    try:
        async with asyncio.timeout(timeout):
            result = await enricher.run(inquiry, ctx)
    except TimeoutError:
        return _failed(enricher.name, "finding.timeout", f"{timeout:g} s", ms())
    except ResearchError as exc:
        return _failed(enricher.name, exc.code, exc.detail, ms())
    except Exception as exc:  # one broken enricher must not lose the report
        log.exception("enricher %s crashed", enricher.name)
        return _failed(enricher.name, "finding.crashed", f"{exc.__class__.__name__}: {exc}", ms())
    return replace(result, elapsed_ms=ms())


async def _after(
    enricher: Enricher, inquiry: Inquiry, ctx: Context, earlier: dict[str, asyncio.Task[Finding]]
) -> Finding:
    """Run ``enricher`` once the checks it needs have finished, with their findings in the context."""
    if enricher.network and ctx.settings.offline:
        return Finding(enricher.name, "skipped", "finding.offline")
    needed = [earlier[n] for n in enricher.needs if n in earlier]
    if needed:
        await asyncio.wait(needed)
        ctx = replace(ctx, findings=tuple(t.result() for t in needed))
    return await _run_one(enricher, inquiry, ctx)


def _order(enrichers: Sequence[Enricher]) -> list[Enricher]:
    """Each check after the checks it needs (a need on a check not in the run is ignored)."""
    names = {e.name for e in enrichers}
    done: list[Enricher] = []
    left = list(enrichers)
    while left:
        ready = [e for e in left if all(n not in names or n in {d.name for d in done} for n in e.needs)]
        if not ready:
            raise ValueError(f"checks need each other: {[e.name for e in left]}")
        done += ready
        left = [e for e in left if e not in ready]
    return done


async def run_enrichers(
    inquiry: Inquiry,
    ctx: Context,
    enrichers: Sequence[Enricher],
    on_progress: ProgressFn | None = None,
) -> list[Finding]:
    """All findings, in the order of ``enrichers``, within ``settings.deadline_s``."""
    notify = on_progress or (lambda _p: None)
    tasks: dict[asyncio.Task[Finding], str] = {}
    by_name: dict[str, asyncio.Task[Finding]] = {}
    # Network checks start first: their first questions are on the wire before the offline checks
    # take the CPU, so the slowest answers arrive as early as they can.
    for e in _order(sorted(enrichers, key=lambda e: not e.network)):
        notify(Progress(e.name, "started"))
        run = _after(e, inquiry, ctx, by_name) if e.needs else _run_one(e, inquiry, ctx)
        by_name[e.name] = task = asyncio.create_task(run, name=e.name)
        tasks[task] = e.name
    results: dict[str, Finding] = {}
    pending = set(tasks)
    deadline = time.monotonic() + ctx.settings.deadline_s
    while pending:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        done, pending = await asyncio.wait(pending, timeout=left, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            results[tasks[task]] = task.result()
            notify(Progress(tasks[task], "finished", results[tasks[task]]))
    for task in pending:
        task.cancel()
        name = tasks[task]
        results[name] = _failed(name, "finding.deadline", f"{ctx.settings.deadline_s:g} s")
        notify(Progress(name, "finished", results[name]))
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)
    return [results[e.name] for e in enrichers]
