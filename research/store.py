"""SQLite under ``cache/``: the network cache and the report history a team can trust.

History: reports are deleted (kept for the audit trail, left out of every search), corrected and
overridden with a reason, who and when (``history_events``); buyers are marked as known customers
and carry notes. The schema moves forward by numbered MIGRATIONS.

WAL mode and a busy timeout make it safe for two processes at once (the
Streamlit page and a CLI batch, say). Every call opens its own short
transaction; connections are not shared across threads.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from research import store_repair
from research.store_common import (
    APPROVAL_COLS,
    ROW_COLS,
    ApprovalRequest,
    approval_of,
    check_decision,
    check_request,
    company_key,
    digits,
    newest_per_inquiry,
    search_query,
    seen_before_query,
    site_key,
)

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cache (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    expires_at REAL NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    domain TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    risk TEXT NOT NULL DEFAULT '',
    report TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    stars INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS reports_email ON reports(email);
CREATE INDEX IF NOT EXISTS reports_domain ON reports(domain);
CREATE INDEX IF NOT EXISTS reports_phone ON reports(phone);
-- seen_before compares lower(column): without these it reads every saved report, for every report.
CREATE INDEX IF NOT EXISTS reports_email_lower ON reports(lower(email));
CREATE INDEX IF NOT EXISTS reports_domain_lower ON reports(lower(domain));
CREATE INDEX IF NOT EXISTS reports_phone_lower ON reports(lower(phone));
CREATE TABLE IF NOT EXISTS batch_items (
    batch TEXT NOT NULL,
    item TEXT NOT NULL,
    row TEXT NOT NULL,
    report_id INTEGER,
    done_at REAL NOT NULL,
    PRIMARY KEY (batch, item)
);
"""

# Versioned migrations, applied in order once per database and recorded in schema_migrations.
# Plain types only (TEXT, INTEGER), so a second backend (PostgreSQL for a team server) can run the same
# steps and implement the same Store methods. Version 1 is the schema above, as first shipped.
MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        2,
        """
ALTER TABLE reports ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN phone_written TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN products TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN inquiry_key TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN rep TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN override_category TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN deleted_at TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS reports_inquiry_key ON reports(inquiry_key);
CREATE TABLE IF NOT EXISTS history_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER NOT NULL DEFAULT 0,
    buyer_key TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    by_whom TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS buyers (
    buyer_key TEXT PRIMARY KEY,
    known_customer INTEGER NOT NULL DEFAULT 0,
    known_reason TEXT NOT NULL DEFAULT '',
    known_by TEXT NOT NULL DEFAULT '',
    known_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS buyer_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    buyer_key TEXT NOT NULL,
    text TEXT NOT NULL,
    by_whom TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS buyer_notes_key ON buyer_notes(buyer_key);
""",
    ),
    (
        3,
        """
ALTER TABLE reports ADD COLUMN company_key TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN website TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS reports_company_key ON reports(company_key);
CREATE INDEX IF NOT EXISTS reports_website ON reports(website);
CREATE TABLE IF NOT EXISTS approvals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER NOT NULL,
    actions TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL DEFAULT '',
    requested_at TEXT NOT NULL,
    request_note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending',
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    decision_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS approvals_status ON approvals(status);
CREATE INDEX IF NOT EXISTS approvals_report ON approvals(report_id);
""",
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]
# Fields of a saved report a manager may correct (with a reason); the rest is evidence and stays.
CORRECTABLE = ("email", "domain", "company", "display_name", "phone", "phone_written")
CATEGORIES = ("A", "B", "C", "X")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def inquiry_key(email: str, subject: str, body: str) -> str:
    """One inquiry, however often it is researched: the sender, subject and text, case and spacing folded."""
    text = "\n".join(" ".join(part.lower().split()) for part in (email, subject, body))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def buyer_key(email: str = "", domain: str = "", phone: str = "", company: str = "") -> str:
    """Who a buyer is, for notes and the known-customer mark: the e-mail, else the phone, else the company."""
    if email.strip():
        return "email:" + email.strip().lower()
    if digits(phone):
        return "phone:" + digits(phone)
    if domain.strip():
        return "domain:" + domain.strip().lower()
    return "company:" + " ".join(company.lower().split()) if company.strip() else ""


