"""One guarded HTTP client for all fetching.

The guard sits in the network backend: every TCP connection, first hop or
redirect, resolves the host with our own resolver, refuses non-public
addresses and connects to exactly the address it checked, so a DNS answer
cannot change between the check and the connection (no DNS rebinding).
Bodies are inflated by hand under a byte cap, so a gzip bomb costs nothing.
"""

from __future__ import annotations

import asyncio
import errno
import os
import ssl
import time
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import certifi
import httpcore
import httpx
import idna

from research.errors import FetchError
from research.extract.encoding import decode_body, looks_binary
from research.net.dns import Resolver, to_ascii
from research.net.flight import Flights
from research.net.guard import parse_host_ip
from research.net.targets import addresses_to_dial
from research.settings import Settings
from research.store_api import Cache

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = (*HTML_TYPES, "text/plain", "application/xml", "text/xml", "application/rss+xml")
_REDIRECTS = (301, 302, 303, 307, 308)
_CACHE_KIND = "http"
_LOCATION = "research_location"
_KEEP_HEADERS = ("content-type", "server", "x-powered-by", "content-language", "location", "last-modified")


@dataclass(frozen=True)
class Page:
    url: str
    final_url: str
    status: int
    content_type: str = ""
    text: str = ""
    encoding: str = ""
    truncated: bool = False
    redirects: tuple[str, ...] = ()
    address: str = ""
    elapsed_ms: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    # The TLS certificate the server showed (subject and issuer fields, validity), for https pages.
    certificate: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Page:
        return cls(**{**data, "redirects": tuple(data.get("redirects", ()))})


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves with our resolver, checks, pins: the SSRF guard."""

    def __init__(self, resolver: Resolver, settings: Settings) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._resolver = resolver
        self._settings = settings

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface fixes the signature
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await addresses_to_dial(host, self._resolver, self._settings)
        errors: list[Exception] = []
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, self._settings.http_port(port), timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout, OSError) as exc:
                errors.append(exc)
        # Refused everywhere: nothing listens, the site is down. Anything else may be on our side.
        code = "net.refused" if all(_refused(e) for e in errors) else "net.connect_failed"
        raise FetchError(f"cannot connect to {host}: {errors[-1]}", code=code, host=host)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _refused(exc: BaseException | None) -> bool:
    """Was this (or what caused it) a refused connection: a port nobody listens on?"""
    if exc is None:
        return False
    if isinstance(exc, OSError) and exc.errno == errno.ECONNREFUSED:
        return True  # ConnectionRefusedError, or an OSError anyio built from one
    return _refused(exc.__cause__ or exc.__context__)


class _GuardedTransport(httpx.AsyncHTTPTransport):
    def __init__(self, backend: GuardedBackend, ssl_context: ssl.SSLContext, per_site: int) -> None:
        super().__init__(verify=ssl_context, trust_env=False)
        # httpx exposes no hook for the network backend; the pool is rebuilt with ours.
        self._pool = PoolPerSite(per_site, ssl_context=ssl_context, network_backend=backend)


class PoolPerSite(httpcore.AsyncConnectionPool):
    """A small connection pool for each origin, so a batch's pages reuse their site's connections.

    One shared pool cannot do that cheaply: httpcore scans every connection of the pool on each request,
    and (httpcore 1.0.9) closes every idle connection once the pool holds more connections in all than
    ``max_keepalive_connections``. A batch visits dozens of sites at once, so either the pool was small
    and almost every request paid a new TCP and TLS handshake, or it was big and every request paid a
    long scan. Here a scan sees one site's few connections. A site's pool is closed once it has been
    idle for ``KEEPALIVE_S``, so a long batch does not keep a socket open to every site it visited.
    """

    KEEPALIVE_S = 5.0

    def __init__(self, per_site: int, **options: Any) -> None:
        super().__init__(**options)  # stays empty: only the origins' pools hold connections
        self._per_site = max(1, per_site)  # Fetcher allows as many requests at once per host
        self._options = options
        self._pools: dict[tuple[bytes, bytes, int], tuple[httpcore.AsyncConnectionPool, float]] = {}
        self._swept = time.monotonic()

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        now = time.monotonic()
        if now - self._swept > self.KEEPALIVE_S:
            await self._close_idle(now)
        origin = (request.url.scheme, request.url.host, request.url.port or 0)  # httpcore's Origin is unhashable
        pool = self._pools[origin][0] if origin in self._pools else self._new_pool()
        self._pools[origin] = (pool, now)
        return await pool.handle_async_request(request)

    def _new_pool(self) -> httpcore.AsyncConnectionPool:
        return httpcore.AsyncConnectionPool(
            max_connections=self._per_site,
            max_keepalive_connections=self._per_site,
            keepalive_expiry=self.KEEPALIVE_S,
            **self._options,
        )

    async def _close_idle(self, now: float) -> None:
        self._swept = now
        for origin, (pool, used) in list(self._pools.items()):
            if now - used > self.KEEPALIVE_S and all(c.is_idle() or c.is_closed() for c in pool.connections):
                del self._pools[origin]
                await pool.aclose()

    @property
    def connections(self) -> list[httpcore.AsyncConnectionInterface]:
        return [c for pool, _used in self._pools.values() for c in pool.connections]

    async def aclose(self) -> None:
        pools, self._pools = self._pools, {}
        for pool, _used in pools.values():
            await pool.aclose()
        await super().aclose()


def make_ssl_context(settings: Settings) -> ssl.SSLContext:
    """The TLS client context for these settings: built once per process (loading the CA store costs
    tens of milliseconds) and shared, as an SSLContext is meant to be, by every connection."""
    return _ssl_context(settings.ca_bundle, _file_stamp(settings.ca_bundle))


def _file_stamp(path: str) -> tuple[int, int]:
    """A changed (or replaced) CA file makes a new context."""
    try:
        st = os.stat(path) if path else None
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size) if st else (0, 0)


@cache
def _ssl_context(ca_bundle: str, _stamp: tuple[int, int]) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=certifi.where())
    if ca_bundle:
        ctx.load_verify_locations(cafile=ca_bundle)
    return ctx


class _Inflater:
    """Content-Encoding decoder that never produces more than it is allowed."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("gzip", "x-gzip"):
            self._z: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        elif encoding in ("", "identity"):
            self._z = None
        else:
            raise FetchError(encoding, code="net.bad_encoding", encoding=encoding)
        self._raw_deflate = encoding == "deflate"

    def feed(self, data: bytes, limit: int) -> bytes:
        if self._z is None:
            return data[: limit + 1]
        try:
            return bytes(self._z.decompress(data, limit + 1))
        except zlib.error:
            if not self._raw_deflate:
                raise FetchError("bad compressed body", code="net.bad_encoding", encoding="gzip") from None
            # Some servers send raw deflate without the zlib header.
            self._z, self._raw_deflate = zlib.decompressobj(-zlib.MAX_WBITS), False
            return self.feed(data, limit)


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def check_url(url: str) -> str:
    """The URL, normalized, or FetchError if it is not a web address we may fetch.

    A host spelled as a number ("2130706433", "0x7f.1") is rewritten to the address a browser
    would read, so the guard judges that address; a name must be valid IDNA.
    """
    try:
        parts = urlsplit(url.strip())
        hostname, port = parts.hostname, parts.port  # port: ValueError when out of range
        if parts.scheme not in ("http", "https") or not hostname:
            raise ValueError("not a web address")
        if parts.username is not None or parts.password is not None or "%" in hostname:
            raise ValueError("credentials or an IPv6 zone in the address")
        host = _url_host(hostname)
    except (ValueError, UnicodeError) as exc:
        raise FetchError(url, code="net.bad_url", url=url) from exc
    netloc = host if port is None else f"{host}:{port}"
    return parts._replace(netloc=netloc, fragment="").geturl() or url


