"""A batch over the machine's cores: the same rows, files and history as one process, each buyer asked once."""

from __future__ import annotations

import asyncio
import csv
import io
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from research.batch import spread
from research.batch.items import Item, read_source
from research.batch.outputs import CSV_NAME, SUMMARY_NAME
from research.batch.run import Event, batch_key, run_batch
from research.batch.work import Output, Row
from research.errors import ResearchError
from research.profile import load_profile
from research.render.i18n import t
from research.settings import Settings
from tests.batch.test_run import _done, history_count
from tests.helpers import lab_settings
from tests.lab.lab import Lab

ROOT = Path(__file__).resolve().parents[2]
ASKS = (
    "Please quote 2,400 pcs ceramic vases, 30 cm, FOB Ningbo.",
    "Urgent: 20,000 units, 60 days payment, send price now.",
    "Send catalog and price list.",
    "Need 500 photo frames with our logo, DDP Hamburg.",
)
DOMAINS = ("harborline-imports.com", "casa-bonita.es", "nordhaus-moebel.de", "maisonvert.fr", "gmail.com")


def sheet(path: Path, count: int, domains: tuple[str, ...] = DOMAINS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["email", "company", "text"])
        for n in range(count):
            domain = domains[n % len(domains)]
            writer.writerow([f"buyer{n}@{domain}", domain.split(".")[0].title(), ASKS[n % len(ASKS)]])
    return path


def spread_run(
    source: Path, settings: Settings, out: Path, processes: int, events: list[Event], jobs: int = 8
) -> list[Row]:
    items = list(read_source(source))
    output = Output(out, "json", "en")
    key = batch_key(source=str(source), out=str(out))
    profile = load_profile("home_decor")
    on_row = events.append
    return spread.run_spread(items, settings, profile, output, batch=key, jobs=jobs, processes=processes, on_row=on_row)


def one_process(source: Path, settings: Settings, out: Path) -> list[Row]:
    items = list(read_source(source))
    key = batch_key(source=str(source), out=str(out))
    output = Output(out, "json", "en")
    return asyncio.run(run_batch(items, settings, load_profile("home_decor"), output, batch=key, jobs=1))


def verdicts(rows: list[Row]) -> dict[str, tuple[object, ...]]:
    return {r.key: (r.category, r.risk, r.authenticity, r.value, r.fit, r.intent, r.reasons, r.error) for r in rows}


def test_each_buyer_is_dealt_to_one_worker_and_the_shares_are_even(tmp_path: Path) -> None:
    items = list(read_source(sheet(tmp_path / "in.csv", 50)))
    shares = spread.deal(items, 2)
    owners = {spread.buyer_of(i): n for n, share in enumerate(shares) for i in share}
    assert sorted(i.key for share in shares for i in share) == sorted(i.key for i in items)  # none lost, none twice
    assert all(owners[spread.buyer_of(i)] == n for n, share in enumerate(shares) for i in share)
    assert abs(len(shares[0]) - len(shares[1])) <= 10  # a buyer's ten inquiries are the most it can tip
    assert [i.number for i in shares[0]] == sorted(i.number for i in shares[0])  # the source's order


def test_the_buyer_of_a_mail_is_its_sender_not_its_recipient(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.eml").write_bytes(
        b"To: sales@our-factory.cn\r\nFrom: Sarah <sarah@Harborline-Imports.com>\r\nSubject: RFQ\r\n\r\nQuote vases."
    )
    (folder / "b.txt").write_text("Hello, from li@casa-bonita.es: 500 vases please.", encoding="utf-8")
    (folder / "c.txt").write_text("No address at all, only a request for vases.", encoding="utf-8")
    (folder / "d.txt").write_text("From: Tom <Tom.Lee@gmail.com>\n\nNeed vases.", encoding="utf-8")
    items = {Path(i.label).name: i for i in read_source(folder)}
    by_name = {name: spread.buyer_of(i) for name, i in items.items()}
    assert by_name["a.eml"] == "harborline-imports.com" and by_name["b.txt"] == "casa-bonita.es"
    assert by_name["c.txt"] == items["c.txt"].key.lower()  # no sender: a buyer of its own
    assert by_name["d.txt"] == "tom.lee@gmail.com"  # every Gmail user is not one buyer
    assert spread.buyer_of(Item("k", "row 2", 2, "fields", {"company": " Best Trading "})) == "best trading"


def test_a_small_batch_stays_in_one_process_and_one_worker_is_never_forked() -> None:
    assert spread.workers_for(10, None) == 1
    assert spread.workers_for(500, 1) == 1
    assert spread.workers_for(500, 4) == 4
    assert spread.workers_for(60, 8) == 3  # not a worker for a handful of items


def test_limits_per_remote_host_are_shared_between_the_workers() -> None:
    settings = spread.divided(Settings(max_connections_per_site=4, max_whois_per_server=8), 2)
    assert (settings.max_connections_per_site, settings.max_whois_per_server) == (2, 4)
    assert spread.divided(Settings(max_connections_per_site=1), 4).max_connections_per_site == 1


