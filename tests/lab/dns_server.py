"""The lab's DNS: a dnslib server answering from ``zones.toml``.

It plays the role of the product's recursive resolver, so it answers every name
it knows with the flags a resolver would set (RA), and NXDOMAIN for the rest.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dnslib import (
    AAAA,
    CNAME,
    MX,
    NS,
    QTYPE,
    RCODE,
    RD,
    RR,
    SOA,
    TXT,
    A,
    DNSError,
    DNSHeader,
    DNSRecord,
)
from dnslib.server import BaseResolver, DNSHandler, DNSLogger

log = logging.getLogger(__name__)

DEFAULT_TTL = 300
# Without EDNS a resolver must fit its answer in 512 bytes or set TC (RFC 1035),
# which is what sends real clients to TCP; the lab does the same.
CLASSIC_UDP_LIMIT = 512
TXT_STRING_MAX = 255
MAX_CNAME_HOPS = 8
# Negative answers carry an SOA so clients can cache them; names without one of
# their own borrow this, owned by their registrable domain.
LAB_SOA = "ns1.lab.test hostmaster.lab.test 1 3600 600 604800 300"


def _split_txt(text: str) -> list[bytes]:
    # A TXT record is a list of <=255-byte strings; long SPF/DKIM values are split
    # on byte boundaries exactly as DNS providers do.
    raw = text.encode("utf-8")
    return [raw[i : i + TXT_STRING_MAX] for i in range(0, len(raw), TXT_STRING_MAX)] or [b""]


def _txt(value: Any) -> RD:
    # A list value is an explicit multi-string record: ["part one", "part two"].
    if isinstance(value, list):
        return TXT([s for part in value for s in _split_txt(str(part))])
    return TXT(_split_txt(str(value)))


def _mx(value: Any) -> RD:
    preference, _, exchange = str(value).strip().partition(" ")
    # "0 ." is a null MX (RFC 7505): dnslib encodes "." as the root label.
    return MX(exchange.strip() or ".", int(preference))


def _soa(value: Any) -> RD:
    mname, rname, *times = str(value).split()
    if len(times) != 5:
        raise ValueError(f"SOA needs mname rname serial refresh retry expire minimum: {value!r}")
    return SOA(mname, rname, tuple(int(t) for t in times))


def _aaaa(value: Any) -> RD:
    # dnslib's own parser does not take embedded IPv4 (::ffff:127.0.0.1).
    return AAAA(tuple(ipaddress.IPv6Address(str(value)).packed))


# Record type name -> (wire type, builder from the TOML value).
RECORD_BUILDERS: dict[str, tuple[int, Callable[[Any], RD]]] = {
    "A": (QTYPE.A, lambda v: A(str(ipaddress.IPv4Address(str(v))))),
    "AAAA": (QTYPE.AAAA, _aaaa),
    "MX": (QTYPE.MX, _mx),
    "TXT": (QTYPE.TXT, _txt),
    "NS": (QTYPE.NS, lambda v: NS(str(v))),
    "CNAME": (QTYPE.CNAME, lambda v: CNAME(str(v))),
    "SOA": (QTYPE.SOA, _soa),
}
NODE_OPTIONS = {"ttl", "fault", "rebind"}
# What a broken or hostile resolver does instead of answering: ``fault = "servfail"`` for
# every type of a name, or ``fault = { AAAA = "refused" }`` for some types only.
FAULTS = {"servfail": RCODE.SERVFAIL, "refused": RCODE.REFUSED, "timeout": None}
EVERY_TYPE = QTYPE.ANY


class Silence(DNSError):  # type: ignore[misc]
    """Raised to send no reply at all: the client sees a timeout."""


def normalize(name: str) -> str:
    return name.strip().rstrip(".").lower()


@dataclass(frozen=True)
class Node:
    """All records of one owner name, keyed by wire type."""

    records: dict[int, list[RD]]
    ttl: int = DEFAULT_TTL
    faults: dict[int, str] = field(default_factory=dict)  # wire type (ANY: every type) -> FAULTS key
    # DNS rebinding: from the second query of a type on, these records instead of ``records``.
    rebind: dict[int, list[RD]] = field(default_factory=dict)

    def fault(self, qtype: int) -> str | None:
        return self.faults.get(qtype) or self.faults.get(EVERY_TYPE)

    def rrs(self, owner: str, qtype: int, rebound: bool = False) -> list[RR]:
        source = self.rebind if rebound and qtype in self.rebind else self.records
        return [RR(owner, qtype, rdata=rd, ttl=self.ttl) for rd in source.get(qtype, [])]

    def all_rrs(self, owner: str) -> list[RR]:
        return [rr for qtype in self.records for rr in self.rrs(owner, qtype)]


def _records(name: str, table: dict[str, Any]) -> dict[int, list[RD]]:
    unknown = set(table) - set(RECORD_BUILDERS) - NODE_OPTIONS
    if unknown:
        raise ValueError(f"zones.toml [{name}]: unknown keys {sorted(unknown)}")
    records: dict[int, list[RD]] = {}
    for type_name, values in table.items():
        if type_name in NODE_OPTIONS:
            continue
        qtype, build = RECORD_BUILDERS[type_name]
        values = values if isinstance(values, list) else [values]
        try:
            records[qtype] = [build(v) for v in values]
        except (ValueError, TypeError) as exc:
            raise ValueError(f"zones.toml [{name}] {type_name}: {exc}") from exc
    return records


def _faults(name: str, value: Any) -> dict[int, str]:
    table = value if isinstance(value, dict) else {"ANY": value}
    faults = {getattr(QTYPE, str(t).upper()): str(f) for t, f in table.items()}
    if bad := set(faults.values()) - set(FAULTS):
        raise ValueError(f"zones.toml [{name}] fault: unknown {sorted(bad)}, use {sorted(FAULTS)}")
    return faults


def _node(name: str, table: dict[str, Any]) -> Node:
    return Node(
        _records(name, table),
        int(table.get("ttl", DEFAULT_TTL)),
        _faults(name, table["fault"]) if "fault" in table else {},
        _records(name, dict(table.get("rebind", {}))),
    )


def _ancestors(name: str) -> Iterable[str]:
    labels = name.split(".")
    return (".".join(labels[i:]) for i in range(1, len(labels)))


@dataclass
class Zones:
    """The lab's whole DNS namespace: owner name -> Node."""

    nodes: dict[str, Node] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Zones:
        """``zones.toml`` plus every ``zones.d/*.toml`` beside it (one file per fixture group)."""
        nodes: dict[str, Node] = {}
        extra = sorted((path.parent / "zones.d").glob("*.toml"))
        for file in (path, *extra):
            for name, table in tomllib.loads(file.read_text(encoding="utf-8")).items():
                if normalize(name) in nodes:
                    raise ValueError(f"{file.name}: [{name}] is defined twice")
                nodes[normalize(name)] = _node(name, table)
        return cls(nodes)

    def exists(self, name: str) -> bool:
        # Empty non-terminals (lab-test.com when only rebind.lab-test.com is
        # listed) exist: they answer NODATA, not NXDOMAIN.
        name = normalize(name)
        return name in self.nodes or any(n.endswith("." + name) for n in self.nodes)

    def find(self, name: str) -> Node | None:
        """The node answering for ``name``: its own, or the closest wildcard (RFC 4592)."""
        name = normalize(name)
        if name in self.nodes:
            return self.nodes[name]
        for parent in _ancestors(name):
            if (wild := self.nodes.get("*." + parent)) is not None:
                return wild
            if self.exists(parent):
                return None
        return None

    def knows(self, name: str) -> bool:
        return self.find(name) is not None

    def fault_for(self, name: str, qtype: int) -> str | None:
        """A fault of ``name`` or of a name above it: a broken zone fails for every name in it."""
        name = normalize(name)
        for owner in (name, *_ancestors(name)):
            node = self.nodes.get(owner)
            if node is not None and (fault := node.fault(qtype)) is not None:
                return fault
        return None

    def soa_for(self, name: str) -> RR:
        name = normalize(name)
        for owner in (name, *_ancestors(name)):
            node = self.nodes.get(owner)
            if node is not None and QTYPE.SOA in node.records:
                return node.rrs(owner, QTYPE.SOA)[0]
        owner = ".".join(name.split(".")[-2:]) or "."
        return RR(owner, QTYPE.SOA, rdata=_soa(LAB_SOA), ttl=DEFAULT_TTL)


