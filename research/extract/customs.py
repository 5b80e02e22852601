"""Customs (bill-of-lading) records: does the buyer import from China, how often, from whom?

Pure functions over a CSV export whose columns the seller profile maps:
buyer (consignee), supplier (shipper), date, origin, description, hs_code.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from research.data.load import word_list
from research.errors import InputError
from research.extract.text import fold

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y%m%d", "%d-%b-%Y", "%b %d, %Y")


@dataclass(frozen=True)
class Shipment:
    buyer: str
    supplier: str = ""
    date: date | None = None
    origin: str = ""
    description: str = ""
    hs_code: str = ""
    row: int = 0  # line in the CSV, for the evidence


@dataclass(frozen=True)
class CustomsSummary:
    matched_name: str
    shipments: int
    from_china: int
    per_year: float
    suppliers: tuple[str, ...]
    last: date | None
    examples: tuple[Shipment, ...]


@lru_cache(maxsize=65536)  # a big export repeats each consignee many times, and every look-up rescans it
def company_key(name: str) -> str:
    """'ACME Trading GmbH & Co. KG' -> 'acme trading': folded, no punctuation, no legal forms."""
    words = re.sub(r"[^\w]+", " ", fold(name)).split()
    drop = word_list("legal_suffixes.txt")
    kept = [w for w in words if w not in drop]
    return " ".join(kept or words)


def parse_date(text: str) -> date | None:
    text = text.strip()[:20]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _cell(row: Mapping[str, str | None], columns: Mapping[str, str], key: str) -> str:
    return (row.get(columns.get(key, ""), "") or "").strip()


@lru_cache(maxsize=4)
def _load(path: str, mtime: float, columns: tuple[tuple[str, str], ...]) -> tuple[Shipment, ...]:
    cols = dict(columns)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        sample = fh.read(4096)
        fh.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|") if sample else csv.excel
        reader = csv.DictReader(fh, dialect=dialect)
        if cols.get("buyer") not in (reader.fieldnames or ()):
            raise InputError(path, code="input.customs_columns", path=path, column=cols.get("buyer", ""))
        return tuple(
            Shipment(
                buyer=_cell(row, cols, "buyer"),
                supplier=_cell(row, cols, "supplier"),
                date=parse_date(_cell(row, cols, "date")),
                origin=_cell(row, cols, "origin"),
                description=_cell(row, cols, "description"),
                hs_code=re.sub(r"\D", "", _cell(row, cols, "hs_code")),
                row=i + 2,  # header is line 1
            )
            for i, row in enumerate(reader)
            if _cell(row, cols, "buyer")
        )


def load_shipments(path: str | Path, columns: Mapping[str, str]) -> tuple[Shipment, ...]:
    """The CSV's shipments, cached until the file changes. Raises InputError for a bad file."""
    p = Path(path)
    try:
        return _load(str(p), p.stat().st_mtime, tuple(sorted(columns.items())))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(exc), code="input.customs_file", path=str(p)) from exc


def find_company(shipments: Iterable[Shipment], company: str, min_ratio: float) -> list[Shipment]:
    """Shipments whose consignee is this company (token-sort ratio on normalized names)."""
    key = company_key(company)
    if len(key) < 3:
        return []
    return [s for s in shipments if fuzz.token_sort_ratio(key, company_key(s.buyer)) >= min_ratio]


def summarize(shipments: Sequence[Shipment], today: date, years: int, china: Iterable[str]) -> CustomsSummary | None:
    """Frequency from China over the last ``years`` years, suppliers and last shipment."""
    if not shipments:
        return None
    china_names = {c.upper() for c in china}
    since = date(today.year - years, today.month, min(today.day, 28))
    recent = [s for s in shipments if s.date is None or s.date >= since]
    from_china = [s for s in recent if s.origin.strip().upper() in china_names]
    suppliers = Counter(s.supplier for s in from_china if s.supplier)
    dated = [s.date for s in shipments if s.date]
    return CustomsSummary(
        matched_name=Counter(s.buyer for s in shipments).most_common(1)[0][0],
        shipments=len(recent),
        from_china=len(from_china),
        per_year=round(len(from_china) / years, 1),
        suppliers=tuple(name for name, _ in suppliers.most_common(5)),
        last=max(dated) if dated else None,
        examples=tuple(sorted(from_china or recent, key=lambda s: s.date or date.min, reverse=True)[:3]),
    )


def hs_overlap(shipments: Iterable[Shipment], our_codes: Iterable[str]) -> list[Shipment]:
    """Shipments under one of our HS headings (first 4 digits agree)."""
    heads = {c[:4] for c in our_codes if len(c) >= 4}
    return [s for s in shipments if s.hs_code[:4] in heads]
