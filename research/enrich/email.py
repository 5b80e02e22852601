"""The sender's address: valid, free mail, disposable, role, Reply-To elsewhere."""

from __future__ import annotations

from email.utils import parseaddr
from typing import TYPE_CHECKING, Any

from disposable_email_domains import blocklist as _DISPOSABLE
from email_validator import EmailNotValidError, validate_email

from research.data.load import word_list
from research.enrich.base import Enricher, finding, signal
from research.extract.domains import registrable, to_unicode
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "email"


def is_free_mail(domain: str) -> bool:
    free = word_list("free_mail.txt")
    return domain in free or registrable(domain) in free


def is_disposable(domain: str) -> bool:
    return domain in _DISPOSABLE or registrable(domain) in _DISPOSABLE


def classify_address(address: str) -> dict[str, Any]:
    """Plain facts about one address; ``valid`` False with ``error`` when it is not one."""
    try:
        v = validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return {"address": address, "valid": False, "error": str(exc)}
    domain = v.ascii_domain.lower()
    return {
        "address": v.normalized,
        "valid": True,
        "local": v.local_part,
        "domain": domain,
        "domain_unicode": to_unicode(domain),
        "free_mail": is_free_mail(domain),
        "disposable": is_disposable(domain),
        "role": v.local_part.lower().split("+", 1)[0] in word_list("role_localparts.txt"),
        "lookalike_of": None,
    }


def _signals(facts: dict[str, Any], inquiry: Inquiry) -> list[Signal]:
    ev = Evidence("text", "email", facts["address"])
    if not facts["valid"]:
        return [signal(SOURCE, "email.invalid", ev, address=facts["address"], error=facts["error"])]
    out = []
    if facts["disposable"]:
        out.append(signal(SOURCE, "email.disposable", ev, domain=facts["domain"]))
    elif facts["free_mail"]:
        out.append(signal(SOURCE, "email.free_mail", ev, domain=facts["domain"]))
    else:
        out.append(signal(SOURCE, "email.corporate", ev, domain=facts["domain"]))
    if facts["role"]:
        out.append(signal(SOURCE, "email.role_address", ev, local=facts["local"]))
    reply_domain = _domain_of(inquiry.reply_to)
    if reply_domain and registrable(reply_domain) != registrable(facts["domain"]):
        rev = Evidence("header", "Reply-To", inquiry.reply_to)
        out.append(signal(SOURCE, "email.reply_to_differs", rev, reply_to=inquiry.reply_to, domain=facts["domain"]))
    return out


def _domain_of(address: str) -> str:
    _, addr = parseaddr(address)
    return addr.rpartition("@")[2].strip().lower()


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    if not inquiry.email.strip():
        return finding(
            SOURCE, {"address": ""}, [signal(SOURCE, "email.missing")], status="partial", reason="email.none_given"
        )
    facts = classify_address(inquiry.email.strip())
    return finding(SOURCE, facts, _signals(facts, inquiry))


ENRICHER = Enricher(SOURCE, run, network=False)
