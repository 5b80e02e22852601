"""The history backends every store test runs against: a SQLite file in the test's temp dir, and a fresh
database of its own on the session's real PostgreSQL (tests/lab/postgres_server.py).

``backend`` (a fixture, parametrised ``sqlite`` / ``postgres``): ``backend.open()`` a store over the test's
database (call it again for a second process or a second look at the same data), ``backend.settings()``
settings that point the product at it. tests/conftest.py registers it.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from research.settings import Settings
from research.store import Store
from research.store_api import HistoryStore

BACKENDS = ("sqlite", "postgres")
_NUMBER = itertools.count(1)


@dataclass
class Backend:
    name: str
    tmp: Path
    url: str = ""  # PostgreSQL only: the test's own database
    opened: list[Any] = field(default_factory=list)

    @property
    def sqlite_path(self) -> Path:
        return self.tmp / "cache" / "research.sqlite3"

    def open(self, *, enabled: bool = True) -> HistoryStore:
        if self.name == "sqlite":
            return Store(self.sqlite_path, enabled=enabled)
        from research.store_pg import PgStore

        store = PgStore(self.url, enabled=enabled, max_size=4)
        self.opened.append(store)
        return store

    def settings(self, **overrides: Any) -> Settings:
        return Settings(cache_dir=self.tmp / "cache", database_url=self.url, **overrides)


def new_database(request: pytest.FixtureRequest) -> str:
    server = request.getfixturevalue("postgres_server")  # started for the first test that asks
    return str(server.create_database(f"t{next(_NUMBER)}_{os.getpid()}"))


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    url = new_database(request) if request.param == "postgres" else ""
    chosen = Backend(request.param, tmp_path, url)
    yield chosen
    for store in chosen.opened:
        store.close()
    if url:
        from research.store_pg import disconnect

        disconnect(url)  # pools the product opened through open_store
