"""The lab's web: virtual hosts from ``sites/<host>/``, hostile behaviours from ``_lab.toml``.

One handler serves both HTTP and HTTPS; the only difference is that the HTTPS
server wraps each accepted socket in TLS inside that connection's own thread,
so a client that never finishes its handshake cannot stall the accept loop.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import logging
import mimetypes
import re
import socketserver
import ssl
import threading
import time
import tomllib
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.lab.dns_server import Zones

log = logging.getLogger(__name__)

RULES_FILE = "_lab.toml"
# Served as-is; anything else falls back to the mimetypes module, then to bytes.
CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".css": "text/css",
    ".js": "text/javascript",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".svg": "image/svg+xml",
}
DEFAULT_CONTENT_TYPE = "application/octet-stream"
HTML = "text/html; charset=utf-8"
ENDLESS_PREFIX = b"<!doctype html><html><head><title>Loading</title></head><body>\n"
FILLER = b"<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>\n"
BOMB_PREFIX = b"<!doctype html><html><body>"
MEBIBYTE = 1 << 20
BLOCK = 16 * 1024
TICKS_PER_S = 10  # a drip writes this many small pieces per second
CONNECTION_TIMEOUT_S = 10.0  # idle keep-alive or a client that stopped reading


@dataclass(frozen=True)
class Rule:
    """What ``_lab.toml`` can ask of one path; every field is optional in the file."""

    status: int | None = None
    redirect: str | None = None
    file: str | None = None
    body: str | None = None
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    drip_bytes_per_s: int | None = None
    duration_s: float | None = None
    infinite: bool = False
    gzip_bomb_mb: int | None = None
    brotli_bomb_mb: int | None = None
    size_mb: int | None = None
    drop: bool = False
    # A JSON API answering by query ("/search?q=..."): this file of the site folder, its {name}s filled
    # with the query's values as slugs ("Billbrookdeich 216, Hamburg" -> "billbrookdeich-216-hamburg");
    # when that file does not exist, the rest of the rule applies (file, body or 404).
    query_file: str | None = None


RULE_KEYS = frozenset(f.name for f in fields(Rule))


def _is_pattern(path: str) -> bool:
    return any(c in path for c in "*?[")


def load_rules(path: Path) -> dict[str, dict[str, Any]]:
    """Path pattern -> raw rule table, checked now so a typo fails at lab start."""
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for pattern, table in data.items():
        if not pattern.startswith("/") or not isinstance(table, dict):
            raise ValueError(f"{path}: [{pattern}] must be a table named by a path like /old")
        if unknown := set(table) - RULE_KEYS:
            raise ValueError(f"{path}: [{pattern}] unknown keys {sorted(unknown)}")
    return data


def rule_for(rules: dict[str, dict[str, Any]], path: str) -> Rule:
    """Merge every matching table: patterns first (file order), then the exact path."""
    matching = [p for p in rules if _is_pattern(p) and fnmatch.fnmatchcase(path, p)]
    matching += [path] if path in rules else []
    merged: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for pattern in matching:
        table = rules[pattern]
        headers.update(table.get("headers", {}))
        merged.update(table)
    merged["headers"] = headers
    return Rule(**merged)


@dataclass(frozen=True)
class Site:
    host: str
    folder: Path
    rules: dict[str, dict[str, Any]]

    def file_for(self, path: str) -> Path | None:
        """``/`` -> index.html, ``/about`` -> about, about.html or about/index.html."""
        rel = path.lstrip("/")
        parts = [p for p in rel.split("/") if p]
        # Dot and underscore names are the lab's own (``_lab.toml``) or traversal.
        if "\x00" in rel or any(p.startswith((".", "_")) for p in parts):
            return None
        is_folder = not rel or rel.endswith("/")
        candidates = [rel + "index.html"] if is_folder else [rel, rel + ".html", rel + "/index.html"]
        for candidate in candidates:
            target = self.folder / candidate
            if target.is_file():
                return target
        return None


class Sites:
    """Host name -> Site, following the lab's zones for the ``www.`` alias."""

    def __init__(self, root: Path, zones: Zones) -> None:
        self.zones = zones
        self.sites = {
            folder.name.lower(): Site(folder.name.lower(), folder, load_rules(folder / RULES_FILE))
            for folder in (sorted(root.iterdir()) if root.is_dir() else [])
            if folder.is_dir() and not folder.name.startswith((".", "_"))
        }

    def site_for(self, host: str) -> Site | None:
        if host in self.sites:
            return self.sites[host]
        # www.<domain> is the same site only where DNS says www exists, as on a real host.
        bare = host.removeprefix("www.")
        if bare != host and self.zones.knows(host):
            return self.sites.get(bare)
        return None

    def knows(self, host: str) -> bool:
        return self.site_for(host) is not None or self.zones.knows(host)


