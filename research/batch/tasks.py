"""The batch worker: ``dramatiq research.batch.tasks`` (started by ``python -m research worker``).

Importing this module sets Dramatiq's broker to the team's Redis (``RESEARCH_REDIS_URL``) and declares the
one task, ``research_job``: one item researched by ``work.research_item`` in this process's context for
its run (one per profile and settings, opened on first use and kept: one HTTP client, resolver and WHOIS
client, rules loaded once), recorded with its report in the team's database, then announced to the
collector. An item already done (a message delivered twice, a batch sent again) is only announced.
"""

from __future__ import annotations

import asyncio
import tomllib
from typing import Any

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import AsyncIO

from research.batch.queue import ACTOR, NAMESPACE, QUEUE, Job, announce
from research.batch.run import warm_up
from research.batch.work import research_item
from research.context import Context, open_context, open_store
from research.profile import parse_profile
from research.settings import Settings, load_settings
from research.types import SellerProfile

SETTINGS = load_settings()
BROKER = RedisBroker(url=SETTINGS.redis_url or None, namespace=NAMESPACE)  # type: ignore[no-untyped-call]
BROKER.add_middleware(AsyncIO())
dramatiq.set_broker(BROKER)

TIME_LIMIT_MS = 10 * 60 * 1000  # far above one inquiry's deadline: only a stuck task is stopped
_CONTEXTS: dict[str, Context] = {}
_OPENERS: list[Any] = []  # the context managers, kept open for the process's life
_LOCK: asyncio.Lock | None = None


async def _context(job: Job) -> Context:
    """This process's context for the job's run, opened (and warmed up) once."""
    global _LOCK
    _LOCK = _LOCK or asyncio.Lock()
    key = job.run_key()
    async with _LOCK:
        if key not in _CONTEXTS:
            settings = SETTINGS.replace(offline=job.offline, lang=job.out.lang)
            opener = open_context(settings, _profile(job), open_store(settings))
            ctx = await opener.__aenter__()
            _OPENERS.append(opener)
            await warm_up(ctx)
            _CONTEXTS[key] = ctx
        return _CONTEXTS[key]


def _profile(job: Job) -> SellerProfile:
    if not job.profile_toml:
        return SellerProfile()
    return parse_profile(tomllib.loads(job.profile_toml), job.profile_name)


async def run_job(message: dict[str, Any], settings: Settings = SETTINGS) -> None:
    """One item: researched and recorded unless done already, then announced."""
    job = Job.from_message(message)
    store = open_store(settings)
    if store is None or store.batch_row(job.batch, job.item.key) is None:
        ctx = await _context(job)
        await research_item(job.item, ctx, job.batch, job.out)
    announce(settings.redis_url, job.batch, job.item.key)


@dramatiq.actor(actor_name=ACTOR, queue_name=QUEUE, max_retries=5, time_limit=TIME_LIMIT_MS)
async def research_job(message: dict[str, Any]) -> None:
    await run_job(message)
