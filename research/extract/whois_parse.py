"""Parse a raw WHOIS answer into a :class:`WhoisRecord`: pure, no I/O.

WHOIS has no common format: registries write ``key: value`` lines, dotted labels
(``created......: ...``), JPRS brackets (``[Created on]``), headed blocks whose values sit on the
lines below (Nominet, EDUCAUSE, SIDN), RPSL objects tied together by handles (AFNIC, Registro.br,
nic.at) and tab-separated tables (SWITCH). The parser reads every answer the same way:

1. split the text into segments at ``>>> Last update of WHOIS database`` lines, so a thin registry
   answer followed by the registrar's own answer yields two segments, the later one preferred;
2. turn each segment into labelled lines, each tagged with the section it sits in (top, domain,
   registrant, registrar, other contact, name servers);
3. pick each field by the aliases in ``research/data/whois/fields.toml``, in their order.

Every vocabulary (labels, sections, country names, month names, not-found, rate-limit and privacy
phrases) lives in ``research/data/whois/``; this module holds only the reading rules.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any, TypeVar

from research.data.load import toml_table, word_list
from research.extract.countries import country_code
from research.extract.text import EMAIL

_DIR = "whois/"
_EMPTY_EVIDENCE: Mapping[str, str] = MappingProxyType({})
T = TypeVar("T")


@dataclass(frozen=True)
class WhoisRecord:
    domain: str
    status: str  # "found" | "not_found" | "rate_limited" | "garbled" | "empty"
    created: datetime | None  # timezone-aware, UTC
    updated: datetime | None
    expires: datetime | None
    registrar: str | None
    registrant_org: str | None
    registrant_country: str | None  # ISO 3166 alpha-2, upper case
    name_servers: tuple[str, ...]  # lower case, no trailing dot
    privacy: bool  # registrant hidden by a privacy/proxy service or GDPR redaction
    referral_server: str | None  # host to ask next ("Registrar WHOIS Server:", IANA "refer:")
    # field name -> the line it came from, e.g. {"created": "Creation Date: 1997-09-15T04:00:00Z"}
    evidence: Mapping[str, str] = field(default_factory=lambda: _EMPTY_EVIDENCE, hash=False)


# --------------------------------------------------------------------------- public entry points


# The registry's answer is read for its referral, then again with the registrar's (net/whois.py); a
# record is frozen, so both get the one read.
@lru_cache(maxsize=64)
def parse_whois(domain: str, text: str) -> WhoisRecord:
    """Read one WHOIS answer for ``domain``; never raises on odd input, says so in ``status``."""
    text = _normalise_text(text or "")
    if not text.strip():
        return _bare(domain, "empty", {})
    garbled = _garbled_evidence(text)
    if garbled:
        return _bare(domain, "garbled", {"status": garbled})
    day_first = bool(_DAY_FIRST_NOTE.search(text))
    fields = _merge([_extract(_tokenise(seg), day_first) for seg in _segments(text)])
    status, why = _status(domain, text, fields)
    if status != "found":
        return _bare(domain, status, {"status": why} if why else {})
    return _record(domain, fields)


def to_dict(rec: WhoisRecord) -> dict[str, Any]:
    """JSON-safe form for the cache: ISO 8601 dates, lists instead of tuples."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(rec):
        value = getattr(rec, f.name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, Mapping):
            value = dict(value)
        out[f.name] = value
    return out


def from_dict(d: Mapping[str, Any]) -> WhoisRecord:
    """Inverse of :func:`to_dict`; tolerates missing keys from older cache entries."""
    return WhoisRecord(
        domain=str(d.get("domain", "")),
        status=str(d.get("status", "garbled")),
        created=_iso_or_none(d.get("created")),
        updated=_iso_or_none(d.get("updated")),
        expires=_iso_or_none(d.get("expires")),
        registrar=d.get("registrar"),
        registrant_org=d.get("registrant_org"),
        registrant_country=d.get("registrant_country"),
        name_servers=tuple(d.get("name_servers") or ()),
        privacy=bool(d.get("privacy", False)),
        referral_server=d.get("referral_server"),
        evidence=MappingProxyType(dict(d.get("evidence") or {})),
    )


