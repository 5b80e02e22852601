"""Our own memory: has this buyer written to us before, and who of the team handled them?

A buyer is matched by e-mail, phone, domain (not a shared mail domain), company name or website, against
the whole team's history when the history is the team's database. The report then says who handled the
buyer, when, with what verdict and what the manager decided, before the rep replies (客户撞单); a scam
caught by anyone warns everyone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from research.enrich.base import Enricher, finding, signal
from research.extract.mail_hosts import is_shared
from research.facts import EarlierReport, HistoryFacts
from research.store import HistoryRow, buyer_key, inquiry_key
from research.store_common import ApprovalRequest
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "history"


def _earlier(r: HistoryRow, decided: ApprovalRequest | None) -> EarlierReport:
    row: EarlierReport = {"id": r.id, "date": r.created_at[:10], "category": r.category, "email": r.email}
    if r.rep:
        row["rep"] = r.rep
    if r.company:
        row["company"] = r.company
    if decided is not None:
        row["decision"] = {
            "status": decided.status,
            "actions": list(decided.actions),
            "by": decided.decided_by,
            "at": decided.decided_at[:10],
            "note": decided.decision_note,
        }
    return row


def _decision(decided: ApprovalRequest | None) -> dict[str, Any]:
    """What the manager said, as a message the renderers say in the report's language."""
    if decided is None:
        return {"code": "history.decision.none"}
    actions = [{"code": f"action.{a}"} for a in decided.actions]
    return {"code": f"history.decision.{decided.status}", "params": {"actions": actions, "by": decided.decided_by}}


def _handled_by(rows: list[HistoryRow], decisions: dict[int, ApprovalRequest]) -> Signal | None:
    """Who of the team had this buyer last, when, with what verdict and decision (weighs nothing)."""
    owned = [r for r in rows if r.rep]
    if not owned:
        return None
    last = owned[0]
    others = sorted({r.rep for r in owned} - {last.rep})
    decided = decisions.get(last.id)
    ev = Evidence("list", "history", f"#{last.id} {last.created_at[:10]} {last.rep} {last.category}")
    also = {"code": "history.also", "params": {"names": others}} if others else ""
    return signal(SOURCE, "history.handled_by", ev, by=last.rep, date=last.created_at[:10], category=last.category,
                  decision=_decision(decided), others=also)  # fmt: skip


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    if ctx.store is None:
        return finding(SOURCE, {}, status="skipped", reason="history.unavailable")
    domain = inquiry.domain if inquiry.domain and not is_shared(inquiry.domain) else ""
    email, phone = inquiry.email.strip(), inquiry.phone.strip()
    # Re-running this very inquiry is not an earlier report; deleted reports are gone (the store sees to both).
    key = inquiry_key(inquiry.email, inquiry.subject, inquiry.body)
    rows = ctx.store.seen_before(
        email=email, domain=domain, phone=phone, company=inquiry.company, website=inquiry.website, inquiry_key=key
    )
    decisions = ctx.store.latest_approvals(r.id for r in rows[:20]) if rows else {}
    facts: HistoryFacts = {"earlier": [_earlier(r, decisions.get(r.id)) for r in rows]}
    owner = _handled_by(rows, decisions)
    known = ctx.store.known_customer(*(k for k in (buyer_key(email=email), buyer_key(phone=phone)) if k))
    if known is not None:
        facts["known_customer"] = {"by": known.by_whom, "at": known.at[:10], "reason": known.reason}
        ev = Evidence("list", "history", f"{known.buyer_key} {known.at[:10]} {known.by_whom}: {known.reason}")
        sig = signal(SOURCE, "history.known_customer", ev, by=known.by_whom, date=known.at[:10], reason=known.reason)
        return finding(SOURCE, facts, [sig, *([owner] if owner else [])])
    if not rows:
        return finding(SOURCE, facts)
    # A manager's override counts: a report corrected from X to A is no scam on record.
    scams = [r for r in rows if r.category == "X"]
    first = (scams or rows)[0]
    ev = Evidence("list", "history", f"#{first.id} {first.created_at[:10]} {first.email} {first.category}")
    code = "history.seen_as_scam" if scams else "history.seen_before"
    by = {"code": "history.by", "params": {"rep": first.rep}} if first.rep else ""
    seen = signal(SOURCE, code, ev, count=len(rows), date=first.created_at[:10], by=by)
    return finding(SOURCE, facts, [seen, *([owner] if owner else [])])


ENRICHER = Enricher(SOURCE, run, network=False)
