"""WHOIS over TCP port 43, following the registry's referral to the registrar.

When ``Settings.whois_server`` is set, every query goes there, referrals
included: that is how a lab or an intranet relay takes over. Otherwise each server
is a name out of our table or out of another server's answer (a referral a
registrar writes), so it is resolved by our resolver and checked by the same guard
as a website before we connect: a referral to the rep's own network is refused.
Raw answers are cached, not parsed records, so a better parser helps old cache
entries too.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from research.errors import BlockedAddressError, FetchError, WhoisError
from research.extract.domains import registrable, to_ascii
from research.extract.encoding import decode_body
from research.extract.whois_parse import WhoisRecord, parse_whois
from research.net.dns import Resolver
from research.net.flight import Flights
from research.net.http import Fetcher
from research.net.rdap import parse_rdap, parse_rdap_text, rdap_lookup
from research.net.targets import addresses_to_dial
from research.settings import Settings
from research.store_api import Cache

_IANA = "whois.iana.org"
_CACHE_KIND = "whois"
_RDAP_KIND = "rdap"
_UNUSABLE = ("rate_limited", "garbled", "empty")
_RAW_RDAP_CHARS = 20_000
_DOMAIN = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9_-]+)+$")  # no space or line end to smuggle a second query
# The registrar a registry refers to gets this share of the time: the registry's answer
# alone has the dates, so a silent registrar must not cost them.
_REFERRAL_SHARE = 0.5


@dataclass(frozen=True)
class WhoisResult:
    record: WhoisRecord
    servers: tuple[str, ...]
    raw: str


@cache
def _server_table() -> tuple[dict[str, str], dict[str, str]]:
    text = resources.files("research.data").joinpath("whois_servers.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return dict(data["servers"]), dict(data["queries"])


def _query_text(server: str, domain: str) -> str:
    return _server_table()[1].get(server, "{domain}").format(domain=domain) + "\r\n"


class WhoisClient:
    def __init__(
        self,
        settings: Settings,
        store: Cache | None = None,
        fetcher: Fetcher | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self._settings = settings
        self._store = store
        self._fetcher = fetcher  # for RDAP; without one, WHOIS alone
        self._resolver = resolver or Resolver(settings, store)
        self._flights = Flights(keep=1024)  # each domain once per run (a batch is one run)
        # Registries and registrars throttle or ban a client that asks too much at once.
        self._per_server: dict[str, asyncio.Semaphore] = {}

    async def aclose(self) -> None:
        await self._flights.aclose()

    async def lookup(self, domain: str) -> WhoisResult:
        """WHOIS over port 43; RDAP when that fails or gives nothing usable."""
        domain = registrable(to_ascii(domain))
        if not _DOMAIN.match(domain):
            raise WhoisError(domain, code="net.whois_failed", server="")
        return await self._flights.run(domain, lambda: self._lookup(domain))

    async def _lookup(self, domain: str) -> WhoisResult:
        if self._store and (hit := self._store.get(_CACHE_KIND, domain)) is not None:
            return _combine(domain, hit["answers"])
        if self._store and (hit := self._store.get(_RDAP_KIND, domain)) is not None:
            return _from_rdap(hit["url"], hit["text"], domain)
        try:
            answers = await self._ask_chain(domain)
        except WhoisError as exc:
            return await self._rdap_or_raise(domain, exc)
        result = _combine(domain, answers)
        if result.record.status in _UNUSABLE:
            with contextlib.suppress(WhoisError):
                return await self._rdap_or_raise(domain, None)
            return result
        if self._store:
            self._store.put(_CACHE_KIND, domain, {"answers": answers}, self._settings.ttl_whois_s)
        return result

    async def _rdap_or_raise(self, domain: str, error: WhoisError | None) -> WhoisResult:
        base = self._settings.rdap_base
        if self._fetcher is None or not base:
            raise error or WhoisError(domain, code="net.rdap_failed", server="")
        try:
            answer = await rdap_lookup(self._fetcher, base, domain)
        except WhoisError:
            raise error or WhoisError(domain, code="net.rdap_failed", server=base) from None
        if answer.record.status in _UNUSABLE and error is not None:
            raise error
        if self._store and answer.record.status not in _UNUSABLE:
            blob = {"url": answer.url, "text": answer.text, "status": answer.record.status}
            self._store.put(_RDAP_KIND, domain, blob, self._settings.ttl_whois_s)
        return WhoisResult(answer.record, (answer.url,), answer.text[:_RAW_RDAP_CHARS])

    async def _ask_chain(self, domain: str) -> list[list[str]]:
        server = await self._registry_server(domain)
        first = await self._ask(server, domain)
        answers = [[server, first]]
        referral = parse_whois(domain, first).referral_server
        if referral and referral.lower() not in (server.lower(), _IANA):
            # The registry's answer alone still gives dates and registrar if this fails.
            seconds = self._settings.whois_timeout_s * _REFERRAL_SHARE
            with contextlib.suppress(WhoisError):
                answers.append([referral, await self._ask(referral, domain, seconds)])
        return answers

    async def _registry_server(self, domain: str) -> str:
        tld = domain.rsplit(".", 1)[-1]
        known = _server_table()[0].get(tld)
        if known or self._settings.whois_server:
            return known or _IANA
        answer = await self._ask(_IANA, tld)
        found = parse_whois(tld, answer).referral_server
        if not found:
            raise WhoisError(tld, code="net.whois_no_server", tld=tld)
        return found

    async def _ask(self, server: str, domain: str, seconds: float | None = None) -> str:
        gate = self._per_server.setdefault(server.lower(), asyncio.Semaphore(self._settings.max_whois_per_server))
        async with gate:
            return await self._ask_now(server, domain, seconds)

    async def _ask_now(self, server: str, domain: str, seconds: float | None = None) -> str:
        try:
            async with asyncio.timeout(seconds or self._settings.whois_timeout_s):
                reader, writer = await self._connect(server)
                try:
                    writer.write(_query_text(server, domain).encode("utf-8"))
                    await writer.drain()
                    data = await _read_all(reader, self._settings.max_whois_bytes)
                finally:
                    writer.close()
        except (OSError, TimeoutError) as exc:
            raise WhoisError(f"{server}: {exc.__class__.__name__}", code="net.whois_failed", server=server) from exc
        return decode_body(data)[0]

    async def _connect(self, server: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """A connection to ``server``: the configured relay, or a checked address of that name."""
        if self._settings.whois_server:
            return await asyncio.open_connection(*self._settings.whois_server)
        try:
            addresses = await addresses_to_dial(server, self._resolver, self._settings)
        except BlockedAddressError as exc:
            raise WhoisError(f"{server}: {exc}", code="net.whois_refused", server=server) from exc
        except FetchError as exc:
            raise WhoisError(f"{server}: {exc}", code="net.whois_failed", server=server) from exc
        error: OSError | None = None
        for address in addresses:
            try:
                return await asyncio.open_connection(address, self._settings.whois_port)
            except OSError as exc:
                error = exc
        raise error or OSError(f"no address for {server}")


async def _read_all(reader: asyncio.StreamReader, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit and (chunk := await reader.read(65536)):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)[:limit]


def _from_rdap(url: str, text: str, domain: str) -> WhoisResult:
    if not text:  # a cached 404: not found
        return WhoisResult(parse_rdap(domain, {"errorCode": 404}), (url,), "")
    return WhoisResult(parse_rdap_text(domain, text, url), (url,), text[:_RAW_RDAP_CHARS])


def _combine(domain: str, answers: list[list[str]]) -> WhoisResult:
    """Registry dates are authoritative; the registrar knows the registrant better."""
    servers = tuple(s for s, _ in answers)
    raw = "\n\n".join(f"% {s}\n{t}" for s, t in answers)
    records = [parse_whois(domain, text) for _, text in answers]
    record = records[0]
    for extra in records[1:]:
        if extra.status == "found":
            record = _merge(record, extra)
    return WhoisResult(record, servers, raw)


def _merge(registry: WhoisRecord, registrar: WhoisRecord) -> WhoisRecord:
    prefer_registrar = ("registrant_org", "registrant_country")
    changes: dict[str, object] = {}
    evidence = dict(registry.evidence)
    for name in ("created", "updated", "expires", "registrar", *prefer_registrar):
        mine, theirs = getattr(registry, name), getattr(registrar, name)
        if theirs and (name in prefer_registrar or not mine):
            changes[name] = theirs
            if name in registrar.evidence:
                evidence[name] = registrar.evidence[name]
    return replace(
        registry,
        status="found",
        privacy=registry.privacy or registrar.privacy,
        name_servers=registry.name_servers or registrar.name_servers,
        evidence=evidence,
        **changes,  # type: ignore[arg-type]
    )
