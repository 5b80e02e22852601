"""The runner: concurrency, timeouts, crashes and the overall deadline."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from research.context import open_context
from research.enrich.base import Enricher, finding
from research.errors import FetchError
from research.pipeline import Progress, run_enrichers
from research.settings import load_settings
from research.types import Finding, Inquiry

INQ = Inquiry(email="a@b.com", body="hello")


async def _ok(inquiry: Inquiry, ctx: object) -> Finding:
    await asyncio.sleep(0.2)
    return finding("ok", {"x": 1})


async def _sleepy(inquiry: Inquiry, ctx: object) -> Finding:
    await asyncio.sleep(30)
    return finding("sleepy", {})


async def _crash(inquiry: Inquiry, ctx: object) -> Finding:
    raise ZeroDivisionError("boom")


async def _net(inquiry: Inquiry, ctx: object) -> Finding:
    raise FetchError("down", code="net.timeout")


def _settings(tmp_path: Path, **kw: object) -> object:
    return load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path)}, **kw)


async def test_failures_become_findings_and_the_rest_go_on(tmp_path: Path) -> None:
    settings = _settings(tmp_path, enricher_timeout_s=0.5, deadline_s=5)
    enrichers = [
        Enricher("ok", _ok, network=False),
        Enricher("sleepy", _sleepy, network=False),
        Enricher("crash", _crash, network=False),
        Enricher("net", _net, network=False),
    ]
    async with open_context(settings) as ctx:  # type: ignore[arg-type]
        started = time.monotonic()
        found = {f.source: f for f in await run_enrichers(INQ, ctx, enrichers)}
    assert time.monotonic() - started < 2  # concurrently, bounded by the 0.5 s timeout
    assert found["ok"].status == "ok" and found["ok"].elapsed_ms >= 150
    assert (found["sleepy"].status, found["sleepy"].reason) == ("failed", "finding.timeout")
    assert (found["crash"].status, found["crash"].reason) == ("failed", "finding.crashed")
    assert "ZeroDivisionError" in found["crash"].detail
    assert (found["net"].status, found["net"].reason) == ("failed", "net.timeout")


async def test_overall_deadline_stops_everything(tmp_path: Path) -> None:
    settings = _settings(tmp_path, enricher_timeout_s=60, deadline_s=0.4)
    async with open_context(settings) as ctx:  # type: ignore[arg-type]
        started = time.monotonic()
        (f,) = await run_enrichers(INQ, ctx, [Enricher("sleepy", _sleepy, network=False)])
    assert time.monotonic() - started < 1.5
    assert (f.status, f.reason) == ("failed", "finding.deadline")


async def test_offline_skips_network_enrichers_and_reports_progress(tmp_path: Path) -> None:
    settings = _settings(tmp_path, offline=True)
    events: list[Progress] = []
    enrichers = [Enricher("net", _net, network=True), Enricher("ok", _ok, network=False)]
    async with open_context(settings) as ctx:  # type: ignore[arg-type]
        net, ok = await run_enrichers(INQ, ctx, enrichers, events.append)
    assert (net.status, net.reason) == ("skipped", "finding.offline")
    assert ok.status == "ok"
    assert [(e.source, e.state) for e in events if e.state == "finished"] == [("net", "finished"), ("ok", "finished")]
    assert {e.source for e in events if e.state == "started"} == {"net", "ok"}


async def test_a_check_that_needs_another_reads_its_findings_within_the_same_deadline(tmp_path: Path) -> None:
    from research.facts import facts_of

    async def first(inquiry: Inquiry, ctx: object) -> Finding:
        await asyncio.sleep(0.2)
        return finding("website", {"title": "Acme"})

    async def follow(inquiry: Inquiry, ctx: object) -> Finding:
        from research.context import Context

        assert isinstance(ctx, Context)
        return finding("follow", {"saw": facts_of(ctx.findings, "website").get("title")})

    async def slow(inquiry: Inquiry, ctx: object) -> Finding:
        await asyncio.sleep(30)
        return finding("slow", {})

    checks = [
        Enricher("follow", follow, network=False, needs=("website",)),
        Enricher("website", first, network=False),
        Enricher("slow", slow, network=False),
        Enricher("after_slow", follow, network=False, needs=("slow",)),
    ]
    settings = _settings(tmp_path, deadline_s=1.0)
    started = time.monotonic()
    async with open_context(settings) as ctx:  # type: ignore[arg-type]
        found = await run_enrichers(INQ, ctx, checks)
    assert [f.source for f in found] == ["follow", "website", "slow", "after_slow"]  # the order asked for
    assert found[0].facts == {"saw": "Acme"}
    assert [f.reason for f in found[2:]] == ["finding.deadline", "finding.deadline"]
    assert time.monotonic() - started < 3
