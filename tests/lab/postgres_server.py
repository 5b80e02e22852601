"""PostgreSQL for the tests: a fresh cluster in a temp dir, on a loopback port, durability off.

``with PostgresServer() as pg:`` gives ``pg.dsn`` (``postgresql://research:<pw>@127.0.0.1:<port>/research``)
and ``pg.create_database(name)``, the DSN of a new, empty database.
"""

from __future__ import annotations

import re
import secrets
import signal
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

import psycopg
from psycopg import sql

from tests.lab.daemon import LOOPBACK, Daemon, free_port, require_binary

PG_ROOT = Path("/usr/lib/postgresql")  # Debian: one bin/ per major version
HINT = "apt-get install postgresql (CI installs it)"
PROBE_TIMEOUT_S = 2  # libpq's minimum


class PostgresServer:
    """One cluster; the superuser ``user`` (with ``password``) owns ``database``."""

    def __init__(self, database: str = "research", user: str = "research", password: str | None = None) -> None:
        self.initdb = require_binary("initdb", *(folder / "initdb" for folder in _bin_dirs()), hint=HINT)
        self.postgres = require_binary("postgres", self.initdb.parent / "postgres", hint=HINT)
        self.host = LOOPBACK
        self.port = 0
        self.database = database
        self.user = user
        self.password = password or secrets.token_hex(12)
        self._daemon: Daemon | None = None

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def dsn(self) -> str:
        return self.dsn_for(self.database)

    def dsn_for(self, database: str) -> str:
        credentials = f"{quote(self.user, safe='')}:{quote(self.password, safe='')}"
        return f"postgresql://{credentials}@{self.host}:{self.port}/{quote(database, safe='')}"

    def start(self) -> None:
        # SIGINT is PostgreSQL's fast shutdown: clients are cut, nothing waits for them to leave.
        self._daemon = daemon = Daemon("postgres", stop_signal=signal.SIGINT)
        try:
            pwfile = daemon.write("pwfile", self.password + "\n")
            data = daemon.mkdir("data")
            daemon.run(
                [
                    self.initdb,
                    f"--pgdata={data}",
                    f"--username={self.user}",
                    f"--pwfile={pwfile}",
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--no-locale",  # C collation: the same order on every machine
                    "--no-sync",
                    "--no-instructions",
                ]
            )
            daemon.start_on_free_port(lambda: self._launch(daemon, data))
            self.create_database(self.database)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self._daemon is not None:
            self._daemon.stop()
            self._daemon = None

    @property
    def running(self) -> bool:
        return self._daemon is not None and self._daemon.running

    @property
    def data_dir(self) -> Path:
        assert self._daemon is not None, "not started"
        return self._daemon.path("data")

    def create_database(self, name: str) -> str:
        """A new empty database (for a test that wants its own); returns its DSN."""
        with psycopg.connect(self.dsn_for("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.dsn_for(name)

    def _launch(self, daemon: Daemon, data: Path) -> None:
        self.port = free_port()
        settings = {
            "listen_addresses": self.host,
            "port": str(self.port),
            "unix_socket_directories": "",  # TCP only: nothing outside the temp dir
            # Throwaway data: no flush to disk, which makes start-up and every commit fast.
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        argv: list[str | Path] = [self.postgres, "-D", data]
        for name, value in settings.items():
            argv += ["-c", f"{name}={value}"]
        daemon.start(argv, ready=self._accepts_login)

    def _accepts_login(self) -> bool:
        try:
            psycopg.connect(self.dsn_for("postgres"), connect_timeout=PROBE_TIMEOUT_S).close()
        except psycopg.OperationalError:
            return False
        return True


def _bin_dirs() -> list[Path]:
    """Debian's bin/ folders, newest major version first."""

    def major(folder: Path) -> int:
        name = folder.parent.name
        return int(name) if re.fullmatch(r"\d+", name) else -1

    return sorted(PG_ROOT.glob("*/bin"), key=major, reverse=True)
