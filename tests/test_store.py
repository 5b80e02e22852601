"""The history store on both backends (SQLite and PostgreSQL): TTLs, history, migrations, approvals, and two
processes writing at once. Every test taking ``backend`` runs once on each."""

from __future__ import annotations

import multiprocessing as mp
import time
from pathlib import Path

import pytest

from research.store import Store
from research.store_api import HistoryStore
from tests.store_backends import Backend


def test_cache_entries_expire(backend: Backend) -> None:
    store = backend.open()
    store.put("dns", "a|MX", {"v": 1}, ttl_s=0.2)
    assert store.get("dns", "a|MX") == {"v": 1}
    time.sleep(0.3)
    assert store.get("dns", "a|MX") is None
    assert store.purge_expired() == 1


def test_disabled_store_neither_reads_nor_writes(backend: Backend) -> None:
    backend.open().put("http", "k", "old", 60)
    off = backend.open(enabled=False)
    assert off.get("http", "k") is None
    off.put("http", "k2", "new", 60)
    assert backend.open().get("http", "k2") is None


def _writer(path: str, url: str, worker: int, n: int) -> None:
    from research.store_pg import PgStore

    store: HistoryStore = PgStore(url, max_size=2) if url else Store(Path(path))
    for i in range(n):
        store.put("http", f"{worker}-{i}", {"i": i}, 60)
        store.save_report({"email": f"w{worker}@x.com", "created_at": f"2026-01-01T00:00:{i % 60:02d}"}, "{}")


def test_two_processes_write_at_once(backend: Backend) -> None:
    backend.open()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(backend.sqlite_path), backend.url, w, 150)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    store = backend.open()
    assert all(store.get("http", f"{w}-149") == {"i": 149} for w in range(2))
    assert len(store.search("", limit=1000)) == 300


def test_history_search_annotate_and_seen_before(backend: Backend) -> None:
    store = backend.open()
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


def _saved(store: HistoryStore, **meta: str) -> int:
    base = {"created_at": "2026-11-02T10:00:00+00:00", "email": "karen@harborline-imports.com", "category": "A"}
    return store.save_report({**base, **meta}, "{}")


def test_an_old_database_is_migrated_once_and_keeps_its_reports(backend: Backend) -> None:
    from research.store import SCHEMA_VERSION

    _first_schema(backend)  # a history written before the migrations existed, with one report
    store = backend.open()
    assert store.schema_version() == SCHEMA_VERSION == backend.open().migrate()
    (row,) = store.search("a@b")
    assert (row.email, row.company_key) == ("a@b.com", "harborline imports")  # keys filled in for old reports


def _first_schema(backend: Backend) -> None:
    insert = (
        "INSERT INTO reports(created_at, email, company, category, report)"
        " VALUES ('2026-01-01', 'a@b.com', 'Harborline Imports LLC', 'B', '{}')"
    )
    if backend.name == "sqlite":
        import sqlite3

        from research.store import _SCHEMA

        backend.sqlite_path.parent.mkdir(parents=True)
        with sqlite3.connect(backend.sqlite_path) as db:
            db.executescript(_SCHEMA)
            db.execute(insert)
        return
    import psycopg

    from research.store_pg import MIGRATIONS

    with psycopg.connect(backend.url) as db:
        for statement in filter(str.strip, MIGRATIONS[0][1].split(";")):
            db.execute(statement)
        db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
        db.execute("INSERT INTO schema_migrations VALUES (1, '2026-01-01')")
        db.execute(insert)


def test_delete_override_and_correct_need_a_reason_and_leave_a_trail(backend: Backend) -> None:
    store = backend.open()
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


def test_reruns_of_one_inquiry_are_not_new_evidence(backend: Backend) -> None:
    store = backend.open()
    for _ in range(3):
        _saved(store, inquiry_key="same")
    assert store.seen_before(email="karen@harborline-imports.com", inquiry_key="same") == []
    assert len(store.seen_before(email="karen@harborline-imports.com", inquiry_key="another")) == 1


def test_search_by_name_phone_as_written_and_product_then_export(backend: Backend) -> None:
    from openpyxl import load_workbook

    from research.history_export import to_csv, to_xlsx

    store = backend.open()
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


def test_known_customers_and_notes_belong_to_the_buyer(backend: Backend) -> None:
    from research.store import buyer_key

    store = backend.open()
    key = buyer_key(email="Karen@Harborline-Imports.com")
    store.mark_known_customer(key, reason="orders since 2021", by="Manager Li")
    known = store.known_customer(key)
    assert known is not None and known.reason == "orders since 2021"
    store.add_note(key, "prefers WeChat", by="王小明")
    assert [n.text for n in store.notes(key)] == ["prefers WeChat"]
    store.mark_known_customer(key, known=False, reason="stopped paying", by="Manager Li")
    assert store.known_customer(key) is None


