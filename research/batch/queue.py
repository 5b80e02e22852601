"""A batch shared by worker processes and machines: each item a task on Redis, each result in the team's database.

``python -m research batch SOURCE --queue`` reads the source as a local batch does, sends every item not
yet done as a Dramatiq message (``tasks.research_job``), and waits: as workers finish items (they push the
item's key to a Redis list), it writes each report file and the ranked tables, exactly as a local batch.
``python -m research worker`` starts the workers (``run_workers``), on any machine that reaches the same
PostgreSQL and Redis.

Why Dramatiq (pinned in requirements.txt) over Celery: a small library whose Redis broker acknowledges a
message only when its task is done and gives a dead worker's messages to another (heartbeats), retries with
backoff, and runs ``async def`` tasks on one event loop per process, which is what our batch needs: one
context per process (one HTTP client, resolver and WHOIS client, the rules loaded once) shared by the
tasks in flight. Celery brings kombu, billiard and a visibility timeout that re-delivers long tasks.

Resumable as a local batch: the unit of work is ``work.research_item``, recorded with its report in one
transaction under the batch's key (``finish_batch_item``); a task delivered twice finds its item done and
does nothing. Run the same command again after any stop: items done are skipped, the rest sent again.

Per-host limits: each worker process keeps the local batch's limits (``max_connections_per_site``,
``max_whois_per_server``) for its own requests. ``run_workers`` divides them between the processes it
starts, so one machine asks a site no more at once than one local batch does; N machines running workers
ask it up to N times that (the README says so; a shared limiter in Redis would be the next step).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from research.batch.items import Item
from research.batch.outputs import Tables
from research.batch.run import Event, OnRow
from research.batch.work import Output, Row, write_atomic
from research.errors import ConfigError
from research.settings import Settings
from research.store_api import HistoryStore

QUEUE = "research-batch"
ACTOR = "research_job"
NAMESPACE = "research-dramatiq"
DONE_TTL_S = 7 * 86400  # a batch's list of finished keys, kept a week for a late collector
POLL_S = 1.0
RESCAN_QUIET = 15  # quiet polls before the whole batch is read from the database again


def done_key(batch: str) -> str:
    return f"research:batch-done:{batch}"


@dataclass(frozen=True)
class Job:
    """What a worker needs for one item: the item itself, how to write its row, which run it belongs to."""

    batch: str
    item: Item
    out: Output  # folder None: the collector writes the report files, wherever it runs
    profile_name: str
    profile_toml: str
    offline: bool

    def run_key(self) -> str:
        """Items of one run share a context in a worker: same profile, same settings."""
        text = json.dumps([self.profile_name, self.profile_toml, self.offline, self.out.lang], ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def to_message(self) -> dict[str, Any]:
        data = self.item.data
        return {
            "batch": self.batch,
            "item": {
                "key": self.item.key,
                "label": self.item.label,
                "number": self.item.number,
                "kind": self.item.kind,
                "bytes": base64.b64encode(data).decode("ascii") if isinstance(data, bytes) else None,
                "fields": None if isinstance(data, bytes) else dict(data),
                "error": self.item.error,
                "params": {k: str(v) for k, v in self.item.params.items()},
            },
            "out": {"fmt": self.out.fmt, "lang": self.out.lang, "save": True, "rep": self.out.rep},
            "profile": {"name": self.profile_name, "toml": self.profile_toml},
            "offline": self.offline,
        }

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> Job:
        i, o = message["item"], message["out"]
        data: bytes | dict[str, str] = base64.b64decode(i["bytes"]) if i["bytes"] is not None else i["fields"]
        item = Item(i["key"], i["label"], int(i["number"]), i["kind"], data, i["error"], i["params"])
        out = Output(None, o["fmt"], o["lang"], save=True, rep=o["rep"])
        profile = message["profile"]
        return cls(message["batch"], item, out, profile["name"], profile["toml"], bool(message["offline"]))


def broker(url: str) -> Any:
    """The Dramatiq broker on the team's Redis (the producer's; a worker's is set up in tasks.py)."""
    from dramatiq.brokers.redis import RedisBroker

    made = RedisBroker(url=url, namespace=NAMESPACE)  # type: ignore[no-untyped-call]
    made.declare_queue(QUEUE)
    return made


def profile_source(spec: str) -> tuple[str, str]:
    """The profile's name and TOML text, sent with each task: workers on other machines need not have it."""
    from research.profile import PROFILES_DIR

    if not spec:
        return "default", ""
    path = Path(spec)
    if not path.exists() and (PROFILES_DIR / f"{path.name}.toml").exists():
        path = PROFILES_DIR / f"{path.name}.toml"
    return path.stem, path.read_text("utf-8")


def _needs_servers(settings: Settings) -> None:
    if not (settings.database_url and settings.redis_url):
        raise ConfigError("queue", code="queue.needs_servers")


