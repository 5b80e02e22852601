"""The lab's WHOIS (RFC 3912): read one line, answer from ``whois/<domain>.txt``, close.

Answers are templates rendered at answer time, so a fixture that says
"registered 14 days ago" stays true on any date:

    {now}                      now, UTC, as 2024-05-01T09:30:00Z
    {now-14d}                  14 days ago (units: h hours, d days, w weeks, y 365 days)
    {now+1y:%Y-%m-%d}          a strftime format after a colon
    {domain} / {DOMAIN}        the queried domain, lower / upper case

Any other brace is left as it is.

``whois/_lab.toml`` makes a domain's server misbehave instead of answering:
``["silent-whois.com"] mode = "silent"`` (accepts, never answers), ``"empty"`` (closes
without a byte), ``"garbage"`` (``megabytes`` of binary noise, 10 by default).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import random
import re
import socket
import socketserver
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

NOT_FOUND_FILE = "_not_found.txt"
RATE_LIMIT_FILE = "_ratelimit.txt"
RATE_LIMIT_SUFFIX = ".ratelimit"
DEFAULT_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
UNITS: dict[str, timedelta] = {
    "h": timedelta(hours=1),
    "d": timedelta(days=1),
    "w": timedelta(weeks=1),
    "y": timedelta(days=365),
}
TIME_PLACEHOLDER = re.compile(r"\{now(?:(?P<sign>[+-])(?P<count>\d+)(?P<unit>[hdwy]))?(?::(?P<fmt>[^{}]+))?\}")
DOMAIN_SHAPE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
MAX_QUERY_BYTES = 1024
READ_TIMEOUT_S = 5.0
RULES_FILE = "_lab.toml"
MODES = ("answer", "silent", "empty", "garbage")
SILENT_MAX_S = 60.0  # a silent server still lets go of a client that never hangs up
GARBAGE_BLOCK = random.Random(43).randbytes(64 * 1024)
DEFAULT_GARBAGE_MB = 10


def load_modes(folder: Path) -> dict[str, dict[str, Any]]:
    """Domain -> its ``_lab.toml`` table, checked now so a typo fails at lab start."""
    path = folder / RULES_FILE
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for domain, table in data.items():
        if not isinstance(table, dict) or table.get("mode", "answer") not in MODES:
            raise ValueError(f"{path}: [{domain}] needs mode = one of {MODES}")
    return {d.lower(): t for d, t in data.items()}


def query_domain(line: str) -> str:
    """The domain in a WHOIS query line, whatever the registry's flag dialect.

    ``domain x.com``, ``=x.com``, ``-T dn,ace x.de`` and ``x.jp/e`` all name x.*.
    """
    words = line.strip().split()
    if not words:
        return ""
    return words[-1].lstrip("=").split("/")[0].rstrip(".").lower()


def render(template: str, domain: str, now: datetime) -> str:
    def when(match: re.Match[str]) -> str:
        moment = now
        if match["unit"]:
            offset = UNITS[match["unit"]] * int(match["count"])
            moment = now + offset if match["sign"] == "+" else now - offset
        return moment.strftime(match["fmt"] or DEFAULT_FORMAT)

    text = TIME_PLACEHOLDER.sub(when, template)
    return text.replace("{domain}", domain).replace("{DOMAIN}", domain.upper())


def answer(folder: Path, line: str, now: datetime | None = None) -> str:
    """The full answer to one query line, with the CRLF line ends WHOIS servers send."""
    domain = query_domain(line)
    name = NOT_FOUND_FILE
    if DOMAIN_SHAPE.match(domain):
        if (folder / (domain + RATE_LIMIT_SUFFIX)).is_file():
            name = RATE_LIMIT_FILE
        elif (folder / (domain + ".txt")).is_file():
            name = domain + ".txt"
    template = (folder / name).read_text(encoding="utf-8")
    text = render(template, domain, now or datetime.now(UTC).replace(microsecond=0))
    return "\r\n".join(text.splitlines()) + "\r\n"


class WhoisHandler(socketserver.StreamRequestHandler):
    server: WhoisServer
    timeout = READ_TIMEOUT_S

    def handle(self) -> None:
        line = self.rfile.readline(MAX_QUERY_BYTES).decode("utf-8", errors="replace")
        domain = query_domain(line)
        self.server.on_query(domain)
        rule = self.server.modes.get(domain, {})
        mode = rule.get("mode", "answer")
        if mode == "silent":
            self._hold()
        elif mode == "garbage":
            self._noise(int(rule.get("megabytes", DEFAULT_GARBAGE_MB)) << 20)
        elif mode == "answer":
            self.wfile.write(answer(self.server.folder, line).encode("utf-8"))

    def _hold(self) -> None:
        """Say nothing until the client gives up (its close reads as b"")."""
        self.request.settimeout(SILENT_MAX_S)
        with contextlib.suppress(OSError):
            while self.request.recv(4096):
                pass

    def _noise(self, size: int) -> None:
        sent = 0
        with contextlib.suppress(OSError):  # a client that read enough hangs up mid-stream
            for block in itertools.repeat(GARBAGE_BLOCK):
                if sent >= size:
                    break
                self.request.sendall(block[: size - sent])
                sent += len(block)
        with contextlib.suppress(OSError):
            self.request.shutdown(socket.SHUT_WR)


class WhoisServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], folder: Path, on_query: Callable[[str], None]) -> None:
        self.folder = folder
        self.on_query = on_query
        self.modes = load_modes(folder)
        super().__init__(address, WhoisHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("lab WHOIS connection from %s failed", client_address, exc_info=True)
