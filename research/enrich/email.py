"""The sender's address: valid, free mail, disposable, role, lookalike, headers.

Offline: email-validator checks syntax only (no DNS); DNS and WHOIS are the domain enricher's.
"""

from __future__ import annotations

import re
import unicodedata
from email.utils import parseaddr
from typing import TYPE_CHECKING, Any

from disposable_email_domains import blocklist as _DISPOSABLE
from email_validator import EmailNotValidError, validate_email

from research.data.load import word_list
from research.enrich.base import Enricher, finding, signal
from research.enrich.headers import header_signals
from research.enrich.identity import identity_signals, lookalike_facts
from research.extract.domains import registrable, to_ascii, to_unicode
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "email"


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


def provider_class(domain: str) -> str:
    if is_disposable(domain):
        return "disposable"
    return "free" if is_free_mail(domain) else "corporate"


def mixed_scripts(domain: str) -> list[str]:
    """Scripts mixed inside one label (Latin "wa" + Cyrillic "а"): a homoglyph trick; a name
    wholly in one script (müller, 中国制造, почта) is fine."""
    for part in domain.split("."):
        scripts = sorted({unicodedata.name(ch, "UNKNOWN").split(" ")[0] for ch in part if ch.isalpha()})
        if len(scripts) > 1:
            return scripts
    return []


def is_role(local: str) -> bool:
    """info@, sales.cn@, purchase-dept@: the first word of the local part names a role."""
    first = re.split(r"[+._-]", local.lower(), maxsplit=1)[0]
    roles = word_list("role_localparts.txt")
    return local.lower().split("+", 1)[0] in roles or first in roles


def classify_address(address: str, display_name: str = "") -> dict[str, Any]:
    """Plain facts about one address; ``valid`` False with ``error`` when it is not one."""
    shown, addr = parseaddr(address)
    addr = addr or address.strip()
    display = display_name.strip() or shown.strip()
    try:
        v = validate_email(addr, check_deliverability=False)
    except EmailNotValidError as exc:
        return {"address": addr, "display_name": display, "valid": False, "error": str(exc)}
    domain = to_ascii(v.ascii_domain or v.domain).lower()
    provider = provider_class(domain)
    local = v.local_part
    return {
        "address": v.normalized,
        "display_name": display,
        "valid": True,
        "local": local,
        "domain": domain,
        "domain_unicode": to_unicode(domain),
        "idn": domain != to_unicode(domain) or not local.isascii(),
        "provider": provider,
        "free_provider": free_provider(domain),
        "free_mail": provider == "free",
        "disposable": provider == "disposable",
        "role": is_role(local),
        "lookalike": None,
        "lookalike_of": None,
    }


def _provider_signals(facts: dict[str, Any]) -> list[Signal]:
    ev = Evidence("text", "email", facts["address"])
    code = {"disposable": "email.disposable", "free": "email.free_mail"}.get(facts["provider"], "email.corporate")
    look = facts.get("lookalike") or {}
    # A domain bent to look like someone else's earns no "company domain" credit.
    imitates = code == "email.corporate" and look.get("kind") not in (None, "claimed")
    out = [] if imitates else [signal(SOURCE, code, ev, domain=facts["domain_unicode"])]
    if facts["role"]:
        out.append(signal(SOURCE, "email.role_address", ev, local=facts["local"]))
    if facts["idn"]:
        mixed = mixed_scripts(facts["domain_unicode"])
        code = "email.idn_mixed_script" if mixed else "email.idn"
        scripts = ", ".join(mixed) if mixed else ""
        out.append(signal(SOURCE, code, ev, domain=facts["domain_unicode"], ascii=facts["domain"], scripts=scripts))
    return out


def _reply_to(facts: dict[str, Any], inquiry: Inquiry) -> list[Signal]:
    reply_to = inquiry.reply_to or next(iter(inquiry.header("Reply-To")), "")
    _, reply_addr = parseaddr(reply_to)
    reply_domain = reply_addr.rpartition("@")[2].strip().lower()
    if not reply_domain:
        return []
    ev = Evidence("header", "Reply-To", reply_to)
    if registrable(to_ascii(reply_domain)) != registrable(facts["domain"]):
        return [signal(SOURCE, "email.reply_to_differs", ev, reply_to=reply_to, domain=facts["domain_unicode"])]
    # On a shared provider another mailbox is another person (sinara-group@ -> julian.smith@list.ru);
    # inside a company domain, sales@ answering from john@ is normal.
    if facts["provider"] != "corporate" and reply_addr.lower() != facts["address"].lower():
        return [signal(SOURCE, "email.reply_to_other_mailbox", ev, reply_to=reply_addr, address=facts["address"])]
    return []


def _signals(facts: dict[str, Any], inquiry: Inquiry) -> list[Signal]:
    if not facts["valid"]:
        ev = Evidence("text", "email", facts["address"])
        return [signal(SOURCE, "email.invalid", ev, address=facts["address"], error=facts["error"])]
    return [
        *_provider_signals(facts),
        *_reply_to(facts, inquiry),
        *identity_signals(facts, inquiry),
        *header_signals(inquiry, facts["domain"]),
    ]


def sender_facts(inquiry: Inquiry) -> dict[str, Any]:
    facts = classify_address(inquiry.email.strip(), inquiry.display_name)
    if facts["valid"]:
        look = lookalike_facts(inquiry, facts["domain"])
        facts["lookalike"] = look
        facts["lookalike_of"] = look["official_domain"] if look else None
    return facts


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    if not inquiry.email.strip():
        return finding(
            SOURCE, {"address": ""}, [signal(SOURCE, "email.missing")], status="partial", reason="email.none_given"
        )
    facts = sender_facts(inquiry)
    return finding(SOURCE, facts, _signals(facts, inquiry))


ENRICHER = Enricher(SOURCE, run, network=False)
