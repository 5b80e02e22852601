"""A small internet on loopback: DNS, HTTP, HTTPS and WHOIS for the test suite.

    with Lab() as lab:
        os.environ.update(lab.env())   # the product now talks only to the lab

Everything the servers answer comes from files beside this module: ``zones.toml``,
``sites/<host>/`` (with optional ``_lab.toml`` rules) and ``whois/<domain>.txt``.
See README.md here for the formats.
"""

from __future__ import annotations

import errno
import socketserver
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from dnslib.server import DNSServer

from tests.lab.dns_server import LabDNSHandler, QuietLogger, ZoneResolver, Zones
from tests.lab.http_server import Hit, Sites, VHostServer
from tests.lab.tls import LabCA
from tests.lab.whois_server import WhoisServer

LAB_ROOT = Path(__file__).resolve().parent
T = TypeVar("T")
LOOPBACK = "127.0.0.1"
POLL_INTERVAL_S = 0.05  # how fast serve_forever notices shutdown()
JOIN_TIMEOUT_S = 5.0
PORT_ATTEMPTS = 20  # UDP and TCP DNS must share a port; another process may hold the TCP one


@dataclass(frozen=True)
class Request:
    """One request as the lab saw it: when it arrived and when its answer was released (after the latency)."""

    kind: str  # dns | http | whois
    what: str
    arrived: float  # time.monotonic()
    answered: float


class Lab:
    """Starts every lab server on ephemeral loopback ports; stops them on exit."""

    def __init__(self, root: Path = LAB_ROOT, host: str = LOOPBACK, latency_s: float = 0.0) -> None:
        self.root = Path(root).resolve()
        self.host = host
        # Added to every DNS, HTTP and WHOIS answer, so a benchmark sees internet-like round trips.
        self.latency_s = latency_s
        self.zones = Zones.load(self.root / "zones.toml")
        self.sites = Sites(self.root / "sites", self.zones)
        self.dns_port = self.http_port = self.https_port = self.whois_port = 0
        # What clients asked, for tests that check the product stayed in bounds.
        self.dns_log: list[tuple[str, str]] = []
        self.http_log: list[Hit] = []
        self.whois_log: list[str] = []
        # Every request of the three logs with its times, in arrival order: a benchmark reads the
        # longest chain of dependent requests from it (scripts/bench.py).
        self.timeline: list[Request] = []
        self._stopping = threading.Event()
        self._servers: list[socketserver.BaseServer] = []
        self._threads: list[threading.Thread] = []
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.ca_file = Path()
        self.ca: LabCA | None = None  # also signs the certificates of other lab servers (IMAPS)
        self.cache_dir = Path()

    def __enter__(self) -> Lab:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        self._stopping.clear()
        self._tmp = tempfile.TemporaryDirectory(prefix="research-lab-")
        tmp = Path(self._tmp.name)
        self.cache_dir = tmp / "cache"
        self.cache_dir.mkdir()
        self.ca = ca = LabCA(self.sites.knows)
        self.ca_file = ca.write_pem(tmp / "lab-ca.pem")
        try:
            self.dns_port = self._start_dns()
            self.http_port = self._serve(self._vhost(None))
            self.https_port = self._serve(self._vhost(ca))
            self.whois_port = self._serve(self._whois())
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        # Streams (drip, infinite) watch this event, so no handler outlives the lab for long.
        self._stopping.set()
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(JOIN_TIMEOUT_S)
        self._servers.clear()
        self._threads.clear()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def env(self) -> dict[str, str]:
        """The RESEARCH_* variables that point the product at this lab and nowhere else."""
        return {
            "RESEARCH_NAMESERVERS": f"{self.host}:{self.dns_port}",
            "RESEARCH_WHOIS_SERVER": f"{self.host}:{self.whois_port}",
            "RESEARCH_ALLOW_PRIVATE_NETWORKS": "1",
            "RESEARCH_HTTP_PORTS": f"80={self.http_port},443={self.https_port}",
            "RESEARCH_CA_BUNDLE": str(self.ca_file),
            "RESEARCH_CACHE_DIR": str(self.cache_dir),
        }

    def url(self, host: str, path: str = "/", https: bool = False) -> str:
        """``http://host:<lab port>/path``: the fixture name with the lab's real port.

        Use it with ``tests.lab.client.lab_client(lab)``, which connects every name
        to loopback while keeping Host and SNI, or with the product under ``env()``.
        """
        scheme, port = ("https", self.https_port) if https else ("http", self.http_port)
        return f"{scheme}://{host}:{port}/{path.lstrip('/')}"

    # -- servers -------------------------------------------------------------

    def _vhost(self, ca: LabCA | None) -> VHostServer:
        tls = ca.server_context if ca is not None else None
        log = self._logged("http", self.http_log.append)
        return VHostServer((self.host, 0), self.sites, self._stopping, log, tls)

    def _whois(self) -> WhoisServer:
        return WhoisServer((self.host, 0), self.root / "whois", self._logged("whois", self.whois_log.append))

    def _logged(self, kind: str, append: Callable[[T], None]) -> Callable[[T], None]:
        """Log what a client asked, then wait the simulated round trip (each server thread waits alone)."""

        def hook(item: T) -> None:
            arrived = time.monotonic()
            append(item)
            if self.latency_s:
                self._stopping.wait(self.latency_s)
            self.timeline.append(Request(kind, _describe(item), arrived, time.monotonic()))

        return hook

    def _start_dns(self) -> int:
        log = self._logged("dns", self.dns_log.append)
        resolver = ZoneResolver(self.zones, lambda name, qtype: log((name, qtype)))

        def make(port: int, tcp: bool) -> socketserver.BaseServer:
            server = DNSServer(resolver, self.host, port, tcp, QuietLogger(), LabDNSHandler)
            return server.server  # type: ignore[no-any-return]

        for _ in range(PORT_ATTEMPTS):
            udp = make(0, tcp=False)
            port = _port_of(udp)
            try:
                tcp = make(port, tcp=True)
            except OSError as exc:
                udp.server_close()
                if exc.errno != errno.EADDRINUSE:
                    raise
                continue
            self._serve(udp)
            self._serve(tcp)
            return port
        raise OSError(errno.EADDRINUSE, "no port free for both UDP and TCP DNS")

    def _serve(self, server: socketserver.BaseServer) -> int:
        serve: Callable[..., None] = server.serve_forever
        thread = threading.Thread(target=serve, kwargs={"poll_interval": POLL_INTERVAL_S}, daemon=True, name="lab")
        thread.start()
        self._servers.append(server)
        self._threads.append(thread)
        return _port_of(server)


def _describe(item: object) -> str:
    if isinstance(item, Hit):
        return f"{item.scheme}://{item.host}{item.path}"
    if isinstance(item, tuple):
        return " ".join(str(part) for part in item)
    return str(item)


def _port_of(server: socketserver.BaseServer) -> int:
    address = server.server_address
    assert isinstance(address, tuple), "the lab binds IP sockets only"
    return int(address[1])
