"""Which mail service runs a host (aspmx.l.google.com -> Google Workspace). Pure, offline.

A company's MX or sending host at Google, Microsoft, Tencent or a web host is normal at any
size; the list is data (``research/data/mail_hosts.toml``).
"""

from __future__ import annotations

from functools import cache

from research.data.load import toml_table


@cache
def mail_providers() -> dict[str, str]:
    """Registrable domain (or host suffix) of a mail host -> the service's name."""
    return dict(toml_table("mail_hosts.toml")["providers"])


def mail_provider(host: str) -> str | None:
    """The hosting service a mail host belongs to (aspmx.l.google.com -> Google Workspace)."""
    host = host.strip().rstrip(".").lower()
    table = mail_providers()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = table.get(".".join(parts[i:]))
        if name:
            return name
    return None
