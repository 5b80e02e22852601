"""A batch shared by worker processes through Dramatiq on a real Redis, results in a real PostgreSQL: every item
done once, the tables and reports as a local batch's, resumable, a task delivered twice saved once."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from research.batch.items import Item, read_source
from research.batch.outputs import CSV_NAME
from research.batch.queue import Job, run_queued
from research.batch.run import Event, batch_key
from research.batch.work import Output
from research.settings import Settings
from tests.batch.test_run import write_csv
from tests.lab.postgres_server import PostgresServer
from tests.lab.redis_server import RedisServer

ROOT = Path(__file__).resolve().parents[2]
BUYERS = tuple(
    (f"buyer{n}@casa-bonita.es", "Casa Bonita", f"Please quote {100 + n} vases, 30 cm, FOB Ningbo.") for n in range(12)
)


@pytest.fixture
def servers(postgres_server: PostgresServer, redis_server: RedisServer, tmp_path: Path) -> dict[str, str]:
    n = len(list(tmp_path.parent.iterdir())) % 14 + 1  # a Redis db of this test's own
    return {
        "RESEARCH_DATABASE_URL": postgres_server.create_database(f"queue_{tmp_path.name[-24:].replace('-', '_')}"),
        "RESEARCH_REDIS_URL": redis_server.url_for(n),
        "RESEARCH_CACHE_DIR": str(tmp_path / "cache"),
    }


def _start_workers(
    servers: dict[str, str], tmp_path: Path, processes: int = 2, threads: int = 4
) -> subprocess.Popen[bytes]:
    """``research worker`` in a process group of its own (its Dramatiq worker processes with it)."""
    env = {**os.environ, **servers, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "research", "worker", "--processes", str(processes), "--threads", str(threads)]
    with (tmp_path / "workers.log").open("ab") as log:
        return subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def _stop(child: subprocess.Popen[bytes], sig: signal.Signals = signal.SIGTERM) -> None:
    if child.poll() is None:
        os.killpg(child.pid, sig)
    try:
        child.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()


@pytest.fixture
def workers(servers: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    child = _start_workers(servers, tmp_path)
    yield child
    _stop(child)


def _settings(servers: dict[str, str]) -> Settings:
    return Settings(
        database_url=servers["RESEARCH_DATABASE_URL"],
        redis_url=servers["RESEARCH_REDIS_URL"],
        cache_dir=Path(servers["RESEARCH_CACHE_DIR"]),
        offline=True,
        lang="en",
    )


def _run(source: Path, settings: Settings, out: Path, events: list[Event]) -> list[object]:
    return _run_with(source, settings, out, events.append)


def _run_with(source: Path, settings: Settings, out: Path, on_row: Callable[[Event], None]) -> list[object]:
    items = list(read_source(source))
    key = batch_key(source=str(source), out=str(out), queue=True)
    output = Output(out, "json", "en", rep="王小明")
    return run_queued(items, settings, "home_decor", output, batch=key, on_row=on_row, timeout_s=150)  # type: ignore[return-value]


@pytest.mark.slow
def test_workers_share_a_batch_and_a_second_run_does_nothing_twice(
    servers: dict[str, str], workers: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    from research.store_pg import PgStore

    settings = _settings(servers)
    source = write_csv(tmp_path / "in.csv", BUYERS)
    first: list[Event] = []
    rows = _run(source, settings, tmp_path / "out", first)
    assert len(rows) == 12 and not any(e.resumed for e in first)
    table = list(csv.reader(io.StringIO((tmp_path / "out" / CSV_NAME).read_text("utf-8-sig"))))
    assert len(table) == 13 and all((tmp_path / "out" / r[13]).is_file() for r in table[1:])
    store = PgStore(settings.database_url)
    saved = store.search("casa-bonita", limit=100)
    assert len(saved) == 12 and {r.rep for r in saved} == {"王小明"}

    again: list[Event] = []
    _run(source, settings, tmp_path / "out", again)
    assert len(again) == 12 and all(e.resumed for e in again)
    assert len(store.search("casa-bonita", limit=100)) == 12  # nothing researched or saved twice
    store.close()


class _Stopped(Exception):
    """The collector stopped with the workers (the server lost its power)."""


@pytest.mark.slow
def test_workers_killed_mid_batch_and_restarted_lose_nothing_and_double_nothing(
    servers: dict[str, str], tmp_path: Path
) -> None:
    from research.store_pg import PgStore

    settings = _settings(servers)
    buyers = tuple(
        (f"lead{n}@casa-bonita.es", "Casa Bonita", f"Please quote {200 + n} vases, FOB Ningbo.") for n in range(30)
    )
    source = write_csv(tmp_path / "in.csv", buyers)
    child = _start_workers(servers, tmp_path, processes=1, threads=2)
    first: list[Event] = []

    def power_cut(event: Event) -> None:
        first.append(event)
        if len(first) == 3:
            _stop(child, signal.SIGKILL)  # no goodbye: tasks in flight die with the workers
            raise _Stopped

    with pytest.raises(_Stopped):
        _run_with(source, settings, tmp_path / "out", power_cut)
    store = PgStore(settings.database_url)
    before = len(store.search("casa-bonita", limit=100))
    assert 3 <= before < 30  # the cut came mid-batch

    child = _start_workers(servers, tmp_path, processes=2, threads=4)
    try:
        again: list[Event] = []
        rows = _run_with(source, settings, tmp_path / "out", again.append)
    finally:
        _stop(child)
    assert len(rows) == 30 and sum(e.resumed for e in again) >= before
    saved = store.search("casa-bonita", limit=100)
    assert sorted(r.email for r in saved) == sorted(b[0] for b in buyers)  # each buyer once, none lost
    table = list(csv.reader(io.StringIO((tmp_path / "out" / CSV_NAME).read_text("utf-8-sig"))))
    assert len(table) == 31 and len({r[13] for r in table[1:]}) == 30
    store.close()


def test_a_task_delivered_twice_saves_one_report(servers: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in servers.items():
        monkeypatch.setenv(name, value)
    import asyncio

    from research.batch import tasks
    from research.store_pg import PgStore

    settings = _settings(servers)
    (item,) = read_source(write_csv(Path(servers["RESEARCH_CACHE_DIR"]).parent / "one.csv", BUYERS[:1]))
    message = Job("b1", item, Output(None, "json", "en"), "default", "", True).to_message()

    async def twice() -> None:
        await asyncio.gather(tasks.run_job(message, settings), tasks.run_job(message, settings))

    asyncio.run(twice())
    assert len(PgStore(settings.database_url).search("casa-bonita")) == 1


def test_a_job_crosses_the_queue_whole() -> None:
    mail = Item("inbox/a.eml#1", "inbox/a.eml", 1, "eml", b"From: a@b.com\r\n\r\n\xff\xfe bytes")
    row = Item("leads.csv#2", "leads.csv row 2", 2, "fields", {"email": "li@qq.com", "text": "500 pcs"})
    bad = Item("leads.csv#3", "leads.csv row 3", 3, "fields", {}, error="input.nothing", params={"row": 3})
    for item in (mail, row, bad):
        job = Job("batch:1", item, Output(None, "html", "zh", rep="李娜"), "decor", "[company]\nname='X'", False)
        back = Job.from_message(job.to_message())
        assert back == replace(job, item=replace(item, params={k: str(v) for k, v in item.params.items()}))


def test_a_shared_batch_without_the_team_servers_is_refused(tmp_path: Path) -> None:
    from research.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        run_queued([], Settings(cache_dir=tmp_path), "", Output(None), batch="b")
    assert caught.value.code == "queue.needs_servers"


def test_the_pages_batch_on_a_team_server_is_done_by_the_teams_workers(
    servers: dict[str, str], workers: subprocess.Popen[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch tab's run (research.batch.job) with --queue: the rows it watches come from the workers."""
    import time

    from research.batch import job
    from research.store_pg import connect, disconnect

    for name, value in servers.items():
        monkeypatch.setenv(name, value)
    run = job.Job(write_csv(tmp_path / "in.csv", BUYERS), tmp_path / "out", "en", offline=True, queue=True)
    process = job.start(run)
    deadline = time.monotonic() + 120
    while (progress := job.watch(run.folder, process)).running:
        assert time.monotonic() < deadline, (tmp_path / "out" / job.LOG_NAME).read_text()
        time.sleep(0.3)
    rows = job.read_rows(run.folder / job.ROWS_NAME)
    assert progress.failure == "" and progress.seen.done == len(rows) == len(BUYERS)
    assert all(r.history_id and (run.folder / r.report).is_file() for r in rows)
    try:
        saved = connect(servers["RESEARCH_DATABASE_URL"]).search("casa-bonita", limit=100)
        assert len(saved) == len(BUYERS)  # in the team's history, saved by the workers
    finally:
        disconnect(servers["RESEARCH_DATABASE_URL"])
