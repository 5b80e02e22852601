"""The guarded fetcher against hostile web servers on the lab.

127.0.0.1 is the public internet here (the private allow-list lets exactly it through);
127.0.0.2 and ::1 are the inside, where a trap logs every connection. Each case asserts on
that log and on every address the client dialled, not only on the result. Each row goes to
the case table (tests/net/README.md).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from research.errors import FetchError
from research.net.dns import Resolver
from research.net.http import HTML_TYPES, Fetcher, Page
from research.settings import Settings
from tests.helpers import hostile_lab_settings
from tests.lab.casebook import Casebook
from tests.lab.lab import Lab
from tests.lab.raw import RawServer, Trap, closed_port

pytestmark = pytest.mark.timeout(60)

SITE = "hostile-net.com"
PAGE_TIMEOUT_S = 2.0
PUBLIC = "127.0.0.1"


@pytest.fixture
def settings(lab: Lab, tmp_path: Path) -> Settings:
    return hostile_lab_settings(lab, tmp_path, page_timeout_s=PAGE_TIMEOUT_S, connect_timeout_s=1.0)


async def _fetch(settings: Settings, url: str) -> Page:
    async with Fetcher(settings, Resolver(settings)) as f:
        return await f.fetch(url, accept=HTML_TYPES)


async def _error(settings: Settings, url: str) -> FetchError:
    with pytest.raises(FetchError) as err:
        await _fetch(settings, url)
    return err.value


def _only_public(dialled: list[str], trap: Trap, knocks_before: int) -> None:
    assert trap.log[knocks_before:] == [], "a trap on the inside was connected to"
    assert set(dialled) <= {PUBLIC}, f"dialled beyond the lab's public address: {sorted(set(dialled))}"


# -- the inside, in every spelling -------------------------------------------------

INSIDE = [
    ("dotted", "127.0.0.2"),
    ("decimal", "2130706434"),
    ("octal", "0177.0.0.2"),
    ("hex", "0x7f000002"),
    ("hex-dotted", "0x7f.0x0.0x0.0x2"),
    ("short", "127.2"),
    ("short-3", "127.0.2"),
    ("mixed-radix", "0x7f.0.0.02"),
    ("trailing-dot", "127.0.0.2."),
    ("explicit-port", "127.0.0.2:80"),
    ("https", "https 127.0.0.2"),
    ("userinfo", "hostile-net.com@127.0.0.2"),
    ("zero", "0.0.0.0"),
    ("zero-number", "0"),
    ("ipv6-loopback", "[::1]"),
    ("ipv6-loopback-long", "[0:0:0:0:0:0:0:1]"),
    ("ipv4-mapped", "[::ffff:127.0.0.2]"),
    ("ipv4-mapped-hex", "[::ffff:7f00:2]"),
    ("ipv4-compatible", "[::127.0.0.2]"),
    ("nat64", "[64:ff9b::7f00:2]"),
    ("nat64-dotted", "[64:ff9b::127.0.0.2]"),
    ("6to4", "[2002:7f00:2::]"),
    ("teredo", "[2001:0:4136:e378:8000:63bf:80ff:fffd]"),
    ("ipv6-zone", "[fe80::1%25lo]"),
    ("metadata", "169.254.169.254"),
    ("metadata-mapped", "[::ffff:169.254.169.254]"),
    ("metadata-decimal", "2852039166"),
    ("metadata-name", "metadata.google.internal"),
    ("metadata-aws-v6", "[fd00:ec2::254]"),
    ("link-local", "169.254.0.1"),
    ("private-10", "10.0.0.1"),
    ("private-192", "192.168.1.1"),
    ("cgnat", "100.64.0.1"),
    ("localhost", "localhost"),
    ("localhost-sub", "admin.localhost"),
    ("single-label", "intranet"),
    ("inside-name", "inside-name.hostile-net.com (A 127.0.0.2)"),
    ("inside-v6-name", "inside-v6.hostile-net.com (AAAA ::1)"),
]


@pytest.mark.parametrize(("path", "spelling"), INSIDE, ids=[p for p, _ in INSIDE])
async def test_redirect_to_the_inside_is_never_followed(
    settings: Settings, lab: Lab, trap: Trap, dialled: list[str], casebook: Casebook, path: str, spelling: str
) -> None:
    before = len(trap.log)
    with casebook.case("hostile", f"redirect to {spelling}", "refused, nothing inside dialled", PAGE_TIMEOUT_S) as row:
        err = await _error(settings, f"http://{SITE}/to/{path}")
        row.observed = f"{err.code} ({err.params.get('reason') or err.params.get('address') or 'bad url'})"
        assert err.code in ("net.blocked_address", "net.bad_url")
        _only_public(dialled, trap, before)


@pytest.mark.parametrize("host", ["2130706434", "0x7f.2", "[::ffff:127.0.0.2]", "0177.0.0.2", "[::1]"])
async def test_the_inside_asked_for_directly_is_refused(
    settings: Settings, trap: Trap, dialled: list[str], host: str
) -> None:
    before = len(trap.log)
    err = await _error(settings, f"http://{host}/")
    assert err.code == "net.blocked_address"
    _only_public(dialled, trap, before)


async def test_the_trap_does_see_a_connection_when_the_guard_is_off(lab: Lab, tmp_path: Path, trap: Trap) -> None:
    """The control: with private networks allowed, the same redirect reaches the trap."""
    open_settings = hostile_lab_settings(lab, tmp_path, allow_private_networks=True, page_timeout_s=PAGE_TIMEOUT_S)
    before = len(trap.log)
    with pytest.raises(FetchError):
        await _fetch(open_settings, f"http://{SITE}/to/dotted")
    assert [k.address for k in trap.log[before:]] == ["127.0.0.2"]


async def test_name_with_a_public_and_an_inside_address_uses_the_public_one_only(
    settings: Settings, trap: Trap, dialled: list[str], casebook: Casebook
) -> None:
    before = len(trap.log)
    with casebook.case("hostile", "name with A 127.0.0.2 + 127.0.0.1, AAAA ::1", "public address only", 2) as row:
        page = await _fetch(settings, "http://mixed-address.com/")
        row.observed = f"HTTP {page.status} from {page.address}"
        assert page.ok and page.address == PUBLIC
        _only_public(dialled, trap, before)


async def test_dns_rebinding_cannot_turn_a_public_name_inside(
    settings: Settings, trap: Trap, dialled: list[str], casebook: Casebook
) -> None:
    before = len(trap.log)
    with casebook.case("hostile", "DNS rebinding (public, then 127.0.0.2)", "1st fetch ok, 2nd refused", 4) as row:
        first = await _fetch(settings, "http://rebind-fetch.com/")  # a fresh connection pool each time
        err = await _error(settings, "http://rebind-fetch.com/about")
        row.observed = f"HTTP {first.status} from {first.address}; then {err.code}"
        assert first.ok and first.address == PUBLIC
        assert err.code == "net.blocked_address" and err.params["address"] == "127.0.0.2"
        _only_public(dialled, trap, before)


# -- redirects that never end ------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "code", "label"),
    [
        ("/loop-a", "net.redirect_loop", "redirect loop a -> b -> a"),
        ("/chain/start", "net.too_many_redirects", "endless redirect chain"),
    ],
)
async def test_redirects_that_never_end(
    settings: Settings, lab: Lab, casebook: Casebook, path: str, code: str, label: str
) -> None:
    hits = len(lab.http_log)
    with casebook.case("hostile", label, code, PAGE_TIMEOUT_S) as row:
        err = await _error(settings, f"http://{SITE}{path}")
        asked = [h for h in lab.http_log[hits:] if h.host == SITE]
        row.observed = f"{err.code} after {len(asked)} requests"
        assert err.code == code
        assert len(asked) <= settings.max_redirects + 1


# -- size and time -----------------------------------------------------------------


async def test_a_50_mb_page_is_cut_at_the_byte_cap(settings: Settings, casebook: Casebook) -> None:
    with casebook.case("hostile", "50 MB page (Content-Length)", "truncated at the cap", PAGE_TIMEOUT_S) as row:
        page = await _fetch(settings.replace(page_timeout_s=10.0), f"http://{SITE}/big-50mb")
        size = len(page.text.encode())
        row.observed = f"truncated={page.truncated}, {size:,} bytes kept"
        assert page.truncated and size <= settings.max_page_bytes


async def test_one_byte_a_second_ends_at_the_page_timeout(settings: Settings, casebook: Casebook) -> None:
    with casebook.case("hostile", "one byte a second", "net.timeout at page_timeout_s", PAGE_TIMEOUT_S) as row:
        err = await _error(settings, f"http://{SITE}/one-byte-a-second")
        row.observed = err.code
        assert err.code == "net.timeout"


async def test_a_server_that_accepts_and_never_answers(settings: Settings, casebook: Casebook) -> None:
    with casebook.case("hostile", "accepts, never answers (HTTP)", "net.timeout", PAGE_TIMEOUT_S) as row:
        err = await _error(settings, f"http://{SITE}/black-hole")
        row.observed = err.code
        assert err.code == "net.timeout"


async def test_a_tls_port_that_accepts_and_never_answers(settings: Settings, casebook: Casebook) -> None:
    label, expected = "TLS port that never answers", "failed within budget"
    with RawServer("silent") as silent, casebook.case("hostile", label, expected, PAGE_TIMEOUT_S) as row:
        err = await _error(settings, f"https://{SITE}:{silent.port}/")
        row.observed = err.code
        assert err.code in ("net.timeout", "net.connect_failed")


async def test_a_tls_port_speaking_garbage(settings: Settings, casebook: Casebook) -> None:
    with RawServer("garbage") as garbage:
        with casebook.case("hostile", "TLS port speaking garbage", "failed, no page", PAGE_TIMEOUT_S) as row:
            err = await _error(settings, f"https://{SITE}:{garbage.port}/")
            row.observed = err.code
            assert err.code in ("net.connect_failed", "net.fetch_failed")
        assert garbage.log, "the garbage server was reached"


async def test_a_closed_port_is_refused_not_a_timeout(settings: Settings, casebook: Casebook) -> None:
    with casebook.case("hostile", "closed port", "net.refused (the site is down)", PAGE_TIMEOUT_S) as row:
        err = await _error(settings, f"http://{SITE}:{closed_port()}/")
        row.observed = err.code
        assert err.code == "net.refused"


@pytest.mark.parametrize(("path", "label"), [("/gzip-bomb", "gzip bomb (200 MiB)"), ("/brotli-bomb", "brotli bomb")])
async def test_compression_bombs_stay_bounded(settings: Settings, casebook: Casebook, path: str, label: str) -> None:
    with casebook.case("hostile", label, "at most max_page_bytes inflated", PAGE_TIMEOUT_S) as row:
        try:
            page = await _fetch(settings.replace(page_timeout_s=8.0), f"http://{SITE}{path}")
        except FetchError as err:  # br is never asked for: refused, nothing inflated
            row.observed = err.code
            assert err.code == "net.bad_encoding"
        else:
            row.observed = f"truncated={page.truncated}, {len(page.text):,} chars"
            assert page.truncated and len(page.text) <= settings.max_page_bytes


# -- content that lies -------------------------------------------------------------


@pytest.mark.parametrize("path", ["/binary-as-html", "/binary-no-type"])
async def test_binary_served_as_html_is_not_read_as_text(settings: Settings, casebook: Casebook, path: str) -> None:
    with casebook.case("hostile", f"binary as text/html ({path})", "net.bad_content_type", PAGE_TIMEOUT_S) as row:
        err = await _error(settings, f"http://{SITE}{path}")
        row.observed = f"{err.code} ({err.params.get('content_type')})"
        assert err.code == "net.bad_content_type" and err.params["content_type"] == "binary"


@pytest.mark.parametrize(
    ("path", "label", "expect"),
    [
        ("/wrong-charset", "charset=utf-8 on GBK bytes", "深圳"),
        ("/no-charset", "GBK without any charset", "深圳"),
        ("/unknown-charset", "charset=x-no-such-charset", "Hostile Net Trading"),
        ("/utf16-meta", '<meta charset="utf-16"> on ASCII', "Widechar Imports"),
    ],
)
async def test_wrong_and_missing_charsets_are_read(
    settings: Settings, casebook: Casebook, path: str, label: str, expect: str
) -> None:
    with casebook.case("hostile", label, "decoded, readable", PAGE_TIMEOUT_S) as row:
        page = await _fetch(settings, f"http://{SITE}{path}")
        row.observed = f"decoded as {page.encoding}"
        assert page.ok and expect in page.text


# -- refusals: never wait for Retry-After -----------------------------------------


@pytest.mark.parametrize(("path", "status"), [("/forbidden", 403), ("/too-many", 429), ("/unavailable", 503)])
async def test_refusals_are_answers_and_retry_after_is_not_waited_for(
    settings: Settings, lab: Lab, casebook: Casebook, path: str, status: int
) -> None:
    hits = len(lab.http_log)
    started = time.monotonic()
    with casebook.case("hostile", f"HTTP {status} (Retry-After up to a day)", "answer at once, no retry", 1) as row:
        page = await _fetch(settings, f"http://{SITE}{path}")
        asked = [h for h in lab.http_log[hits:] if h.path == path]
        row.observed = f"HTTP {page.status}, {len(asked)} request(s)"
        assert page.status == status and len(asked) == 1
    assert time.monotonic() - started < PAGE_TIMEOUT_S + 5  # nowhere near the hour it asked for
