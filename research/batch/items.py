"""What a batch reads: each inquiry of a source as an ``Item`` with a stable key.

A key is where the item came from plus a hash of its content, so the same arguments find the same
keys again (a restarted batch skips what is done) and an edited row counts as a new item. Reading
never raises for one bad row or message: that item carries an error code and its row number or
message id, and the batch goes on.
"""

from __future__ import annotations

import csv
import hashlib
import json
import mailbox
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from research import inputs
from research.data.load import toml_table
from research.errors import InputError
from research.types import Inquiry

FILE_SUFFIXES = (".eml", ".msg", ".txt")
MAILBOX_SUFFIXES = (".mbox", ".mbx")
SHEET_SUFFIXES = (".csv", ".tsv", ".xlsx")
# Our own field names, as a column may carry them.
FIELDS = (*inputs.INQUIRY_FIELDS, *inputs.PLATFORM_FIELDS, "text", "platform", "account_age_days", "account_age_months")
_MAX_FIELD = 16_000_000  # the csv module's own limit is 128 KB; a pasted mail thread can be longer
# Characters of one inquiry's text kept: more is a thread or an attachment pasted in. One limit with the page,
# which refuses a longer paste (inputs.check_text); a batch cannot ask, so it keeps the first part.
_MAX_TEXT = inputs.MAX_TEXT_CHARS
_SPACE = re.compile(r"[\s_\-]+")


@dataclass(frozen=True)
class Item:
    """One inquiry to research. ``data``: the file's bytes (eml, msg, text) or a row's fields."""

    key: str
    label: str  # what the rep reads: "inbox/a.eml", "leads.csv row 12", "INBOX uid 7 <id@host>"
    number: int  # 1-based position in the source, for report file names
    kind: str  # eml | msg | text | fields
    data: bytes | Mapping[str, str] = b""
    error: str = ""  # a catalog code when the item could not even be read
    params: Mapping[str, Any] = field(default_factory=dict)


def content_key(locator: str, data: bytes | Mapping[str, str]) -> str:
    blob = data if isinstance(data, bytes) else json.dumps(dict(data), sort_keys=True).encode("utf-8")
    return f"{locator}#{hashlib.sha256(blob).hexdigest()[:16]}"


def to_inquiry(item: Item) -> Inquiry:
    """The item as an inquiry; InputError when it is not one."""
    if item.error:
        raise InputError(item.label, code=item.error, **item.params)
    if item.kind == "eml":
        return inputs.from_eml_bytes(bytes(item.data), item.label)  # type: ignore[arg-type]
    if item.kind == "msg":
        return inputs.from_msg_bytes(bytes(item.data), item.label)  # type: ignore[arg-type]
    if item.kind == "text":
        return inputs.from_text(inputs.decode_text(bytes(item.data))[:_MAX_TEXT])  # type: ignore[arg-type]
    return _from_row(dict(item.data))  # type: ignore[arg-type]


def _from_row(row: dict[str, str]) -> Inquiry:
    fields: dict[str, Any] = {k: row[k] for k in inputs.INQUIRY_FIELDS if row.get(k)}
    platform = inputs.platform_stats(row)
    if not platform.is_empty():
        fields["platform"] = platform
    text = (row.get("text") or "")[:_MAX_TEXT]
    return inputs.from_text(text, **fields) if text.strip() else inputs.from_fields(**fields)


# -- the sources --------------------------------------------------------------------------------


