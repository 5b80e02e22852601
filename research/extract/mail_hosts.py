"""Who runs a mailbox or a mail host: free mail, disposable, or a hosting service. Pure, offline.

A company's MX or sending host at Google, Microsoft, Tencent or a web host is normal at any
size; the lists are data (``research/data/mail_hosts.toml``, ``free_mail.txt``, and the
disposable-email-domains package's block list).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from disposable_email_domains import blocklist as _DISPOSABLE

from research.data.load import toml_table, word_list
from research.extract.domains import registrable

Provider = Literal["free", "disposable", "corporate"]


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


def free_provider(domain: str) -> str | None:
    """The free-mail service a domain belongs to (vip.qq.com -> vip.qq.com, mail.ru -> mail.ru)."""
    free = word_list("free_mail.txt")
    if domain in free:
        return domain
    reg = registrable(domain)
    return reg if reg in free else None


def is_free_mail(domain: str) -> bool:
    return free_provider(domain) is not None


def is_disposable(domain: str) -> bool:
    return domain in _DISPOSABLE or registrable(domain) in _DISPOSABLE


def provider_class(domain: str) -> Provider:
    if is_disposable(domain):
        return "disposable"
    return "free" if is_free_mail(domain) else "corporate"


def is_shared(domain: str) -> bool:
    """A mailbox at a free or disposable provider: its domain says nothing about the sender."""
    return provider_class(domain) != "corporate"