def _iso_or_none(value: Any) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _bare(domain: str, status: str, evidence: dict[str, str]) -> WhoisRecord:
    return WhoisRecord(
        domain=domain,
        status=status,
        created=None,
        updated=None,
        expires=None,
        registrar=None,
        registrant_org=None,
        registrant_country=None,
        name_servers=(),
        privacy=False,
        referral_server=None,
        evidence=MappingProxyType(evidence),
    )


# --------------------------------------------------------------------------- data files


@dataclass(frozen=True)
class _Alias:
    scope: str  # "*" any section, "domain" outside contacts, or a section kind
    key: str


@dataclass(frozen=True)
class _Vocabulary:
    sections: Mapping[str, str]  # normalised header -> section kind
    registrant_refs: frozenset[str]
    block_ids: frozenset[str]
    aliases: Mapping[str, tuple[_Alias, ...]]
    inline_keys: tuple[str, ...]


@cache
def _vocabulary() -> _Vocabulary:
    table = toml_table(_DIR + "fields.toml")
    sections = {_norm_key(name): kind for kind, names in table["sections"].items() for name in names}
    aliases = {name: tuple(_alias(a) for a in keys) for name, keys in table["fields"].items()}
    inline = sorted((_norm_key(k) for k in table["lines"]["inline_keys"]), key=len, reverse=True)
    return _Vocabulary(
        sections=MappingProxyType(sections),
        registrant_refs=frozenset(_norm_key(k) for k in table["handles"]["registrant_refs"]),
        block_ids=frozenset(_norm_key(k) for k in table["handles"]["block_ids"]),
        aliases=MappingProxyType(aliases),
        inline_keys=tuple(inline),
    )


def _alias(spec: str) -> _Alias:
    scope, sep, key = spec.partition(":")
    return _Alias(scope, _norm_key(key)) if sep else _Alias("*", _norm_key(spec))


@cache
def _phrases(name: str) -> tuple[str, ...]:
    # Longest first so evidence names the most specific phrase.
    return tuple(sorted(word_list(_DIR + name), key=len, reverse=True))


@cache
def _date_words() -> tuple[Mapping[str, int], Mapping[str, int], re.Pattern[str]]:
    table = toml_table(_DIR + "dates.toml")
    months = {name: int(num) for num, names in table["months"].items() for name in names}
    zones = {name: int(minutes) for name, minutes in table["zones"].items()}
    words = "|".join(map(re.escape, table["words"]["noise"]))
    noise = re.compile(rf"\b(?:{words})\b")
    return MappingProxyType(months), MappingProxyType(zones), noise


# --------------------------------------------------------------------------- text and keys


def _normalise_text(text: str) -> str:
    return text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")


def _norm_key(raw: str) -> str:
    key = re.sub(r"\([^)]*\)", " ", raw)
    key = key.strip().strip("[]>").strip().rstrip(":. ").casefold()
    key = re.sub(r"[-_]", " ", key)
    key = " ".join(key.split())
    return re.sub(r" \d+$", "", key)


def _segments(text: str) -> list[list[str]]:
    """Split after each ``>>> Last update`` footer: what follows one is another server's answer."""
    segments: list[list[str]] = [[]]
    for line in text.split("\n"):
        segments[-1].append(line)
        if line.lstrip().startswith(">>>") and "last update" in line.casefold():
            segments.append([])
    return [seg for seg in segments if any(s.strip() for s in seg)]


# --------------------------------------------------------------------------- tokeniser

