"""The official consolidated sanctions lists read into one entry shape. Pure.

OFAC SDN (SDN.XML), the EU's financial sanctions file (xmlFullSanctionsList_1_1), the UN Security
Council's consolidated list (consolidated.xml) and the UK Sanctions List (FCDO, XML). All four are
public-sector data free to reuse; no list with a non-commercial licence is read.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    list: str  # ofac, eu, un, uk
    entry: str  # the entry's id on its list
    entity: str  # person or organization (vessels and aircraft count as organizations)
    names: tuple[str, ...]  # the primary name first, then aliases
    program: str
    listed_on: str  # ISO date, "" when the list does not say
    countries: tuple[str, ...] = ()


def _t(el: ET.Element | None) -> str:
    return " ".join((el.text or "").split()) if el is not None else ""


def _iso(text: str) -> str:
    text = text.strip()
    if len(text) >= 10 and text[4] == "-":
        return text[:10]
    if len(text) == 10 and text[2] == "/":  # OFAC: MM/DD/YYYY
        return f"{text[6:]}-{text[:2]}-{text[3:5]}"
    return ""


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def ofac(root: ET.Element) -> tuple[str, list[Entry]]:
    date = _iso(_t(root.find("{*}publshInformation/{*}Publish_Date")))
    out = []
    for e in root.iterfind("{*}sdnEntry"):
        kind = _t(e.find("{*}sdnType")).lower()
        names = [_join(_t(e.find("{*}firstName")), _t(e.find("{*}lastName")))]
        names += [_join(_t(a.find("{*}firstName")), _t(a.find("{*}lastName"))) for a in e.iterfind("{*}akaList/{*}aka")]
        programs = [_t(p) for p in e.iterfind("{*}programList/{*}program")]
        countries = tuple(dict.fromkeys(_t(a.find("{*}country")) for a in e.iterfind("{*}addressList/{*}address")))
        out.append(
            Entry(
                "ofac",
                _t(e.find("{*}uid")),
                "person" if kind == "individual" else "organization",
                tuple(n for n in names if n),
                ", ".join(programs),
                "",
                tuple(c for c in countries if c),
            )
        )
    return date, out


def eu(root: ET.Element) -> tuple[str, list[Entry]]:
    date = _iso(root.get("generationDate", ""))
    out = []
    for e in root.iterfind("{*}sanctionEntity"):
        subject = e.find("{*}subjectType")
        kind = subject.get("code", "") if subject is not None else ""
        names = [a.get("wholeName", "").strip() for a in e.iterfind("{*}nameAlias")]
        regulation = e.find("{*}regulation")
        program = regulation.get("programme", "") if regulation is not None else ""
        listed = e.get("designationDate", "") or (
            regulation.get("publicationDate", "") if regulation is not None else ""
        )
        countries = {a.get("countryIso2Code", "") for a in (*e.iterfind("{*}citizenship"), *e.iterfind("{*}address"))}
        out.append(
            Entry(
                "eu",
                e.get("euReferenceNumber", "") or e.get("logicalId", ""),
                "person" if kind == "person" else "organization",
                tuple(n for n in names if n),
                program,
                _iso(listed),
                tuple(sorted(c for c in countries if c and c != "00")),
            )
        )
    return date, out


def un(root: ET.Element) -> tuple[str, list[Entry]]:
    date = _iso(root.get("dateGenerated", ""))
    out = []
    for tag, alias, kind in (
        ("INDIVIDUALS/INDIVIDUAL", "INDIVIDUAL_ALIAS", "person"),
        ("ENTITIES/ENTITY", "ENTITY_ALIAS", "organization"),
    ):
        for e in root.iterfind(tag):
            parts = [_t(e.find(f)) for f in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
            names = [_join(*parts)] + [_t(a.find("ALIAS_NAME")) for a in e.iterfind(alias)]
            countries = [_t(n) for n in e.iterfind("NATIONALITY/VALUE")] + [
                _t(a.find("COUNTRY")) for a in e.iterfind("ENTITY_ADDRESS")
            ]
            out.append(
                Entry(
                    "un",
                    _t(e.find("REFERENCE_NUMBER")) or _t(e.find("DATAID")),
                    kind,
                    tuple(n for n in names if n),
                    _t(e.find("UN_LIST_TYPE")),
                    _iso(_t(e.find("LISTED_ON"))),
                    tuple(c for c in dict.fromkeys(countries) if c),
                )
            )
    return date, out


def uk(root: ET.Element) -> tuple[str, list[Entry]]:
    date = _iso(_t(root.find("{*}DateGenerated")) or root.get("DateGenerated", ""))
    out = []
    for e in root.iterfind("{*}Designation"):
        names: list[str] = []
        for n in e.iterfind("{*}Names/{*}Name"):
            whole = _join(*(_t(n.find(f"{{*}}Name{i}")) for i in range(1, 7)))
            primary = "primary" in _t(n.find("{*}NameType")).lower()
            names.insert(0, whole) if primary else names.append(whole)
        kind = _t(e.find("{*}IndividualEntityShip")).lower()
        countries = tuple(dict.fromkeys(_t(a.find("{*}AddressCountry")) for a in e.iterfind("{*}Addresses/{*}Address")))
        out.append(
            Entry(
                "uk",
                _t(e.find("{*}UniqueID")),
                "person" if kind == "individual" else "organization",
                tuple(n for n in names if n),
                _t(e.find("{*}RegimeName")),
                _iso(_t(e.find("{*}DateDesignated"))),
                tuple(c for c in countries if c),
            )
        )
    return date, out


PARSERS: dict[str, Callable[[ET.Element], tuple[str, list[Entry]]]] = {"ofac": ofac, "eu": eu, "un": un, "uk": uk}


def parse(name: str, text: str) -> tuple[str, list[Entry]]:
    """(the list's publication date or "", its entries); ValueError when the text is not that list."""
    try:
        root = ET.fromstring(text)  # noqa: S314 - government XML; expat fetches no external entities
    except ET.ParseError as exc:
        raise ValueError(f"{name}: not XML: {exc}") from exc
    date, entries = PARSERS[name](root)
    if not entries:
        raise ValueError(f"{name}: no entries (not the {name} list?)")
    return date, entries


def all_names(entries: list[Entry]) -> Iterator[tuple[Entry, str]]:
    for e in entries:
        for n in dict.fromkeys(e.names):
            yield e, n
