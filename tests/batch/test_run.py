"""A batch as a manager runs it: ranked tables, one report per inquiry, resumable, one context for all."""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
from collections import Counter
from pathlib import Path

from research.batch.items import read_source
from research.batch.outputs import CSV_NAME, SUMMARY_NAME, XLSX_NAME
from research.batch.run import Event, batch_key, run_batch
from research.batch.work import Output
from research.profile import load_profile
from research.settings import Settings
from tests.helpers import lab_settings
from tests.lab.lab import Lab
from tests.store_backends import Backend

BUYERS = (
    ("sarah.miller@harborline-imports.com", "Harborline Imports", "Please quote 2,400 pcs ceramic vases FOB Ningbo."),
    ("procurement@walmart-us.com", "Walmart Inc.", "Urgent: 20,000 units, 60 days payment, send price now."),
    ("bestbuyer2024@gmail.com", "Best Trading", "Send catalog and price list."),
)


def write_csv(path: Path, buyers: tuple[tuple[str, str, str], ...] = BUYERS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["email", "company", "text"])
        writer.writerows(buyers)
    return path


def run(path: Path, settings: Settings, out: Path, events: list[Event] | None = None) -> list[object]:
    sink = events if events is not None else []
    items = list(read_source(path))
    output = Output(out, "json", "en")
    key = batch_key(source=str(path), out=str(out))
    return asyncio.run(
        run_batch(items, settings, load_profile("home_decor"), output, batch=key, jobs=8, on_row=sink.append)
    )  # type: ignore[return-value]


def history_count(cache: Path) -> int:
    with sqlite3.connect(cache / "research.sqlite3") as db:
        return int(db.execute("SELECT COUNT(*) FROM reports").fetchone()[0])


def test_ranked_tables_and_a_report_file_per_row(backend: Backend, tmp_path: Path) -> None:
    settings = backend.settings(offline=True, lang="en")
    rows = run(write_csv(tmp_path / "in.csv"), settings, tmp_path / "out")
    assert len(rows) == 3
    reports = sorted((tmp_path / "out" / "reports").iterdir())
    assert len(reports) == 3  # one file per row, never every row into the same file
    table = list(csv.reader(io.StringIO((tmp_path / "out" / CSV_NAME).read_text("utf-8-sig"))))
    assert table[0][:3] == ["Rank", "Category", "Risk"] and [r[0] for r in table[1:]] == ["1", "2", "3"]
    order = "ABCX"
    categories = [r[1] for r in table[1:]]
    assert categories == sorted(categories, key=order.index)
    assert all((tmp_path / "out" / r[13]).is_file() for r in table[1:])
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "out" / XLSX_NAME).active
    assert sheet is not None and sheet.cell(2, 14).hyperlink is not None
    assert "3 inquiries: 3 researched" in (tmp_path / "out" / SUMMARY_NAME).read_text("utf-8")


def test_run_again_skips_what_is_done_and_saves_each_report_once(backend: Backend, tmp_path: Path) -> None:
    settings = backend.settings(offline=True, lang="en")
    source = write_csv(tmp_path / "in.csv")
    first: list[Event] = []
    run(source, settings, tmp_path / "out", first)
    again: list[Event] = []
    run(source, settings, tmp_path / "out", again)
    assert not any(e.resumed for e in first) and all(e.resumed for e in again)
    assert {e.row.key for e in first} == {e.row.key for e in again}
    assert all(e.row.history_id for e in again)
    assert len(backend.open().export_rows()) == 3
    write_csv(source, (*BUYERS, ("li@qq.com", "Li Trading", "Need 500 photo frames.")))
    more: list[Event] = []
    run(source, settings, tmp_path / "out", more)
    assert [e.row.email for e in more if not e.resumed] == ["li@qq.com"]


def test_one_context_asks_each_name_page_and_domain_once(lab: Lab, tmp_path: Path) -> None:
    settings = lab_settings(lab, tmp_path / "cache", cache_enabled=False, lang="en")  # no cache: only sharing
    buyers = tuple(
        (f"{who}@harborline-imports.com", "Harborline Imports", f"Quote {n} pcs vases, FOB Ningbo.")
        for n, who in enumerate(("sarah.miller", "purchasing", "info", "j.doe", "buyer"), 1)
    )

    def asked(rows: tuple[tuple[str, str, str], ...], name: str) -> Counter[tuple[str, str]]:
        seen = len(lab.timeline)
        run(write_csv(tmp_path / f"{name}.csv", rows), settings, tmp_path / name)
        return Counter((r.kind, r.what) for r in lab.timeline[seen:])

    one, five = asked(buyers[:1], "one"), asked(buyers, "five")
    assert five == one  # five inquiries from one buyer: what one inquiry asks, once
    assert one[("http", "https://harborline-imports.com/")] == 1 and one[("dns", "harborline-imports.com MX")] == 1


def _done(tmp_path: Path) -> int:
    path = tmp_path / "cache" / "research.sqlite3"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path, timeout=1) as db:
            return int(db.execute("SELECT COUNT(*) FROM batch_items").fetchone()[0])
    except sqlite3.OperationalError:  # the table is not made yet
        return 0


def test_reports_and_tables_are_readable_by_the_team_as_any_file_the_rep_writes(tmp_path: Path) -> None:
    """A batch folder on a shared drive: the manager opens the reports and the ranked table too."""
    import os

    old = os.umask(0o027)  # the team may read, others not
    try:
        (tmp_path / "own.txt").write_text("x")
        expected = (tmp_path / "own.txt").stat().st_mode & 0o777
        run(write_csv(tmp_path / "in.csv"), Settings(offline=True, lang="en"), tmp_path / "out")
    finally:
        os.umask(old)
    files = [*(tmp_path / "out" / "reports").iterdir(), tmp_path / "out" / CSV_NAME, tmp_path / "out" / XLSX_NAME]
    assert expected == 0o640
    assert {f.stat().st_mode & 0o777 for f in files} == {expected}
