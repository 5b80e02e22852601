"""Redis for the tests: a loopback port, a password, nothing written to disk.

``with RedisServer() as server:`` gives ``server.url`` (``redis://:<pw>@127.0.0.1:<port>/0``).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from tests.lab.daemon import LOOPBACK, Daemon, free_port, require_binary

HINT = "apt-get install redis-server (CI installs it)"
PROBE_TIMEOUT_S = 0.25  # the wait loop probes again; redis-py's own retries would only slow it


class RedisServer:
    """One redis-server; every client must give ``password`` (as a product deployment would)."""

    def __init__(self, password: str | None = None) -> None:
        self.binary = require_binary("redis-server", hint=HINT)
        self.host = LOOPBACK
        self.port = 0
        self.password = password or secrets.token_hex(12)
        self._daemon: Daemon | None = None

    def __enter__(self) -> RedisServer:
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
    def url(self) -> str:
        return self.url_for(0)

    def url_for(self, db: int) -> str:
        """The URL of logical database ``db`` (0-15): a test can keep its keys apart from others'."""
        return f"redis://:{quote(self.password, safe='')}@{self.host}:{self.port}/{db}"

    def start(self) -> None:
        self._daemon = daemon = Daemon("redis")
        try:
            daemon.start_on_free_port(lambda: self._launch(daemon))
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
    def work_dir(self) -> Path:
        assert self._daemon is not None, "not started"
        return self._daemon.dir

    def _launch(self, daemon: Daemon) -> None:
        self.port = free_port()
        config = daemon.write(
            "redis.conf",
            "\n".join(
                [
                    f"bind {self.host}",
                    f"port {self.port}",
                    "protected-mode yes",
                    "daemonize no",
                    f"dir {daemon.dir}",
                    'logfile ""',  # stdout, which the daemon writes to its log
                    'save ""',  # no snapshots and no append-only file: nothing outlives the server
                    "appendonly no",
                    f"requirepass {self.password}",
                    "",
                ]
            ),
        )
        daemon.start([self.binary, config], ready=self._answers_ping)

    def _answers_ping(self) -> bool:
        client = redis.Redis.from_url(
            self.url,
            socket_timeout=PROBE_TIMEOUT_S,
            socket_connect_timeout=PROBE_TIMEOUT_S,
            retry=Retry(NoBackoff(), 0),
        )
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False
        finally:
            client.close()
