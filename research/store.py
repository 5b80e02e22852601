"""SQLite under ``cache/``: the network cache and the report history a team can trust.

History: reports are deleted (kept for the audit trail, left out of every search), corrected and
overridden with a reason, who and when (``history_events``); buyers are marked as known customers
and carry notes. The schema moves forward by numbered MIGRATIONS.

WAL mode and a busy timeout make it safe for two processes at once (the
Streamlit page and a CLI batch, say). Every call opens its own short
transaction; connections are not shared across threads.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from research import store_repair
from research.store_common import (
    CATEGORIES,
    CORRECTABLE,
    BuyerNote,
    HistoryEvent,
    HistoryRow,
    KnownCustomer,
    buyer_key,
    company_key,
    inquiry_key,
    now,
)
from research.store_history import HistoryOps

# The history's records are store_common's; the page, the checks and the tests know them from here.
__all__ = [
    "CATEGORIES", "CORRECTABLE", "SCHEMA_VERSION", "BuyerNote", "HistoryEvent", "HistoryRow", "KnownCustomer",
    "Store", "buyer_key", "inquiry_key",
]  # fmt: skip

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


class Store(HistoryOps):
    """Thin wrapper over one SQLite file; cheap to create, safe to share.

    The history API (save_report, search, seen_before, delete_report, correct_report, override_verdict,
    mark_known_customer, add_note, notes, events, export_rows, approvals) is ``HistoryOps``'s, shared
    with the PostgreSQL store; this class adds the file, its cache and its migrations.
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
                db.execute("INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)", (version, now()))
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

    # -- what the history API (store_history.HistoryOps) asks of a backend --
    def _all(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._conn().execute(sql, tuple(args)))

    def _insert(self, db: sqlite3.Connection, sql: str, args: Sequence[Any]) -> int:
        return int(db.execute(sql, tuple(args)).lastrowid or 0)


def _fill_company_keys(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT id, company FROM reports WHERE company != ''").fetchall()
    db.executemany("UPDATE reports SET company_key=? WHERE id=?", [(company_key(c), i) for i, c in rows])


def _fresh(path: Path) -> None:
    """An empty history at ``path``: the schema and every migration (a damaged file's replacement)."""
    Store(path)._close()
