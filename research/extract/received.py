"""The Received chain of a message: each hop's client and server, and the hop we can trust.

Pure and offline. Every server a message passes adds a Received line on top, so the lines read
from the top are written by the recipient's own servers first; below the first hop that came in
from outside, every line was written by the sender's side and may be forged. The origin is the
client of that first outside hop, as the recipient's server saw it (its IP address cannot be
faked over TCP); lower lines are kept as what the sender's servers *say*.

Shapes read (whitespace folded): Postfix ``from helo (rdns [ip])``, Exim ``from rdns ([ip]
helo=x)``, Sendmail and vger ``from name ([ip]:port "EHLO x")``, Microsoft ``from helo (ip) by
host (ip)``, qmail ``from unknown (HELO x) (ip)``, Coremail/QQ ``from x ( [ip] )``, Gmail's
``by 2002:a05:... with SMTP id`` and webmail ``with HTTP`` hops; IPv6 with or without ``IPv6:``.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from research.extract.domains import registrable

_SPACES = re.compile(r"\s+")
_BY = re.compile(r"(?:^|[\s)])by\s+([^\s;()]+)", re.I)
_WITH = re.compile(r"\bwith\s+([A-Za-z0-9-]+)", re.I)
_BRACKET_IP = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]")
# The address the receiving server recorded sits in the parentheses; a bracket before them is
# the client's own HELO ("from [192.0.2.1] (unknown [198.51.100.7])").
_PAREN_IP = re.compile(r"\([^()]*?\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]")
_BARE_IP = re.compile(r"(?<![\w.:-])((?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w.:-])")
_HELO = re.compile(r"(?:\b(?:HELO|EHLO)\s+|\bhelo=)\"?([^\s\")\]]+)", re.I)
_RDNS = re.compile(r"\(\s*([A-Za-z0-9][A-Za-z0-9.-]*?)\.?\s+\[")
_HOSTNAME = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_-]*\.)+[A-Za-z]{2,}\.?$")
_NO_RDNS = re.compile(r"rhost-flags-FAIL", re.I)


@dataclass(frozen=True)
class Hop:
    """One Received line. Empty strings where the line does not say."""

    line: str  # whitespace folded, as evidence
    from_name: str  # the name after "from" (a HELO name, a reverse-DNS name, or "[ip]")
    rdns: str  # the reverse-DNS name the receiving server looked up ("unknown" when it found none)
    helo: str
    ip: str  # the client's address as the receiving server saw it
    by: str  # the server that wrote the line
    protocol: str  # ESMTP, ESMTPSA, SMTP, HTTP, LMTP, Microsoft ...

    @property
    def names(self) -> tuple[str, ...]:
        """Host names this hop gives its client, most trustworthy first."""
        names = (self.rdns, self.from_name, self.helo)
        return tuple(dict.fromkeys(n for n in names if _HOSTNAME.match(n)))

    @property
    def no_rdns(self) -> bool:
        """The receiving server says the client's address has no (matching) reverse-DNS name."""
        if self.rdns == "unknown" or _NO_RDNS.search(self.line):
            return True
        return bool(self.ip) and self.from_name.strip("[]") == self.ip and not self.rdns


@dataclass(frozen=True)
class Origin:
    """Where the message entered the recipient's side, and what lies below it."""

    hop: Hop | None  # the first hop from outside, written by a trusted server
    index: int  # its position from the top (-1 when none)
    trusted: frozenset[str]  # the organisations counted as the recipient's side
    inside: bool  # the whole chain stayed inside trusted servers (same provider, or no outside hop)
    claimed: tuple[Hop, ...]  # lines below the origin: the sender's side, possibly forged

    @property
    def ip(self) -> str:
        return self.hop.ip if self.hop else ""


def fold(value: str) -> str:
    return _SPACES.sub(" ", value).strip()


def _address(text: str) -> str:
    try:
        ip = ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return ""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    return str(ip)


def is_public(ip: str) -> bool:
    try:
        return ipaddress.ip_address(ip).is_global
    except ValueError:
        return False


def _client_ip(part: str) -> str:
    for m in (*_PAREN_IP.finditer(part), *_BRACKET_IP.finditer(part)):
        if ip := _address(m[1]):
            return ip
    for m in _BARE_IP.finditer(part):
        if ip := _address(m[1]):
            return ip
    return ""


def _split(line: str) -> tuple[str, str]:
    """(from part, the rest from "by" on); the from part is empty when the line has none."""
    m = _BY.search(line)
    head, tail = (line[: m.start(1)], line[m.start(1) - 3 :]) if m else (line, "")
    head = head.strip()
    if not re.match(r"from\s", head, re.I):
        return "", tail or line
    return head[5:].strip(), tail


def parse_hop(value: str) -> Hop:
    line = fold(value)
    part, rest = _split(line)
    first = part.split(" ", 1)[0] if part else ""
    by = _BY.search(" " + rest) if rest else None
    proto = _WITH.search(rest)
    rdns = _RDNS.search(part)
    helo = _HELO.search(part)
    return Hop(
        line=line,
        from_name=first.lower().rstrip("."),
        rdns=rdns[1].lower() if rdns else "",
        helo=helo[1].lower().rstrip(".") if helo else "",
        ip=_client_ip(part),
        by=by[1].lower().rstrip(".") if by else "",
        protocol=proto[1].upper() if proto else "",
    )


def parse_chain(values: Iterable[str]) -> tuple[Hop, ...]:
    """Received header values in header order (top first)."""
    return tuple(parse_hop(v) for v in values if v.strip())


def _org(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    if not host or _address(host) or "." not in host:
        return ""
    return registrable(host)


def _internal_by(by: str) -> bool:
    """A hop written by a machine that names itself only by an address or a bare name, inside the
    organisation that handed it the message: "by 2002:a05:...", "by csp1", "by 10.1.2.3"."""
    return (not by) or "." not in by or bool(_address(by))


def _client_trusted(hop: Hop, trusted: frozenset[str]) -> bool:
    if not hop.ip:
        # No client address: local submission, list expansion, an internal step.
        return not any(_org(n) and _org(n) not in trusted for n in (hop.rdns,))
    if not is_public(hop.ip):
        return True
    # Where the line records a reverse-DNS name, only that counts: the name after "from" is then
    # the client's own HELO, which a sender may set to the recipient's name.
    name = hop.rdns if hop.rdns else hop.from_name
    return _org(name) in trusted


def find_origin(hops: Sequence[Hop], also_trusted: Iterable[str] = ()) -> Origin:
    """Walk from the top while the servers are the recipient's (the organisation of the top
    "by", plus ``also_trusted``, e.g. a mailing list the recipient reads); the client of the first
    hop that came from elsewhere is the origin."""
    top = next((_org(h.by) for h in hops if _org(h.by)), "")
    trusted = frozenset(t for t in (top, *(registrable(a) for a in also_trusted)) if t)
    for i, hop in enumerate(hops):
        written_by_us = i == 0 or _org(hop.by) in trusted or _internal_by(hop.by)
        if not written_by_us:
            # The chain breaks: a line no trusted server wrote. Trust stops at the hop above.
            return Origin(None, -1, trusted, False, tuple(hops[i:]))
        if not _client_trusted(hop, trusted):
            return Origin(hop, i, trusted, False, tuple(hops[i + 1 :]))
    return Origin(None, -1, trusted, True, ())
