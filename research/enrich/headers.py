"""What the message headers say about the sender (when the rep dropped an .eml).

Reply-To is the email enricher's; here: Return-Path on another domain, the receiving
server's Authentication-Results (SPF/DKIM/DMARC), and the host the message left from.
"""

from __future__ import annotations

import re

from research.data.load import word_list
from research.extract.domains import registrable
from research.extract.mail_hosts import mail_provider
from research.signals import signal
from research.types import Evidence, Inquiry, Signal

SOURCE = "email"
_AUTH = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.I)
_FROM_HOST = re.compile(r"^\s*from\s+([a-z0-9.-]+\.[a-z]{2,})(?![\w.-])", re.I)
_PAREN_HOST = re.compile(r"^\s*from\s+\S+\s+\(([a-z0-9.-]+\.[a-z]{2,})[\s\[]", re.I)
_EHLO_HOST = re.compile(r"\b(?:EHLO|HELO)\s+([a-z0-9.-]+\.[a-z]{2,})(?![\w.-])", re.I)
_BY_HOST = re.compile(r"\bby\s+([a-z0-9.-]+\.[a-z]{2,})(?![\w.-])", re.I)
_LOCAL = ("localhost", "localdomain", ".local", ".internal")
_FAILS = {"spf": ("fail", "softfail"), "dkim": ("fail",), "dmarc": ("fail",)}


def _domain(address: str) -> str:
    return address.strip().strip("<>").rpartition("@")[2].strip().rstrip(">").lower()


def _via_list(inquiry: Inquiry) -> bool:
    """Mail that came through a mailing list carries the list's envelope, not the sender's."""
    return bool(inquiry.header("List-Id") or inquiry.header("List-Unsubscribe"))


def _return_path(inquiry: Inquiry, domain: str) -> list[Signal]:
    values = [] if _via_list(inquiry) else inquiry.header("Return-Path")
    rp = _domain(values[0]) if values else ""
    # Bounces handled by a mail service (amazonses.com, sendgrid.net) are normal.
    if not rp or registrable(rp) == registrable(domain) or mail_provider(rp):
        return []
    ev = Evidence("header", "Return-Path", values[0])
    return [signal(SOURCE, "email.return_path_differs", ev, return_path=rp, domain=domain)]


def auth_results(value: str) -> dict[str, str]:
    """``spf=pass ... dkim=fail ... dmarc=fail`` -> {"spf": "pass", "dkim": "fail", "dmarc": "fail"}."""
    out: dict[str, str] = {}
    for method, result in _AUTH.findall(value):
        out.setdefault(method.lower(), result.lower())
    return out


def _trusted_results(values: list[str]) -> tuple[dict[str, str], str]:
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


def _authentication(inquiry: Inquiry) -> list[Signal]:
    values = inquiry.header("Authentication-Results")
    if not values:
        return []
    results, text = _trusted_results(values)
    ev = Evidence("header", "Authentication-Results", text[:300])
    failed = [m for m, bad in _FAILS.items() if results.get(m) in bad]
    if failed:
        return [signal(SOURCE, "email.auth_failed", ev, failed=failed)]
    if results.get("dmarc") == "pass" or (results.get("spf") == "pass" and results.get("dkim") == "pass"):
        return [signal(SOURCE, "email.auth_passed", ev)]
    return []


def _known_mail_service(host: str) -> bool:
    """A hosting service, or a free-mail provider's own servers (yahoo.com sends for yahoo.co.uk)."""
    return bool(mail_provider(host)) or registrable(host) in word_list("free_mail.txt")


def sending_host(inquiry: Inquiry) -> tuple[str, str] | None:
    """The host the message first left from, with its Received line: in the bottom header that
    names one, the client's name (``from``, or its EHLO), else the server that took it in (``by``,
    the sender's own submission server when the client is a bare IP address or localhost)."""
    for line in reversed(inquiry.header("Received")):
        for pattern in (_FROM_HOST, _PAREN_HOST, _EHLO_HOST, _BY_HOST):
            m = pattern.search(line)
            if m and not m[1].lower().endswith(_LOCAL):
                return m[1].lower(), " ".join(line.split())
    return None


def _sending_host(inquiry: Inquiry, domain: str) -> list[Signal]:
    found = sending_host(inquiry)
    if not found:
        return []
    host, line = found
    if registrable(host) == registrable(domain) or _known_mail_service(host):
        return []
    ev = Evidence("header", "Received", line[:300])
    return [signal(SOURCE, "email.sending_host_differs", ev, host=host, domain=domain)]


def header_signals(inquiry: Inquiry, domain: str) -> list[Signal]:
    if not inquiry.headers or not domain:
        return []
    return [*_return_path(inquiry, domain), *_authentication(inquiry), *_sending_host(inquiry, domain)]
