"""Run a batch: one context for every item, a few items at a time, each recorded as it finishes.

Resumable: a finished item is recorded in the store under the batch's key (made from the arguments)
in the same transaction as its report's history row. Started again with the same arguments after a
Ctrl-C, a kill -9 or a power cut, the batch skips what is recorded and loses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from research.batch.items import Item
from research.batch.outputs import Tables
from research.batch.work import Output, Row, research_item
from research.context import Context, open_context, open_store
from research.settings import Settings
from research.store import Store
from research.store_api import HistoryStore
from research.types import SellerProfile

DEFAULT_JOBS = 64  # inquiries in flight: a new buyer waits ~5 round trips, so many are needed to keep a core busy
_STATE = "batch-state.sqlite3"  # the record of what is done, when the history cannot be written
_WARM_UP = "Subject: RFQ\n\nPlease quote 500 pcs, FOB Ningbo, and send your catalogue."


@dataclass(frozen=True)
class Event:
    row: Row
    done: int  # items finished so far, resumed ones included
    resumed: bool  # done in an earlier run of this batch


OnRow = Callable[[Event], None]


def batch_key(**arguments: object) -> str:
    """The same arguments, the same batch: what makes a restart find what it already did."""
    text = json.dumps(arguments, sort_keys=True, default=str)
    return "batch:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _store(settings: Settings, out: Output) -> HistoryStore | None:
    store: HistoryStore | None = open_store(settings)
    if store is None and out.folder is not None:
        with contextlib.suppress(OSError):
            store = Store(out.folder / _STATE)
    return store


async def run_batch(
    items: Iterable[Item],
    settings: Settings,
    profile: SellerProfile,
    out: Output,
    *,
    batch: str,
    jobs: int = DEFAULT_JOBS,
    on_row: OnRow | None = None,
    tables: bool = True,
) -> list[Row]:
    """Every item's row, in the order they finished; outputs in ``out.folder`` kept up to date (the
    ranked tables only with ``tables``: a worker of a batch spread over processes leaves them to the parent)."""
    notify = on_row or (lambda _e: None)
    store = _store(settings, out)
    done = store.batch_rows(batch) if store is not None else {}
    ranked = Tables(out.folder, out.lang) if out.folder is not None and tables else None
    rows: list[Row] = []

    def finished(row: Row, resumed: bool) -> None:
        rows.append(row)
        if ranked is not None:
            ranked.add(row)
        notify(Event(row, len(rows), resumed))

    try:
        async with open_context(settings, profile, store) as ctx:
            await warm_up(ctx)

            async def work(item: Item) -> None:
                if item.key in done:
                    row_json, report_id = done[item.key]
                    finished(replace(Row.from_json(row_json), history_id=report_id), True)
                else:
                    finished(await research_item(item, ctx, batch, out), False)

            await _each(items, work, max(1, jobs))
    finally:
        if ranked is not None:
            ranked.finish()  # Ctrl-C too: the tables show what is done
    return rows


async def warm_up(ctx: Context) -> None:
    """One offline inquiry first, not saved: the rules, patterns and models load once, here, instead of
    in each of the first inquiries' threads at the same moment (twice the memory, for nothing)."""
    from research import research_async
    from research.enrich import ENRICHERS
    from research.inputs import from_text

    sample = from_text(_WARM_UP, email="buyer@example.com", company="Example Trading")
    await research_async(sample, ctx=ctx, save=False, enrichers=[e for e in ENRICHERS if not e.network])


async def _each(items: Iterable[Item], work: Callable[[Item], Awaitable[None]], jobs: int) -> None:
    """``work`` on every item, ``jobs`` at a time. Items are taken one by one when a worker is free,
    read in a thread of their own (a mailbox or a big sheet reads as it goes, and may block), so
    memory holds the items in work, not the whole source."""
    source = iter(items)
    loop = asyncio.get_running_loop()
    turn = asyncio.Lock()

    async def worker(reader: ThreadPoolExecutor) -> None:
        while True:
            async with turn:
                item = await loop.run_in_executor(reader, next, source, None)
            if item is None:
                return
            await work(item)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="batch-reader") as reader:
        workers = [asyncio.create_task(worker(reader)) for _ in range(jobs)]
        try:
            await asyncio.gather(*workers)
        except BaseException:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            raise
