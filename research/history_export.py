"""The history as a spreadsheet: CSV (UTF-8 with BOM, so Excel reads Chinese) and XLSX.

Columns are the stable field names of ``store.HistoryRow`` so a file exported today imports the
same way next year; the page labels them in the rep's language only on screen.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import asdict, fields

from research.store import HistoryRow

COLUMNS = tuple(f.name for f in fields(HistoryRow))


# What makes Excel, LibreOffice or Sheets read a cell as a formula: = + - @ first (after spaces too), or a
# tab or line break before them (OWASP's CSV injection list).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what a workbook cannot hold; tab and line breaks it can


def spreadsheet_cell(value: object) -> object:
    """A value as a cell that stays text: buyer text never runs as a formula ("=HYPERLINK(...)"), and the
    control characters a workbook cannot hold are dropped. Numbers stay numbers."""
    if not isinstance(value, str):
        return value
    text = _CONTROL.sub("", value)
    return "'" + text if text[:1] in _FORMULA_START or text.lstrip()[:1] in _FORMULA_START else text


def to_csv(rows: Sequence[HistoryRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in rows:
        data = asdict(row)
        writer.writerow([spreadsheet_cell(data[c]) for c in COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(rows: Sequence[HistoryRow]) -> bytes:
    from openpyxl import Workbook  # imported late: only an export needs it

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "history"
    sheet.append(list(COLUMNS))
    for row in rows:
        data = asdict(row)
        sheet.append([spreadsheet_cell(data[c]) for c in COLUMNS])
    sheet.freeze_panes = "A2"
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()