_JP_KEY = re.compile(r"^\s*(?:[a-z]\.\s*)?\[(?P<key>[^\]]{1,80})\]\s*(?P<value>.*)$")
# "Created On:18-Dec-2004", "Sponsoring Registrar:Mark Monitor" (.in, PANDI) have no space after the
# colon; a key ending in a digit is a time ("23:16").
_COLON_KEY = re.compile(r"^\s*(?P<key>[^:\s][^:]*?)[\s.]*::?(?:(?:\s+|(?<![\d\s.]:)(?<!\d::)(?=\w))(?P<value>.*))?$")
_TAB_KEY = re.compile(r"^(?P<key>\S[^\t:]*?)\t+\s*(?P<value>\S.*)$")
# "Domain Name ........ example.com" (HiChina and other registrars): dots lead to the value, no colon.
_DOTS_KEY = re.compile(r"^\s*(?P<key>[^\s.:][^.:]*?)\s*\.{3,}\s*(?P<value>[^\s.].*)$")
_HOST_START = re.compile(r"^\s*[a-z0-9_-]+(?:\.[a-z0-9_-]+)+\.?(?:\s|$)", re.IGNORECASE)
_MAX_MESSAGE = 200  # a server's own message is one short line; terms of use run longer
_MAX_KEY = 60  # longer "keys" are sentences of a disclaimer that happen to hold a colon


@dataclass(frozen=True)
class _Line:
    section: str  # "", "domain", "registrant", "registrar", "contact", "ns" or "other"
    key: str  # normalised label
    value: str
    raw: str  # evidence: the line as written (with its header for values under a header)
    block: int  # blank-line separated block, for RPSL handle resolution
    nth: int = 0  # 0 for the first value of its key, 1.. for the address lines that follow


@dataclass
class _State:
    section: str = ""
    block: int = 0
    block_start: bool = True
    header_in_block: bool = False
    dangling_header: bool = False  # a header that no line has followed yet
    open_key: str = ""
    open_raw: str = ""
    open_filled: bool = False
    open_count: int = 0  # values read so far under the open key
    open_indent: int = 0
    after_blank: bool = False


def _tokenise(lines: Sequence[str]) -> list[_Line]:
    state = _State()
    out: list[_Line] = []
    for raw in lines:
        out.extend(_read_line(raw, state))
    return _resolve_handles(out)


def _read_line(raw: str, st: _State) -> Iterator[_Line]:
    text = raw.strip()
    if not text:
        _blank(st)
        return
    if text[0] in "%#":
        _comment(text, st)
        return
    if text.startswith(">>>"):
        return  # ">>> Last update of WHOIS database: ..." is the server's footer, not the domain's data
    if not any(ch.isalnum() for ch in text):
        return  # "-----" rulers and "% ====" underlines
    if st.section == "ns" and _continues(raw, st) and _HOST_START.match(text):
        yield from _continuation(text, st)
    else:
        split = _split(raw)
        if split is None:
            yield from _free_line(raw, st)
        else:
            yield from _key_line(split[0], split[1], raw, st)
    st.block_start = st.after_blank = False


def _blank(st: _State) -> None:
    if not st.block_start:
        st.block += 1
    st.block_start, st.header_in_block, st.after_blank = True, False, True


def _indent(raw: str) -> int:
    return len(raw.expandtabs(8)) - len(raw.expandtabs(8).lstrip())


def _continues(raw: str, st: _State) -> bool:
    """Does an unlabelled line belong to the open key? A blank line ends a block that already
    has values, unless the line is indented under its header (TWNIC puts blanks inside)."""
    if not st.open_key:
        return False
    return not (st.after_blank and st.open_filled) or _indent(raw) > st.open_indent


def _comment(text: str, st: _State) -> None:
    # "% Registrant:" headings in .ua and RIPE-style answers name the block that follows.
    body = text.lstrip("%# ").strip()
    if body.endswith(":") and _norm_key(body) in _vocabulary().sections:
        _header(_norm_key(body), body, st)


def _header(key: str, raw: str, st: _State) -> None:
    st.section = _vocabulary().sections[key]
    st.header_in_block = st.dangling_header = True
    _open(key, raw, st, filled=False)


def _open(key: str, raw: str, st: _State, filled: bool) -> None:
    st.open_key, st.open_raw, st.open_indent = key, raw.strip(), _indent(raw)
    st.open_filled, st.open_count = filled, int(filled)


