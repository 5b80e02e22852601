"""Sender forensics from the message's own headers (.eml, .msg): evidence that does not depend on the wording.

Offline: the route (the first hop from outside the recipient's servers, its country and whether it
is a rented server), Return-Path, Reply-To, Message-ID, and the recipient's server's own
Authentication-Results. Online: SPF of the From domain for the origin's address and every DKIM
signature, through the run's resolver. A famous buyer claimed while any of this contradicts the
claim is a veto. Pasted text has no route: the check is skipped, with that reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from research.enrich.base import Enricher, finding, signal
from research.enrich.sender_auth import aligned, dkim_part, spf_part
from research.enrich.sender_identity import (
    address_domain,
    authentication_signals,
    claimed,
    message_id_signals,
    reply_to_doubt,
    reply_to_of,
    reply_to_signals,
    return_path_signals,
)
from research.enrich.sender_route import origin_of, route_facts, route_signals, via_list
from research.extract.domains import registrable
from research.facts import SenderFacts
from research.net.mailauth import signature_tags
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "sender"
# Which signals contradict a claimed identity, by the name the report gives the contradiction.
_DOUBTS = {
    "sender.hosting_origin": "hosting",
    "sender.hosting_claimed": "hosting",
    "sender.no_reverse_dns": "no_reverse_dns",
    "sender.spf_fail": "spf_fail",
    "sender.spf_softfail": "spf_fail",
    "sender.auth_failed": "auth_failed",
    "sender.dkim_fail": "dkim_fail",
    "sender.message_id_differs": "message_id",
    "sender.return_path_differs": "return_path",
    "sender.sending_host_differs": "sending_host",
    "sender.free_mail_not_from_provider": "forged_from",
    "sender.reply_to_lookalike": "reply_to_lookalike",
}


def _offline_parts(inquiry: Inquiry, facts: SenderFacts, from_domain: str) -> list[Signal]:
    origin = origin_of(inquiry)
    facts.update(route_facts(inquiry, origin))
    listed = via_list(inquiry)
    facts["return_path"], rp = return_path_signals(inquiry, from_domain, listed)
    facts["message_id_domain"], mid = message_id_signals(inquiry, from_domain)
    facts["auth_results"], auth = authentication_signals(inquiry)
    if not from_domain:
        # A pass for an unknown sender domain vouches for nobody the rep can name.
        auth = [s for s in auth if s.code != "sender.auth_passed"]
    facts["reply_to"] = address_domain(reply_to_of(inquiry)) or None
    return [*route_signals(inquiry, facts, origin, from_domain), *rp, *mid, *auth, *reply_to_signals(inquiry)]


async def _online_parts(inquiry: Inquiry, ctx: Context, facts: SenderFacts, from_domain: str) -> list[Signal]:
    origin = facts.get("origin") or {}
    facts["spf"], spf_signals, spf_skip = await spf_part(ctx, origin.get("ip", ""), from_domain, origin.get("host", ""))
    facts["dkim"], dkim_signals, dkim_skip = await dkim_part(ctx, inquiry, from_domain, via_list(inquiry))
    facts["skipped"] = [r for r in (spf_skip, dkim_skip) if r]
    return [*spf_signals, *dkim_signals]


def _dkim_missing(inquiry: Inquiry, from_domain: str) -> bool:
    """Big brands sign all their mail; a message in their name without their signature did not come from them."""
    signers = [signature_tags(v).get("d", "") for v in inquiry.header("DKIM-Signature")]
    return not any(aligned(s, from_domain) for s in signers)


def _brand_doubt(inquiry: Inquiry, facts: SenderFacts, signals: list[Signal], from_domain: str) -> list[Signal]:
    brand, how = claimed(inquiry, from_domain)
    if brand is None:
        return []
    doubts = list(dict.fromkeys(_DOUBTS[s.code] for s in signals if s.code in _DOUBTS))
    if reply := reply_to_doubt(inquiry, from_domain, brand):
        doubts.insert(0, reply)
    if how == "name" and registrable(from_domain) not in brand.domains:
        doubts.insert(0, "from_other_domain")
    if how == "domain" and _dkim_missing(inquiry, from_domain):
        doubts.append("dkim_missing")
    facts["brand"], facts["inconsistencies"] = brand.name, doubts
    if not doubts:
        return []
    evidence = tuple(e for s in signals if s.code in _DOUBTS for e in s.evidence)[:3]
    ev = evidence or (Evidence("header", "From", f"{inquiry.display_name} <{inquiry.email}>"),)
    params = {"brand": brand.name, "how": how, "doubts": [{"code": f"sender.doubt.{d}"} for d in doubts]}
    return [signal(SOURCE, "sender.brand_identity_doubt", *ev, **params)]


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    if not inquiry.header("Received"):
        return finding(SOURCE, {}, status="skipped", reason="sender.no_headers")
    from_domain = address_domain(inquiry.email) or inquiry.domain
    facts: SenderFacts = {"from_domain": from_domain}
    signals = _offline_parts(inquiry, facts, from_domain)
    if ctx.settings.offline:
        facts["skipped"] = ["sender.offline_auth"]
    else:
        signals += await _online_parts(inquiry, ctx, facts, from_domain)
    signals += _brand_doubt(inquiry, facts, signals, from_domain)
    skipped = facts.get("skipped") or []
    if skipped:
        return finding(SOURCE, facts, signals, status="partial", reason=skipped[0])
    return finding(SOURCE, facts, signals)


ENRICHER = Enricher(SOURCE, run, network=False)
