"""Geocoding with geopy's Nominatim client, its requests sent through our guarded fetcher.

geopy builds the query and reads the answer; the adapter below carries its requests, so the SSRF guard,
the lab's port map and our User-Agent apply, and Nominatim's usage policy is kept: one request a second
from this process (``Throttle``), results cached by the caller.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from geopy.adapters import AdapterHTTPError, BaseAsyncAdapter
from geopy.exc import GeopyError
from geopy.geocoders import Nominatim

from research.errors import FetchError, NetError
from research.net.api import JSON_TYPES, Throttle
from research.net.http import Fetcher
from research.settings import Settings


class GuardedAdapter(BaseAsyncAdapter):  # type: ignore[misc]
    """geopy's transport, made of ``Fetcher.fetch``."""

    def __init__(self, *, proxies: Any, ssl_context: Any, http: Fetcher, interval_s: float) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        self._http = http
        self._interval_s = interval_s

    async def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:  # noqa: ASYNC109
        return json.loads(await self.get_text(url, timeout=timeout, headers=headers))

    async def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:  # noqa: ASYNC109
        await Throttle.turn(urlsplit(url).hostname or "", self._interval_s)
        page = await self._http.fetch(url, accept=JSON_TYPES, headers=dict(headers), cache=False, timeout_s=timeout)
        if not page.ok:
            raise AdapterHTTPError(f"HTTP {page.status}", status_code=page.status, headers={}, text=page.text)
        return page.text


def _domain(base: str) -> tuple[str, str]:
    parts = urlsplit(base)
    return parts.scheme or "https", (parts.netloc + parts.path).rstrip("/")


async def geocode(http: Fetcher, settings: Settings, address: str, country: str = "") -> dict[str, Any] | None:
    """Nominatim's best place for ``address`` (its raw record), None when it finds none."""
    scheme, domain = _domain(settings.nominatim_base)

    def adapter(proxies: Any, ssl_context: Any) -> GuardedAdapter:
        return GuardedAdapter(
            proxies=proxies, ssl_context=ssl_context, http=http, interval_s=settings.nominatim_interval_s
        )

    client = Nominatim(
        user_agent=settings.user_agent,
        domain=domain,
        scheme=scheme,
        timeout=settings.page_timeout_s,
        adapter_factory=adapter,
    )
    try:
        async with client as geocoder:
            place = await geocoder.geocode(
                address, exactly_one=True, addressdetails=True, country_codes=country.lower() or None, language="en"
            )
    except FetchError:
        raise
    except GeopyError as exc:
        raise NetError(str(exc), code="location.geocoder_failed") from exc
    return dict(place.raw) if place is not None else None