def _split(raw: str) -> tuple[str, str] | None:
    for pattern in (_JP_KEY, _COLON_KEY, _DOTS_KEY, _TAB_KEY):
        m = pattern.match(raw)
        if m and len(_norm_key(m["key"])) <= _MAX_KEY and _norm_key(m["key"]):
            return m["key"], (m["value"] or "").strip()
    return None


def _key_line(raw_key: str, value: str, raw: str, st: _State) -> Iterator[_Line]:
    key = _norm_key(raw_key)
    vocab = _vocabulary()
    if not value and key in vocab.sections:
        _header(key, raw, st)
        return
    if st.block_start and not st.header_in_block:
        _enter_block(key, bool(value), st)
    _open(key, raw, st, filled=bool(value))
    if value:
        st.dangling_header = False
        yield _Line(st.section, key, value, raw.strip(), st.block)


def _enter_block(key: str, has_value: bool, st: _State) -> None:
    """The first line of a block may say what the block is ("nic-hdl:", "Registrar: X")."""
    vocab = _vocabulary()
    if has_value and key in vocab.block_ids:
        st.section = "contact"  # until _resolve_handles finds it is the holder's
    elif has_value and key in vocab.sections and vocab.sections[key] != "other":
        st.section = vocab.sections[key]
    elif not st.dangling_header:
        st.section = ""


def _free_line(raw: str, st: _State) -> Iterator[_Line]:
    vocab = _vocabulary()
    text = raw.strip()
    key = _norm_key(text)
    if key in vocab.sections:
        _header(key, raw, st)
        return
    folded = text.casefold()
    for inline in vocab.inline_keys:
        if folded.startswith(inline + " "):
            st.dangling_header = False
            yield _Line(st.section, inline, text[len(inline) :].strip(), text, st.block)
            return
    if _continues(raw, st):
        yield from _continuation(text, st)


def _continuation(text: str, st: _State) -> Iterator[_Line]:
    st.open_filled, st.dangling_header = True, False
    raw = f"{st.open_raw} {text}" if st.open_raw.endswith(":") else f"{st.open_raw}: {text}"
    yield _Line(st.section, st.open_key, text, raw, st.block, st.open_count)
    st.open_count += 1


def _resolve_handles(lines: list[_Line]) -> list[_Line]:
    """Move the block that describes the holder's handle (``holder-c: X`` ... ``nic-hdl: X``)
    into the registrant section."""
    vocab = _vocabulary()
    refs = {ln.value.casefold() for ln in lines if ln.key in vocab.registrant_refs and ln.section in ("", "domain")}
    ids = {ln.block: ln.value.casefold() for ln in lines if ln.key in vocab.block_ids}
    if not ids:
        return lines
    holder_blocks = {block for block, handle in ids.items() if handle in refs}
    return [dataclasses.replace(ln, section="registrant") if ln.block in holder_blocks else ln for ln in lines]


# --------------------------------------------------------------------------- field extraction

_Fields = dict[str, tuple[Any, str]]  # field -> (value, evidence line)

_DOMAIN_SECTIONS = frozenset({"", "domain", "other"})
_HANDLE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$", re.IGNORECASE)
_URL_NOTE = re.compile(r"\s*\(\s*(?:https?://|www\.)[^)]*\)\s*$", re.IGNORECASE)
# "Mark Monitor (R84-AFIN)" (.in): the registrar's handle after its name. Nominet's "[Tag = X]" stays,
# as the shared samples' expectations keep it.
_TRAILING_NOTE = re.compile(r"\s*\((?=[^)]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\)\s*$")
_HOSTNAME = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


def _matches(alias: _Alias, line: _Line) -> bool:
    # "Data de registo / Creation Date" (.pt) names the field in two languages: either one counts.
    # Asked for every alias and line: the split only when there are two names to split.
    if alias.key != line.key and (" / " not in line.key or alias.key not in line.key.split(" / ")):
        return False
    if alias.scope == "*":
        return True
    if alias.scope == "domain":
        return line.section in _DOMAIN_SECTIONS
    return alias.scope == line.section


