"""RDAP as WHOIS's fallback, against the lab's registry and redirector over real sockets."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from research.errors import WhoisError
from research.net.dns import Resolver
from research.net.http import Fetcher
from research.net.rdap import parse_rdap
from research.net.whois import WhoisClient, WhoisResult
from research.settings import Settings
from research.store import Store
from tests.helpers import lab_settings
from tests.lab.lab import Lab

REGISTRY = "http://rdap.lab-registry.test/"


def _closed_port() -> int:
    """A loopback port nobody listens on: WHOIS there is 'connection refused', as a switched-off port 43."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _settings(lab: Lab, tmp_path: Path, **kw: object) -> Settings:
    base = lab_settings(lab, tmp_path)
    return base.replace(whois_server=("127.0.0.1", _closed_port()), whois_timeout_s=2.0, **kw)


async def _lookup(settings: Settings, domain: str, store: Store | None = None) -> WhoisResult:
    async with Fetcher(settings, Resolver(settings, None), None) as fetcher:
        return await WhoisClient(settings, store, fetcher).lookup(domain)


async def test_when_port_43_is_closed_rdap_gives_age_registrar_and_country(lab: Lab, tmp_path: Path) -> None:
    result = await _lookup(_settings(lab, tmp_path, rdap_base=REGISTRY), "rdap-only-shop.com")
    rec = result.record
    assert rec.status == "found"
    assert rec.created == datetime(2016, 4, 7, 10, 11, 12, tzinfo=UTC)
    assert rec.expires is not None and rec.expires.year == 2027
    assert rec.registrar == "NameCheap, Inc."
    assert (rec.registrant_org, rec.registrant_country) == ("Rdap Only Shop Ltd", "GB")
    assert rec.name_servers == ("dns1.registrar-servers.com", "dns2.registrar-servers.com")
    assert rec.privacy, "the registrant's remarks say data was redacted"
    # The rep can see where it came from: the URL and the JSON line.
    assert result.servers == ("http://rdap.lab-registry.test/domain/rdap-only-shop.com",)
    assert "registration 2016-04-07" in rec.evidence["created"]


async def test_a_redirector_in_front_of_the_registry_is_followed(lab: Lab, tmp_path: Path) -> None:
    settings = _settings(lab, tmp_path, rdap_base="http://rdap-redirector.test/")
    result = await _lookup(settings, "rdap-only-shop.com")
    assert result.record.registrar == "NameCheap, Inc."
    assert result.servers[0].startswith("http://rdap.lab-registry.test/")


async def test_rdap_404_means_not_registered(lab: Lab, tmp_path: Path) -> None:
    result = await _lookup(_settings(lab, tmp_path, rdap_base=REGISTRY), "never-registered-xyz.com")
    assert result.record.status == "not_found"


async def test_an_html_error_page_is_not_read_as_an_empty_registration(lab: Lab, tmp_path: Path) -> None:
    # WHOIS failed and RDAP gave junk: the caller gets the WHOIS error ("unknown"), never a fake record.
    with pytest.raises(WhoisError):
        await _lookup(_settings(lab, tmp_path, rdap_base=REGISTRY), "html-error-shop.com")


async def test_without_rdap_the_whois_error_stands(lab: Lab, tmp_path: Path) -> None:
    with pytest.raises(WhoisError):
        await _lookup(_settings(lab, tmp_path, rdap_base=""), "rdap-only-shop.com")


async def test_rdap_answers_are_cached(lab: Lab, tmp_path: Path) -> None:
    settings = _settings(lab, tmp_path, rdap_base=REGISTRY)
    store = Store(settings.cache_path)
    await _lookup(settings, "rdap-only-shop.com", store)
    hits = len(lab.http_log)
    again = await _lookup(settings, "rdap-only-shop.com", store)
    assert again.record.registrar == "NameCheap, Inc." and len(lab.http_log) == hits


async def test_working_whois_is_asked_first(lab: Lab, tmp_path: Path) -> None:
    settings = lab_settings(lab, tmp_path).replace(rdap_base=REGISTRY)
    result = await _lookup(settings, "harborline-imports.com")
    assert result.record.created is not None and result.record.created.year == 1998
    assert not any(h.host == "rdap.lab-registry.test" for h in lab.http_log if "harborline" in h.path)


def test_registrant_withheld_altogether_counts_as_privacy() -> None:
    rec = parse_rdap(
        "example.com",
        {
            "ldhName": "example.com",
            "events": [{"eventAction": "registration", "eventDate": "1995-08-14T04:00:00Z"}],
            "entities": [{"roles": ["registrar"], "vcardArray": ["vcard", [["fn", {}, "text", "RESERVED-IANA"]]]}],
        },
    )
    assert rec.status == "found" and rec.privacy and rec.registrant_org is None
    assert rec.created is not None and rec.created.year == 1995


def test_junk_shapes_do_not_crash() -> None:
    for junk in ({"entities": "x", "events": [1, None, {}]}, {"vcardArray": []}, {"nameservers": [{"ldhName": 5}]}):
        assert parse_rdap("x.com", junk).status == "found"
