"""A seller profile from a form or a catalogue spreadsheet, written back as the profile TOML.

The manager edits product lines, keywords, certificates, markets and terms in a form; a catalogue
exported from the ERP or a price list (CSV or XLSX, one row per product) fills the product lines.
Columns are found by their header in English or Chinese (``data/catalogue.toml``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from research.data.load import toml_table
from research.errors import InputError

TERMS = ("payment", "samples", "incoterms", "lead_time")


@dataclass(frozen=True)
class Line:
    name: str
    keywords: tuple[str, ...] = ()
    hs_codes: tuple[str, ...] = ()
    moq: str = ""


@dataclass(frozen=True)
class ProfileForm:
    """Everything the form edits; ``extra`` keeps the tables the form does not show (synonyms, customs)."""

    profile_name: str
    company: str = ""
    certifications: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    moq: str = ""
    terms: Mapping[str, str] = field(default_factory=dict)
    lines: tuple[Line, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)


def split(text: str) -> tuple[str, ...]:
    """A cell or field of several values: commas, semicolons, 、 or new lines between them."""
    return tuple(dict.fromkeys(p.strip() for p in re.split(r"[,;，；、\n]", text or "") if p.strip()))


def from_toml(data: Mapping[str, Any], name: str) -> ProfileForm:
    company, markets = data.get("company", {}), data.get("markets", {})
    lines = tuple(
        Line(
            name=str(p.get("name", "")),
            keywords=_flat(p.get("keywords")),
            hs_codes=_flat(p.get("hs_codes")),
            moq=str(p.get("moq", "")),
        )
        for p in data.get("product_lines", [])
    )
    return ProfileForm(
        profile_name=str(company.get("profile_name", name)),
        company=str(company.get("name", "")),
        certifications=_flat(company.get("certifications")),
        target=_flat(markets.get("target")),
        excluded=_flat(markets.get("excluded")),
        moq=str(company.get("moq", "")),
        terms={k: str(v) for k, v in data.get("terms", {}).items()},
        lines=lines,
        extra={
            "synonyms": {
                str(p.get("name", "")): p["synonyms"] for p in data.get("product_lines", []) if "synonyms" in p
            },
            **{k: v for k, v in data.items() if k in ("customs", "customs_columns")},
        },
    )


def _flat(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Mapping):
        return tuple(str(v) for vs in value.values() for v in (vs if isinstance(vs, list) else [vs]))
    return tuple(str(v) for v in value or ())


def _s(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _list(values: Iterable[str]) -> str:
    return "[" + ", ".join(_s(v) for v in values) + "]"


def _value(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_s(str(k))} = {_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return _s(str(value))


def to_toml(form: ProfileForm) -> str:
    out = [
        "# Seller profile, saved from the page's form.",
        "[company]",
        f"profile_name = {_s(form.profile_name)}",
        f"name = {_s(form.company)}",
        f"certifications = {_list(form.certifications)}",
        f"moq = {_s(form.moq)}",
        "",
        "[markets]",
        f"target = {_list(m.upper() for m in form.target)}",
        f"excluded = {_list(m.upper() for m in form.excluded)}",
        "",
        "[terms]",
        *(f"{k} = {_s(form.terms.get(k, ''))}" for k in TERMS),
    ]
    synonyms = form.extra.get("synonyms", {})
    for line in form.lines:
        if not line.name.strip():
            continue
        out += ["", "[[product_lines]]", f"name = {_s(line.name.strip())}", f"keywords = {_list(line.keywords)}"]
        out += [f"hs_codes = {_list(line.hs_codes)}", f"moq = {_s(line.moq)}"]
        if line.name in synonyms:
            out.append(f"synonyms = {_value(synonyms[line.name])}")
    for table in ("customs", "customs_columns"):
        if table in form.extra:
            out += ["", f"[{table}]", *(f"{_s(str(k))} = {_value(v)}" for k, v in form.extra[table].items())]
    return "\n".join(out) + "\n"


def _column(headers: Sequence[str], field_name: str) -> int | None:
    names = {n.lower() for n in toml_table("catalogue.toml")["columns"][field_name]}
    for i, h in enumerate(headers):
        if str(h or "").strip().lower() in names:
            return i
    return None


def _rows(data: bytes, filename: str) -> list[list[str]]:
    if filename.lower().endswith((".xlsx", ".xlsm")):
        from openpyxl import load_workbook  # imported late: only an import needs it

        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
        except Exception as exc:  # openpyxl raises many kinds on a file that is not a workbook
            raise InputError(str(exc), code="input.bad_catalogue", name=filename) from exc
        if sheet is None:
            return []
        return [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    text = data.decode("utf-8-sig", "replace")
    dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t") if text.strip() else csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def lines_from_catalogue(data: bytes, filename: str) -> list[Line]:
    """Product lines from a catalogue: one per distinct line (or product) name, keywords merged."""
    rows = [r for r in _rows(data, filename) if any(c.strip() for c in r)]
    if not rows:
        raise InputError(filename, code="input.bad_catalogue", name=filename)
    head = rows[0]
    col = {f: _column(head, f) for f in ("line", "name", "keywords", "hs_code", "moq")}
    key_col = col["line"] if col["line"] is not None else col["name"]
    if key_col is None:
        raise InputError(filename, code="input.catalogue_no_name", name=filename)
    merged: dict[str, dict[str, list[str]]] = {}
    for row in rows[1:]:

        def cell(f: str, row: list[str] = row) -> str:
            i = col[f]
            return row[i].strip() if i is not None and i < len(row) else ""

        line = cell("line") or cell("name")
        if not line:
            continue
        entry = merged.setdefault(line, {"keywords": [], "hs": [], "moq": []})
        entry["keywords"] += [k for k in (cell("name"), *split(cell("keywords"))) if k and k != line]
        entry["hs"] += list(split(re.sub(r"[.\s]", "", cell("hs_code")).replace("/", ",")))
        entry["moq"] += [cell("moq")] if cell("moq") else []
    return [
        Line(
            name=name,
            keywords=tuple(dict.fromkeys([name.lower(), *(k.lower() for k in e["keywords"])]))[:30],
            hs_codes=tuple(dict.fromkeys(e["hs"]))[:10],
            moq=e["moq"][0] if e["moq"] else "",
        )
        for name, e in merged.items()
    ]
