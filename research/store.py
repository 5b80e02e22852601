"""SQLite under ``cache/``: the network cache and the report history.

WAL mode and a busy timeout make it safe for two processes at once (the
Streamlit page and a CLI batch, say). Every call opens its own short
transaction; connections are not shared across threads.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

_ROW_COLS = "id, created_at, email, domain, company, phone, category, risk, note, stars"


@dataclass(frozen=True)
class HistoryRow:
    id: int
    created_at: str
    email: str
    domain: str
    company: str
    phone: str
    category: str
    risk: str
    note: str
    stars: int


class Store:
    """Thin wrapper over one SQLite file; cheap to create, safe to share."""

    def __init__(self, path: Path, *, enabled: bool = True) -> None:
        self.path = path
        self.enabled = enabled
        self._local = threading.local()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn().executescript(_SCHEMA)

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

    # -- cache ---------------------------------------------------------
    def get(self, kind: str, key: str) -> Any | None:
        if not self.enabled:
            return None
        row = self._conn().execute("SELECT value, expires_at FROM cache WHERE kind=? AND key=?", (kind, key)).fetchone()
        if row is None or row[1] < time.time():
            return None
        return json.loads(row[0])

    def put(self, kind: str, key: str, value: Any, ttl_s: float) -> None:
        if not self.enabled or ttl_s <= 0:
            return
        data = json.dumps(value, ensure_ascii=False)
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO cache(kind, key, value, expires_at) VALUES (?,?,?,?)",
                (kind, key, data, time.time() + ttl_s),
            )

    def purge_expired(self) -> int:
        with self._tx() as db:
            return db.execute("DELETE FROM cache WHERE expires_at < ?", (time.time(),)).rowcount

    # -- history -------------------------------------------------------
    def save_report(self, meta: dict[str, str], report_json: str) -> int:
        with self._tx() as db:
            return self._insert_report(db, meta, report_json)

    def _insert_report(self, db: sqlite3.Connection, meta: dict[str, str], report_json: str) -> int:
        cols = ("created_at", "email", "domain", "company", "phone", "category", "risk")
        values = [meta.get(c, "") for c in cols]
        cur = db.execute(  # column names are constants above, values are bound
            f"INSERT INTO reports({', '.join(cols)}, report) VALUES ({', '.join('?' * 8)})",  # noqa: S608
            (*values, report_json),
        )
        return int(cur.lastrowid or 0)

    # -- batches: what is done, kept with the report in one transaction --
    def batch_rows(self, batch: str) -> dict[str, tuple[str, int]]:
        """item key -> (its result row as JSON, its report's history id or 0) for every item done."""
        rows = self._conn().execute("SELECT item, row, report_id FROM batch_items WHERE batch=?", (batch,))
        return {str(k): (str(v), int(r or 0)) for k, v, r in rows}

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

    def annotate(self, report_id: int, *, note: str | None = None, stars: int | None = None) -> None:
        with self._tx() as db:
            if note is not None:
                db.execute("UPDATE reports SET note=? WHERE id=?", (note, report_id))
            if stars is not None:
                db.execute("UPDATE reports SET stars=? WHERE id=?", (max(0, min(5, stars)), report_id))

    def search(self, text: str = "", *, since: str = "", until: str = "", limit: int = 200) -> list[HistoryRow]:
        like = f"%{text.strip().lower()}%"
        rows = (
            self._conn()
            .execute(
                "SELECT id, created_at, email, domain, company, phone, category, risk, note, stars "
                "FROM reports WHERE (lower(email) LIKE ? OR lower(company) LIKE ? OR lower(domain) LIKE ?"
                " OR phone LIKE ?) AND created_at >= ? AND (? = '' OR created_at <= ?)"
                " ORDER BY id DESC LIMIT ?",
                (like, like, like, like, since, until, until, limit),
            )
            .fetchall()
        )
        return [HistoryRow(*r) for r in rows]

    def seen_before(
        self, *, email: str = "", domain: str = "", phone: str = "", before_id: int | None = None
    ) -> list[HistoryRow]:
        """Earlier reports sharing the e-mail, domain or phone: repeat senders show up here."""
        clauses, args = [], []
        for col, val in (("email", email), ("domain", domain), ("phone", phone)):
            if val:
                clauses.append(f"lower({col}) = ?")
                args.append(val.lower())
        if not clauses:
            return []
        # Only fixed column names go into the text; every value is a bound parameter.
        sql = f"SELECT {_ROW_COLS} FROM reports WHERE ({' OR '.join(clauses)})"  # noqa: S608
        if before_id is not None:
            sql += " AND id < ?"
            args.append(str(before_id))
        return [HistoryRow(*r) for r in self._conn().execute(sql + " ORDER BY id DESC LIMIT 50", args)]
