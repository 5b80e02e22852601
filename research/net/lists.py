"""The sanctions lists on disk: downloaded by ``python -m research lists update``, screened locally.

One SQLite file beside the cache (``sanctions.sqlite3``): each list with its date, its entries and
every name, normalised (research/extract/company_names.py), with a word index so a screening
compares a name only with listed names that share a word. Downloads go through the guarded fetcher.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rapidfuzz import fuzz

from research import store_repair
from research.errors import FetchError
from research.extract.company_names import tokens
from research.extract.sanctions_lists import Entry, all_names, parse
from research.net.dns import Resolver
from research.net.http import Fetcher
from research.settings import Settings

LISTS = ("ofac", "eu", "un", "uk")
_XML_TYPES = ("application/xml", "text/xml", "application/octet-stream", "text/plain", "application/x-xml")
_COMMON_WORD = 3000  # a word in more listed names than this ("trading", "mohammed") finds no candidates alone
_SCHEMA = """
CREATE TABLE IF NOT EXISTS lists (list TEXT PRIMARY KEY, url TEXT, published TEXT, downloaded TEXT, entries INTEGER);
CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, list TEXT, entry TEXT, entity TEXT, program TEXT,
    listed_on TEXT, countries TEXT, primary_name TEXT);
CREATE TABLE IF NOT EXISTS names (id INTEGER PRIMARY KEY, entry_id INTEGER, name TEXT, norm TEXT);
CREATE TABLE IF NOT EXISTS words (word TEXT, name_id INTEGER);
CREATE INDEX IF NOT EXISTS words_word ON words(word);
"""


@dataclass(frozen=True)
class ListInfo:
    list: str
    url: str
    published: str  # the list's own date, else the download date
    downloaded: str
    entries: int


@dataclass(frozen=True)
class Candidate:
    list: str
    entry: str
    entity: str
    program: str
    listed_on: str
    countries: tuple[str, ...]
    listed_name: str
    score: float


def db_path(settings: Settings) -> Path:
    return settings.cache_dir / "sanctions.sqlite3"


def _open(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        store_repair.check(db)
        db.executescript(_SCHEMA)
    except BaseException:
        db.close()
        raise
    return db


class ListsDb:
    def __init__(self, path: Path) -> None:
        self.path = path
        # A damaged file found on opening: set aside here and started empty (a part of a list would
        # mislead), so the lists must be downloaded again ("sanctions.lists_damaged", "lists.set_aside").
        self.set_aside: Path | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = _open(path)
        except sqlite3.DatabaseError as exc:
            if not store_repair.is_damage(exc):
                raise
            found = store_repair.rebuild(path, str(exc), lambda p: _open(p).close(), salvage=False)
            self.set_aside = found.aside if found is not None else None
            self._db = _open(path)

    def close(self) -> None:
        self._db.close()

    def replace(self, info: ListInfo, entries: Sequence[Entry]) -> None:
        """Swap one list for its new download, in one transaction (a screening sees old or new, never half)."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            listed = "SELECT n.id FROM names n JOIN entries e ON n.entry_id=e.id WHERE e.list=?"
            db.execute(f"DELETE FROM words WHERE name_id IN ({listed})", (info.list,))  # noqa: S608 - constant
            db.execute("DELETE FROM names WHERE entry_id IN (SELECT id FROM entries WHERE list=?)", (info.list,))
            db.execute("DELETE FROM entries WHERE list=?", (info.list,))
            ids: dict[int, int] = {}
            for e in entries:
                cur = db.execute(
                    "INSERT INTO entries(list, entry, entity, program, listed_on, countries, primary_name)"
                    " VALUES (?,?,?,?,?,?,?)",
                    (
                        e.list,
                        e.entry,
                        e.entity,
                        e.program,
                        e.listed_on,
                        json.dumps(e.countries),
                        e.names[0] if e.names else "",
                    ),
                )
                ids[id(e)] = int(cur.lastrowid or 0)
            for e, name in all_names(list(entries)):
                words = tokens(name)
                cur = db.execute(
                    "INSERT INTO names(entry_id, name, norm) VALUES (?,?,?)", (ids[id(e)], name, " ".join(words))
                )
                name_id = int(cur.lastrowid or 0)
                db.executemany(
                    "INSERT INTO words(word, name_id) VALUES (?,?)", ((w, name_id) for w in set(words) if len(w) >= 2)
                )
            db.execute(
                "INSERT OR REPLACE INTO lists(list, url, published, downloaded, entries) VALUES (?,?,?,?,?)",
                (info.list, info.url, info.published, info.downloaded, info.entries),
            )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def lists(self) -> list[ListInfo]:
        rows = self._db.execute("SELECT list, url, published, downloaded, entries FROM lists ORDER BY list")
        return [ListInfo(*r) for r in rows]

    def candidates(self, name: str, least: float) -> list[Candidate]:
        """Listed names sharing a word with ``name``, scored 0..100 (word order does not matter)."""
        words = sorted({w for w in tokens(name) if len(w) >= 2})
        norm = " ".join(tokens(name))
        if not words:
            return []
        marks = ",".join("?" * len(words))
        asked = f"SELECT word, count(*) FROM words WHERE word IN ({marks}) GROUP BY word"  # noqa: S608 - placeholders
        counts = dict(self._db.execute(asked, words))
        rare = [w for w in words if counts.get(w, 0) <= _COMMON_WORD] or words[:0]
        if not rare:
            return []
        marks = ",".join("?" * len(rare))
        rows = self._db.execute(
            "SELECT DISTINCT n.name, n.norm, e.list, e.entry, e.entity, e.program, e.listed_on, e.countries "  # noqa: S608
            f"FROM words w JOIN names n ON n.id=w.name_id JOIN entries e ON e.id=n.entry_id WHERE w.word IN ({marks})",
            rare,
        )
        out = []
        for listed, listed_norm, lst, entry, entity, program, listed_on, countries in rows:
            score = float(fuzz.token_sort_ratio(norm, listed_norm))
            if score >= least:
                out.append(
                    Candidate(lst, entry, entity, program, listed_on, tuple(json.loads(countries)), listed, score)
                )
        return sorted(out, key=lambda c: -c.score)


