"""The guarded fetcher against the lab's web servers, over real sockets."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from research.errors import BlockedAddressError, FetchError
from research.net.dns import Resolver
from research.net.http import HTML_TYPES, Fetcher, GuardedBackend, PoolPerSite, make_ssl_context
from research.settings import Settings
from tests.helpers import guarded_lab_settings, lab_settings
from tests.lab.lab import Lab
from tests.lab.synthetic import buyer_domains, synthetic_root


def _fetcher(settings: Settings) -> Fetcher:
    return Fetcher(settings, Resolver(settings))


@pytest.fixture
def settings(lab: Lab, tmp_path: Path) -> Settings:
    return guarded_lab_settings(lab, tmp_path, page_timeout_s=3.0, cache_enabled=False)


async def test_fetches_https_page_by_name_with_lab_ca(settings: Settings) -> None:
    async with _fetcher(settings) as f:
        page = await f.fetch("https://harborline-imports.com/about")
    assert page.ok and page.address == "127.0.0.1"
    assert "1998" in page.text


async def test_follows_redirect_and_records_the_hops(settings: Settings) -> None:
    async with _fetcher(settings) as f:
        page = await f.fetch("http://hostile-site.com/old")
    assert page.ok and page.final_url == "http://hostile-site.com/"
    assert page.redirects == ("http://hostile-site.com/old",)


@pytest.mark.parametrize("path", ["/internal", "/private", "/private-name"])
async def test_redirect_to_internal_address_is_refused(settings: Settings, path: str) -> None:
    async with _fetcher(settings) as f:
        with pytest.raises(BlockedAddressError):
            await f.fetch(f"http://hostile-site.com{path}")


@pytest.mark.parametrize("host", ["private-target.com", "metadata-target.com", "cgnat-target.com"])
async def test_names_resolving_to_internal_addresses_are_refused(settings: Settings, host: str, lab: Lab) -> None:
    async with _fetcher(settings) as f:
        with pytest.raises(BlockedAddressError):
            await f.fetch(f"http://{host}/")


@pytest.mark.parametrize("host", ["harborline-imports.com", "mapped-target.com"])
async def test_loopback_is_refused_without_the_lab_allowance(lab: Lab, tmp_path: Path, host: str) -> None:
    strict = lab_settings(lab, tmp_path, allow_private_networks=False, cache_enabled=False)
    before = len(lab.http_log)
    async with _fetcher(strict) as f:
        with pytest.raises(BlockedAddressError) as err:
            await f.fetch(f"http://{host}/")
    assert err.value.params["reason"] == "loopback"
    assert len(lab.http_log) == before  # refused before any connection


@pytest.mark.parametrize(
    "url", ["http://localhost/", "http://127.0.0.1.nip.io.local/", "file:///etc/passwd", "ftp://x.com/"]
)
async def test_local_names_and_other_schemes_are_refused(settings: Settings, url: str) -> None:
    async with _fetcher(settings) as f:
        with pytest.raises(FetchError):
            await f.fetch(url)


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/loop", "net.redirect_loop"),
        ("/hop1", "net.too_many_redirects"),
        ("/file-scheme", "net.bad_url"),
        ("/bin", "net.bad_content_type"),
        ("/stall", "net.timeout"),
        ("/slow", "net.timeout"),
    ],
)
async def test_hostile_pages_fail_cleanly(settings: Settings, path: str, code: str) -> None:
    async with _fetcher(settings) as f:
        with pytest.raises(FetchError) as err:
            await f.fetch(f"http://hostile-site.com{path}", accept=HTML_TYPES)
    assert err.value.code == code


async def test_decimal_ip_redirect_is_judged_as_the_address_it_means(settings: Settings) -> None:
    # 2130706433 is 127.0.0.1 as a browser reads it, so the guard judges 127.0.0.1: the lab's own
    # address, allowed here. tests/net/test_hostile_http.py spells the forbidden ones every way.
    async with _fetcher(settings) as f:
        page = await f.fetch("http://hostile-site.com/decimal")
    assert page.final_url == "http://127.0.0.1/" and page.address == "127.0.0.1"


async def test_endless_page_is_cut_at_the_byte_cap(settings: Settings) -> None:
    capped = settings.replace(max_page_bytes=200_000)
    async with _fetcher(capped) as f:
        page = await f.fetch("http://hostile-site.com/huge")
    assert page.truncated and len(page.text.encode()) <= 200_000 + 16


async def test_gzip_bomb_is_cut_at_the_byte_cap(settings: Settings) -> None:
    async with _fetcher(settings.replace(page_timeout_s=8.0)) as f:
        page = await f.fetch("http://hostile-site.com/bomb")
    assert page.truncated and len(page.text) <= settings.max_page_bytes


async def test_gbk_page_without_charset_is_decoded(settings: Settings) -> None:
    async with _fetcher(settings) as f:
        page = await f.fetch("http://hostile-site.com/gbk")
    assert page.encoding in ("gb18030", "gbk") and "\ufffd" not in page.text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in page.text)


async def test_error_status_is_a_page_not_an_exception(settings: Settings) -> None:
    async with _fetcher(settings) as f:
        page = await f.fetch("http://hostile-site.com/error")
    assert page.status == 500 and not page.ok and page.text == ""


async def test_cached_page_is_not_fetched_twice(lab: Lab, tmp_path: Path) -> None:
    cached = guarded_lab_settings(lab, tmp_path)
    from research.store import Store

    store = Store(cached.cache_path)
    async with Fetcher(cached, Resolver(cached), store) as f:
        await f.fetch("http://harborline-imports.com/contact")
        before = len(lab.http_log)
        page = await f.fetch("http://harborline-imports.com/contact")
    assert page.ok and len(lab.http_log) == before


async def test_pages_of_each_site_reuse_its_connection_while_many_sites_are_visited(tmp_path: Path) -> None:
    """A batch fetches pages of dozens of sites at once; each page paid a new TCP and TLS handshake when one
    shared pool dropped idle connections, now every site's later pages ride the connection already open."""
    with synthetic_root(40) as root, Lab(root=root) as lab:
        settings = guarded_lab_settings(lab, tmp_path, cache_enabled=False)
        sites = buyer_domains(root)
        tls = make_ssl_context(settings)
        before = tls.session_stats()["connect"]
        async with _fetcher(settings) as f:
            for query in ("", "?page=2", "?page=3"):
                pages = await asyncio.gather(*(f.fetch(f"https://{site}/{query}") for site in sites))
                assert all(page.ok for page in pages)
        assert tls.session_stats()["connect"] - before == len(sites)


async def test_a_site_left_idle_gives_its_connections_back(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, lab: Lab
) -> None:
    """A long batch must not keep a socket open to every site it ever visited."""
    monkeypatch.setattr(PoolPerSite, "KEEPALIVE_S", 0.2)
    backend = GuardedBackend(Resolver(settings), settings)
    async with PoolPerSite(4, ssl_context=make_ssl_context(settings), network_backend=backend) as pool:
        for site in ("harborline-imports.com", "brightnest-home.com", "vantoro-outdoor.com"):
            assert (await pool.request("GET", f"https://{site}/")).status == 200
        assert len(pool.connections) == 3
        await asyncio.sleep(0.3)
        assert (await pool.request("GET", "https://maisonvert.fr/")).status == 200
        assert len(pool.connections) == 1