def test_two_workers_give_the_rows_files_and_history_of_one_process(tmp_path: Path) -> None:
    source = sheet(tmp_path / "in.csv", 44)
    alone = one_process(source, Settings(cache_dir=tmp_path / "one", offline=True, lang="en"), tmp_path / "one-out")
    settings = Settings(cache_dir=tmp_path / "cache", offline=True, lang="en")
    events: list[Event] = []
    # One at a time in each worker: a buyer's earlier inquiries are in the history ("seen before") in
    # the same order as in one process, so every verdict must be the same, whatever process it ran in.
    rows = spread_run(source, settings, tmp_path / "out", 2, events, jobs=2)
    assert verdicts(rows) == verdicts(alone)
    assert [e.done for e in events] == list(range(1, 45)) and not any(e.resumed for e in events)
    assert len(list((tmp_path / "out" / "reports").iterdir())) == 44
    table = list(csv.reader(io.StringIO((tmp_path / "out" / CSV_NAME).read_text("utf-8-sig"))))
    assert [r[0] for r in table[1:]] == [str(n) for n in range(1, 45)]  # one ranking over both workers' rows
    assert "44 inquiries: 44 researched" in (tmp_path / "out" / SUMMARY_NAME).read_text("utf-8")
    assert history_count(tmp_path / "cache") == 44 and all(r.history_id for r in rows)
    again: list[Event] = []
    spread_run(source, settings, tmp_path / "out", 2, again)
    assert len(again) == 44 and all(e.resumed for e in again) and history_count(tmp_path / "cache") == 44


def test_each_buyer_is_asked_once_across_the_workers(lab: Lab, tmp_path: Path) -> None:
    settings = lab_settings(lab, tmp_path / "cache", cache_enabled=False, lang="en")  # no cache: only sharing
    source = sheet(tmp_path / "in.csv", 40, ("harborline-imports.com", "casa-bonita.es"))
    seen = len(lab.timeline)
    rows = spread_run(source, settings, tmp_path / "out", 2, [])
    asked = Counter((r.kind, r.what) for r in lab.timeline[seen:])
    assert len(rows) == 40 and not any(r.error for r in rows)
    for domain in ("harborline-imports.com", "casa-bonita.es"):  # twenty inquiries each, one worker each
        assert asked[("dns", f"{domain} MX")] == 1 and asked[("http", f"https://{domain}/")] == 1


def test_a_worker_that_fails_is_the_reps_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: object, **_kwargs: object) -> list[Row]:
        raise ResearchError("database is locked", code="store.unavailable")

    monkeypatch.setattr(spread, "run_batch", broken)  # the workers are forked: they run this one
    with pytest.raises(ResearchError) as raised:
        spread_run(sheet(tmp_path / "in.csv", 40), Settings(cache_dir=tmp_path, offline=True), tmp_path / "out", 2, [])
    assert raised.value.code == "store.unavailable" and str(raised.value) == "database is locked"


def test_a_worker_killed_by_the_system_is_said_and_the_next_run_finishes(tmp_path: Path) -> None:
    source = sheet(tmp_path / "in.csv", 60)
    settings = Settings(cache_dir=tmp_path / "cache", offline=True, lang="en")
    events: list[Event] = []

    def kill_one(event: Event) -> None:  # what the kernel's out-of-memory killer does to one worker
        events.append(event)
        if len(events) == 1:
            worker = multiprocessing.active_children()[0].pid  # a worker, not a server a test started
            assert worker is not None
            os.kill(worker, signal.SIGKILL)

    items = list(read_source(source))
    key = batch_key(source=str(source), out=str(tmp_path / "out"))
    output = Output(tmp_path / "out", "json", "en")
    with pytest.raises(ResearchError) as raised:
        spread.run_spread(items, settings, load_profile("home_decor"), output, batch=key, processes=2, on_row=kill_one)
    assert raised.value.code == "batch.worker_died" and raised.value.params["how"] == "SIGKILL"
    message = t(raised.value.code, "en", raised.value.message_params())
    assert "run the same command again" in message and "SIGKILL" in message
    assert len(events) < 60
    again: list[Event] = []
    spread_run(source, settings, tmp_path / "out", 2, again)
    assert len(again) == 60 and history_count(tmp_path / "cache") == 60  # nothing lost, nothing twice


@pytest.mark.parametrize("processes", [1, 2])
def test_killed_with_kill_9_its_workers_die_too_and_it_goes_on_where_it_stopped(tmp_path: Path, processes: int) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n in range(60):
        (folder / f"{n:02d}.txt").write_text(
            f"From: buyer{n}@shop{n % 6}.es\nSubject: RFQ {n}\n\nPlease quote {100 + n} vases, FOB Ningbo.",
            encoding="utf-8",
        )
    env = {**os.environ, "RESEARCH_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "research", "batch", str(folder), "--offline", "--jobs", "2", "--no-progress"]
    cmd += ["--out-dir", str(tmp_path / "out"), "--format", "json", "--processes", str(processes)]
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _done(tmp_path) < 5:
        time.sleep(0.05)
    workers = _children(child.pid)
    assert len(workers) == (processes if processes > 1 else 0)
    child.send_signal(signal.SIGKILL)
    child.wait()
    time.sleep(0.5)
    assert not [p for p in workers if _alive(p)]  # no worker goes on researching without its parent
    killed_at = _done(tmp_path)
    assert 5 <= killed_at < 60, "the batch finished before it could be killed: give it more items"
    done = subprocess.run([*cmd, "--summary", "csv"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _done(tmp_path) == 60 and history_count(tmp_path / "cache") == 60  # nothing lost, nothing twice
    assert len(list(csv.reader(io.StringIO(done.stdout)))) == 61


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(c) for c in task.read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
