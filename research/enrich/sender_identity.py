"""Who the headers say sent the message: From against Return-Path, Reply-To and Message-ID, the
recipient's own server's verdict, and the famous buyer a sender claims to be.

Private helper of research/enrich/sender.py (offline, pure on the headers).
"""

from __future__ import annotations

import re
from email.utils import parseaddr

from research.extract.domains import registrable, to_ascii
from research.extract.lookalike import Brand, brands, claimed_brand, find_lookalike, official_brand
from research.extract.mail_hosts import is_free_mail
from research.extract.networks import bulk_mailers, mail_service
from research.signals import signal
from research.types import Evidence, Inquiry, Signal

SOURCE = "sender"
_AUTH = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.I)
_FAILS = {"spf": ("fail", "softfail"), "dkim": ("fail",), "dmarc": ("fail",)}
_MSGID = re.compile(r"@([A-Za-z0-9.-]+)>?\s*$")


def address_domain(value: str) -> str:
    _, addr = parseaddr(value)
    addr = addr or value.strip().strip("<>")
    return to_ascii(addr.rpartition("@")[2].strip().rstrip(">")).lower() if "@" in addr else ""


def same_org(a: str, b: str) -> bool:
    return bool(a and b) and registrable(a) == registrable(b)


# --------------------------------------------------------------------------- Return-Path


def return_path_signals(inquiry: Inquiry, from_domain: str, listed: bool) -> tuple[str | None, list[Signal]]:
    values = [] if listed else inquiry.header("Return-Path")
    rp = address_domain(values[0]) if values else ""
    # Bounces handled by a mail service (amazonses.com, sendgrid.net) are normal.
    if not rp or same_org(rp, from_domain) or mail_service(rp):
        return rp or None, []
    ev = Evidence("header", "Return-Path", values[0])
    return rp, [signal(SOURCE, "sender.return_path_differs", ev, return_path=rp, domain=from_domain)]


# --------------------------------------------------------------------------- Message-ID


def message_id_domain(inquiry: Inquiry) -> str:
    value = next(iter(inquiry.header("Message-ID")), "")
    m = _MSGID.search(value.strip())
    host = m[1].lower().rstrip(".") if m else ""
    return host if "." in host and not host.startswith("localhost") and not host.replace(".", "").isdigit() else ""


def message_id_signals(inquiry: Inquiry, from_domain: str) -> tuple[str | None, list[Signal]]:
    """A Message-ID is written by the program that composed the mail: Gmail's for Gmail, the
    company's server or its mail provider's for a company. Another firm's, or a bulk mailer's on
    free mail, means the mail was made elsewhere."""
    host = message_id_domain(inquiry)
    if not host or not from_domain or same_org(host, from_domain):
        return host or None, []
    bulk = registrable(host) in bulk_mailers()
    if mail_service(host) and not (bulk and is_free_mail(from_domain)):
        return host, []
    ev = Evidence("header", "Message-ID", next(iter(inquiry.header("Message-ID")), ""))
    return host, [signal(SOURCE, "sender.message_id_differs", ev, host=host, domain=from_domain, bulk=bulk)]


# --------------------------------------------------------------------------- Authentication-Results


def auth_results(value: str) -> dict[str, str]:
    """``spf=pass ... dkim=fail ... dmarc=fail`` -> {"spf": "pass", "dkim": "fail", "dmarc": "fail"}."""
    out: dict[str, str] = {}
    for method, result in _AUTH.findall(value):
        out.setdefault(method.lower(), result.lower())
    return out


def trusted_results(values: list[str]) -> tuple[dict[str, str], str]:
    """Results from the server that added the topmost header (the rep's own); headers further
    down, from other servers, may have been written by the sender and are ignored."""
    server = values[0].split(";", 1)[0].strip().lower()
    results: dict[str, str] = {}
    lines = []
    for value in values:
        if value.split(";", 1)[0].strip().lower() != server:
            continue
        lines.append(" ".join(value.split()))
        for method, result in auth_results(value).items():
            results.setdefault(method, result)
    return results, " | ".join(lines)


def authentication_signals(inquiry: Inquiry) -> tuple[dict[str, str], list[Signal]]:
    values = inquiry.header("Authentication-Results")
    if not values:
        return {}, []
    results, text = trusted_results(values)
    ev = Evidence("header", "Authentication-Results", text[:300])
    failed = [m for m, bad in _FAILS.items() if results.get(m) in bad]
    if failed:
        return results, [signal(SOURCE, "sender.auth_failed", ev, failed=failed)]
    if results.get("dmarc") == "pass" or (results.get("spf") == "pass" and results.get("dkim") == "pass"):
        return results, [signal(SOURCE, "sender.auth_passed", ev)]
    return results, []


# --------------------------------------------------------------------------- Reply-To


def reply_to_of(inquiry: Inquiry) -> str:
    return inquiry.reply_to or next(iter(inquiry.header("Reply-To")), "")


def reply_to_signals(inquiry: Inquiry) -> list[Signal]:
    """Replies going to a domain bent to look like a brand's (walmart-trade.com)."""
    reply = reply_to_of(inquiry)
    domain = address_domain(reply)
    found = find_lookalike(domain) if domain else None
    if not found or found.kind == "claimed":
        return []
    ev = Evidence("header", "Reply-To", reply)
    params = {"reply_to": domain, "brand": found.brand, "official": found.official_domain}
    return [signal(SOURCE, "sender.reply_to_lookalike", ev, **params)]


# --------------------------------------------------------------------------- the famous buyer


def claimed(inquiry: Inquiry, from_domain: str) -> tuple[Brand | None, str]:
    """The famous buyer the sender claims to be, and how: its own domain in From, its name in the
    display name or company, or a domain bent to look like its own."""
    if brand := official_brand(from_domain):
        return brand, "domain"
    if brand := claimed_brand([c for c in (inquiry.display_name, inquiry.company) if c.strip()]):
        return brand, "name"
    found = find_lookalike(from_domain) if from_domain else None
    if found and found.kind != "claimed":
        return next((b for b in brands() if b.name == found.brand), None), "lookalike"
    return None, ""


def _brand_domain(domain: str, brand: Brand) -> bool:
    return registrable(domain) in brand.domains


def reply_to_doubt(inquiry: Inquiry, from_domain: str, brand: Brand) -> str:
    domain = address_domain(reply_to_of(inquiry))
    if not domain or same_org(domain, from_domain) or _brand_domain(domain, brand):
        return ""
    return "reply_to_free_mail" if is_free_mail(domain) else "reply_to_other_domain"
