"""The sender check's reading of the route: where the message left from, and what kind of place that is.

Private helper of research/enrich/sender.py (offline, pure on the headers).
"""

from __future__ import annotations

import re

from research.extract.countries import country_code
from research.extract.domains import registrable
from research.extract.mail_hosts import is_free_mail
from research.extract.networks import COUNTRY_DATASET, hosting_network, ip_country, list_relays, mail_service
from research.extract.received import Hop, Origin, find_origin, is_public, parse_chain
from research.facts import HopFact, SenderFacts
from research.signals import signal
from research.types import Evidence, Inquiry, Signal

SOURCE = "sender"
_LIST_ID = re.compile(r"<([^<>\s]+)>|([\w.-]+\.[a-z]{2,})", re.I)
_EVIDENCE_MAX = 300


def via_list(inquiry: Inquiry) -> bool:
    """Mail that came through a mailing list carries the list's envelope and hops, not the sender's."""
    return bool(inquiry.header("List-Id") or inquiry.header("List-Unsubscribe"))


def _list_domains(inquiry: Inquiry) -> list[str]:
    ids = inquiry.header("List-Id")
    if not ids:
        return []
    m = _LIST_ID.search(ids[0])
    found = (m[1] or m[2]) if m else ""
    return [found, *list_relays()] if found else list(list_relays())


def origin_of(inquiry: Inquiry) -> Origin:
    return find_origin(parse_chain(inquiry.header("Received")), _list_domains(inquiry))


def hop_fact(hop: Hop) -> HopFact:
    """A hop as a rep reads it; the mail-service test trusts only the name the receiving server
    looked up (or, where a line records none, the name after "from"), never the client's HELO."""
    names = hop.names
    own = hop.rdns if hop.rdns and hop.rdns != "unknown" else hop.from_name
    return {
        "ip": hop.ip,
        "host": names[0] if names else "",
        "country": ip_country(hop.ip) if is_public(hop.ip) else None,
        "hosting": next((h for h in map(hosting_network, names) if h), None),
        "mail_service": mail_service(own) if own else None,
        "no_rdns": hop.no_rdns,
        "line": hop.line[:_EVIDENCE_MAX],
    }


def _claimed_hosting(hops: list[HopFact], recorded_by: list[tuple[str, str]]) -> tuple[str, str] | None:
    """A rented server the sender's own lines name (a client below, or the server that wrote one).
    Nobody forges a line to make their mail look worse, so these count, as what the sender's side says."""
    for hop in hops:
        if hop.get("hosting"):
            return str(hop["hosting"]), hop.get("line", "")
    for by, line in recorded_by:
        if name := hosting_network(by):
            return name, line
    return None


def route_facts(inquiry: Inquiry, origin: Origin) -> SenderFacts:
    facts: SenderFacts = {
        "origin": hop_fact(origin.hop) if origin.hop else None,
        "origin_recorded_by": origin.hop.by if origin.hop else "",
        "inside": origin.inside,
        "claimed_hops": [hop_fact(h) for h in origin.claimed if h.ip or h.from_name],
        "country_dataset": COUNTRY_DATASET,
    }
    client = next((v.strip().strip("[]") for v in inquiry.header("X-Originating-IP")), "")
    facts["client_ip"] = client or None
    facts["client_country"] = ip_country(client) if client and is_public(client) else None
    return facts


def hosting_of(facts: SenderFacts, origin: Origin) -> tuple[str, str, bool] | None:
    """(network, evidence line, trusted): the origin's own network first, else what lower lines say."""
    hop = facts.get("origin")
    if hop and hop.get("hosting"):
        return str(hop["hosting"]), hop.get("line", ""), True
    recorded = [(h.by, h.line) for h in origin.claimed]
    found = _claimed_hosting(facts.get("claimed_hops", []), recorded)
    return (found[0], found[1], False) if found else None


def _ev(hop: HopFact) -> Evidence:
    return Evidence("header", "Received", hop.get("line", ""))


def route_signals(inquiry: Inquiry, facts: SenderFacts, origin: Origin, from_domain: str) -> list[Signal]:
    hop = facts.get("origin")
    if not hop:
        return []
    host, ip = hop.get("host", ""), hop.get("ip", "")
    country = hop.get("country")
    out = [signal(SOURCE, "sender.origin", _ev(hop), host=host or ip, ip=ip, country=country, dataset=COUNTRY_DATASET)]
    hosting = hosting_of(facts, origin)
    if hosting:
        network, line, trusted = hosting
        code = "sender.hosting_origin" if trusted else "sender.hosting_claimed"
        out.append(signal(SOURCE, code, Evidence("header", "Received", line), network=network, ip=ip, host=host))
    if hop.get("no_rdns") and not hop.get("mail_service"):
        out.append(signal(SOURCE, "sender.no_reverse_dns", _ev(hop), ip=ip, host=host or ip))
    out += _provider_signals(hop, from_domain, bool(hosting))
    out += _country_signals(inquiry, facts)
    return out


def _provider_signals(hop: HopFact, from_domain: str, hosting: bool) -> list[Signal]:
    host, service = hop.get("host", ""), hop.get("mail_service")
    if not from_domain or service:
        return []
    if is_free_mail(from_domain):
        # Free mail always leaves through its provider's own servers; anything else wrote the From.
        return [signal(SOURCE, "sender.free_mail_not_from_provider", _ev(hop), domain=from_domain, host=host)]
    if hosting or not host or registrable(host) == registrable(from_domain):
        return []
    return [signal(SOURCE, "sender.sending_host_differs", _ev(hop), host=host, domain=from_domain)]


def _country_signals(inquiry: Inquiry, facts: SenderFacts) -> list[Signal]:
    """The stated country against where the sender's own machine is: the webmail user's address,
    else the origin server unless it is a mail provider's (Gmail's servers say nothing of the user)."""
    stated = country_code(inquiry.country) if inquiry.country.strip() else None
    hop = facts.get("origin") or {}
    seen, ip = facts.get("client_country"), facts.get("client_ip") or ""
    if not seen and not hop.get("mail_service"):
        seen, ip = hop.get("country"), hop.get("ip", "")
    if not stated or not seen or seen == stated:
        return []
    header = "X-Originating-IP" if ip == facts.get("client_ip") else "Received"
    ev = Evidence("header", header, f"{ip} -> {seen} ({COUNTRY_DATASET})")
    return [signal(SOURCE, "sender.origin_country_differs", ev, ip=ip, country=seen, stated=stated)]