def run_queued(
    items: Iterable[Item],
    settings: Settings,
    profile_spec: str,
    out: Output,
    *,
    batch: str,
    on_row: OnRow | None = None,
    timeout_s: float | None = None,
) -> list[Row]:
    """Send what is not done, then collect every row as workers finish; tables and reports as a local batch."""
    import redis
    from dramatiq import Message

    from research.context import open_store

    _needs_servers(settings)
    store = open_store(settings)
    assert store is not None  # a database_url gives PgStore or raises StoreError
    done = store.batch_rows(batch)
    name, toml = profile_source(profile_spec)
    send = broker(settings.redis_url)
    client = redis.Redis.from_url(settings.redis_url)
    keys: list[str] = []
    try:
        for item in items:
            keys.append(item.key)
            if item.key not in done:
                job = Job(batch, item, replace(out, folder=None), name, toml, settings.offline)
                send.enqueue(
                    Message(queue_name=QUEUE, actor_name=ACTOR, args=(job.to_message(),), kwargs={}, options={})
                )
        return _collect(keys, store, client, out, batch, on_row or (lambda _e: None), timeout_s)
    finally:
        client.close()
        send.close()


def _collect(
    keys: list[str],
    store: HistoryStore,
    client: Any,
    out: Output,
    batch: str,
    notify: Callable[[Event], None],
    timeout_s: float | None,
) -> list[Row]:
    tables = Tables(out.folder, out.lang) if out.folder is not None else None
    wanted, rows, seen = set(keys), [], set[str]()
    started = time.monotonic()
    try:
        for row, resumed in _finished(store, client, batch, wanted, seen, started, timeout_s):
            row = _with_report_file(store, row, out)
            rows.append(row)
            if tables is not None:
                tables.add(row)
            notify(Event(row, len(rows), resumed))
    finally:
        if tables is not None:
            tables.finish()
    return rows


def _finished(
    store: HistoryStore,
    client: Any,
    batch: str,
    wanted: set[str],
    seen: set[str],
    started: float,
    timeout_s: float | None,
) -> Iterator[tuple[Row, bool]]:
    """Rows as they are done: first those of earlier runs, then each key a worker announces."""
    for key, (row_json, report_id) in store.batch_rows(batch).items():
        if key in wanted and key not in seen:
            seen.add(key)
            yield replace(Row.from_json(row_json), history_id=report_id), True
    quiet = 0
    while seen != wanted:
        if timeout_s is not None and time.monotonic() - started > timeout_s:
            raise TimeoutError(f"{len(wanted - seen)} items not done after {timeout_s:.0f} s")
        popped = client.blpop([done_key(batch)], timeout=POLL_S)
        fresh: dict[str, tuple[str, int]] = {}
        if popped is not None:
            quiet, key = 0, popped[1].decode("utf-8")
            if key in wanted and key not in seen and (found := store.batch_row(batch, key)) is not None:
                fresh[key] = found
        elif (quiet := quiet + 1) % RESCAN_QUIET == 0:  # announcements lost (Redis restarted): ask the database
            fresh = {k: v for k, v in store.batch_rows(batch).items() if k in wanted and k not in seen}
        for key, (row_json, report_id) in fresh.items():
            seen.add(key)
            yield replace(Row.from_json(row_json), history_id=report_id), False


def _with_report_file(store: HistoryStore, row: Row, out: Output) -> Row:
    """The full report, written where the collector runs, from the history the worker saved it to."""
    if out.folder is None or not row.history_id or row.error:
        return row
    from research.batch.work import report_file_name
    from research.render.formats import render_text
    from research.serialize import loads

    text = store.report_json(row.history_id)
    if text is None:
        return row
    report = loads(text)
    name = report_file_name(row.number, row.item, report, out.fmt)
    path = out.folder / "reports" / name
    if not path.exists():
        write_atomic(path, render_text(report, out.fmt, out.lang))
    return replace(row, report=f"reports/{name}")


def announce(url: str, batch: str, key: str) -> None:
    """A worker's word that ``key`` is done (in the database already): the collector wakes at once."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        with client.pipeline() as pipe:
            pipe.rpush(done_key(batch), key)
            pipe.expire(done_key(batch), DONE_TTL_S)
            pipe.execute()
    finally:
        client.close()


def run_workers(settings: Settings, *, processes: int, threads: int) -> int:
    """Start ``processes`` Dramatiq worker processes of ``threads`` tasks each (blocks until stopped)."""
    from dramatiq.cli import main, make_argument_parser

    _needs_servers(settings)
    # One machine asks a site or a WHOIS server no more at once than one local batch does.
    os.environ["RESEARCH_MAX_CONNECTIONS_PER_SITE"] = str(max(1, settings.max_connections_per_site // processes))
    os.environ["RESEARCH_MAX_WHOIS_PER_SERVER"] = str(max(1, settings.max_whois_per_server // processes))
    argv = ["research.batch.tasks", "--processes", str(processes), "--threads", str(threads), "--queues", QUEUE]
    with contextlib.suppress(KeyboardInterrupt):
        parsed = make_argument_parser().parse_args(argv)  # type: ignore[no-untyped-call]
        return int(main(parsed) or 0)  # type: ignore[no-untyped-call]
    return 0