def _url(settings: Settings, name: str) -> str:
    return str(getattr(settings, f"sanctions_{name}_url"))


async def update(settings: Settings, only: Sequence[str] = LISTS) -> list[tuple[str, ListInfo | None, str]]:
    """Download each list named in settings, parse it, store it. (list, info or None, error code)."""
    wide = settings.replace(page_timeout_s=settings.lists_timeout_s, max_page_bytes=settings.max_list_bytes)
    resolver = Resolver(wide)
    results: list[tuple[str, ListInfo | None, str]] = []
    db = ListsDb(db_path(settings))
    try:
        async with Fetcher(wide, resolver) as http:
            for name in only:
                url = _url(settings, name)
                if not url:
                    results.append((name, None, "lists.off"))
                    continue
                results.append(await _one(http, db, name, url))
    finally:
        db.close()
    return results


async def _one(http: Fetcher, db: ListsDb, name: str, url: str) -> tuple[str, ListInfo | None, str]:
    try:
        page = await http.fetch(url, accept=_XML_TYPES, cache=False)
    except FetchError as exc:
        return name, None, exc.code
    if not page.ok:
        return name, None, f"http_{page.status}"
    if page.truncated:
        return name, None, "lists.too_big"
    try:
        published, entries = parse(name, page.text)
    except ValueError:
        return name, None, "lists.bad_file"
    today = datetime.now(UTC).date().isoformat()
    info = ListInfo(name, url, published or today, today, len(entries))
    db.replace(info, entries)
    return name, info, ""
