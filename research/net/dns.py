"""DNS over dnspython's async resolver, with nameservers and port from Settings.

NXDOMAIN and "no such record" are answers, not errors: they are facts a rep
needs (a domain with no MX cannot receive mail). Only a resolver we cannot
reach, or one that fails, raises ``DnsError``.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from research.errors import DnsError
from research.net.flight import Flights
from research.settings import Settings
from research.store_api import Cache

if TYPE_CHECKING:
    import dns.asyncresolver

# dnspython is imported where it is used: an offline check, or one answered from the cache, never
# pays for it (a tenth of the command line's start).
_CACHE_KIND = "dns"
# Once A or AAAA has answered with addresses, how long the other family may still take
# (RFC 8305 waits 50 ms; a lab or a slow resolver needs more, and a site is reachable on one).
_SECOND_FAMILY_GRACE_S = 0.3


@dataclass(frozen=True)
class DnsAnswer:
    name: str
    rtype: str
    status: str  # ok | nxdomain | nodata
    records: tuple[str, ...] = ()

    @property
    def exists(self) -> bool:
        return self.status != "nxdomain"


@dataclass(frozen=True)
class MxRecord:
    preference: int
    host: str

    @property
    def is_null(self) -> bool:
        """RFC 7505: ``0 .`` says the domain accepts no mail at all."""
        return self.host in ("", ".")


@lru_cache(maxsize=4096)  # asked for every DNS question, page and WHOIS look-up of a batch's few hundred names
def to_ascii(domain: str) -> str:
    """IDN to the punycode form DNS and WHOIS use; ASCII names pass unchanged."""
    import dns.exception
    import dns.name

    domain = domain.strip().rstrip(".").lower()
    try:
        return dns.name.from_unicode(domain).to_text(omit_final_dot=True)
    except (dns.exception.DNSException, UnicodeError, ValueError):
        return domain


def _make_resolver(settings: Settings) -> dns.asyncresolver.Resolver:
    import dns.asyncresolver
    import dns.nameserver
    import dns.resolver

    if settings.nameservers:
        res = dns.asyncresolver.Resolver(configure=False)
        res.nameservers = [dns.nameserver.Do53Nameserver(h, port=p) for h, p in settings.nameservers]
    else:
        try:
            res = dns.asyncresolver.Resolver()
        except dns.resolver.NoResolverConfiguration as exc:
            raise DnsError("no DNS configuration", code="net.dns_unconfigured") from exc
    res.timeout = settings.dns_timeout_s
    res.lifetime = settings.dns_timeout_s * 2
    return res


class Resolver:
    """Cached async DNS lookups; one per run (a batch is one run), cheap to make.

    Each name and type is asked once per run, however many checks and inquiries want it."""

    def __init__(self, settings: Settings, store: Cache | None = None) -> None:
        self._settings = settings
        self._store = store
        self._res: dns.asyncresolver.Resolver | None = None
        self._flights = Flights(keep=4096)

    async def aclose(self) -> None:
        await self._flights.aclose()

    def _resolver(self) -> dns.asyncresolver.Resolver:
        if self._res is None:
            self._res = _make_resolver(self._settings)
        return self._res

    async def query(self, name: str, rtype: str) -> DnsAnswer:
        name = to_ascii(name)
        return await self._flights.run((name, rtype), lambda: self._query(name, rtype))

    async def _query(self, name: str, rtype: str) -> DnsAnswer:
        key = f"{name}|{rtype}"
        if self._store and (hit := self._store.get(_CACHE_KIND, key)) is not None:
            return DnsAnswer(name, rtype, hit["status"], tuple(hit["records"]))
        answer = await self._lookup(name, rtype)
        if self._store:
            value = {"status": answer.status, "records": list(answer.records)}
            self._store.put(_CACHE_KIND, key, value, self._settings.ttl_dns_s)
        return answer

    async def _lookup(self, name: str, rtype: str) -> DnsAnswer:
        import dns.exception
        import dns.resolver

        try:
            ans = await self._resolver().resolve(name, rtype, search=False, raise_on_no_answer=False)
        except dns.resolver.NXDOMAIN:
            return DnsAnswer(name, rtype, "nxdomain")
        except (dns.resolver.NoNameservers, dns.exception.Timeout, dns.resolver.LifetimeTimeout) as exc:
            raise DnsError(f"{name} {rtype}: {exc.__class__.__name__}", code="net.dns_failed", name=name) from exc
        except dns.exception.DNSException as exc:
            raise DnsError(f"{name} {rtype}: {exc}", code="net.dns_failed", name=name) from exc
        records = tuple(_text(r) for r in ans.rrset or ())
        return DnsAnswer(name, rtype, "ok" if records else "nodata", records)

    async def mx(self, name: str) -> tuple[DnsAnswer, list[MxRecord]]:
        ans = await self.query(name, "MX")
        mxs = []
        for rec in ans.records:
            pref, _, host = rec.partition(" ")
            mxs.append(MxRecord(int(pref), host.rstrip(".").lower() or "."))
        return ans, sorted(mxs, key=lambda m: (m.preference, m.host))

    async def addresses(self, name: str) -> list[str]:
        """A then AAAA records; empty when the name has none.

        Asked together; one family failing (a server that refuses AAAA) costs nothing when the
        other answered, and once one family has addresses the other gets only a short grace.
        DnsError only when neither could be had.
        """
        tasks = {rtype: asyncio.ensure_future(self.query(name, rtype)) for rtype in ("A", "AAAA")}
        try:
            done, _ = await asyncio.wait(tasks.values(), return_when=asyncio.FIRST_COMPLETED)
            if any(_records(t) for t in done):
                await asyncio.wait(tasks.values(), timeout=_SECOND_FAMILY_GRACE_S)
            else:
                await asyncio.wait(tasks.values())
        finally:
            for task in tasks.values():
                task.cancel()
        answered = [t for t in tasks.values() if t.done() and not t.cancelled()]
        failed = [e for t in answered if (e := t.exception()) is not None]
        if bug := next((e for e in failed if not isinstance(e, DnsError)), None):
            raise bug
        found = [r for t in answered if t.exception() is None for r in t.result().records]
        if not found and failed:
            raise failed[0]
        return found

    async def txt(self, name: str) -> DnsAnswer:
        return await self.query(name, "TXT")


def _records(task: asyncio.Future[DnsAnswer]) -> bool:
    return not task.cancelled() and task.exception() is None and bool(task.result().records)


def _text(rdata: object) -> str:
    # TXT strings come split in 255-byte chunks; a rep wants the joined record.
    strings = getattr(rdata, "strings", None)
    if strings is not None:
        return b"".join(strings).decode("utf-8", "replace")
    if rdata.__class__.__name__ == "MX":
        exchange = rdata.exchange.to_text()  # type: ignore[attr-defined]
        return f"{rdata.preference} {exchange}"  # type: ignore[attr-defined]
    return str(rdata.to_text())  # type: ignore[attr-defined]
