"""JSON APIs (registers, web archive, geocoder) through the guarded fetcher, with their own cache.

A register's answer is cached under its own kind and lifetime; "try later" (a 5xx, a timeout, a member
state that did not answer) is never cached, so the next check asks again.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from research.errors import FetchError
from research.net.http import Fetcher
from research.store_api import Cache

JSON_TYPES = (
    "application/json",
    "application/ld+json",
    "application/geo+json",
    "application/vnd.api+json",  # GLEIF (JSON:API)
    "application/problem+json",
    "application/vnd.brreg.enhetsregisteret.enhet.v2+json",  # Brønnøysund
    "application/vnd.brreg.enhetsregisteret.enhet.v1+json",
    "text/json",
    "text/plain",  # the Wayback Machine's CDX server
)


async def get_json(
    http: Fetcher, url: str, *, headers: dict[str, str] | None = None, timeout_s: float | None = None
) -> tuple[int, Any]:
    """(HTTP status, parsed body or None). A 5xx or a body that is not JSON raises FetchError."""
    asked = {"Accept": "application/json", **(headers or {})}
    page = await http.fetch(url, accept=JSON_TYPES, headers=asked, cache=False, timeout_s=timeout_s)
    if page.status >= 500 or page.status == 429:
        raise FetchError(url, code="net.http_status", url=url, status=page.status)
    if not page.ok:
        return page.status, None
    try:
        return page.status, json.loads(page.text)
    except ValueError as exc:
        raise FetchError(url, code="net.bad_json", url=url) from exc


Produce = Callable[[], Awaitable[dict[str, Any]]]


async def cached(store: Cache | None, kind: str, key: str, ttl_s: float, produce: Produce) -> dict[str, Any]:
    """``produce()``'s answer, from the cache when fresh; kept only when it is not ``unknown``."""
    if store is not None and (hit := store.get(kind, key)) is not None:
        return dict(hit)
    answer = await produce()
    if store is not None and answer.get("status") != "unknown":
        store.put(kind, key, answer, ttl_s)
    return answer


class Throttle:
    """At most one request per ``interval_s`` to a host, across runs and threads of this process
    (Nominatim's usage policy: one request a second)."""

    _lock = threading.Lock()
    _next: dict[str, float] = {}  # noqa: RUF012 - shared on purpose: one process, one politeness

    @classmethod
    async def turn(cls, host: str, interval_s: float) -> None:
        with cls._lock:
            now = time.monotonic()
            slot = max(now, cls._next.get(host, 0.0))
            cls._next[host] = slot + interval_s
        if slot > now:
            await asyncio.sleep(slot - now)
