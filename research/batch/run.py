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
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from research.batch.items import Item
from research.batch.outputs import Tables
from research.batch.work import Output, Row, research_item
from research.context import open_context, open_store
from research.settings import Settings
from research.store import Store
from research.types import SellerProfile

DEFAULT_JOBS = 32  # inquiries in flight: each mostly waits on the network, the rest share one CPU
_STATE = "batch-state.sqlite3"  # the record of what is done, when the history cannot be written


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


def _store(settings: Settings, out: Output) -> Store | None:
    store = open_store(settings)
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
) -> list[Row]:
    """Every item's row, in the order they finished; outputs in ``out.folder`` kept up to date."""
    notify = on_row or (lambda _e: None)
    store = _store(settings, out)
    done = store.batch_rows(batch) if store is not None else {}
    tables = Tables(out.folder, out.lang) if out.folder is not None else None
    rows: list[Row] = []

    def finished(row: Row, resumed: bool) -> None:
        rows.append(row)
        if tables is not None:
            tables.add(row)
        notify(Event(row, len(rows), resumed))

    try:
        async with open_context(settings, profile, store) as ctx:

            async def work(item: Item) -> None:
                if item.key in done:
                    row_json, report_id = done[item.key]
                    finished(replace(Row.from_json(row_json), history_id=report_id), True)
                else:
                    finished(await research_item(item, ctx, batch, out), False)

            await _each(items, work, max(1, jobs))
    finally:
        if tables is not None:
            tables.finish()  # Ctrl-C too: the tables show what is done
    return rows


async def _each(items: Iterable[Item], work: Callable[[Item], object], jobs: int) -> None:
    """``work`` on every item, ``jobs`` at a time. Items are read in a thread (a mailbox or a big sheet
    reads as it goes) and handed over through a short queue, so memory holds a few items, not all."""
    queue: asyncio.Queue[Item | None] = asyncio.Queue(maxsize=jobs * 2)
    loop = asyncio.get_running_loop()
    stop = threading.Event()

    def put(item: Item | None) -> bool:
        while not stop.is_set():
            handed = asyncio.run_coroutine_threadsafe(queue.put(item), loop)
            try:
                handed.result(timeout=0.5)
                return True
            except TimeoutError:  # the queue is full: wait, unless the batch is stopping
                handed.cancel()
            except RuntimeError:  # the loop is gone
                return False
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
        finally:
            for _ in range(jobs):
                put(None)

    async def worker() -> None:
        while (item := await queue.get()) is not None:
            await work(item)  # type: ignore[misc]

    reader = loop.run_in_executor(None, produce)
    workers = [asyncio.create_task(worker()) for _ in range(jobs)]
    try:
        await asyncio.gather(*workers)
        await reader
    except BaseException:
        stop.set()
        for task in workers:
            task.cancel()
        _drain(queue)
        raise


def _drain(queue: asyncio.Queue[Item | None]) -> None:
    while not queue.empty():
        queue.get_nowait()