def _pick(lines: Sequence[_Line], name: str, read: Callable[[str], T | None]) -> tuple[T, str] | None:
    for alias in _vocabulary().aliases[name]:
        for line in lines:
            # Under a "Registrant:" header only the first line is the name; the rest is address.
            if _matches(alias, line) and line.nth == 0:
                value = read(line.value)
                if value is not None:
                    return value, line.raw
    return None


def _extract(lines: list[_Line], day_first: bool = False) -> _Fields:
    found: _Fields = {}

    def read_date(value: str) -> datetime | None:
        return parse_whois_date(value, day_first=day_first)

    readers: dict[str, Callable[[str], Any]] = {
        "created": read_date,
        "updated": read_date,
        "expires": read_date,
        "registrar": _read_registrar,
        "registrant_org": _read_org,
        "registrant_country": country_code,
        "referral_server": _read_host,
        "domain_name": _read_domain,
    }
    for name, read in readers.items():
        picked = _pick(lines, name, read)
        if picked is not None:
            found[name] = picked
    if "registrant_country" not in found:
        _put(found, "registrant_country", _country_from_block(lines))
    _put(found, "name_servers", _name_servers(lines))
    _put(found, "privacy", _privacy(lines, found))
    return found


def _put(found: _Fields, name: str, picked: tuple[Any, str] | None) -> None:
    if picked is not None:
        found[name] = picked


def _merge(parts: list[_Fields]) -> _Fields:
    """A later segment naming the domain is the registrar's answer after the registry's: it wins.
    A segment without a domain line is a trailer (notes after the footer) and only fills gaps."""
    merged: _Fields = {}
    for part in parts:
        if "domain_name" in part:
            merged.update(part)
        else:
            for name, value in part.items():
                merged.setdefault(name, value)
    return merged


def _clean(value: str) -> str | None:
    value = " ".join(value.split())
    if not any(ch.isalnum() for ch in value):
        return None
    return value


def _is_private(value: str) -> bool:
    folded = value.casefold()
    return any(p in folded for p in _phrases("privacy.txt"))


def _read_registrar(value: str) -> str | None:
    value = EMAIL.sub("", _URL_NOTE.sub("", value))
    value = _TRAILING_NOTE.sub("", value).rstrip(" ,;")
    cleaned = _clean(value)
    if cleaned is None or (_HANDLE.match(cleaned) and any(c.isdigit() for c in cleaned)):
        return None  # "MARK-0292" is the registrar's handle; its name follows elsewhere
    return cleaned


def _read_org(value: str) -> str | None:
    cleaned = _clean(value)
    if cleaned is None or _is_private(cleaned):
        return None
    if _HANDLE.match(cleaned) and any(c.isdigit() for c in cleaned):
        return None  # "holder: mmr-171440" names a handle, not an organisation
    return cleaned


def _read_host(value: str) -> str | None:
    words = re.sub(r"^[a-z]+://", "", value.strip().casefold()).split()
    if not words or words[0].rstrip("/").count("/"):
        return None  # "https://dns.pl/en/whois" is a web page, not a server to ask
    name = words[0].rstrip("/").rstrip(".").split(":")[0]
    return name if _HOSTNAME.match(name) else None


def _read_domain(value: str) -> str | None:
    first = value.split()[0] if value.split() else ""
    return first.casefold().rstrip(".") or None


def _read_name_server(value: str) -> str | None:
    first = value.split()[0].casefold().rstrip(".") if value.split() else ""
    return first if _HOSTNAME.match(first) else None


def _name_servers(lines: Sequence[_Line]) -> tuple[tuple[str, ...], str] | None:
    aliases = _vocabulary().aliases["name_servers"]
    hosts: dict[str, None] = {}
    evidence = ""
    for line in lines:
        if any(_matches(a, line) for a in aliases):
            host = _read_name_server(line.value)
            if host:
                hosts.setdefault(host)
                evidence = evidence or line.raw
    return (tuple(hosts), evidence) if hosts else None


