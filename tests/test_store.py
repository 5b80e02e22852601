"""The SQLite store: TTLs, history, and two processes writing at once."""

from __future__ import annotations

import multiprocessing as mp
import time
from pathlib import Path

from research.store import Store


def test_cache_entries_expire(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    store.put("dns", "a|MX", {"v": 1}, ttl_s=0.2)
    assert store.get("dns", "a|MX") == {"v": 1}
    time.sleep(0.3)
    assert store.get("dns", "a|MX") is None
    assert store.purge_expired() == 1


def test_disabled_store_neither_reads_nor_writes(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    Store(path).put("http", "k", "old", 60)
    off = Store(path, enabled=False)
    assert off.get("http", "k") is None
    off.put("http", "k2", "new", 60)
    assert Store(path).get("http", "k2") is None


def _writer(path: str, worker: int, n: int) -> None:
    store = Store(Path(path))
    for i in range(n):
        store.put("http", f"{worker}-{i}", {"i": i}, 60)
        store.save_report({"email": f"w{worker}@x.com", "created_at": f"2026-01-01T00:00:{i % 60:02d}"}, "{}")


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    Store(path)
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), w, 150)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    store = Store(path)
    assert all(store.get("http", f"{w}-149") == {"i": 149} for w in range(2))
    assert len(store.search("", limit=1000)) == 300


def test_history_search_annotate_and_seen_before(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    first = store.save_report(
        {"email": "li@scam.com", "domain": "scam.com", "category": "X", "created_at": "2026-01-02"}, "{}"
    )
    second = store.save_report(
        {"email": "other@scam.com", "domain": "scam.com", "category": "B", "created_at": "2026-02-03"}, "{}"
    )
    store.annotate(first, note="asked for a visa letter", stars=9)
    (row,) = [r for r in store.search("li@scam") if r.id == first]
    assert row.note == "asked for a visa letter" and row.stars == 5
    assert [r.id for r in store.seen_before(domain="SCAM.com", before_id=second)] == [first]
    assert store.seen_before() == []
    assert [r.id for r in store.search("", since="2026-02-01")] == [second]