def _url_host(hostname: str) -> str:
    ip = parse_host_ip(hostname)
    if ip is not None:
        return f"[{ip}]" if ip.version == 6 else str(ip)
    host = to_ascii(hostname)
    labels = host.split(".")
    if len(host) > 253 or not host.isascii() or any(not 0 < len(label) <= 63 for label in labels):
        raise ValueError(f"not a host name: {hostname!r}")
    for label in labels:
        if label.startswith("xn--"):
            idna.decode(label)  # IDNAError (a UnicodeError) for broken punycode
    return host


class Fetcher:
    """Fetch pages under every cap in Settings; one per run, close with ``aclose``."""

    def __init__(self, settings: Settings, resolver: Resolver, store: Cache | None = None) -> None:
        self._settings = settings
        self._store = store
        self._resolver = resolver
        self._http: httpx.AsyncClient | None = None  # made on the first fetch: an offline run never pays
        self._flights = Flights(keep=64)  # each URL once per run (a batch is one run); pages can be big
        self._per_host: dict[str, asyncio.Semaphore] = {}  # politeness: a few requests at a time per site

    @property
    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            settings = self._settings
            transport = _GuardedTransport(
                GuardedBackend(self._resolver, settings), make_ssl_context(settings), settings.max_connections_per_site
            )
            self._http = httpx.AsyncClient(
                transport=transport,
                timeout=httpx.Timeout(settings.page_timeout_s, connect=settings.connect_timeout_s),
                follow_redirects=False,
                trust_env=False,
                event_hooks={"response": [_take_location]},
                headers={
                    "User-Agent": settings.user_agent,
                    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
                    "Accept-Encoding": "gzip, deflate",
                    "Accept-Language": "en,*;q=0.5",
                },
            )
        return self._http

    async def aclose(self) -> None:
        await self._flights.aclose()
        if self._http is not None:
            await self._http.aclose()

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def fetch(
        self,
        url: str,
        *,
        accept: tuple[str, ...] = TEXT_TYPES,
        max_bytes: int | None = None,
        headers: dict[str, str] | None = None,
        cache: bool = True,
        timeout_s: float | None = None,
    ) -> Page:
        """``cache=False`` for API answers their caller caches with its own lifetime (a register's
        "try later" must not be kept a day); ``headers`` are added to the request (an API key)."""
        url = check_url(url)
        limit = max_bytes or self._settings.max_page_bytes
        wait = timeout_s or self._settings.page_timeout_s
        sent = dict(headers or {})
        key = (url, accept, limit, tuple(sorted(sent.items())), cache, wait)
        page = await self._flights.run(key, lambda: self._fetch_once(url, accept, limit, sent, cache, wait))
        if page.status == 429 or page.status >= 500:
            self._flights.forget(key)  # "try later" is shared by who asked with it, not kept for the run
        return page

    async def _fetch_once(
        self, url: str, accept: tuple[str, ...], limit: int, headers: dict[str, str], cache: bool, timeout_s: float
    ) -> Page:
        key = f"{url}|{','.join(accept)}"
        store = self._store if cache else None
        if store and (hit := store.get(_CACHE_KIND, key)) is not None:
            return Page.from_dict(hit)
        host = urlsplit(url).hostname or ""
        gate = self._per_host.setdefault(host, asyncio.Semaphore(self._settings.max_connections_per_site))
        async with gate:
            page = await self._fetch_timed(url, accept, limit, headers, timeout_s)
        if store and page.status < 500:
            store.put(_CACHE_KIND, key, page.to_dict(), self._settings.ttl_http_s)
        return page

    async def _fetch_timed(
        self, url: str, accept: tuple[str, ...], max_bytes: int, headers: dict[str, str], timeout_s: float
    ) -> Page:
        started = time.monotonic()
        try:
            async with asyncio.timeout(timeout_s):
                page = await self._follow(url, accept, max_bytes, headers)
        except TimeoutError as exc:
            raise FetchError(url, code="net.timeout", url=url) from exc
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
            raise FetchError(f"{url}: {exc.__class__.__name__}: {exc}", code=_http_code(exc), url=url) from exc
        except (ValueError, UnicodeError) as exc:  # a host or header no parser below us can take
            raise FetchError(f"{url}: {exc.__class__.__name__}: {exc}", code="net.bad_url", url=url) from exc
        return _with(page, elapsed_ms=int((time.monotonic() - started) * 1000))

    async def _follow(self, url: str, accept: tuple[str, ...], max_bytes: int, headers: dict[str, str]) -> Page:
        hops: list[str] = []
        current = url
        while True:
            request = self._client.build_request("GET", current, headers=headers)
            response = await self._client.send(request, stream=True)
            try:
                location = response.extensions.get(_LOCATION)
                if response.status_code not in _REDIRECTS or not location:
                    return await self._read(url, current, response, accept, max_bytes, tuple(hops))
            finally:
                await response.aclose()
            hops.append(current)
            if len(hops) > self._settings.max_redirects:
                raise FetchError(url, code="net.too_many_redirects", url=url)
            current = check_url(urljoin(current, location))
            if current in hops:
                raise FetchError(url, code="net.redirect_loop", url=url)

    async def _read(
        self,
        url: str,
        final: str,
        response: httpx.Response,
        accept: tuple[str, ...],
        max_bytes: int,
        hops: tuple[str, ...],
    ) -> Page:
        ctype = response.headers.get("content-type", "")
        headers = {k: response.headers[k][:300] for k in _KEEP_HEADERS if k in response.headers}
        page = Page(url, final, response.status_code, ctype, redirects=hops, address=_peer(response), headers=headers)
        page = _with(page, certificate=_certificate(response))
        if not page.ok:
            return page
        if ctype and _media_type(ctype) not in accept:
            raise FetchError(final, code="net.bad_content_type", url=final, content_type=_media_type(ctype))
        body, truncated = await _read_capped(response, max_bytes)
        if looks_binary(body, ctype):
            # Noise read as text makes words ("CE", "ISO") that were never written.
            raise FetchError(final, code="net.bad_content_type", url=final, content_type="binary")
        text, encoding = decode_body(body, ctype)
        return _with(page, text=text, encoding=encoding, truncated=truncated)


