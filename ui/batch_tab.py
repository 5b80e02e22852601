"""The batch tab: upload a sheet, an mbox or a few mails, watch them researched, rank, open, download.

Its own module with one entry (``render``), hooked into the page by one line in main.py and one view
name in sidebar.py. The work is the command line's, in a process of its own (``research.batch.job``):
it uses every core, and it goes on while the rep clicks elsewhere or reloads; the tab watches its rows.
Each item is recorded with its report in the history, so starting the same files again resumes.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path
from typing import Any

import streamlit as st

from research.batch import job as batch_job
from research.batch import lock, outputs
from research.batch.items import FILE_SUFFIXES, read_source
from research.batch.work import Row
from research.errors import ResearchError
from research.settings import load_settings
from research.store_api import HistoryStore
from ui.common import lang, show_error, tr

UPLOAD_TYPES = ["csv", "tsv", "xlsx", "mbox", "eml", "msg", "txt"]
POLL_S = 1.0  # how often the tab looks at a running batch
WORKERS_WAIT_S = 20.0  # a team batch with no row after this long says it is waiting for the workers
_SOURCE, _ROWS, _RUN, _PROCESS, _ENDED = "batch_source", "batch_rows", "batch_run", "batch_process", "batch_ended"
log = logging.getLogger(__name__)


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
    """Start the batch (or, when another tab runs these files, watch that run) and remember it."""
    total = len(list(read_source(source)))  # a file that cannot be read is said here, before anything runs
    folder = source.with_name(f"{source.stem}-out")
    server = load_settings()
    queue = bool(server.database_url and server.redis_url)  # a team server: its workers share the items
    job = batch_job.Job(source, folder, side.lang, side.profile, side.rep, side.offline, queue=queue)
    process = None if lock.running(folder) else batch_job.start(job)
    st.session_state[_PROCESS] = process
    now = time.monotonic()
    # The pace is measured from what this tab sees: watching another tab's run, from the rows it finds done.
    pace = None if process is None else [now, 0]
    st.session_state[_RUN] = {"folder": str(folder), "total": total, "started": now, "queue": queue, "pace": pace}
    st.session_state.pop(_ROWS, None)
    st.session_state.pop(_ENDED, None)


@st.fragment(run_every=POLL_S)
def _progress() -> None:
    """The running batch's bar, redrawn alone each second; when it ends, the whole tab once more."""
    run = st.session_state.get(_RUN)
    if not run:
        return
    try:
        progress = batch_job.watch(Path(run["folder"]), st.session_state.get(_PROCESS), run.get("seen"))
    except Exception as exc:  # a fragment runs outside the page's own guard: a message, not a traceback
        log.exception("batch progress")
        show_error(exc if isinstance(exc, ResearchError) else ResearchError(f"{exc.__class__.__name__}: {exc}"))
        return
    run["seen"] = progress.seen
    done, errors, total = progress.seen.done, progress.seen.errors, run["total"]
    now = time.monotonic()
    seconds = now - run["started"]
    if progress.running:
        st.progress(min(1.0, done / max(1, total)))
        eta = _eta(run, done, total, now)
        if done and eta is not None:
            st.caption(tr("batch.tab.progress", done=done, total=total, errors=errors, eta=eta))
        elif done:  # watching another tab's run: its pace is not known yet
            st.caption(tr("batch.tab.progress_no_eta", done=done, total=total, errors=errors))
        elif run.get("queue") and seconds > WORKERS_WAIT_S:  # nothing done yet: are the team's workers up?
            st.caption(tr("batch.tab.waiting_workers", total=total))
        else:  # no time left to tell before the first row
            st.caption(tr("batch.tab.starting", total=total))
        return
    st.session_state.pop(_RUN)
    rows = batch_job.read_rows(Path(run["folder"]) / batch_job.ROWS_NAME)  # the whole file, once, for the table
    st.session_state[_ROWS] = rows
    st.session_state[_ENDED] = (progress.failure, len(rows), total, f"{seconds:.1f}")
    st.rerun()  # the table and its buttons are drawn outside this fragment


def _eta(run: dict[str, Any], done: int, total: int, now: float) -> int | None:
    """Seconds left at the pace seen since this tab began to watch; None before a row was seen to finish."""
    if run.get("pace") is None:
        run["pace"] = [now, done]
    since, seen = run["pace"]
    if done <= seen:
        return None
    return int((now - since) / (done - seen) * max(0, total - done))


def _ended() -> None:
    failure, done, total, seconds = st.session_state[_ENDED]
    if failure:
        st.error(tr("batch.tab.stopped", done=done, total=total, why=failure))
    else:
        st.caption(tr("batch.tab.done", total=done, seconds=seconds))


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
    busy = bool(st.session_state.get(_RUN))
    if st.button(tr("batch.tab.start"), key="batch_start", type="primary", disabled=not source or busy):
        _start(Path(str(source)), side)
        st.rerun()  # the button greyed out while the batch runs: the fragment below redraws only itself
    if busy:  # drawn only while a batch runs, so an idle tab has no timer redrawing it each second
        _progress()
    if st.session_state.get(_ENDED):
        _ended()
    rows: list[Row] | None = st.session_state.get(_ROWS)
    if rows:
        _table(rows)
