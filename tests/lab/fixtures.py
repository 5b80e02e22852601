"""pytest fixtures for the lab; import them in a conftest or a test module:
``from tests.lab.fixtures import lab, lab_env  # noqa: F401``.

The real servers (PostgreSQL, Redis, Dovecot) start only for a session that asks for them,
and their modules (and client libraries) are imported only then.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import pytest

from tests.lab.casebook import Casebook
from tests.lab.daemon import BinaryMissing
from tests.lab.lab import LAB_ROOT, Lab
from tests.lab.raw import FORBIDDEN_LOOPBACK, Trap

if TYPE_CHECKING:
    from tests.lab.imap_server import ImapServer
    from tests.lab.postgres_server import PostgresServer
    from tests.lab.redis_server import RedisServer


class _Server(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...


S = TypeVar("S", bound=_Server)


@pytest.fixture(scope="session")
def lab() -> Iterator[Lab]:
    """One lab for the whole session: starting it issues a CA and binds four ports."""
    with Lab(root=LAB_ROOT) as started:
        yield started


@pytest.fixture
def lab_env(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Lab:
    """The lab, with this test's environment pointing the product at it."""
    for name, value in lab.env().items():
        monkeypatch.setenv(name, value)
    return lab


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster for the session: ``.dsn``, ``.create_database(name)`` for a test of its own."""
    from tests.lab.postgres_server import PostgresServer

    yield from _running(PostgresServer)


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A Redis for the session: ``.url`` (db 0), ``.url_for(db)`` to keep a test's keys apart."""
    from tests.lab.redis_server import RedisServer

    yield from _running(RedisServer)


@pytest.fixture(scope="session")
def imap_server(lab: Lab) -> Iterator[ImapServer]:
    """Dovecot for the session, its IMAPS certificate signed by the lab's CA (``lab.ca_file``)."""
    from tests.lab.imap_server import ImapServer

    yield from _running(lambda: ImapServer(ca=lab.ca))


def _running(make: Callable[[], S]) -> Iterator[S]:
    """Start, yield, and stop even when the session fails; skip only when the server is not installed."""
    try:
        server = make()
    except BinaryMissing as missing:
        pytest.skip(str(missing))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def trap(lab: Lab) -> Iterator[Trap]:
    """Listeners on the forbidden loopback addresses, on every port the product would dial there."""
    with Trap(FORBIDDEN_LOOPBACK, (lab.http_port, lab.https_port, lab.whois_port)) as started:
        yield started


@pytest.fixture
def dialled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every address this test's sockets tried to connect to, as the client saw it.

    Recorded before the suite's socket guard runs, so an attempt the guard stops
    (a 10.x or 169.254.x target) is on the list too.
    """
    seen: list[str] = []
    inner = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> Any:
        if isinstance(address, tuple):
            seen.append(str(address[0]))
        return inner(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return seen


@pytest.fixture(scope="session")
def casebook() -> Iterator[Casebook]:
    """The hostile-network case table, shared by every test that fills it (casebook.py)."""
    book = Casebook()
    yield book
    book.write_if_asked()
