from __future__ import annotations

import pytest

from research.net.guard import blocked_hostname, blocked_reason, in_networks, parse_host_ip


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.5", "private"),
        ("172.16.3.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link_local_or_reserved"),  # cloud metadata
        ("100.64.1.1", "link_local_or_reserved"),  # CGNAT
        ("fe80::1", "link_local_or_reserved"),
        ("fc00::1", "private"),
        ("fd00:ec2::254", "link_local_or_reserved"),  # AWS metadata over IPv6
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "private"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6
        ("::ffff:169.254.169.254", "link_local_or_reserved"),
        ("2002:7f00:1::", "loopback"),  # 6to4 wrapping 127.0.0.1
        ("64:ff9b::a00:5", "private"),  # NAT64 wrapping 10.0.0.5
        ("240.0.0.1", "private"),  # class E: ipaddress counts it private
        ("not-an-ip", "not_an_ip"),
    ],
)
def test_non_public_addresses_are_refused(address: str, reason: str) -> None:
    assert blocked_reason(address) == reason


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert blocked_reason(address) is None


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST.", "printer.local", "db.internal", "x.localhost"])
def test_local_names_are_refused_before_lookup(host: str) -> None:
    assert blocked_hostname(host)


def test_ordinary_names_pass() -> None:
    assert not blocked_hostname("harborline-imports.com")


def test_allowlist_matches_mapped_addresses_too() -> None:
    assert in_networks("127.0.0.1", ("127.0.0.0/8",))
    assert in_networks("::ffff:127.0.0.1", ("127.0.0.0/8",))
    assert not in_networks("10.0.0.5", ("127.0.0.0/8",))
    assert not in_networks("127.0.0.1", ())


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("fec0::1", "link_local_or_reserved"),  # deprecated site-local: ipaddress calls it global
        ("2001:0:4136:e378:8000:63bf:80ff:fffd", "link_local_or_reserved"),  # Teredo
        ("::127.0.0.2", "loopback"),  # IPv4-compatible
        ("64:ff9b::127.0.0.2", "loopback"),  # NAT64, dotted
    ],
)
def test_tunnels_and_old_ranges_are_refused(address: str, reason: str) -> None:
    assert blocked_reason(address) == reason


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("0x7f.0.0.01", "127.0.0.1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("[::ffff:127.0.0.1]", "::ffff:7f00:1"),
        ("0", "0.0.0.0"),
    ],
)
def test_numeric_hosts_are_read_as_browsers_read_them(host: str, address: str) -> None:
    assert str(parse_host_ip(host)) == address


@pytest.mark.parametrize("host", ["1.2.3.4.5", "256.0.0.1", "08.0.0.1", "4294967296", "a.0x"])
def test_hosts_ending_in_a_number_that_is_no_address_are_errors(host: str) -> None:
    with pytest.raises(ValueError):
        parse_host_ip(host)


@pytest.mark.parametrize("host", ["example.com", "1.2.3.example", "xn--80ak6aa92e.com"])
def test_names_are_not_addresses(host: str) -> None:
    assert parse_host_ip(host) is None


def test_single_label_names_are_refused() -> None:
    assert blocked_hostname("intranet") and blocked_hostname("metadata")
