"""Where an IP address is and what kind of network a host name belongs to. Pure, offline.

Countries come from the iptocc package: the Regional Internet Registries' allocation files, shipped
inside its wheel and loaded on first use (the registry's country, not a street address; it agrees
with commercial geolocation for about 95 % of IPv4). Rented-server networks are recognised by the
names their providers give customers' machines (``research/data/hosting.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from research.data.load import toml_table, word_list
from research.extract.domains import registrable
from research.extract.mail_hosts import mail_provider

COUNTRY_DATASET = "iptocc (RIR delegation files)"


def ip_country(ip: str) -> str | None:
    """ISO 3166 alpha-2 code of the registry that allocated ``ip``; None for private or unknown."""
    if not ip:
        return None
    from iptocc import country_code  # loaded on first use: the table lives in the extension

    try:
        return country_code(ip)
    except ValueError:
        return None


@cache
def _hosting() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = toml_table("hosting.toml")["providers"]
    return tuple((name, re.compile(p)) for name, patterns in table.items() for p in patterns)


def hosting_network(host: str) -> str | None:
    """The rented-server network a host name belongs to (ec2-1-2-3-4.compute-1.amazonaws.com ->
    Amazon EC2), or None."""
    host = host.strip().rstrip(".").lower()
    if not host:
        return None
    return next((name for name, pattern in _hosting() if pattern.search(host)), None)


def mail_service(host: str) -> str | None:
    """A mail provider's or mail-sending service's own server (mail-sor-f41.google.com, a Yahoo or
    QQ relay, SendGrid), or None. A customer machine on a provider's cloud is not one."""
    if not host or hosting_network(host):
        return None
    reg = registrable(host)
    return mail_provider(host) or (reg if reg in word_list("free_mail.txt") else None)


@cache
def list_relays() -> frozenset[str]:
    return frozenset(toml_table("mail_hosts.toml")["list_relays"]["domains"])


@cache
def bulk_mailers() -> frozenset[str]:
    return frozenset(toml_table("mail_hosts.toml")["bulk_mailers"]["domains"])
