"""Raw TCP servers for the hostile-network tests: traps that log, and ports that misbehave.

The hostile tests play the internet with one loopback address, the lab's 127.0.0.1 (the
product's private allow-list lets exactly that one through). Every other loopback address
stands for the forbidden inside: a router, an intranet, a metadata service. A ``Trap``
listens there, on the very ports the product would dial (the lab's HTTP, HTTPS and WHOIS
ports), and logs every connection it accepts; the tests assert its log stays empty.

    with Trap(("127.0.0.2", "::1"), (lab.http_port, lab.https_port)) as trap:
        ...
        assert trap.log == []

``RawServer`` is a listener on 127.0.0.1 that accepts and then either never says a word
(``silent``) or speaks noise where TLS is expected (``garbage``).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import socketserver
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Literal

log = logging.getLogger(__name__)

FORBIDDEN_LOOPBACK = ("127.0.0.2", "::1")  # stand-ins for the inside; 127.0.0.1 is "the internet"
POLL_INTERVAL_S = 0.05
HOLD_MAX_S = 60.0  # a silent server lets go of a client that never hangs up
GARBAGE = b"\x15\x03\x01\x00\x02\x02\x50" + b"HTTP/1.1 200 OK\r\n\r\n" + bytes(range(256)) * 16
Behaviour = Literal["trap", "silent", "garbage"]


@dataclass(frozen=True)
class Knock:
    """One connection a trap accepted: who dialled which forbidden address and port."""

    address: str
    port: int
    peer: str
    at: float


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], behaviour: Behaviour, log: list[Knock]) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.behaviour = behaviour
        self.knocks = log
        self.lock = threading.Lock()
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        log.debug("raw server connection from %s failed", client_address, exc_info=True)


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        sock: socket.socket = self.request
        here = sock.getsockname()
        with self.server.lock:
            self.server.knocks.append(Knock(here[0], here[1], str(self.client_address[0]), time.time()))
        if self.server.behaviour == "garbage":
            with contextlib.suppress(OSError):
                sock.sendall(GARBAGE)
        elif self.server.behaviour == "silent":
            sock.settimeout(HOLD_MAX_S)
            with contextlib.suppress(OSError):
                while sock.recv(4096):
                    pass
        # a trap closes at once: what matters is that the connection was made at all


class _Group:
    """Listeners started together, stopped together, sharing one log."""

    def __init__(self) -> None:
        self.log: list[Knock] = []
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []

    def _listen(self, address: tuple[str, int], behaviour: Behaviour) -> _Server:
        server = _Server(address, behaviour, self.log)
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": POLL_INTERVAL_S}, daemon=True, name="raw"
        )
        thread.start()
        self._servers.append(server)
        self._threads.append(thread)
        return server

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(5.0)
        self._servers.clear()
        self._threads.clear()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class Trap(_Group):
    """Logs every connection to the forbidden addresses on the given ports."""

    def __init__(self, addresses: tuple[str, ...], ports: tuple[int, ...]) -> None:
        super().__init__()
        self.addresses = addresses
        self.ports = ports
        self.watching: list[tuple[str, int]] = []  # what could be bound (no IPv6 on some hosts)

    def start(self) -> Trap:
        for address in self.addresses:
            for port in self.ports:
                try:
                    self._listen((address, port), "trap")
                except OSError as exc:
                    log.info("trap cannot listen on %s port %s: %s", address, port, exc)
                    continue
                self.watching.append((address, port))
        return self

    def __enter__(self) -> Trap:
        return self.start()


class RawServer(_Group):
    """One listener on ``host`` (an ephemeral port) that is ``silent`` or speaks ``garbage``."""

    def __init__(self, behaviour: Behaviour, host: str = "127.0.0.1") -> None:
        super().__init__()
        self.behaviour = behaviour
        self.host = host
        self.port = 0

    def start(self) -> RawServer:
        server = self._listen((self.host, 0), self.behaviour)
        self.port = int(server.server_address[1])
        return self

    def __enter__(self) -> RawServer:
        return self.start()


def closed_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on (bound, then released): connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