def _country_from_block(lines: Sequence[_Line]) -> tuple[str, str] | None:
    """Holder blocks without labels (EDUCAUSE, TWNIC, .tk) end the address with the country."""
    vocab = _vocabulary()
    for line in reversed(lines):
        unlabelled = line.key in vocab.sections or line.key == "address"
        if line.section == "registrant" and unlabelled:
            code = country_code(line.value, exact=True)
            if code:
                return code, line.raw
    return None


def _privacy(lines: Sequence[_Line], found: _Fields) -> tuple[bool, str] | None:
    """Hidden when the holder's name is a proxy or redacted, or when no holder organisation is
    shown and the holder's other lines are redacted. A visible organisation with a redacted
    person (GDPR for a company's contact) is not hidden."""
    org_aliases = _vocabulary().aliases["registrant_org"]
    for line in lines:
        holder = line.section == "registrant" or line.key.startswith("registrant")
        is_org = any(_matches(a, line) for a in org_aliases)
        hides_holder = is_org or (holder and "registrant_org" not in found)
        if hides_holder and _is_private(line.value):
            return True, line.raw
    return None


# --------------------------------------------------------------------------- dates

_TIME = re.compile(r"^[\st-]*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])")
_PAREN_ZONE = re.compile(r"\(\s*(?:utc|gmt)\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*\)")
_YMD = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)\.?")
_DMY = re.compile(r"(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_D_MON_Y = re.compile(r"(?<![\d\w])(\d{1,2})(?:st|nd|rd|th)?[\s\-/.,]+([^\W\d_]+)\.?[\s\-/.,]+(\d{4})(?!\d)")
_MON_D_Y = re.compile(r"(?<![\w])([^\W\d_]+)\.?[\s\-/.,]+(\d{1,2})(?:st|nd|rd|th)?[\s,]+(\d{4})(?!\d)")
_Y_MON_D = re.compile(r"(?<![\d\w])(\d{4})[\s\-/.,]+([^\W\d_]+)\.?[\s\-/.,]+(\d{1,2})(?!\d)")
_MON_Y = re.compile(r"(?<![\w])([^\W\d_]+)\.?[\s\-/.,]+(\d{4})(?!\d)")
# "Mon Apr 26 07:50:40 GMT 2010" (Neustar .us/.co, C's ctime): the time sits between day and year.
_MON_D_TIME_Y = re.compile(
    r"(?<![\w])([^\W\d_]+)\.?\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*([a-z]{1,5})?\s+(\d{4})(?!\d)"
)
# Two-digit years, tried last: "16/09/03" (.es), "02-Mar-99" (GoDaddy's old answers).
_DMY_SHORT = re.compile(r"(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?![\d/.-])")
_D_MON_Y_SHORT = re.compile(r"(?<![\d\w])(\d{1,2})[-\s/.]([^\W\d_]+)\.?[-\s/.](\d{2})(?![\d:])")
# "complete date format : DD/MM/YYYY" (AFNIC), "Creation Date (dd/mm/yyyy):" (.pt): the answer says
# its slashes are day first.
_DAY_FIRST_NOTE = re.compile(r"\bdd[/.-]mm[/.-](?:yyyy|yy)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _DateParts:
    year: int
    month: int
    day: int
    rest: str  # what follows the date: time and zone, if any


def parse_whois_date(value: str, day_first: bool = False) -> datetime | None:
    """Read the date formats WHOIS servers use; the result is in UTC.

    A time without a zone is taken as UTC (registries rarely say which local time they mean).
    ``day_first`` reads "09/01/2003" as 9 January, for answers that declare DD/MM/YYYY."""
    text = value.strip().casefold()
    zone = _paren_zone(text)
    text = _date_words()[2].sub(" ", re.sub(r"\([^)]*\)", " ", text))
    readers: tuple[Callable[[str], _DateParts | None], ...] = (
        _ymd,
        lambda t: _dmy(t, day_first),
        _compact,
        _d_mon_y,
        _mon_d_time_y,
        _mon_d_y,
        _y_mon_d,
        _mon_y,
        lambda t: _dmy_short(t, day_first),
        _d_mon_y_short,
    )
    for reader in readers:
        parts = reader(text)
        if parts is not None:
            return _assemble(parts, zone)
    return None


def _paren_zone(text: str) -> int | None:
    m = _PAREN_ZONE.search(text)
    if m:
        minutes = int(m[2]) * 60 + int(m[3] or 0)
        return -minutes if m[1] == "-" else minutes
    zones = _date_words()[1]
    for word in re.findall(r"[a-z]+", text):
        if word in zones and word != "z":
            return zones[word]
    return None


def _ymd(text: str) -> _DateParts | None:
    m = _YMD.search(text)
    return _DateParts(int(m[1]), int(m[2]), int(m[3]), text[m.end() :]) if m else None


def _dmy(text: str, day_first: bool = False) -> _DateParts | None:
    m = _DMY.search(text)
    if not m:
        return None
    return _day_month(m, int(m[4]), day_first, text)


def _day_month(m: re.Match[str], year: int, day_first: bool, text: str) -> _DateParts:
    first, second = int(m[1]), int(m[3])
    # Slashes are American (12/18/2001) unless the answer says DD/MM/YYYY; dots and dashes are
    # day first (30.6.2006, 11-07-2017).
    month_first = (m[2] == "/" and first <= 12 and not day_first) or second > 12
    month, day = (first, second) if month_first else (second, first)
    return _DateParts(year, month, day, text[m.end() :])


def _short_year(two_digits: str) -> int:
    year = int(two_digits)
    return 2000 + year if year < 70 else 1900 + year


def _dmy_short(text: str, day_first: bool = False) -> _DateParts | None:
    m = _DMY_SHORT.search(text)
    return _day_month(m, _short_year(m[4]), day_first, text) if m else None


def _d_mon_y_short(text: str) -> _DateParts | None:
    for m in _D_MON_Y_SHORT.finditer(text):
        month = _month(m[2])
        if month:
            return _DateParts(_short_year(m[3]), month, int(m[1]), text[m.end() :])
    return None


def _mon_d_time_y(text: str) -> _DateParts | None:
    for m in _MON_D_TIME_Y.finditer(text):
        month = _month(m[1])
        if month:
            zone = f" {m[4]}" if m[4] else ""
            return _DateParts(int(m[5]), month, int(m[2]), f" {m[3]}{zone}")
    return None


def _compact(text: str) -> _DateParts | None:
    m = _COMPACT.search(text)
    return _DateParts(int(m[1]), int(m[2]), int(m[3]), text[m.end() :]) if m else None


def _month(word: str) -> int | None:
    return _date_words()[0].get(word.rstrip("."))


def _d_mon_y(text: str) -> _DateParts | None:
    for m in _D_MON_Y.finditer(text):
        month = _month(m[2])
        if month:
            return _DateParts(int(m[3]), month, int(m[1]), text[m.end() :])
    return None


def _mon_d_y(text: str) -> _DateParts | None:
    for m in _MON_D_Y.finditer(text):
        month = _month(m[1])
        if month:
            return _DateParts(int(m[3]), month, int(m[2]), text[m.end() :])
    return None


def _y_mon_d(text: str) -> _DateParts | None:
    """'2001-Aug-23' (.tr, some registrars)."""
    for m in _Y_MON_D.finditer(text):
        month = _month(m[2])
        if month:
            return _DateParts(int(m[1]), month, int(m[3]), text[m.end() :])
    return None


def _mon_y(text: str) -> _DateParts | None:
    # "before Aug-1996" (Nominet's oldest records): the first of the month is the best we know.
    for m in _MON_Y.finditer(text):
        month = _month(m[1])
        if month:
            return _DateParts(int(m[2]), month, 1, text[m.end() :])
    return None


def _assemble(parts: _DateParts, zone: int | None) -> datetime | None:
    hour = minute = second = 0
    m = _TIME.match(parts.rest)
    if m:
        hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
        if m[4]:
            zone = _offset_minutes(m[4])
    tz = timezone(timedelta(minutes=zone or 0))
    try:
        local = datetime(parts.year, parts.month, parts.day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None
    return local.astimezone(UTC) if 1900 < parts.year < 2200 else None


def _offset_minutes(text: str) -> int:
    if text == "z":
        return 0
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return -minutes if text[0] == "-" else minutes


# --------------------------------------------------------------------------- status


def _garbled_evidence(text: str) -> str | None:
    sample = text[:4096]
    odd = sum(1 for ch in sample if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\f\v"))
    if odd and (odd / len(sample) > 0.02 or "\x00" in sample):
        return f"binary data: {odd} control characters in the first {len(sample)}"
    head = text[:1024].casefold()
    for marker in _phrases("html_markers.txt"):
        if marker in head:
            return f"HTML page instead of a WHOIS answer ({marker})"
    return None


def _status(domain: str, text: str, fields: _Fields) -> tuple[str, str]:
    data_fields = ("created", "updated", "expires", "registrar", "registrant_org", "name_servers")
    if any(name in fields for name in data_fields):
        return "found", ""
    message = _first_message(text)
    if message:
        return message
    if _names_domain(domain, fields):
        return "found", ""
    footer = _line_with(text, (">>> last update of whois database",))
    if footer:
        # The registry answered in full and had nothing to say about this name (.name does this).
        return "not_found", footer
    return "garbled", "no registration data and no known message"


def _first_message(text: str) -> tuple[str, str] | None:
    """The first short line saying "not found" or "slow down". Servers put that message before
    their terms of use, and the terms themselves talk about limits ("if too many queries are
    received..."), so long lines and later lines lose."""
    kinds = (("rate_limited", _phrases("rate_limited.txt")), ("not_found", _phrases("not_found.txt")))
    for line in _message_lines(text):
        folded = line.casefold()
        for status, phrases in kinds:
            if any(p in folded for p in phrases):
                return status, line
    return None


def _message_lines(text: str) -> Iterator[str]:
    for raw in text.split("\n"):
        line = " ".join(raw.strip().lstrip("%#").split())
        if line and len(line) <= _MAX_MESSAGE:
            yield line


def _line_with(text: str, phrases: Sequence[str]) -> str | None:
    for line in _message_lines(text):
        if any(p in line.casefold() for p in phrases):
            return line
    return None


def _names_domain(domain: str, fields: _Fields) -> bool:
    if "domain_name" not in fields:
        return False
    return str(fields["domain_name"][0]) in _domain_forms(domain)


def _domain_forms(domain: str) -> set[str]:
    """The name as asked and in its other IDN spelling (CNNIC answers "你好.中国" to "xn--6qq79v...")."""
    name = domain.strip().casefold().rstrip(".")
    forms = {name}
    with contextlib.suppress(UnicodeError):
        forms.add(name.encode("idna").decode("ascii"))
    with contextlib.suppress(UnicodeError):
        forms.add(name.encode("ascii").decode("idna"))
    return forms


# --------------------------------------------------------------------------- record


def _record(domain: str, fields: _Fields) -> WhoisRecord:
    def value(name: str) -> Any:
        return fields[name][0] if name in fields else None

    evidence = {name: raw for name, (_, raw) in fields.items() if name != "domain_name"}
    return WhoisRecord(
        domain=domain,
        status="found",
        created=value("created"),
        updated=value("updated"),
        expires=value("expires"),
        registrar=value("registrar"),
        registrant_org=value("registrant_org"),
        registrant_country=value("registrant_country"),
        name_servers=value("name_servers") or (),
        privacy=bool(value("privacy")),
        referral_server=value("referral_server"),
        evidence=MappingProxyType(evidence),
    )
