"""Test-wide set-up: a socket guard, the loopback lab and the lab's real servers.

The guard fails any test that tries to reach beyond loopback, so no test can
touch the internet by accident (or by a bug in the SSRF guard).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# Session fixtures: the mini-internet, its traps and case table, and real servers started only
# for tests that ask for them.
from tests.lab.fixtures import (  # noqa: F401
    casebook,
    dialled,
    imap_server,
    lab,
    postgres_server,
    redis_server,
    trap,
)

# ``backend``: each store test once on SQLite and once on PostgreSQL (tests/store_backends.py).
from tests.store_backends import backend  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


class ExternalConnectionError(AssertionError):
    pass


def _is_loopback(address: Any) -> bool:
    if isinstance(address, (str, bytes)) and not isinstance(address, tuple):
        return True  # AF_UNIX path
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", ""):
        return True
    try:
        ip = ipaddress.ip_address(str(host).split("%", 1)[0])
    except ValueError:
        return False
    inner = getattr(ip, "ipv4_mapped", None)
    return ip.is_loopback or (inner is not None and inner.is_loopback)


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto
_real_getaddrinfo = socket.getaddrinfo


@dataclass
class Sockets:
    """What a test's sockets did, as the guard saw it: product code that catches the guard's error (a
    check that fails quietly) cannot hide an attempt from a test that reads this."""

    # Loopback host and port reached (connect or sendto), and the sending socket's own port: a server's
    # reply goes from its listening port.
    reached: list[tuple[str, int, int]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # beyond loopback: stopped by the guard


_recording: list[Sockets] = []  # the ``sockets`` fixture's record while its test runs


def _guard(address: Any, sock: socket.socket | None = None) -> None:
    if not _is_loopback(address):
        for record in _recording:
            record.refused.append(repr(address))
        raise ExternalConnectionError(f"test tried to reach {address!r} beyond loopback")
    if isinstance(address, tuple) and sock is not None and _recording:
        own = sock.getsockname()
        for record in _recording:
            record.reached.append((str(address[0]), int(address[1]), int(own[1]) if isinstance(own, tuple) else 0))


def _connect(self: socket.socket, address: Any) -> Any:
    _guard(address, self)
    return _real_connect(self, address)


def _connect_ex(self: socket.socket, address: Any) -> Any:
    _guard(address, self)
    return _real_connect_ex(self, address)


def _sendto(self: socket.socket, data: Any, *args: Any) -> Any:
    _guard(args[-1], self)
    return _real_sendto(self, data, *args)


def _getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if host is not None and not _is_loopback((host.decode() if isinstance(host, bytes) else host, 0)):
        for record in _recording:
            record.refused.append(repr(host))
        raise ExternalConnectionError(f"test tried to resolve {host!r} with the system resolver")
    return _real_getaddrinfo(host, *args, **kwargs)


def pytest_configure(config: pytest.Config) -> None:
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _sendto  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = _getaddrinfo


@pytest.fixture
def sockets() -> Iterator[Sockets]:
    """Every address this test's sockets reached and every one the guard refused, as it happens."""
    record = Sockets()
    _recording.append(record)
    yield record
    _recording.remove(record)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def tmp_cache(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "cache"
