"""The SQLite store: TTLs, history, and two processes writing at once."""

from __future__ import annotations

import multiprocessing as mp
import time
from pathlib import Path

import pytest

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


def _saved(store: Store, **meta: str) -> int:
    base = {"created_at": "2026-11-02T10:00:00+00:00", "email": "karen@harborline-imports.com", "category": "A"}
    return store.save_report({**base, **meta}, "{}")


def test_an_old_database_is_migrated_once_and_keeps_its_reports(tmp_path: Path) -> None:
    import sqlite3

    from research.store import _SCHEMA, SCHEMA_VERSION

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:  # a history written before the migrations existed
        db.executescript(_SCHEMA)
        db.execute(
            "INSERT INTO reports(created_at, email, category, report) VALUES ('2026-01-01', 'a@b.com', 'B', '{}')"
        )
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION == Store(path).migrate()
    assert [r.email for r in store.search("a@b")] == ["a@b.com"]


def test_delete_override_and_correct_need_a_reason_and_leave_a_trail(tmp_path: Path) -> None:
    store = Store(tmp_path / "h.sqlite3")
    typo = _saved(store, category="X", phone="+12145550147", inquiry_key="k1")
    good = _saved(store, phone="+12145550147", inquiry_key="k2")
    assert [r.category for r in store.seen_before(phone="+12145550147", before_id=good)] == ["X"]
    store.delete_report(typo, reason="typo in the e-mail", by="王小明")
    assert store.seen_before(phone="+12145550147", before_id=good) == []
    assert store.search("karen") == [store.row(good)]
    assert [r.id for r in store.search("karen", include_deleted=True)] == [good, typo]
    with pytest.raises(ValueError):
        store.override_verdict(good, "B", reason=" ")
    store.override_verdict(good, "B", reason="no BSCI after all", by="Manager Li")
    row = store.row(good)
    assert row is not None and (row.category, row.original_category, row.override_reason) == (
        "B",
        "A",
        "no BSCI after all",
    )
    store.correct_report(good, {"company": "Harborline Imports LLC"}, reason="from the signature", by="王小明")
    assert [(e.action, e.by_whom) for e in store.events(report_id=good)] == [
        ("correct", "王小明"),
        ("override", "Manager Li"),
    ]
    assert [(e.action, e.reason) for e in store.events(report_id=typo)] == [("delete", "typo in the e-mail")]


def test_reruns_of_one_inquiry_are_not_new_evidence(tmp_path: Path) -> None:
    store = Store(tmp_path / "h.sqlite3")
    for _ in range(3):
        _saved(store, inquiry_key="same")
    assert store.seen_before(email="karen@harborline-imports.com", inquiry_key="same") == []
    assert len(store.seen_before(email="karen@harborline-imports.com", inquiry_key="another")) == 1


def test_search_by_name_phone_as_written_and_product_then_export(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from research.history_export import to_csv, to_xlsx

    store = Store(tmp_path / "h.sqlite3")
    rid = _saved(store, company="Harborline Imports LLC", display_name="Karen Mitchell", phone="+12145550147",
                 phone_written="+1 (214) 555-0147", products="Ceramic vases, Soy scented candles")  # fmt: skip
    for text in ("karen mitchell", "214-555-0147", "(214) 555 0147", "scented candles", "HARBORLINE"):
        assert [r.id for r in store.search(text)] == [rid], text
    assert store.search("555-9999") == []
    csv_text = to_csv(store.export_rows()).decode("utf-8-sig")
    assert "Ceramic vases" in csv_text and "'+1 (214) 555-0147" in csv_text  # no formula in Excel
    import io

    sheet = load_workbook(io.BytesIO(to_xlsx(store.export_rows()))).active
    assert sheet is not None and sheet["C2"].value == "karen@harborline-imports.com"
    _saved(store, email="li@other.cn")  # no phone at all: a search for a name must not find it either
    assert store.search("nobody-like-this") == []


def test_known_customers_and_notes_belong_to_the_buyer(tmp_path: Path) -> None:
    from research.store import buyer_key

    store = Store(tmp_path / "h.sqlite3")
    key = buyer_key(email="Karen@Harborline-Imports.com")
    store.mark_known_customer(key, reason="orders since 2021", by="Manager Li")
    known = store.known_customer(key)
    assert known is not None and known.reason == "orders since 2021"
    store.add_note(key, "prefers WeChat", by="王小明")
    assert [n.text for n in store.notes(key)] == ["prefers WeChat"]
    store.mark_known_customer(key, known=False, reason="stopped paying", by="Manager Li")
    assert store.known_customer(key) is None


def test_a_shared_mail_domain_links_nobody(tmp_path: Path) -> None:
    """Issue 16: two strangers on gmail.com were shown as "seen before" on each other's report."""
    store = Store(tmp_path / "h.sqlite3")
    _saved(store, email="tom.baker.buying@gmail.com", domain="gmail.com", category="X")
    assert store.seen_before(email="lucia.casabonita@gmail.com", domain="gmail.com") == []
    same_company = _saved(store, email="li@acme-tools.de", domain="acme-tools.de")
    assert [r.id for r in store.seen_before(email="max@acme-tools.de", domain="acme-tools.de")] == [same_company]
