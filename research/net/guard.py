"""Which addresses we may connect to: the SSRF policy, as a pure function.

A buyer's website is chosen by whoever sent the inquiry, so a hostile sender
can point us at the rep's router, an intranet or a cloud metadata endpoint.
We refuse every address that is not plainly on the public internet.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_EXTRA_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "100.64.0.0/10",  # CGNAT: not "private" to the ipaddress module, still not public
        "169.254.0.0/16",  # link-local, home of 169.254.169.254 metadata
        "192.0.0.0/24",
        "198.18.0.0/15",
        "fd00:ec2::/32",  # AWS metadata over IPv6 (inside fc00::/7, listed for clarity)
        "64:ff9b:1::/48",  # local-use NAT64
        "fec0::/10",  # deprecated site-local: the ipaddress module counts it global
        "2001::/32",  # Teredo: tunnels to whatever IPv4 it hides, obfuscated
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_BLOCKED_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")
_BLOCKED_SUFFIXES = (
    ".localhost",
    ".local",
    ".localdomain",
    ".internal",  # metadata.google.internal, *.ec2.internal
    ".intranet",
    ".lan",
    ".corp",
    ".home",
    ".private",
    ".arpa",  # home.arpa and reverse-lookup names: never a website
)


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address hidden in an IPv6 one (mapped, 6to4, NAT64, compat), if any."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if int(ip) >> 32 == 0 and int(ip) > 1:  # deprecated IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(int(ip))
    return None


def blocked_reason(address: str) -> str | None:
    """Why ``address`` must not be contacted, or None when it is public."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not_an_ip"
    inner = embedded_ipv4(ip)
    if inner is not None:
        return blocked_reason(str(inner))
    if ip.is_multicast:
        return "multicast"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local or any(ip in n for n in _EXTRA_BLOCKED if n.version == ip.version):
        return "link_local_or_reserved"
    if ip.is_private:
        return "private"
    if ip.is_unspecified or ip.is_reserved or not ip.is_global:
        return "reserved"
    return None


def blocked_hostname(host: str) -> bool:
    """Names that can only mean this machine or its LAN, before any lookup.

    A single label ("intranet", "metadata", "router") is one too: only a search domain
    on the rep's network would make it resolve, and no public website has one.
    """
    host = host.strip().rstrip(".").lower()
    return "." not in host or host in _BLOCKED_NAMES or host.endswith(_BLOCKED_SUFFIXES)


def parse_host_ip(host: str) -> IPAddress | None:
    """The address a URL's host means, however it is spelled; None when it is a name.

    Browsers and C's inet_aton read "2130706433", "0177.0.0.1", "0x7f000001" and "127.1" all
    as 127.0.0.1 (the WHATWG URL standard's IPv4 parser); a guard that did not would let the
    inside through by spelling. ValueError: a host ending in a number that is no address.
    """
    host = host.strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if ":" in host:
        return ipaddress.IPv6Address(host)  # ValueError when it is not one
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()  # "127.0.0.1." is 127.0.0.1
    if not parts or not _is_number(parts[-1]):
        return None  # a name: DNS will say
    if len(parts) > 4:
        raise ValueError(f"not an IPv4 address: {host}")
    numbers = [_ipv4_number(p) for p in parts]
    last_max = 256 ** (5 - len(numbers))
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= last_max:
        raise ValueError(f"IPv4 part out of range: {host}")
    value = numbers[-1]
    for i, n in enumerate(numbers[:-1]):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def _is_number(part: str) -> bool:
    if part[:2] == "0x":
        return all(c in "0123456789abcdef" for c in part[2:])
    return part.isascii() and part.isdigit()


def _ipv4_number(part: str) -> int:
    if part[:2] == "0x":
        return int(part[2:] or "0", 16)
    if not part or not _is_number(part):
        raise ValueError(f"not an IPv4 part: {part!r}")
    if len(part) > 1 and part.startswith("0"):
        return int(part, 8)  # ValueError for "08": an invalid octal, as browsers refuse it
    return int(part)


def in_networks(address: str, networks: tuple[str, ...]) -> bool:
    """True when ``address`` lies in one of ``networks`` (CIDR strings)."""
    if not networks:
        return False
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    inner = embedded_ipv4(ip)
    ip = inner or ip
    return any(ip in ipaddress.ip_network(n, strict=False) for n in networks)