@dataclass(frozen=True)
class HistoryRow:
    id: int
    created_at: str
    email: str
    domain: str
    company: str
    phone: str
    category: str  # the category that counts: a manager's override, else the report's own
    risk: str
    note: str
    stars: int
    original_category: str = ""
    override_reason: str = ""
    display_name: str = ""
    phone_written: str = ""
    products: str = ""
    inquiry_key: str = ""
    rep: str = ""
    deleted_at: str = ""
    company_key: str = ""
    website: str = ""

    @property
    def buyer_key(self) -> str:
        return buyer_key(self.email, self.domain, self.phone_written or self.phone, self.company)

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True)
class HistoryEvent:
    id: int
    report_id: int
    buyer_key: str
    action: str  # delete, restore, correct, override, known_customer, not_customer, note
    detail: str
    reason: str
    by_whom: str
    at: str


@dataclass(frozen=True)
class BuyerNote:
    id: int
    buyer_key: str
    text: str
    by_whom: str
    at: str


@dataclass(frozen=True)
class KnownCustomer:
    buyer_key: str
    reason: str
    by_whom: str
    at: str


class Store:
    """Thin wrapper over one SQLite file; cheap to create, safe to share.

    The history API (save_report, search, seen_before, delete_report, correct_report, override_verdict,
    mark_known_customer, add_note, notes, events, export_rows) is what a second backend implements.
    """

    def __init__(self, path: Path, *, enabled: bool = True) -> None:
        self.path = path
        self.enabled = enabled
        # A damaged file found on opening: where it was set aside, and how many reports were copied back
        # from it. The command line and the page say so in the rep's language (catalog "store.set_aside").
        self.set_aside: Path | None = None
        self.salvaged = 0
        self._local = threading.local()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            if not store_repair.is_damage(exc):
                raise
            self._close()
            found = store_repair.rebuild(path, str(exc), _fresh)
            if found is not None:
                self.set_aside, self.salvaged = found.aside, found.salvaged
            self._open()

    def _open(self) -> None:
        db = self._conn()
        store_repair.check(db)
        db.executescript(_SCHEMA)
        self.migrate()

    def _close(self) -> None:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        db = self._conn()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # -- schema --------------------------------------------------------
    def schema_version(self) -> int:
        db = self._conn()
        db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
        row = db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 1)

    def migrate(self) -> int:
        """Apply the migrations this database lacks, each in one transaction; returns the version."""
        for version, script in MIGRATIONS:
            if version <= self.schema_version():
                continue
            with self._tx() as db:
                # Re-checked under the write lock: another process may have migrated meanwhile.
                done = db.execute("SELECT 1 FROM schema_migrations WHERE version=?", (version,)).fetchone()
                if done:
                    continue
                for statement in (s.strip() for s in script.split(";")):
                    if statement:
                        db.execute(statement)
                if version == 3:  # the keys buyers are matched by, for reports saved before they existed
                    _fill_company_keys(db)
                db.execute("INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)", (version, _now()))
        return self.schema_version()

    # -- cache ---------------------------------------------------------
    def get(self, kind: str, key: str) -> Any | None:
        if not self.enabled:
            return None
        try:
            row = self._conn().execute("SELECT value, expires_at FROM cache WHERE kind=? AND key=?", (kind, key))
            found = row.fetchone()
        except sqlite3.DatabaseError as exc:  # damage after opening: a miss, and the next start sets it aside
            if not store_repair.is_damage(exc):
                raise
            log.warning("cache read failed in %s: %s", self.path, exc)
            return None
        if found is None or found[1] < time.time():
            return None
        return json.loads(found[0])

    def put(self, kind: str, key: str, value: Any, ttl_s: float) -> None:
        if not self.enabled or ttl_s <= 0:
            return
        data = json.dumps(value, ensure_ascii=False)
        try:
            with self._tx() as db:
                db.execute(
                    "INSERT OR REPLACE INTO cache(kind, key, value, expires_at) VALUES (?,?,?,?)",
                    (kind, key, data, time.time() + ttl_s),
                )
        except sqlite3.DatabaseError as exc:  # a cache that cannot keep an answer costs a second question
            if not store_repair.is_damage(exc):
                raise
            log.warning("cache write failed in %s: %s", self.path, exc)

    def purge_expired(self) -> int:
        with self._tx() as db:
            return db.execute("DELETE FROM cache WHERE expires_at < ?", (time.time(),)).rowcount

    # -- preferences (the page remembers the rep and the profile) -------
    def get_pref(self, name: str) -> str:
        row = self._conn().execute("SELECT value FROM cache WHERE kind='pref' AND key=?", (name,)).fetchone()
        return str(json.loads(row[0])) if row else ""

    def set_pref(self, name: str, value: str) -> None:
        with self._tx() as db:  # kept in the cache table with no expiry, so no new table is needed
            db.execute(
                "INSERT OR REPLACE INTO cache(kind, key, value, expires_at) VALUES ('pref',?,?,?)",
                (name, json.dumps(value, ensure_ascii=False), 1e18),
            )

    # -- history -------------------------------------------------------
    _SAVED = (
        "created_at", "email", "domain", "company", "phone", "category", "risk",
        "display_name", "phone_written", "products", "inquiry_key", "rep", "company_key", "website",
    )  # fmt: skip

    def save_report(self, meta: dict[str, str], report_json: str) -> int:
        with self._tx() as db:
            return self._insert_report(db, meta, report_json)

    def _insert_report(self, db: sqlite3.Connection, meta: dict[str, str], report_json: str) -> int:
        meta = matching_keys(meta)
        values = [meta.get(c, "") for c in self._SAVED]
        cur = db.execute(  # column names are constants above, values are bound
            f"INSERT INTO reports({', '.join(self._SAVED)}, report) "  # noqa: S608
            f"VALUES ({', '.join('?' * (len(self._SAVED) + 1))})",
            (*values, report_json),
        )
        return int(cur.lastrowid or 0)

    # -- batches: what is done, kept with the report in one transaction --
    def batch_rows(self, batch: str) -> dict[str, tuple[str, int]]:
        """item key -> (its result row as JSON, its report's history id or 0) for every item done."""
        rows = self._conn().execute("SELECT item, row, report_id FROM batch_items WHERE batch=?", (batch,))
        return {str(k): (str(v), int(r or 0)) for k, v, r in rows}

    def batch_row(self, batch: str, item: str) -> tuple[str, int] | None:
        """One item's row and report id, when it is done (a worker's "already done?", a collector's look)."""
        found = (
            self._conn()
            .execute("SELECT row, report_id FROM batch_items WHERE batch=? AND item=?", (batch, item))
            .fetchone()
        )
        return None if found is None else (str(found[0]), int(found[1] or 0))

    def finish_batch_item(self, batch: str, item: str, row_json: str, report: tuple[dict[str, str], str] | None) -> int:
        """Record one finished item and (when given) save its report to the history, both or neither.

        A batch killed between two items restarts where it stopped; killed in the middle of this
        call, it has neither, so the item runs again and the history holds it once. Recording an item
        already done changes nothing and returns its report id.
        """
        with self._tx() as db:
            found = db.execute("SELECT report_id FROM batch_items WHERE batch=? AND item=?", (batch, item)).fetchone()
            if found is not None:
                return int(found[0] or 0)
            report_id = self._insert_report(db, *report) if report is not None else 0
            db.execute(
                "INSERT INTO batch_items(batch, item, row, report_id, done_at) VALUES (?,?,?,?,?)",
                (batch, item, row_json, report_id or None, time.time()),
            )
            return report_id

    def report_json(self, report_id: int) -> str | None:
        row = self._conn().execute("SELECT report FROM reports WHERE id=?", (report_id,)).fetchone()
        return None if row is None else str(row[0])

    def row(self, report_id: int) -> HistoryRow | None:
        found = self._conn().execute(f"SELECT {ROW_COLS} FROM reports WHERE id=?", (report_id,)).fetchone()  # noqa: S608
        return HistoryRow(*found) if found else None

    def annotate(self, report_id: int, *, note: str | None = None, stars: int | None = None) -> None:
        with self._tx() as db:
            if note is not None:
                db.execute("UPDATE reports SET note=? WHERE id=?", (note, report_id))
            if stars is not None:
                db.execute("UPDATE reports SET stars=? WHERE id=?", (max(0, min(5, stars)), report_id))

    def _event(self, db: sqlite3.Connection, report_id: int, key: str, action: str, **kw: str) -> None:
        db.execute(
            "INSERT INTO history_events(report_id, buyer_key, action, detail, reason, by_whom, at)"
            " VALUES (?,?,?,?,?,?,?)",
            (report_id, key, action, kw.get("detail", ""), kw.get("reason", ""), kw.get("by", ""), _now()),
        )

    def _key_of(self, report_id: int) -> str:
        row = self.row(report_id)
        if row is None:
            raise KeyError(report_id)
        return row.buyer_key

    def delete_report(self, report_id: int, *, reason: str, by: str = "") -> None:
        """Take a report out of the history (a typo, a test, the wrong buyer); kept for the audit trail."""
        key = self._key_of(report_id)
        with self._tx() as db:
            db.execute("UPDATE reports SET deleted_at=? WHERE id=?", (_now(), report_id))
            self._event(db, report_id, key, "delete", reason=reason, by=by)

    def restore_report(self, report_id: int, *, reason: str = "", by: str = "") -> None:
        key = self._key_of(report_id)
        with self._tx() as db:
            db.execute("UPDATE reports SET deleted_at='' WHERE id=?", (report_id,))
            self._event(db, report_id, key, "restore", reason=reason, by=by)

    def correct_report(self, report_id: int, fields: dict[str, str], *, reason: str, by: str = "") -> None:
        """Correct who a saved report is about (e-mail, company, phone ...); each change is an event."""
        bad = set(fields) - set(CORRECTABLE)
        if bad:
            raise ValueError(f"not correctable: {sorted(bad)}")
        before = self.row(report_id)
        if before is None:
            raise KeyError(report_id)
        with self._tx() as db:
            for name, value in fields.items():
                old = str(getattr(before, name))
                if value == old:
                    continue
                db.execute(f"UPDATE reports SET {name}=? WHERE id=?", (value, report_id))  # noqa: S608
                if name == "company":
                    db.execute("UPDATE reports SET company_key=? WHERE id=?", (company_key(value), report_id))
                self._event(db, report_id, before.buyer_key, "correct", detail=f"{name}: {old} -> {value}",
                            reason=reason, by=by)  # fmt: skip

    def override_verdict(self, report_id: int, category: str, *, reason: str, by: str = "") -> None:
        """A manager's category for a report ("" removes the override); the reason is required."""
        if category and category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        if category and not reason.strip():
            raise ValueError("an override needs a reason")
        key = self._key_of(report_id)
        with self._tx() as db:
            db.execute(
                "UPDATE reports SET override_category=?, override_reason=? WHERE id=?",
                (category, reason.strip() if category else "", report_id),
            )
            self._event(db, report_id, key, "override", detail=category, reason=reason, by=by)

    def mark_known_customer(self, key: str, *, known: bool = True, reason: str = "", by: str = "") -> None:
        """A buyer we have done business with: later inquiries from them say so instead of doubting."""
        if not key:
            raise ValueError("no buyer key")
        with self._tx() as db:
            db.execute(
                "INSERT INTO buyers(buyer_key, known_customer, known_reason, known_by, known_at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(buyer_key) DO UPDATE SET known_customer=excluded.known_customer,"
                " known_reason=excluded.known_reason, known_by=excluded.known_by, known_at=excluded.known_at",
                (key, int(known), reason, by, _now()),
            )
            self._event(db, 0, key, "known_customer" if known else "not_customer", reason=reason, by=by)

    def known_customer(self, *keys: str) -> KnownCustomer | None:
        for key in keys:
            row = (
                self._conn()
                .execute(
                    "SELECT buyer_key, known_reason, known_by, known_at FROM buyers"
                    " WHERE buyer_key=? AND known_customer=1",
                    (key,),
                )
                .fetchone()
            )
            if row:
                return KnownCustomer(*row)
        return None

    def add_note(self, key: str, text: str, *, by: str = "") -> int:
        if not key or not text.strip():
            raise ValueError("a note needs a buyer and a text")
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO buyer_notes(buyer_key, text, by_whom, at) VALUES (?,?,?,?)",
                (key, text.strip(), by, _now()),
            )
            return int(cur.lastrowid or 0)

    def notes(self, key: str) -> list[BuyerNote]:
        rows = self._conn().execute(
            "SELECT id, buyer_key, text, by_whom, at FROM buyer_notes WHERE buyer_key=? ORDER BY id DESC", (key,)
        )
        return [BuyerNote(*r) for r in rows]

    def events(self, *, report_id: int | None = None, key: str = "") -> list[HistoryEvent]:
        sql = "SELECT id, report_id, buyer_key, action, detail, reason, by_whom, at FROM history_events WHERE 1=1"
        args: list[Any] = []
        if report_id is not None:
            sql += " AND report_id=?"
            args.append(report_id)
        if key:
            sql += " AND buyer_key=?"
            args.append(key)
        return [HistoryEvent(*r) for r in self._conn().execute(sql + " ORDER BY id DESC", args)]

    def search(
        self,
        text: str = "",
        *,
        since: str = "",
        until: str = "",
        limit: int = 200,
        include_deleted: bool = False,
    ) -> list[HistoryRow]:
        """By company or sender name, e-mail, domain, product, or phone as written (digits compared)."""
        sql, args = search_query(text, since=since, until=until, limit=limit, include_deleted=include_deleted, mark="?")
        return [HistoryRow(*r) for r in self._conn().execute(sql, args)]

    def export_rows(self, *, include_deleted: bool = False) -> list[HistoryRow]:
        return self.search("", limit=1_000_000, include_deleted=include_deleted)

    def seen_before(
        self,
        *,
        email: str = "",
        domain: str = "",
        phone: str = "",
        company: str = "",
        website: str = "",
        before_id: int | None = None,
        inquiry_key: str = "",
    ) -> list[HistoryRow]:
        """Earlier reports sharing the e-mail, domain, phone, company or website: repeat senders show up here.

        Deleted reports are left out, and so are re-runs of the inquiry at hand (same ``inquiry_key``):
        researching one mail twice is not a second inquiry. Of several runs of one earlier inquiry only
        the newest counts. A shared mail domain (gmail.com, qq.com) links nobody to anybody."""
        query = seen_before_query(
            email=email, domain=domain, phone=phone, company=company, website=website,
            before_id=before_id, inquiry_key=inquiry_key, mark="?",
        )  # fmt: skip
        if query is None:
            return []
        return newest_per_inquiry(HistoryRow(*r) for r in self._conn().execute(*query))

    # -- approvals: a rep asks, a manager decides, both kept with who and when --
    def request_approval(self, report_id: int, actions: Iterable[str], *, by: str, note: str = "") -> int:
        chosen = check_request(actions, by)
        key = self._key_of(report_id)
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO approvals(report_id, actions, requested_by, requested_at, request_note)"
                " VALUES (?,?,?,?,?)",
                (report_id, ",".join(chosen), by.strip(), _now(), note.strip()),
            )
            self._event(db, report_id, key, "request_approval", detail=",".join(chosen), reason=note, by=by)
            return int(cur.lastrowid or 0)

    def decide_approval(self, approval_id: int, status: str, *, by: str, note: str = "") -> None:
        """A manager's decision on a pending request; a decided one stays as it was decided."""
        check_decision(status, by, note)
        with self._tx() as db:
            found = db.execute("SELECT report_id, actions FROM approvals WHERE id=?", (approval_id,)).fetchone()
            if found is None:
                raise KeyError(approval_id)
            done = db.execute(
                "UPDATE approvals SET status=?, decided_by=?, decided_at=?, decision_note=?"
                " WHERE id=? AND status='pending'",
                (status, by.strip(), _now(), note.strip(), approval_id),
            ).rowcount
            if not done:
                raise ValueError(f"approval {approval_id} is already decided")
            row = db.execute(f"SELECT {ROW_COLS} FROM reports WHERE id=?", (found[0],)).fetchone()  # noqa: S608
            key = HistoryRow(*row).buyer_key if row else ""
            self._event(db, int(found[0]), key, status, detail=str(found[1]), reason=note, by=by)

    def approvals(
        self, *, status: str = "", report_id: int | None = None, requested_by: str = "", limit: int = 200
    ) -> list[ApprovalRequest]:
        """Requests, newest first: the manager's queue (``status="pending"``), one report's, one rep's."""
        sql = f"SELECT {APPROVAL_COLS} FROM approvals WHERE 1=1"  # noqa: S608
        args: list[object] = []
        for col, val in (("status", status), ("report_id", report_id), ("requested_by", requested_by)):
            if val not in ("", None):
                sql += f" AND {col}=?"
                args.append(val)
        args.append(limit)
        return [approval_of(r) for r in self._conn().execute(sql + " ORDER BY id DESC LIMIT ?", args)]

    def latest_approvals(self, report_ids: Iterable[int]) -> dict[int, ApprovalRequest]:
        """Each report's newest request (decided or not), for the reports that have one."""
        ids = sorted({int(i) for i in report_ids})
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        sql = f"SELECT {APPROVAL_COLS} FROM approvals WHERE report_id IN ({marks}) ORDER BY id"  # noqa: S608
        return {a.report_id: a for a in (approval_of(r) for r in self._conn().execute(sql, ids))}


def matching_keys(meta: dict[str, str]) -> dict[str, str]:
    """The report's company and website as buyers are matched by (store_common.company_key, site_key)."""
    return {**meta, "company_key": company_key(meta.get("company", "")), "website": site_key(meta.get("website", ""))}


def _fill_company_keys(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT id, company FROM reports WHERE company != ''").fetchall()
    db.executemany("UPDATE reports SET company_key=? WHERE id=?", [(company_key(c), i) for i, c in rows])


def _fresh(path: Path) -> None:
    """An empty history at ``path``: the schema and every migration (a damaged file's replacement)."""
    Store(path)._close()
