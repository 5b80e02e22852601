"""SPF and DKIM for the sender check, online only, through the run's resolver.

Private helper of research/enrich/sender.py. SPF asks whether the claimed domain allows the origin's
address to send for it; DKIM verifies each signature against the key its domain publishes. A
valid signature of the From domain proves the domain sent the mail; another domain's signature
(a mailing service's) says nothing either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from research.errors import DnsError
from research.extract.domains import registrable
from research.facts import DkimFact, SpfFact
from research.net.mailauth import DkimResult, SpfResult, check_spf, dkim_error, verify_dkim
from research.signals import signal
from research.types import Evidence, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "sender"
_SPF_CODES = {"pass": "sender.spf_pass", "fail": "sender.spf_fail", "softfail": "sender.spf_softfail"}


async def spf_part(ctx: Context, ip: str, domain: str, helo: str) -> tuple[SpfFact | None, list[Signal], str]:
    """(fact, signals, skipped reason)."""
    if not ip:
        return None, [], "sender.spf_no_origin"
    try:
        res = await check_spf(ctx.dns, ip, domain, helo)
    except DnsError:
        return None, [], "sender.spf_dns_failed"
    fact: SpfFact = {"domain": res.domain, "ip": res.ip, "result": res.result, "record": res.record}
    code = _SPF_CODES.get(res.result)
    if not code:
        return fact, [], ""
    return fact, [signal(SOURCE, code, _spf_evidence(res), domain=domain, ip=ip, result=res.result)], ""


def _spf_evidence(res: SpfResult) -> Evidence:
    return Evidence("dns", f"{res.domain} TXT", res.record or res.explanation)


def aligned(signer: str, from_domain: str) -> bool:
    """DKIM alignment, relaxed (RFC 7489): the same organisational domain."""
    return bool(signer and from_domain) and registrable(signer) == registrable(from_domain)


async def dkim_part(
    ctx: Context, inquiry: Inquiry, from_domain: str, listed: bool
) -> tuple[list[DkimFact], list[Signal], str]:
    if not inquiry.header("DKIM-Signature"):
        return [], [], ""
    if not inquiry.raw:
        # A .msg file or pasted headers: the exact bytes a signature covers are gone.
        return [], [], "sender.dkim_no_raw_message"
    try:
        results = await verify_dkim(ctx.dns, inquiry.raw)
    except dkim_error():
        return [], [], "sender.dkim_unreadable"
    facts: list[DkimFact] = [
        {"domain": r.domain, "selector": r.selector, "result": r.result, "aligned": aligned(r.domain, from_domain)}
        for r in results
    ]
    return facts, _dkim_signals(results, from_domain, listed), ""


def _dkim_signals(results: list[DkimResult], from_domain: str, listed: bool) -> list[Signal]:
    def ev(r: DkimResult) -> Evidence:
        return Evidence("dns", f"{r.selector}._domainkey.{r.domain} TXT", r.record or r.detail)

    own = [r for r in results if aligned(r.domain, from_domain)]
    if good := next((r for r in own if r.result == "pass"), None):
        return [signal(SOURCE, "sender.dkim_pass", ev(good), domain=good.domain)]
    # A mailing list rewrites the subject or body and breaks signatures honestly.
    if (bad := next((r for r in own if r.result in ("fail", "permerror")), None)) and not listed:
        return [signal(SOURCE, "sender.dkim_fail", ev(bad), domain=bad.domain, detail=bad.detail)]
    other = next((r for r in results if r.result == "pass"), None)
    if other and not own:
        return [signal(SOURCE, "sender.dkim_other_domain", ev(other), signer=other.domain, domain=from_domain)]
    return []
