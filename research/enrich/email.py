"""The sender's address: valid, free mail, disposable, role, lookalike, Reply-To.

The message's route and authentication headers are the sender check's (research/enrich/sender.py).

Offline: email-validator checks syntax only (no DNS); DNS and WHOIS are the domain enricher's.
"""

from __future__ import annotations

import re
import unicodedata
from email.utils import parseaddr
from typing import TYPE_CHECKING

from email_validator import EmailNotValidError, validate_email

from research.data.load import word_list
from research.enrich.base import Enricher, finding, signal
from research.enrich.identity import claims, identity_signals
from research.extract.domains import registrable, to_ascii, to_unicode
from research.extract.lookalike import find_lookalike
from research.extract.mail_hosts import free_provider, provider_class
from research.facts import EmailFacts
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "email"


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


def classify_address(address: str, display_name: str = "") -> EmailFacts:
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
        "free_provider": free_provider(domain),
        "free_mail": provider == "free",
        "disposable": provider == "disposable",
        "role": is_role(local),
        "lookalike": None,
        "lookalike_of": None,
    }


def _provider_signals(facts: EmailFacts) -> list[Signal]:
    ev = Evidence("text", "email", facts["address"])
    code = "email.disposable" if facts["disposable"] else "email.free_mail" if facts["free_mail"] else "email.corporate"
    look = facts.get("lookalike")
    # A domain bent to look like someone else's earns no "company domain" credit.
    imitates = code == "email.corporate" and look is not None and look["kind"] != "claimed"
    out = [] if imitates else [signal(SOURCE, code, ev, domain=facts["domain_unicode"])]
    if facts["role"]:
        out.append(signal(SOURCE, "email.role_address", ev, local=facts["local"]))
    if facts["idn"]:
        mixed = mixed_scripts(facts["domain_unicode"])
        code = "email.idn_mixed_script" if mixed else "email.idn"
        scripts = ", ".join(mixed) if mixed else ""
        out.append(signal(SOURCE, code, ev, domain=facts["domain_unicode"], ascii=facts["domain"], scripts=scripts))
    return out


def _reply_to(facts: EmailFacts, inquiry: Inquiry) -> list[Signal]:
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
    shared = facts["free_mail"] or facts["disposable"]
    if shared and reply_addr.lower() != facts["address"].lower():
        return [signal(SOURCE, "email.reply_to_other_mailbox", ev, reply_to=reply_addr, address=facts["address"])]
    return []


def _signals(facts: EmailFacts, inquiry: Inquiry) -> list[Signal]:
    if not facts["valid"]:
        ev = Evidence("text", "email", facts["address"])
        return [signal(SOURCE, "email.invalid", ev, address=facts["address"], error=facts["error"])]
    return [
        *_provider_signals(facts),
        *_reply_to(facts, inquiry),
        *identity_signals(facts, inquiry),
    ]


def sender_facts(inquiry: Inquiry) -> EmailFacts:
    facts = classify_address(inquiry.email.strip(), inquiry.display_name)
    if facts["valid"] and (found := find_lookalike(facts["domain"], claims(inquiry), inquiry.website)):
        facts["lookalike"] = {"brand": found.brand, "kind": found.kind, "target": found.target}
        facts["lookalike_of"] = found.official_domain
    return facts


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    if not inquiry.email.strip():
        missing: EmailFacts = {"address": ""}
        return finding(SOURCE, missing, [signal(SOURCE, "email.missing")], status="partial", reason="email.none_given")
    facts = sender_facts(inquiry)
    return finding(SOURCE, facts, _signals(facts, inquiry))


ENRICHER = Enricher(SOURCE, run, network=False)