async def _read_capped(response: httpx.Response, max_bytes: int) -> tuple[bytes, bool]:
    inflater = _Inflater(response.headers.get("content-encoding", ""))
    chunks: list[bytes] = []
    size = 0
    async for raw in response.aiter_raw():
        out = inflater.feed(raw, max_bytes - size)
        size += len(out)
        chunks.append(out)
        if size > max_bytes:
            return b"".join(chunks)[:max_bytes], True
    return b"".join(chunks), False


async def _take_location(response: httpx.Response) -> None:
    """Keep a redirect's Location for our own parser, and out of httpx's.

    httpx reads Location even when it follows nothing, and fails on what it cannot parse
    ("http://0177.0.0.1/"); check_url reads it as a browser would and the guard judges it.
    """
    if response.status_code in _REDIRECTS and "location" in response.headers:
        response.extensions[_LOCATION] = response.headers["location"]
        del response.headers["location"]


def _http_code(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "net.timeout"
    if isinstance(exc, httpx.InvalidURL):
        return "net.bad_url"
    if isinstance(exc, httpx.ConnectError):
        return "net.connect_failed"
    return "net.fetch_failed"


def _peer(response: httpx.Response) -> str:
    stream = response.extensions.get("network_stream")
    addr = stream.get_extra_info("server_addr") if stream is not None else None
    return str(addr[0]) if addr else ""


def _certificate(response: httpx.Response) -> dict[str, str]:
    """The verified peer certificate's subject and issuer names and validity, as flat text fields."""
    stream = response.extensions.get("network_stream")
    tls = stream.get_extra_info("ssl_object") if stream is not None else None
    cert = tls.getpeercert() if isinstance(tls, ssl.SSLObject | ssl.SSLSocket) else None
    if not cert:
        return {}
    out: dict[str, str] = {}
    for part, prefix in (("subject", "subject_"), ("issuer", "issuer_")):
        for rdn in cert.get(part, ()):
            for pair in rdn:
                out.setdefault(prefix + str(pair[0]), str(pair[1]))
    for name in ("notBefore", "notAfter"):
        if name in cert:
            out[name] = str(cert[name])
    return out


def _with(page: Page, **changes: Any) -> Page:
    return replace(page, **changes)