@dataclass(frozen=True)
class Reply:
    status: int
    headers: list[tuple[str, str]]
    body: bytes = b""
    endless: bool = False  # ``body`` then FILLER forever
    rate: int | None = None  # bytes per second, None for full speed
    duration_s: float | None = None
    delay_s: float = 0.0
    drop: bool = False
    length: int | None = None  # with ``endless``: stop after this many bytes, declared up front


def _status_page(status: int) -> bytes:
    try:
        title = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:  # a made-up status such as 599 has no phrase
        title = str(status)
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>\n".encode()


def status_reply(status: int) -> Reply:
    return Reply(status, [("Content-Type", HTML)], _status_page(status))


def content_type_for(path: Path) -> str:
    suffix = path.suffix.lower()
    return CONTENT_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or DEFAULT_CONTENT_TYPE


@functools.lru_cache(maxsize=4)
def gzip_bomb(megabytes: int) -> bytes:
    """A small gzip member that inflates to ``megabytes`` MiB of HTML-ish spaces."""
    gz = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip container
    block = b" " * MEBIBYTE
    parts = [gz.compress(BOMB_PREFIX)] + [gz.compress(block) for _ in range(megabytes)]
    return b"".join([*parts, gz.flush()])


@functools.lru_cache(maxsize=2)
def brotli_bomb(megabytes: int) -> bytes:
    """A brotli stream (``Content-Encoding: br``) that inflates to ``megabytes`` MiB of spaces."""
    import brotli  # dev-only dependency; only this rule needs it

    return bytes(brotli.compress(BOMB_PREFIX + b" " * (megabytes * MEBIBYTE), quality=5))


def _body(site: Site, rule: Rule, path: str) -> tuple[bytes, str] | None:
    if rule.body is not None:
        return rule.body.encode("utf-8"), HTML
    target = site.folder / rule.file if rule.file else site.file_for(path)
    if target is None or not target.is_file():
        return None
    return target.read_bytes(), content_type_for(target)