def answer(zones: Zones, request: DNSRecord, asked_before: int = 0) -> DNSRecord:
    """The reply to one query; pure, so tests and the server share it.

    ``asked_before``: how often this name and type were asked already (for ``rebind``).
    A ``timeout`` fault raises :class:`Silence`: no reply is sent.
    """
    reply = request.reply(ra=1, aa=1)
    qname, qtype = request.q.qname, request.q.qtype
    owner = str(qname)
    for _ in range(MAX_CNAME_HOPS):
        node = zones.find(owner)
        if (fault := zones.fault_for(owner, qtype)) is not None:
            if FAULTS[fault] is None:
                raise Silence(f"{owner} {QTYPE.get(qtype)}: timeout fault")
            reply.header.rcode = FAULTS[fault]
            return reply
        if node is None:
            if not zones.exists(owner):
                reply.header.rcode = RCODE.NXDOMAIN
            reply.add_auth(zones.soa_for(owner))
            return reply
        if qtype == QTYPE.ANY:
            reply.add_answer(*node.all_rrs(owner))
            return reply
        if qtype in node.records:
            reply.add_answer(*node.rrs(owner, qtype, rebound=asked_before > 0))
            return reply
        if QTYPE.CNAME not in node.records:
            reply.add_auth(zones.soa_for(owner))  # NODATA
            return reply
        # Follow the alias inside the lab, as a recursive resolver would.
        cname = node.rrs(owner, QTYPE.CNAME)[0]
        reply.add_answer(cname)
        owner = str(cname.rdata.label)
    return reply


