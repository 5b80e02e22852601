"""Properties of the address guard: no spelling of an internal address gets through.

A URL's host goes through ``check_url`` (which reads numeric hosts the way browsers and
inet_aton do) and then the guard. Hypothesis spells internal addresses every way a URL can:
dotted, one number, octal and hex parts, short forms, trailing dots, IPv4 inside IPv6
(mapped, compatible, NAT64, 6to4), expanded and upper-case IPv6.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from research.errors import FetchError
from research.net.guard import blocked_hostname, blocked_reason, parse_host_ip
from research.net.http import check_url

INTERNAL_V4 = [
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "224.0.0.0/4",
        "240.0.0.0/4",
    )
]
INTERNAL_V6 = [
    ipaddress.ip_network(n)
    for n in ("::1/128", "::/128", "fe80::/10", "fc00::/7", "fec0::/10", "ff00::/8", "2001:db8::/32", "2001::/32")
]
PUBLIC_V4 = ["8.8.8.8", "93.184.215.14", "1.1.1.1", "203.0.114.7", "151.101.1.69"]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _in(networks: list[ipaddress.IPv4Network] | list[ipaddress.IPv6Network]) -> st.SearchStrategy[int]:
    return st.sampled_from(networks).flatmap(lambda n: st.integers(int(n.network_address), int(n.broadcast_address)))


def _part(value: int, style: str, zeros: int) -> str:
    if style == "hex":
        return "0x" + "0" * zeros + format(value, "x")
    if style == "HEX":
        return "0X" + "0" * zeros + format(value, "X")
    if style == "oct" and value:
        return "0" + "0" * zeros + format(value, "o")
    return str(value)


@st.composite
def ipv4_spellings(draw: st.DrawFn, value: int) -> str:
    """``value`` as inet_aton reads it: 1 to 4 parts, each decimal, octal or hex."""
    count = draw(st.integers(1, 4))
    octets = value.to_bytes(4, "big")
    parts = [*octets[: count - 1], int.from_bytes(octets[count - 1 :], "big")]
    styles = draw(st.lists(st.sampled_from(["dec", "oct", "hex", "HEX"]), min_size=count, max_size=count))
    zeros = draw(st.integers(0, 2))
    text = ".".join(_part(p, s, zeros) for p, s in zip(parts, styles, strict=True))
    return text + draw(st.sampled_from(["", "."]))


@st.composite
def v6_embeddings(draw: st.DrawFn, value: int) -> str:
    """An IPv6 literal hiding the IPv4 ``value``, bracketed as in a URL."""
    v4 = ipaddress.IPv4Address(value)
    high, low = format(value >> 16, "x"), format(value & 0xFFFF, "x")
    forms = [f"::ffff:{v4}", f"::ffff:{high}:{low}", f"64:ff9b::{v4}", f"64:ff9b::{high}:{low}"]
    forms.append(f"2002:{high}:{low}::{draw(st.integers(0, 0xFFFF)):x}")
    if value > 1:
        forms.append(f"::{v4}")
    form = draw(st.sampled_from(forms))
    if draw(st.booleans()):
        form = ipaddress.IPv6Address(form).exploded
    return "[" + (form.upper() if draw(st.booleans()) else form) + "]"


@st.composite
def v6_spellings(draw: st.DrawFn, value: int) -> str:
    ip = ipaddress.IPv6Address(value)
    form = draw(st.sampled_from([ip.compressed, ip.exploded]))
    return "[" + (form.upper() if draw(st.booleans()) else form) + "]"


def _judged_as(host_spelling: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address the guard will judge for this URL host, or None when the URL is refused."""
    try:
        checked = check_url(f"http://{host_spelling}/")
    except FetchError:
        return None
    host = urlsplit(checked).netloc
    ip = parse_host_ip(host)
    assert ip is not None, f"{host_spelling!r} would be looked up as a name: {host!r}"
    return ip


def _refused(host_spelling: str) -> bool:
    ip = _judged_as(host_spelling)
    return ip is None or blocked_reason(str(ip)) is not None


@SETTINGS
@given(_in(INTERNAL_V4).flatmap(lambda v: st.tuples(st.just(v), ipv4_spellings(v))))
def test_no_spelling_of_an_internal_ipv4_address_passes(case: tuple[int, str]) -> None:
    value, spelling = case
    assert _refused(spelling), spelling
    judged = _judged_as(spelling)
    assert judged is None or int(judged) == value  # read as the address it spells, no other


@SETTINGS
@given(_in(INTERNAL_V4).flatmap(v6_embeddings))
def test_no_internal_ipv4_hidden_in_ipv6_passes(spelling: str) -> None:
    assert _refused(spelling), spelling


@SETTINGS
@given(_in(INTERNAL_V6).flatmap(v6_spellings))
def test_no_internal_ipv6_address_passes(spelling: str) -> None:
    assert _refused(spelling), spelling


@SETTINGS
@given(st.integers(0, 2**32 - 1).flatmap(lambda v: st.tuples(st.just(v), ipv4_spellings(v))))
def test_numeric_hosts_are_read_as_inet_aton_reads_them(case: tuple[int, str]) -> None:
    """The system's own parser agrees with ours on every spelling it accepts."""
    value, spelling = case
    try:
        expected = int.from_bytes(socket.inet_aton(spelling.rstrip(".")), "big")
    except OSError:
        return
    assert expected == value
    judged = _judged_as(spelling)
    assert judged is not None and int(judged) == value


@pytest.mark.parametrize("address", PUBLIC_V4)
def test_public_addresses_in_any_spelling_still_pass(address: str) -> None:
    value = int(ipaddress.IPv4Address(address))
    for spelling in (address, str(value), hex(value), f"[::ffff:{address}]"):
        assert not _refused(spelling), spelling


@SETTINGS
@given(
    st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?){0,3}", fullmatch=True),
    st.sampled_from(["localhost", "local", "internal", "intranet", "lan", "corp", "home.arpa", "localdomain"]),
    st.sampled_from(["", "."]),
    st.booleans(),
)
def test_local_names_are_refused_whatever_is_in_front(label: str, suffix: str, dot: str, upper: bool) -> None:
    name = f"{label}.{suffix}{dot}"
    assert blocked_hostname(name.upper() if upper else name)


@SETTINGS
@given(st.from_regex(r"[a-z][a-z0-9-]{0,30}", fullmatch=True))
def test_single_label_names_are_refused(label: str) -> None:
    assert blocked_hostname(label)
