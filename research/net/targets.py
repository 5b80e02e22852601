"""Where a connection may go: a host name or address in, the checked addresses out.

Every socket the product opens to a host it did not configure itself (a website, a
redirect, a WHOIS referral) asks here first, then connects to exactly an address this
returned: the name is resolved once, by our resolver, and never again by the system's, so
neither a second DNS answer (rebinding) nor another spelling of the same address can
slip past the check.
"""

from __future__ import annotations

from research.errors import BlockedAddressError, DnsError, FetchError
from research.net.dns import Resolver
from research.net.guard import blocked_hostname, blocked_reason, in_networks, parse_host_ip
from research.settings import Settings

MAX_ADDRESSES = 3  # a name with a dozen addresses gets three tries, not a dozen


async def addresses_to_dial(host: str, resolver: Resolver, settings: Settings) -> list[str]:
    """The addresses of ``host`` we may connect to, best first.

    BlockedAddressError when none is allowed, FetchError ``net.no_address`` when the name has
    none, ``net.dns_failed`` when DNS could not say, ``net.bad_url`` for a host that is no name.
    """
    literal = _literal(host)
    if literal is None and not settings.allow_private_networks and blocked_hostname(host):
        raise BlockedAddressError(host, code="net.blocked_address", host=host, reason="local_name")
    addresses = [literal] if literal is not None else await _resolve(host, resolver)
    if not addresses:
        raise FetchError(host, code="net.no_address", host=host)
    if settings.allow_private_networks:
        return addresses[:MAX_ADDRESSES]
    allowed = [a for a in addresses if is_allowed(a, settings)]
    if not allowed:
        why = blocked_reason(addresses[0]) or "blocked"
        raise BlockedAddressError(f"{host} -> {addresses[0]}", host=host, address=addresses[0], reason=why)
    return allowed[:MAX_ADDRESSES]


def is_allowed(address: str, settings: Settings) -> bool:
    """May we connect to this IP address (a string, as resolved)?"""
    if settings.allow_private_networks:
        return True
    return blocked_reason(address) is None or in_networks(address, settings.private_allowlist)


def _literal(host: str) -> str | None:
    try:
        ip = parse_host_ip(host)
    except ValueError as exc:
        raise FetchError(host, code="net.bad_url", url=host) from exc
    return None if ip is None else str(ip)


async def _resolve(host: str, resolver: Resolver) -> list[str]:
    try:
        return await resolver.addresses(host)
    except DnsError as exc:
        raise FetchError(str(exc), code="net.dns_failed", host=host) from exc