def read_source(source: Path, columns: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Every item of a folder, an mbox, a sheet (CSV, TSV, XLSX) or one file."""
    if source.is_dir():
        yield from folder_items(source)
    elif not source.is_file():
        raise InputError(str(source), code="input.file_missing", path=str(source))
    elif source.suffix.lower() in (".csv", ".tsv"):
        yield from csv_items(source, columns)
    elif source.suffix.lower() == ".xlsx":
        yield from xlsx_items(source, columns)
    elif source.suffix.lower() in MAILBOX_SUFFIXES or _looks_like_mbox(source):
        yield from mbox_items(source)
    else:
        yield _file_item(source, source.name, 1)


def folder_items(folder: Path) -> Iterator[Item]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in FILE_SUFFIXES)
    for number, path in enumerate(files, 1):
        yield _file_item(path, path.name, number)


def _file_item(path: Path, label: str, number: int) -> Item:
    kind = {".eml": "eml", ".msg": "msg"}.get(path.suffix.lower(), "text")
    try:
        data = inputs.read_file(path)
    except InputError as exc:
        return Item(f"{label}#unreadable", label, number, kind, error=exc.code, params=exc.params)
    return Item(content_key(label, data), label, number, kind, data)


def _looks_like_mbox(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(5) == b"From "


def mbox_items(path: Path) -> Iterator[Item]:
    box = mailbox.mbox(path, create=False)
    try:
        for number, key in enumerate(box.iterkeys(), 1):
            label = f"{path.name} #{number}"
            try:
                data = box.get_bytes(key)
            except Exception:  # a broken mbox entry is one bad message, not a broken batch
                yield Item(f"{label}#unreadable", label, number, "eml", error="input.bad_email_file",
                           params={"name": label, "detail": "unreadable mbox entry"})  # fmt: skip
                continue
            msg_id = message_id(data)
            yield Item(
                content_key(f"{path.name}:{msg_id or number}", data), with_id(label, msg_id), number, "eml", data
            )
    finally:
        box.close()


def message_id(data: bytes) -> str:
    try:
        return str(BytesHeaderParser().parsebytes(data[:65536]).get("Message-ID", "") or "").strip()
    except Exception:  # headers beyond repair: the message is still worth a try
        return ""


def with_id(label: str, msg_id: str) -> str:
    return f"{label} {msg_id}" if msg_id else label


# -- sheets ---------------------------------------------------------------------------------------


def fold_header(name: str) -> str:
    return _SPACE.sub(" ", str(name).strip().lower()).strip()


def column_map(headers: list[str], columns: Mapping[str, str] | None = None) -> dict[int, str]:
    """Column index -> our field name: the rep's mapping, then our own names, then known aliases."""
    own = {fold_header(k): v for k, v in (columns or {}).items()}
    ours = {fold_header(f): f for f in FIELDS}
    aliases = {fold_header(k): v for k, v in toml_table("batch_columns.toml")["columns"].items()}
    out: dict[int, str] = {}
    for i, header in enumerate(headers):
        folded = fold_header(header)
        name = own.get(folded) or ours.get(folded) or aliases.get(folded)
        if name and name not in out.values():
            out[i] = name
    return out


def parse_columns(text: str) -> dict[str, str]:
    """``"Kundenmail=email, Firma=company"`` -> {header: field}; an unknown field is an InputError."""
    out: dict[str, str] = {}
    for part in (p for p in text.split(",") if p.strip()):
        header, _, name = part.partition("=")
        if name.strip() not in FIELDS or not header.strip():
            raise InputError(part, code="batch.bad_columns", value=part.strip(), fields=", ".join(FIELDS))
        out[header.strip()] = name.strip()
    return out


def _row_item(source: str, number: int, headers: dict[int, str], cells: list[str]) -> Item | None:
    row = {name: str(cells[i]).strip() for i, name in headers.items() if i < len(cells) and cells[i] is not None}
    if not any(row.values()) and not any(str(c).strip() for c in cells):
        return None  # a blank line between rows
    label = f"{source} row {number}"
    return Item(content_key(f"{source}:{number}", row), label, number, "fields", row)


def csv_items(path: Path, columns: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Rows of a CSV export in any line ending and encoding (Excel on Chinese Windows writes GBK)."""
    text = inputs.decode_text(inputs.read_file(path))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").splitlines(keepends=True)  # old Macs: "\r" alone
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff(lines[:5])
    headers: dict[int, str] | None = None
    for number, cells, error in _records(lines, delimiter):
        if headers is None:
            if cells is not None and any(c.strip() for c in cells):
                headers = column_map(cells, columns)
            continue
        if cells is None:
            yield Item(f"{path.name}:{number}#unreadable", f"{path.name} row {number}", number, "fields",
                       error="batch.bad_row", params={"row": number, "detail": error})  # fmt: skip
            continue
        item = _row_item(path.name, number, headers, cells)
        if item is not None:
            yield item


def _sniff(lines: list[str]) -> str:
    head = "".join(lines)
    counts = {d: head.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _records(lines: list[str], delimiter: str) -> Iterator[tuple[int, list[str] | None, str]]:
    """(line number where the record starts, its cells or None, what was wrong).

    A quote opened and never closed would swallow every later row into one cell; read strictly, it is
    an error at its own row, and reading starts again on the next line, so later rows still count.
    """
    csv.field_size_limit(_MAX_FIELD)
    start = 0
    while start < len(lines):
        reader = csv.reader(iter(lines[start:]), delimiter=delimiter, strict=True)
        at = 0
        try:
            for cells in reader:
                yield start + at + 1, cells, ""
                at = reader.line_num
            return
        except csv.Error as exc:
            yield start + at + 1, None, str(exc)
            start += at + 1


def xlsx_items(path: Path, columns: Mapping[str, str] | None = None) -> Iterator[Item]:
    from openpyxl import load_workbook  # only for sheets

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # not a workbook, or a broken one: openpyxl raises many kinds
        raise InputError(str(exc), code="batch.bad_sheet", name=path.name, detail=str(exc)) from exc
    try:
        headers: dict[int, str] | None = None
        for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            cells = [_cell(v) for v in values]
            if headers is None:
                if any(cells):
                    headers = column_map(cells, columns)
                continue
            item = _row_item(path.name, number, headers, cells)
            if item is not None:
                yield item
    finally:
        book.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)
