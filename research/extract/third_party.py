"""Third parties a mail names by their service: the inspection, certification, registry, escrow or
exchange office the seller is to pay before any deposit. Pure.

A buyer's own mail needs no such office at another domain; a fee scam needs one to collect the fee.
The words are data (inquiry/common.toml [third_party]); a name matches by its domain, so the check reads
every language alike.
"""

from __future__ import annotations

import re

from research.extract.domains import label, registrable
from research.extract.inquiry_rules import rules
from research.extract.mail_hosts import is_shared
from research.extract.text import EMAIL

_SITE = re.compile(r"https?://((?:[\w-]+\.)+[a-z]{2,})", re.I)
_WHOLE_BELOW = 4  # shorter words match only a whole hyphen-separated part ("lab", "kyc")


def _service(name: str, words: list[str]) -> str:
    parts = set(re.split(r"[-\d]+", name))
    return next((w for w in words if w in parts or (len(w) >= _WHOLE_BELOW and w in name)), "")


def service_contacts(text: str, sender_domain: str) -> list[tuple[str, str]]:
    """(address or site, the service word in its name) for each third party ``text`` names, in order."""
    words = rules().common["third_party"]["service_words"]
    own = registrable(sender_domain) if sender_domain else ""
    found: dict[str, str] = {}
    for rx in (EMAIL, _SITE):
        for m in rx.finditer(text):
            host = m.group(1).lower().rstrip(".")
            reg = registrable(host)
            if not reg or reg == own or is_shared(host):
                continue
            if word := _service(label(reg), words):
                found.setdefault(m.group(0), word)
    return list(found.items())