class ZoneResolver(BaseResolver):  # type: ignore[misc]
    def __init__(self, zones: Zones, on_query: Callable[[str, str], None] | None = None) -> None:
        self.zones = zones
        self.on_query = on_query
        self.asked: Counter[tuple[str, int]] = Counter()
        self._lock = threading.Lock()

    def resolve(self, request: DNSRecord, handler: DNSHandler) -> DNSRecord:
        name = normalize(str(request.q.qname))
        if self.on_query is not None:
            self.on_query(name, QTYPE.get(request.q.qtype))
        with self._lock:  # UDP and TCP handlers run in threads of their own
            before = self.asked[(name, request.q.qtype)]
            self.asked[(name, request.q.qtype)] += 1
        try:
            return answer(self.zones, request, before)
        except Silence:
            raise
        except Exception:  # a bug here must reach the client as SERVFAIL, not a timeout
            log.exception("lab DNS failed on %s", request.q.qname)
            reply = request.reply(ra=1, aa=0)
            reply.header.rcode = RCODE.SERVFAIL
            return reply


def _udp_limit(request: DNSRecord) -> int:
    for rr in request.ar:
        if rr.rtype == QTYPE.OPT:
            return max(CLASSIC_UDP_LIMIT, int(rr.rclass))
    return CLASSIC_UDP_LIMIT


class LabDNSHandler(DNSHandler):  # type: ignore[misc]
    """dnslib's handler, but truncation keeps the question so clients match the reply."""

    def get_reply(self, data: bytes) -> bytes:
        request = DNSRecord.parse(data)
        reply = self.server.resolver.resolve(request, self)
        packed: bytes = reply.pack()
        if self.protocol == "udp" and len(packed) > _udp_limit(request):
            header = DNSHeader(id=reply.header.id, bitmap=reply.header.bitmap, tc=1)
            packed = DNSRecord(header, q=reply.q).pack()
        return packed


class QuietLogger(DNSLogger):  # type: ignore[misc]
    """dnslib prints every packet to stdout by default; the lab keeps test output clean."""

    def __init__(self) -> None:
        super().__init__(log="-recv,-send,-request,-reply,-truncated,-data", prefix=False)

    def log_error(self, handler: DNSHandler, e: Exception) -> None:
        if isinstance(e, Silence):
            return
        log.warning("lab DNS error from %s: %s", handler.client_address, e)
