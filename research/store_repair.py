"""A damaged SQLite history: told apart from a busy one, set aside, rebuilt, its history copied back.

The damaged file is never deleted: it is kept beside the new one as ``<name>.damaged-<stamp>`` (with its
WAL) for IT. The new file is built and filled under another name and moved into place in one step, so a
process opening the history meanwhile sees the old file or the new one, never a half-built one; a lock
(a small SQLite file beside it, released by the system if the process dies) lets one process repair while
the others wait, then find the file healthy and use it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

# Kept by use and refilled by use: never copied from a damaged file.
_NOT_COPIED = frozenset({"cache", "sqlite_sequence"})
_BUSY_WAIT_S = 120.0  # another process repairing a large history


class Damaged(sqlite3.DatabaseError):
    """quick_check found damage in a file that opened."""


@dataclass(frozen=True)
class SetAside:
    aside: Path  # where the damaged file is kept
    salvaged: int  # reports copied back from it


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Not a database, or corrupt; "locked" and "busy" are not damage and are never set aside."""
    if isinstance(exc, Damaged):
        return True
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def check(db: sqlite3.Connection) -> None:
    """Raise ``Damaged`` unless the file reads whole (a partly damaged file opens, then fails on some pages)."""
    found = db.execute("PRAGMA quick_check(1)").fetchone()
    if found is None or found[0] != "ok":
        raise Damaged(f"quick_check: {found[0] if found else 'no answer'}")


def rebuild(path: Path, why: str, fresh: Callable[[Path], None], *, salvage: bool = True) -> SetAside | None:
    """Set the damaged ``path`` aside and put a rebuilt one in its place; None if another process did.

    ``fresh(p)`` makes an empty database at ``p`` (schema and migrations). ``salvage``: copy back every
    row that still reads (the history); without it the new file starts empty (downloaded lists, which a
    part of would mislead).
    """
    with _repair_lock(path):
        if _healthy(path):  # repaired by another process while this one waited
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        building = path.with_name(f"{path.name}.rebuilding-{os.getpid()}")
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            leftover.unlink(missing_ok=True)
        fresh(building)
        salvaged = _salvage(path, building) if salvage else 0
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        _keep(path, aside)
        if wal.exists() and wal.stat().st_size:
            _keep(wal, Path(f"{aside}-wal"))
        for stale in (wal, shm):  # a WAL left beside the new file would be replayed into it
            stale.unlink(missing_ok=True)
        os.replace(building, path)
        log.info("%s is damaged (%s); set aside as %s and rebuilt with %d reports", path, why, aside, salvaged)
        return SetAside(aside, salvaged)


@contextlib.contextmanager
def _repair_lock(path: Path) -> Iterator[None]:
    lock = sqlite3.connect(path.with_name(f"{path.name}.repair-lock"), timeout=_BUSY_WAIT_S, isolation_level=None)
    try:
        lock.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        lock.close()  # the lock goes with the connection (and with the process, if it dies)


def _healthy(path: Path) -> bool:
    if not path.exists():
        return True
    try:
        db = sqlite3.connect(path, timeout=30)
    except sqlite3.Error:
        return False
    try:
        check(db)
        return True
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        return False
    finally:
        db.close()


def _keep(src: Path, dst: Path) -> None:
    """The damaged file under its new name, unchanged; the original name stays until the new file replaces it."""
    try:
        os.link(src, dst)
    except OSError:  # no hard links on this file system
        shutil.copy2(src, dst)


def _salvage(damaged: Path, building: Path) -> int:
    """Copy every row the damaged file still gives of the history tables; returns the reports copied."""
    old = _read_only(damaged)
    new = sqlite3.connect(building, isolation_level=None)
    try:
        tables = [r[0] for r in new.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        if old is not None:
            for table in (t for t in tables if t not in _NOT_COPIED):
                _copy_table(old, new, table)
        return int(new.execute("SELECT COUNT(*) FROM reports").fetchone()[0]) if "reports" in tables else 0
    finally:
        new.close()
        if old is not None:
            old.close()


def _read_only(path: Path) -> sqlite3.Connection | None:
    """The damaged file opened for reading (with its WAL if that reads, else without), or None."""
    for query in ("mode=ro", "immutable=1"):
        try:
            db = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True)
        except sqlite3.Error:
            continue
        try:
            db.execute("SELECT name FROM sqlite_master").fetchall()
            return db
        except sqlite3.Error:
            db.close()
    return None  # not a database at all: nothing to copy


def _copy_table(old: sqlite3.Connection, new: sqlite3.Connection, table: str) -> None:
    """Rows from both ends towards the first broken page each way: one bad page loses only what it held."""
    try:
        have = {r[1] for r in old.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError:
        return
    cols = [r[1] for r in new.execute(f"PRAGMA table_info({table})") if r[1] in have]
    if not cols:
        return
    names = ", ".join(cols)
    insert = f"INSERT OR IGNORE INTO {table}({names}) VALUES ({', '.join('?' * len(cols))})"  # noqa: S608
    new.execute("BEGIN")
    last = _copy_rows(old, new, table, names, insert, ascending=True)
    if last is not None:  # stopped by a broken page: read from the other end back to it
        _copy_rows(old, new, table, names, insert, ascending=False, stop=last)
    new.execute("COMMIT")


def _copy_rows(
    old: sqlite3.Connection,
    new: sqlite3.Connection,
    table: str,
    names: str,
    insert: str,
    *,
    ascending: bool,
    stop: int | None = None,
) -> int | None:
    """Copy row by row (a cursor reading ahead would lose the row before a broken page); the rowid the
    reading stopped at when a page could not be read, else None."""
    step = "rowid > ? ORDER BY rowid" if ascending else "rowid < ? ORDER BY rowid DESC"
    # Table and column names are read from the schema; the values are bound.
    select = f"SELECT rowid, {names} FROM {table} WHERE {step} LIMIT 1"  # noqa: S608
    at = -(2**63) if ascending else 2**63 - 1
    while True:
        try:
            found = old.execute(select, (at,)).fetchone()
        except sqlite3.DatabaseError as exc:
            log.warning("%s could not be read past row %d of the damaged file: %s", table, at, exc)
            return at
        if found is None or (stop is not None and found[0] <= stop):
            return None
        at = found[0]
        new.execute(insert, found[1:])