def test_a_shared_mail_domain_links_nobody(backend: Backend) -> None:
    """Issue 16: two strangers on gmail.com were shown as "seen before" on each other's report."""
    store = backend.open()
    _saved(store, email="tom.baker.buying@gmail.com", domain="gmail.com", category="X")
    assert store.seen_before(email="lucia.casabonita@gmail.com", domain="gmail.com") == []
    same_company = _saved(store, email="li@acme-tools.de", domain="acme-tools.de")
    assert [r.id for r in store.seen_before(email="max@acme-tools.de", domain="acme-tools.de")] == [same_company]


def test_a_buyer_is_found_by_company_or_website_written_differently(backend: Backend) -> None:
    """Issue 18: the same buyer writing to another rep from another address is the same buyer."""
    store = backend.open()
    first = _saved(store, company="Harborline Imports LLC", website="https://www.harborline-imports.com/about",
                   rep="王小明", category="B")  # fmt: skip
    _saved(store, email="x@y.com", company="ABC", website="")  # too short a name to link anyone
    by_name = store.seen_before(email="sarah@gmail.com", company="HARBORLINE IMPORTS")
    by_site = store.seen_before(email="sarah@gmail.com", website="harborline-imports.com")
    assert [(r.id, r.rep) for r in by_name] == [(first, "王小明")] == [(r.id, r.rep) for r in by_site]
    assert store.seen_before(company="ABC Ltd.") == []
    store.correct_report(first, {"company": "Nordhaus Möbel GmbH"}, reason="wrong signature read", by="王小明")
    assert [r.id for r in store.seen_before(company="Nordhaus Moebel")] == [first]


def test_approval_requested_decided_and_kept_with_who_and_when(backend: Backend) -> None:
    store = backend.open()
    report = _saved(store, rep="王小明")
    with pytest.raises(ValueError):
        store.request_approval(report, ["free_holiday"], by="王小明")
    asked = store.request_approval(report, ["samples", "reply"], by="王小明", note="wants 3 vases")
    other = store.request_approval(_saved(store, inquiry_key="k2"), ["credit"], by="李娜")
    assert [a.id for a in store.approvals(status="pending")] == [other, asked]  # the manager's queue
    with pytest.raises(ValueError):
        store.decide_approval(other, "rejected", by="Manager Li")  # a rejection says why
    store.decide_approval(asked, "approved", by="Manager Li", note="two samples, not three")
    with pytest.raises(ValueError):
        store.decide_approval(asked, "rejected", by="Manager Li", note="changed my mind")  # decided stays decided
    (decided,) = store.approvals(requested_by="王小明")
    assert (decided.status, decided.actions, decided.decided_by, decided.decision_note) == (
        "approved",
        ("samples", "reply"),
        "Manager Li",
        "two samples, not three",
    )
    assert decided.decided_at >= decided.requested_at
    assert [a.id for a in store.approvals(status="pending")] == [other]
    assert store.latest_approvals([report, 999])[report].status == "approved"
    trail = [(e.action, e.by_whom, e.detail) for e in store.events(report_id=report)]
    assert trail == [("approved", "Manager Li", "samples,reply"), ("request_approval", "王小明", "samples,reply")]


def test_the_actions_a_rep_may_ask_for_are_the_approval_blocks() -> None:
    from research.render.decision import ACTIONS
    from research.store_common import APPROVAL_ACTIONS

    assert APPROVAL_ACTIONS == ACTIONS


def test_a_batch_item_delivered_twice_is_saved_once(backend: Backend) -> None:
    from concurrent.futures import ThreadPoolExecutor

    store = backend.open()
    meta = {"created_at": "2026-11-02T10:00:00+00:00", "email": "karen@harborline-imports.com"}
    with ThreadPoolExecutor(4) as pool:  # four workers finishing the same item at the same moment
        ids = list(pool.map(lambda _: store.finish_batch_item("b", "row 1", "{}", (meta, "{}")), range(4)))
    assert len(set(ids)) == 1 and len(store.search("karen")) == 1
    assert store.batch_rows("b") == {"row 1": ("{}", ids[0])}


def test_both_backends_have_the_same_tables_and_columns(tmp_path: Path, postgres_server: object) -> None:
    import sqlite3

    import psycopg

    from research.store_pg import PgStore
    from tests.store_backends import new_database

    lite = Store(tmp_path / "h.sqlite3")
    with sqlite3.connect(lite.path) as db:
        names = db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name != 'sqlite_sequence'")
        tables = [t for (t,) in names]
        in_sqlite = {t: {c[1] for c in db.execute(f"PRAGMA table_info({t})")} for t in tables}
    url = new_database(_Request(postgres_server))
    PgStore(url).close()
    with psycopg.connect(url) as db:
        rows = db.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema='public'"
        ).fetchall()
    in_postgres: dict[str, set[str]] = {}
    for table, column in rows:
        in_postgres.setdefault(table, set()).add(column)
    assert in_postgres == in_sqlite
    assert "approvals" in in_postgres and "company_key" in in_postgres["reports"]


class _Request:
    """Enough of pytest's request for new_database outside a parametrised fixture."""

    def __init__(self, server: object) -> None:
        self.server = server

    def getfixturevalue(self, name: str) -> object:
        return self.server
