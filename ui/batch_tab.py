"""The batch tab: upload a sheet, an mbox or a few mails, watch them researched, rank, open, download.

Its own module with one entry (``render``), hooked into the page by one line in main.py and one view
name in sidebar.py. The work is the command line's: research.batch, one context for the batch, each
item recorded with its report in the history, so reloading the page and starting again resumes.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from pathlib import Path
from typing import Any

import streamlit as st

from research.batch import outputs
from research.batch.items import FILE_SUFFIXES, read_source
from research.batch.run import Event, batch_key, run_batch
from research.batch.work import Output, Row
from research.profile import load_profile
from research.settings import load_settings
from research.store_api import HistoryStore
from ui.common import lang, tr

UPLOAD_TYPES = ["csv", "tsv", "xlsx", "mbox", "eml", "msg", "txt"]
_SOURCE, _ROWS, _FOLDER = "batch_source", "batch_rows", "batch_folder"


def _save_uploads(files: list[Any]) -> Path:
    """The uploads in a folder named by their content: the same files again are the same batch."""
    digest = hashlib.sha256()
    for f in sorted(files, key=lambda f: f.name):
        digest.update(f.name.encode("utf-8") + b"\0" + f.getvalue())
    folder = load_settings().cache_dir / "batches" / digest.hexdigest()[:16]
    inbox = folder / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for f in files:
        (inbox / Path(f.name).name).write_bytes(f.getvalue())
    sheets = [p for p in inbox.iterdir() if p.suffix.lower() not in FILE_SUFFIXES]
    return sheets[0] if len(files) == 1 and sheets else inbox


def _start(source: Path, side: Any) -> None:
    settings = load_settings(lang=side.lang, offline=side.offline)
    profile = load_profile(side.profile or None)
    items = list(read_source(source))
    out = Output(source.with_name(f"{source.stem}-out"), "html", side.lang, rep=side.rep)
    key = batch_key(source=str(source), profile=profile.name, offline=settings.offline, lang=side.lang)
    bar = st.progress(0.0)
    line = st.empty()
    started, errors = time.monotonic(), 0

    def on_row(event: Event) -> None:
        nonlocal errors
        errors += bool(event.row.error)
        elapsed = time.monotonic() - started
        eta = int(elapsed / event.done * (len(items) - event.done)) if event.done else 0
        bar.progress(event.done / max(1, len(items)))
        line.caption(tr("batch.tab.progress", done=event.done, total=len(items), errors=errors, eta=eta))

    rows = asyncio.run(run_batch(items, settings, profile, out, batch=key, on_row=on_row))
    line.caption(tr("batch.tab.done", total=len(rows), seconds=f"{time.monotonic() - started:.1f}"))
    st.session_state[_ROWS], st.session_state[_FOLDER] = rows, str(out.folder)


def _open(report_id: int) -> None:
    # A callback: it runs before the sidebar's view switch is drawn, so it may change it.
    st.session_state["open_id"] = report_id
    st.session_state["view"] = "research"


def _table(rows: list[Row]) -> None:
    ranked = outputs.ranked(rows)
    head = outputs.header(lang())
    data = [dict(zip(head, outputs.cells(i, r, lang()), strict=True)) for i, r in enumerate(ranked, 1)]
    st.dataframe(data, hide_index=True, width="stretch")
    done = [r for r in ranked if r.history_id]
    if done:
        choice = st.selectbox(
            tr("batch.tab.open"),
            range(len(done)),
            format_func=lambda i: f"{done[i].category} · {done[i].email or done[i].item} · {done[i].company}",
            key="batch_pick",
        )
        st.button(tr("batch.tab.open"), key="batch_open", on_click=_open, args=(done[int(choice or 0)].history_id,))
    c1, c2 = st.columns(2)
    c1.download_button(tr("batch.tab.download_csv"), outputs.csv_text(rows, lang()), outputs.CSV_NAME, "text/csv",
                       key="batch_csv", on_click="ignore")  # fmt: skip
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    c2.download_button(tr("batch.tab.download_xlsx"), lambda: outputs.xlsx_bytes(rows, lang()), outputs.XLSX_NAME,
                       xlsx, key="batch_xlsx", on_click="ignore")  # fmt: skip
    st.markdown(outputs.summary_markdown(rows, lang()))


def render(side: Any, db: HistoryStore | None) -> None:
    del db  # the batch keeps its reports in the history through research.batch itself
    st.header(tr("batch.tab.title"))
    st.caption(tr("batch.tab.help"))
    files = st.file_uploader(tr("batch.tab.upload"), type=UPLOAD_TYPES, accept_multiple_files=True, key="batch_files")
    if files:
        st.session_state[_SOURCE] = str(_save_uploads(list(files)))
    source = st.session_state.get(_SOURCE)
    if st.button(tr("batch.tab.start"), key="batch_start", type="primary", disabled=not source):
        _start(Path(str(source)), side)
    rows: list[Row] | None = st.session_state.get(_ROWS)
    if rows:
        _table(rows)
