"""Our own memory: has this e-mail, domain or phone written to us before?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from research.enrich.base import Enricher, finding, signal
from research.extract.mail_hosts import is_shared
from research.facts import HistoryFacts
from research.types import Evidence, Finding, Inquiry

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "history"


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    if ctx.store is None:
        return finding(SOURCE, {}, status="skipped", reason="history.unavailable")
    domain = inquiry.domain if inquiry.domain and not is_shared(inquiry.domain) else ""
    rows = ctx.store.seen_before(email=inquiry.email.strip(), domain=domain, phone=inquiry.phone.strip())
    facts: HistoryFacts = {
        "earlier": [{"id": r.id, "date": r.created_at[:10], "category": r.category, "email": r.email} for r in rows]
    }
    if not rows:
        return finding(SOURCE, facts)
    scams = [r for r in rows if r.category == "X"]
    first = (scams or rows)[0]
    ev = Evidence("list", "history", f"#{first.id} {first.created_at[:10]} {first.email} {first.category}")
    code = "history.seen_as_scam" if scams else "history.seen_before"
    return finding(SOURCE, facts, [signal(SOURCE, code, ev, count=len(rows), date=first.created_at[:10])])


ENRICHER = Enricher(SOURCE, run, network=False)
