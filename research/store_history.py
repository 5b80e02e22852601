"""The history API, written once for both backends: reports, batches, corrections, buyers, approvals.

``store.Store`` (SQLite) and ``store_pg.PgStore`` (PostgreSQL) inherit it and supply what differs: a
transaction (``_tx``), reads (``_all``), the placeholder their driver wants (``MARK``; the
SQL here is written with ``?``), how an insert tells its new id (``_insert``) and how two processes
finishing one batch item queue (``_lock_item``). The cache, the schema and its migrations stay with
each backend: there they really differ.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any, ClassVar

from research.store_common import (
    APPROVAL_COLS,
    CATEGORIES,
    CORRECTABLE,
    ROW_COLS,
    ApprovalRequest,
    BuyerNote,
    HistoryEvent,
    HistoryRow,
    KnownCustomer,
    approval_of,
    check_decision,
    check_request,
    company_key,
    matching_keys,
    newest_per_inquiry,
    now,
    search_query,
    seen_before_query,
)

# The columns a saved report fills from its metadata (the rest have defaults, or are set later).
SAVED = (
    "created_at", "email", "domain", "company", "phone", "category", "risk",
    "display_name", "phone_written", "products", "inquiry_key", "rep", "company_key", "website",
)  # fmt: skip


class HistoryOps:
    """The history calls of ``store_api.HistoryStore``, over the few a backend defines."""

    MARK: ClassVar[str] = "?"

    # -- what a backend supplies -----------------------------------------
    def _tx(self) -> AbstractContextManager[Any]:
        """One transaction: committed when the block ends, rolled back on an error."""
        raise NotImplementedError

    def _all(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Every row of a query (placeholders already the driver's)."""
        raise NotImplementedError

    def _insert(self, db: Any, sql: str, args: Sequence[Any]) -> int:
        """Run an INSERT (placeholders already the driver's) in ``db``; the new row's id."""
        raise NotImplementedError

    def _lock_item(self, db: Any, batch: str, item: str) -> None:
        """Hold one batch item for the rest of the transaction, where the transaction alone does not."""

    # -- helpers -----------------------------------------------------------
    def _q(self, sql: str) -> str:
        return sql if self.MARK == "?" else sql.replace("?", self.MARK)

    def _x(self, db: Any, sql: str, args: Sequence[Any] = ()) -> Any:
        return db.execute(self._q(sql), tuple(args))

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._all(self._q(sql), args)

    def _first(self, sql: str, args: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = self._rows(sql, args)
        return rows[0] if rows else None

    def _add(self, db: Any, sql: str, args: Sequence[Any]) -> int:
        return self._insert(db, self._q(sql), args)

    # -- reports -----------------------------------------------------------
    def save_report(self, meta: dict[str, str], report_json: str) -> int:
        with self._tx() as db:
            return self._insert_report(db, meta, report_json)

    def _insert_report(self, db: Any, meta: dict[str, str], report_json: str) -> int:
        meta = matching_keys(meta)
        values = [meta.get(c, "") for c in SAVED]
        marks = ", ".join("?" * (len(SAVED) + 1))
        sql = f"INSERT INTO reports({', '.join(SAVED)}, report) VALUES ({marks})"  # noqa: S608 - constant names
        return self._add(db, sql, (*values, report_json))

    def report_json(self, report_id: int) -> str | None:
        row = self._first("SELECT report FROM reports WHERE id=?", (report_id,))
        return None if row is None else str(row[0])

    def row(self, report_id: int) -> HistoryRow | None:
        found = self._first(f"SELECT {ROW_COLS} FROM reports WHERE id=?", (report_id,))  # noqa: S608
        return HistoryRow(*found) if found else None

    # -- batches: what is done, kept with the report in one transaction --
    def batch_rows(self, batch: str) -> dict[str, tuple[str, int]]:
        """item key -> (its result row as JSON, its report's history id or 0) for every item done."""
        rows = self._rows("SELECT item, row, report_id FROM batch_items WHERE batch=?", (batch,))
        return {str(k): (str(v), int(r or 0)) for k, v, r in rows}

    def batch_row(self, batch: str, item: str) -> tuple[str, int] | None:
        """One item's row and report id, when it is done (a worker's "already done?", a collector's look)."""
        found = self._first("SELECT row, report_id FROM batch_items WHERE batch=? AND item=?", (batch, item))
        return None if found is None else (str(found[0]), int(found[1] or 0))

    def finish_batch_item(self, batch: str, item: str, row_json: str, report: tuple[dict[str, str], str] | None) -> int:
        """Record one finished item and (when given) save its report to the history, both or neither.

        A batch killed between two items restarts where it stopped; killed in the middle of this
        call, it has neither, so the item runs again and the history holds it once. Recording an item
        already done changes nothing and returns its report id; two workers finishing one item at once
        (a task delivered twice) queue, so the second finds the first's record.
        """
        with self._tx() as db:
            self._lock_item(db, batch, item)
            found = self._x(db, "SELECT report_id FROM batch_items WHERE batch=? AND item=?", (batch, item)).fetchone()
            if found is not None:
                return int(found[0] or 0)
            report_id = self._insert_report(db, *report) if report is not None else 0
            self._x(
                db,
                "INSERT INTO batch_items(batch, item, row, report_id, done_at) VALUES (?,?,?,?,?)",
                (batch, item, row_json, report_id or None, time.time()),
            )
            return report_id

    # -- a manager's corrections, each an event with a reason, who and when --
    def annotate(self, report_id: int, *, note: str | None = None, stars: int | None = None) -> None:
        with self._tx() as db:
            if note is not None:
                self._x(db, "UPDATE reports SET note=? WHERE id=?", (note, report_id))
            if stars is not None:
                self._x(db, "UPDATE reports SET stars=? WHERE id=?", (max(0, min(5, stars)), report_id))

    def _event(self, db: Any, report_id: int, key: str, action: str, **kw: str) -> None:
        self._x(
            db,
            "INSERT INTO history_events(report_id, buyer_key, action, detail, reason, by_whom, at)"
            " VALUES (?,?,?,?,?,?,?)",
            (report_id, key, action, kw.get("detail", ""), kw.get("reason", ""), kw.get("by", ""), now()),
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
            self._x(db, "UPDATE reports SET deleted_at=? WHERE id=?", (now(), report_id))
            self._event(db, report_id, key, "delete", reason=reason, by=by)

    def restore_report(self, report_id: int, *, reason: str = "", by: str = "") -> None:
        key = self._key_of(report_id)
        with self._tx() as db:
            self._x(db, "UPDATE reports SET deleted_at='' WHERE id=?", (report_id,))
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
                self._x(db, f"UPDATE reports SET {name}=? WHERE id=?", (value, report_id))  # noqa: S608
                if name == "company":
                    self._x(db, "UPDATE reports SET company_key=? WHERE id=?", (company_key(value), report_id))
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
            self._x(
                db,
                "UPDATE reports SET override_category=?, override_reason=? WHERE id=?",
                (category, reason.strip() if category else "", report_id),
            )
            self._event(db, report_id, key, "override", detail=category, reason=reason, by=by)

    # -- buyers: known customers and notes -------------------------------
    def mark_known_customer(self, key: str, *, known: bool = True, reason: str = "", by: str = "") -> None:
        """A buyer we have done business with: later inquiries from them say so instead of doubting."""
        if not key:
            raise ValueError("no buyer key")
        with self._tx() as db:
            self._x(
                db,
                "INSERT INTO buyers(buyer_key, known_customer, known_reason, known_by, known_at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(buyer_key) DO UPDATE SET known_customer=excluded.known_customer,"
                " known_reason=excluded.known_reason, known_by=excluded.known_by, known_at=excluded.known_at",
                (key, int(known), reason, by, now()),
            )
            self._event(db, 0, key, "known_customer" if known else "not_customer", reason=reason, by=by)

    def known_customer(self, *keys: str) -> KnownCustomer | None:
        sql = "SELECT buyer_key, known_reason, known_by, known_at FROM buyers WHERE buyer_key=? AND known_customer=1"
        for key in keys:
            row = self._first(sql, (key,))
            if row:
                return KnownCustomer(*row)
        return None

    def add_note(self, key: str, text: str, *, by: str = "") -> int:
        if not key or not text.strip():
            raise ValueError("a note needs a buyer and a text")
        with self._tx() as db:
            sql = "INSERT INTO buyer_notes(buyer_key, text, by_whom, at) VALUES (?,?,?,?)"
            return self._add(db, sql, (key, text.strip(), by, now()))

    def notes(self, key: str) -> list[BuyerNote]:
        sql = "SELECT id, buyer_key, text, by_whom, at FROM buyer_notes WHERE buyer_key=? ORDER BY id DESC"
        return [BuyerNote(*r) for r in self._rows(sql, (key,))]

    def events(self, *, report_id: int | None = None, key: str = "") -> list[HistoryEvent]:
        sql = "SELECT id, report_id, buyer_key, action, detail, reason, by_whom, at FROM history_events WHERE 1=1"
        args: list[Any] = []
        if report_id is not None:
            sql += " AND report_id=?"
            args.append(report_id)
        if key:
            sql += " AND buyer_key=?"
            args.append(key)
        return [HistoryEvent(*r) for r in self._rows(sql + " ORDER BY id DESC", args)]

    # -- searches ------------------------------------------------------------
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
        sql, args = search_query(
            text, since=since, until=until, limit=limit, include_deleted=include_deleted, mark=self.MARK
        )
        return [HistoryRow(*r) for r in self._all(sql, args)]

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
            before_id=before_id, inquiry_key=inquiry_key, mark=self.MARK,
        )  # fmt: skip
        if query is None:
            return []
        return newest_per_inquiry(HistoryRow(*r) for r in self._all(*query))

    # -- approvals: a rep asks, a manager decides, both kept with who and when --
    def request_approval(self, report_id: int, actions: Iterable[str], *, by: str, note: str = "") -> int:
        chosen = check_request(actions, by)
        key = self._key_of(report_id)
        with self._tx() as db:
            sql = (
                "INSERT INTO approvals(report_id, actions, requested_by, requested_at, request_note) VALUES (?,?,?,?,?)"
            )
            approval = self._add(db, sql, (report_id, ",".join(chosen), by.strip(), now(), note.strip()))
            self._event(db, report_id, key, "request_approval", detail=",".join(chosen), reason=note, by=by)
            return approval

    def decide_approval(self, approval_id: int, status: str, *, by: str, note: str = "") -> None:
        """A manager's decision on a pending request; a decided one stays as it was decided (of two managers
        deciding at once, the second's update finds it no longer pending)."""
        check_decision(status, by, note)
        with self._tx() as db:
            found = self._x(db, "SELECT report_id, actions FROM approvals WHERE id=?", (approval_id,)).fetchone()
            if found is None:
                raise KeyError(approval_id)
            done = self._x(
                db,
                "UPDATE approvals SET status=?, decided_by=?, decided_at=?, decision_note=?"
                " WHERE id=? AND status='pending'",
                (status, by.strip(), now(), note.strip(), approval_id),
            ).rowcount
            if not done:
                raise ValueError(f"approval {approval_id} is already decided")
            row = self._x(db, f"SELECT {ROW_COLS} FROM reports WHERE id=?", (found[0],)).fetchone()  # noqa: S608
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
        return [approval_of(r) for r in self._rows(sql + " ORDER BY id DESC LIMIT ?", args)]

    def latest_approvals(self, report_ids: Iterable[int]) -> dict[int, ApprovalRequest]:
        """Each report's newest request (decided or not), for the reports that have one."""
        ids = sorted({int(i) for i in report_ids})
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        sql = f"SELECT {APPROVAL_COLS} FROM approvals WHERE report_id IN ({marks}) ORDER BY id"  # noqa: S608
        return {a.report_id: a for a in (approval_of(r) for r in self._rows(sql, ids))}
