"""Our own memory: has this e-mail, domain or phone written to us before?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from research.enrich.base import Enricher, finding, signal
from research.extract.mail_hosts import is_shared
from research.facts import HistoryFacts
from research.store import buyer_key, inquiry_key
from research.types import Evidence, Finding, Inquiry

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "history"


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    if ctx.store is None:
        return finding(SOURCE, {}, status="skipped", reason="history.unavailable")
    domain = inquiry.domain if inquiry.domain and not is_shared(inquiry.domain) else ""
    email, phone = inquiry.email.strip(), inquiry.phone.strip()
    # Re-running this very inquiry is not an earlier report; deleted reports are gone (the store sees to both).
    key = inquiry_key(inquiry.email, inquiry.subject, inquiry.body)
    rows = ctx.store.seen_before(email=email, domain=domain, phone=phone, inquiry_key=key)
    facts: HistoryFacts = {
        "earlier": [{"id": r.id, "date": r.created_at[:10], "category": r.category, "email": r.email} for r in rows]
    }
    known = ctx.store.known_customer(*(k for k in (buyer_key(email=email), buyer_key(phone=phone)) if k))
    if known is not None:
        facts["known_customer"] = {"by": known.by_whom, "at": known.at[:10], "reason": known.reason}
        ev = Evidence("list", "history", f"{known.buyer_key} {known.at[:10]} {known.by_whom}: {known.reason}")
        sig = signal(SOURCE, "history.known_customer", ev, by=known.by_whom, date=known.at[:10], reason=known.reason)
        return finding(SOURCE, facts, [sig])
    if not rows:
        return finding(SOURCE, facts)
    # A manager's override counts: a report corrected from X to A is no scam on record.
    scams = [r for r in rows if r.category == "X"]
    first = (scams or rows)[0]
    ev = Evidence("list", "history", f"#{first.id} {first.created_at[:10]} {first.email} {first.category}")
    code = "history.seen_as_scam" if scams else "history.seen_before"
    return finding(SOURCE, facts, [signal(SOURCE, code, ev, count=len(rows), date=first.created_at[:10])])


ENRICHER = Enricher(SOURCE, run, network=False)