def slug(value: str) -> str:
    """A query value as a file name: lower case, runs of other characters as one dash, 120 at most."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")[:120] or "_"


def _by_query(site: Site, rule: Rule, query: str) -> Rule:
    if not rule.query_file:
        return rule
    values = {k: slug(v) for k, v in parse_qsl(query, keep_blank_values=True)}
    try:
        name = rule.query_file.format_map(values)
    except KeyError:
        return rule
    if (site.folder / name).is_file():
        return dataclasses.replace(rule, file=name, status=None)
    return rule


def plan(site: Site, path: str, query: str = "") -> Reply:
    """Decide the whole response for ``path`` (and its query) before writing a byte of it."""
    rule = _by_query(site, rule_for(site.rules, path), query)
    reply = _content_reply(site, rule, path)
    return dataclasses.replace(reply, delay_s=rule.delay_s, drop=rule.drop, duration_s=rule.duration_s)


def _content_reply(site: Site, rule: Rule, path: str) -> Reply:
    extra = list(rule.headers.items())
    if rule.redirect is not None:
        status = rule.status or 302
        return Reply(status, [("Location", rule.redirect), ("Content-Type", HTML), *extra], _status_page(status))
    if rule.gzip_bomb_mb:
        headers = [("Content-Type", rule.content_type or HTML), ("Content-Encoding", "gzip"), *extra]
        return Reply(rule.status or 200, headers, gzip_bomb(rule.gzip_bomb_mb))
    if rule.brotli_bomb_mb:
        headers = [("Content-Type", rule.content_type or HTML), ("Content-Encoding", "br"), *extra]
        return Reply(rule.status or 200, headers, brotli_bomb(rule.brotli_bomb_mb))
    if rule.size_mb:
        headers = [("Content-Type", rule.content_type or HTML), *extra]
        return Reply(
            rule.status or 200, headers, ENDLESS_PREFIX, True, rule.drip_bytes_per_s, length=rule.size_mb * MEBIBYTE
        )
    found = _body(site, rule, path)
    # A drip or infinite rule with nothing to send streams generated HTML.
    endless = rule.infinite or (found is None and rule.drip_bytes_per_s is not None)
    if found is None and not endless:
        status = rule.status or 404
        return Reply(status, [("Content-Type", HTML), *extra], _status_page(status))
    body, guessed = found if found is not None else (ENDLESS_PREFIX, HTML)
    headers = [("Content-Type", rule.content_type or guessed), *extra]
    return Reply(rule.status or 200, headers, body, endless, rule.drip_bytes_per_s)


def request_host(header: str | None) -> str:
    """The Host header without port or trailing dot: ``Example.com:8080`` -> ``example.com``."""
    if not header:
        return ""
    try:
        host = urlsplit("//" + header.strip()).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".")


def _pieces(body: bytes, filler: bytes, size: int) -> Iterator[bytes]:
    """``body`` (then ``filler`` forever, if given) in pieces of ``size`` bytes."""
    buffer = bytearray(body)
    while True:
        while filler and len(buffer) < size:
            buffer += filler
        if not buffer:
            return
        yield bytes(buffer[:size])
        del buffer[:size]


@dataclass(frozen=True)
class Hit:
    """One answered request, kept so tests can check what a client asked for."""

    scheme: str
    host: str
    path: str
    status: int
    query: str = ""
    headers: tuple[tuple[str, str], ...] = ()  # what the client sent (User-Agent, Authorization ...)


class VHostServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        sites: Sites,
        stopping: threading.Event,
        on_hit: Callable[[Hit], None],
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.sites = sites
        self.stopping = stopping
        self.on_hit = on_hit
        self.tls = tls
        super().__init__(address, VHostHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls getfqdn(), a reverse DNS look-up the lab must not make.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]  # type: ignore[assignment]

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that reject the lab's certificate or hang up are expected in tests.
        log.debug("lab HTTP connection from %s ended with an error", client_address, exc_info=True)


class VHostHandler(BaseHTTPRequestHandler):
    server: VHostServer
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""
    timeout = CONNECTION_TIMEOUT_S

    def setup(self) -> None:
        if self.server.tls is not None:
            self.request.settimeout(self.timeout)
            self.request = self.server.tls.wrap_socket(self.request, server_side=True)
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("lab HTTP %s: " + format, self.client_address, *args)

    def do_GET(self) -> None:
        self._serve(head_only=False)

    def do_HEAD(self) -> None:
        self._serve(head_only=True)

    def _serve(self, head_only: bool) -> None:
        host = request_host(self.headers.get("Host"))
        path = unquote(urlsplit(self.path).path) or "/"
        query = urlsplit(self.path).query
        site = self.server.sites.site_for(host)
        # 421: this server does not serve that name, what a CDN answers for a foreign Host.
        reply = plan(site, path, query) if site is not None else status_reply(421)
        scheme = "https" if self.server.tls is not None else "http"
        sent = tuple((k, v) for k, v in self.headers.items())
        self.server.on_hit(Hit(scheme, host, path, reply.status, query, sent))
        try:
            self._send(reply, head_only)
        except OSError:  # the client hung up; nothing left to tell it
            self.close_connection = True

    def _send(self, reply: Reply, head_only: bool) -> None:
        if reply.delay_s and self.server.stopping.wait(reply.delay_s):
            self.close_connection = True
            return
        if reply.drop:
            self.close_connection = True
            return
        chunked = reply.endless and reply.length is None and self.request_version == "HTTP/1.1"
        self.send_response_only(reply.status)
        for name, value in self._with_defaults(reply.headers):
            self.send_header(name, value)
        if reply.length is not None:
            self.send_header("Content-Length", str(reply.length))
        elif chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif reply.endless:
            self.send_header("Connection", "close")  # old clients: the end of body is the close
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if not head_only:
            self._write_body(reply, chunked)

    def _with_defaults(self, headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
        # A rule may pose as another server (Server = "cloudflare"): its headers win.
        given = {name.lower() for name, _ in headers}
        defaults = [("Server", self.version_string()), ("Date", self.date_time_string())]
        return [(n, v) for n, v in defaults if n.lower() not in given] + headers

    def _write_body(self, reply: Reply, chunked: bool) -> None:
        size = max(1, reply.rate // TICKS_PER_S) if reply.rate else BLOCK
        deadline = time.monotonic() + reply.duration_s if reply.duration_s else float("inf")
        complete = True
        left = reply.length if reply.length is not None else -1
        for piece in _pieces(reply.body, FILLER if reply.endless else b"", size):
            if left == 0:
                break
            if left > 0:
                piece, left = piece[:left], left - min(left, len(piece))
            if self.server.stopping.is_set() or time.monotonic() >= deadline:
                complete = False
                break
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            if reply.rate and self.server.stopping.wait(1 / TICKS_PER_S):
                complete = False
                break
        if chunked and not self.server.stopping.is_set():
            self.wfile.write(b"0\r\n\r\n")  # a timed stream ends cleanly
        elif not complete:
            self.close_connection = True  # a cut Content-Length body must not be reused
