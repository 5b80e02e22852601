"""SPF and DKIM, evaluated by pyspf and dkimpy with every DNS question sent to the run's resolver.

Neither library may reach the system resolver: tests answer from the lab's DNS, and a run's
cache and time limits apply. pyspf asks its questions as it goes (includes, redirects, ``a``,
``mx``), so it runs in a worker thread whose lookups are handed back to the event loop; dkimpy
needs one TXT record per signature, fetched before it runs.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from research.errors import DnsError
from research.net.dns import Resolver
from research.threads import run_in_thread

_Lookup = Callable[[str, str], list[tuple[tuple[str, str], Any]]]
_LOOKUP: ContextVar[_Lookup | None] = ContextVar("spf_lookup", default=None)
_TAG = re.compile(r"(?:^|;)\s*([a-z]+)\s*=\s*([^;]*)", re.I)
_SPF_TIMEOUT_S = 20.0  # pyspf's own limit for one evaluation (RFC 7208 suggests 20 s)


def _dispatch(name: str, qtype: str, strict: Any = True, timeout: Any = 30) -> list[tuple[tuple[str, str], Any]]:
    lookup = _LOOKUP.get()
    if lookup is None:
        # Outside check_spf nobody may query DNS through pyspf, least of all the system resolver.
        raise _spf().TempError("DNS: no resolver for this evaluation")
    return lookup(name, qtype)


@cache
def _spf() -> Any:
    """pyspf, its DNS sent through ``_dispatch``. Imported on first use: pyspf and dkimpy bring
    dnspython, which an offline check never needs (a tenth of the command line's start)."""
    import spf

    spf.DNSLookup = _dispatch
    return spf


def _dkim() -> Any:
    import dkim

    return dkim


def dkim_error() -> type[Exception]:
    """dkimpy's base exception, for an ``except`` outside this module (dkimpy imported on first use)."""
    error: type[Exception] = _dkim().DKIMException
    return error


@dataclass(frozen=True)
class SpfResult:
    domain: str
    ip: str
    result: str  # pass, fail, softfail, neutral, none, permerror, temperror
    explanation: str
    record: str  # the domain's v=spf1 record, as evidence ("" when it has none)


@dataclass(frozen=True)
class DkimResult:
    domain: str  # the signature's d=
    selector: str
    result: str  # pass, fail, permerror (no or bad key), temperror (DNS)
    detail: str = ""
    record: str = ""  # the key record as fetched (shortened), as evidence


def _spf_answer(name: str, qtype: str, records: tuple[str, ...]) -> list[tuple[tuple[str, str], Any]]:
    """Our resolver's text answers in the shapes pyspf's own dnspython driver returns."""
    out: list[tuple[tuple[str, str], Any]] = []
    for rec in records:
        if qtype in ("TXT", "SPF"):
            out.append(((name, qtype), [rec.encode("utf-8")]))
        elif qtype == "MX":
            pref, _, host = rec.partition(" ")
            out.append(((name, qtype), (int(pref), host.rstrip("."))))
        else:
            out.append(((name, qtype), rec.rstrip(".")))
    return out


def spf_record(records: tuple[str, ...]) -> str:
    return next((r for r in records if r.lower().startswith("v=spf1")), "")


async def check_spf(resolver: Resolver, ip: str, domain: str, helo: str = "") -> SpfResult:
    """SPF of ``domain`` for mail that came from ``ip`` (RFC 7208, via pyspf)."""
    loop = asyncio.get_running_loop()

    def lookup(name: str, qtype: str) -> list[tuple[tuple[str, str], Any]]:
        future = asyncio.run_coroutine_threadsafe(resolver.query(name, qtype), loop)
        try:
            answer = future.result(timeout=_SPF_TIMEOUT_S)
        except (DnsError, TimeoutError) as exc:
            raise _spf().TempError(f"DNS {name} {qtype}: {exc}") from exc
        return _spf_answer(name, qtype, answer.records)

    def evaluate() -> tuple[str, str]:
        token = _LOOKUP.set(lookup)
        try:
            query = _spf().query(i=ip, s=f"postmaster@{domain}", h=helo or domain, timeout=_SPF_TIMEOUT_S)
            result, _code, explanation = query.check()
            return str(result), str(explanation)
        finally:
            _LOOKUP.reset(token)

    result, explanation = await run_in_thread(evaluate)
    record = ""
    if result not in ("none", "temperror"):
        try:
            record = spf_record((await resolver.txt(domain)).records)
        except DnsError:
            record = ""
    return SpfResult(domain, ip, result, explanation, record)


def signature_tags(value: str) -> dict[str, str]:
    """``v=1; a=rsa-sha256; d=example.com; s=sel; ...`` -> {"v": "1", "d": "example.com", ...}."""
    return {k.lower(): "".join(v.split()) for k, v in _TAG.findall(value)}


async def _keys(resolver: Resolver, names: set[str]) -> dict[str, bytes | None]:
    out: dict[str, bytes | None] = {}
    for name in sorted(names):
        answer = await resolver.txt(name)
        record = next((r for r in answer.records if "p=" in r), answer.records[0] if answer.records else None)
        out[name] = record.encode("utf-8") if record is not None else None
    return out


def _key_name(tags: dict[str, str]) -> str:
    return f"{tags.get('s', '')}._domainkey.{tags.get('d', '')}".lower()


async def verify_dkim(resolver: Resolver, raw: bytes) -> list[DkimResult]:
    """Every DKIM-Signature of the message, verified (RFC 6376, via dkimpy)."""
    dkim = _dkim()
    message = dkim.DKIM(raw)
    values = [v.decode("utf-8", "replace") for k, v in message.headers if k.lower() == b"dkim-signature"]
    tags = [signature_tags(v) for v in values]
    try:
        keys = await _keys(resolver, {_key_name(t) for t in tags if t.get("s") and t.get("d")})
        temp = ""
    except DnsError as exc:
        keys, temp = {}, exc.code

    def dnsfunc(name: bytes | str, timeout: int = 5) -> bytes | None:
        text = name.decode("ascii", "replace") if isinstance(name, bytes) else name
        return keys.get(text.rstrip(".").lower())

    out = []
    for idx, tag in enumerate(tags):
        domain, selector = tag.get("d", "").lower(), tag.get("s", "")
        key = (keys.get(_key_name(tag)) or b"").decode("utf-8", "replace")
        evidence = key[:80] + ("..." if len(key) > 80 else "")
        if temp:
            out.append(DkimResult(domain, selector, "temperror", temp))
            continue
        try:
            ok = message.verify(idx=idx, dnsfunc=dnsfunc)
        except dkim.KeyFormatError as exc:
            out.append(DkimResult(domain, selector, "permerror", str(exc), evidence))
            continue
        except dkim.DKIMException as exc:
            out.append(DkimResult(domain, selector, "fail", str(exc), evidence))
            continue
        out.append(DkimResult(domain, selector, "pass" if ok else "fail", "", evidence))
    return out
