"""The batch's tables: ranked CSV and XLSX, and the summary, rewritten as results come in.

Each file is replaced whole (write, then rename), so a reader, or a batch killed mid-write, never
sees half a table. The CSV is cheap and follows every result (at most once a second); the XLSX
every few seconds and at the end.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

from research.batch.work import Row, write_atomic
from research.history_export import spreadsheet_cell
from research.render.i18n import t
from research.render.markdown import esc

COLUMNS = (
    "rank", "category", "risk", "authenticity", "value", "fit", "intent", "buyer_type",
    "email", "company", "subject", "reasons", "red_flags", "report", "item", "error",
)  # fmt: skip
CSV_NAME, XLSX_NAME, SUMMARY_NAME = "ranked.csv", "ranked.xlsx", "summary.md"
_CSV_EVERY_S, _XLSX_EVERY_S = 1.0, 10.0
TOP_FLAGS = 10


def ranked(rows: Iterable[Row]) -> list[Row]:
    return sorted(rows, key=Row.rank_key)


def cells(rank: int, row: Row, lang: str) -> list[object]:
    return [
        rank if not row.error else "",
        row.category,
        t(f"risk.{row.risk}", lang) if row.risk else "",
        row.authenticity,
        row.value,
        row.fit,
        row.intent,
        row.buyer_type,
        row.email,
        row.company,
        row.subject,
        "; ".join(row.reasons),
        "; ".join(message for _, message in row.red_flags),
        row.report,
        row.item,
        row.error,
    ]


def header(lang: str) -> list[str]:
    return [t(f"batch.col.{c}", lang) for c in COLUMNS]


def csv_text(rows: list[Row], lang: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header(lang))
    writer.writerows([_safe(v) for v in cells(i, r, lang)] for i, r in enumerate(ranked(rows), 1))
    return "\ufeff" + buf.getvalue()  # a BOM: Excel on Chinese Windows then reads UTF-8, not GBK


def xlsx_bytes(rows: list[Row], lang: str) -> bytes:
    from openpyxl import Workbook  # only when a sheet is written
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    sheet = book.active
    assert sheet is not None
    sheet.append(header(lang))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    link_col = COLUMNS.index("report") + 1
    for i, row in enumerate(ranked(rows), 1):
        sheet.append([_safe(v) for v in cells(i, row, lang)])
        if row.report:
            cell = sheet.cell(row=i + 1, column=link_col)
            cell.hyperlink = row.report  # relative: opens beside the sheet
            cell.style = "Hyperlink"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


_safe = spreadsheet_cell  # text a spreadsheet would run as a formula ("=HYPERLINK(...)") is kept as text


def summary(rows: list[Row], lang: str) -> dict[str, object]:
    done = [r for r in rows if not r.error]
    counts = Counter(r.category for r in done)
    flags: Counter[str] = Counter()
    said: dict[str, str] = {}
    for r in done:
        for code, message in dict(r.red_flags).items():
            flags[code] += 1
            said.setdefault(code, message)
    return {
        "total": len(rows),
        "done": len(done),
        "errors": len(rows) - len(done),
        "categories": {c: counts.get(c, 0) for c in "ABCX"},
        "red_flags": [{"code": c, "count": n, "message": said[c]} for c, n in flags.most_common(TOP_FLAGS)],
    }


def summary_markdown(rows: list[Row], lang: str, folder: Path | None = None) -> str:
    s = summary(rows, lang)
    out = [f"# {t('batch.summary.title', lang)}", "", t("batch.summary.total", lang, s), ""]
    out += [f"## {t('batch.summary.counts', lang)}", ""]
    out += [f"- {esc(t(f'category.{c}', lang))}: {n}" for c, n in s["categories"].items()]  # type: ignore[attr-defined]
    out += ["", f"## {t('batch.summary.red_flags', lang)}", ""]
    flags = s["red_flags"]
    out += [f"- {f['count']} × {esc(f['message'])}" for f in flags] or [f"- {t('batch.summary.none', lang)}"]  # type: ignore[attr-defined]
    if folder is not None:
        names = {"csv": CSV_NAME, "xlsx": XLSX_NAME, "reports": "reports/"}
        out += ["", t("batch.summary.files", lang, names)]
    return "\n".join(out) + "\n"


def table(rows: list[Row], fmt: str, lang: str) -> str:
    """The ranked table for stdout: md, csv or json."""
    if fmt == "json":
        return json.dumps([asdict(r) for r in ranked(rows)], ensure_ascii=False, indent=2)
    if fmt == "csv":
        return csv_text(rows, lang).lstrip("\ufeff")
    head = [t(f"batch.col.{c}", lang) for c in ("rank", "category", "risk", "email", "company", "reasons", "report")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for i, r in enumerate(ranked(rows), 1):
        risk = t(f"risk.{r.risk}", lang) if r.risk else "-"
        reason = r.error or (r.reasons[0] if r.reasons else "")
        values = ["" if r.error else str(i), r.category or "-", risk, r.email or r.item, r.company, reason, r.report]
        lines.append("| " + " | ".join(esc(v) for v in values) + " |")
    return "\n".join(lines) + "\n"


class Tables:
    """The batch folder's ranked.csv, ranked.xlsx and summary.md, kept up to date."""

    def __init__(self, folder: Path, lang: str) -> None:
        self.folder = folder
        self.lang = lang
        self.rows: dict[str, Row] = {}
        self._csv_at = 0.0  # the CSV at the first row: the rep sees the batch has begun
        self._xlsx_at = time.monotonic()  # the workbook costs 100 times more: first after a while, then now and then

    def add(self, row: Row) -> None:
        self.rows[row.key] = row
        now = time.monotonic()
        if now - self._csv_at >= _CSV_EVERY_S:
            self._csv_at = now
            write_atomic(self.folder / CSV_NAME, csv_text(list(self.rows.values()), self.lang))
        if now - self._xlsx_at >= _XLSX_EVERY_S:
            self._xlsx_at = now
            write_atomic(self.folder / XLSX_NAME, xlsx_bytes(list(self.rows.values()), self.lang))

    def finish(self) -> None:
        rows = list(self.rows.values())
        write_atomic(self.folder / CSV_NAME, csv_text(rows, self.lang))
        write_atomic(self.folder / XLSX_NAME, xlsx_bytes(rows, self.lang))
        write_atomic(self.folder / SUMMARY_NAME, summary_markdown(rows, self.lang, self.folder))
