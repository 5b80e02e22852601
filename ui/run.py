"""Run the research with live progress: one line per check, and each finding shown as it arrives."""

from __future__ import annotations

import asyncio
import time

import streamlit as st

from research import research_async, save_report
from research.pipeline import Progress
from research.profile import load_profile
from research.settings import Settings
from research.store_api import HistoryStore
from research.types import Finding, Inquiry, Report
from ui.common import md, tr

_ICONS = {"ok": "✅", "partial": "🟡", "failed": "❌", "skipped": "⏭️"}


def _finding_line(f: Finding) -> str:
    line = f"{_ICONS.get(f.status, '•')} **{tr('source.' + f.source)}**: {tr('status.' + f.status)}"
    if f.reason:
        line += f" — {md(tr(f.reason))}"
    return line + f" ({f.elapsed_ms} ms)"


def _partial(f: Finding) -> None:
    """What one check found, shown before the whole report is ready."""
    st.markdown(_finding_line(f))
    for s in f.signals[:6]:
        st.markdown(f"- {md(tr(s.code, s.params))}")


def run(
    inquiry: Inquiry, profile_path: str, settings: Settings, store: HistoryStore | None
) -> tuple[Report, int | None]:
    """The finished report and its history id; raises ResearchError on bad input."""
    profile = load_profile(profile_path or None)
    started = time.monotonic()
    status = st.status(tr("ui.running"), expanded=True)
    lines: dict[str, st.delta_generator.DeltaGenerator] = {}
    holder = st.empty()  # partial findings; replaced by the full report when it is ready
    live = holder.container()

    def on_progress(p: Progress) -> None:
        if p.state == "started":
            lines[p.source] = status.empty()
            lines[p.source].markdown(f"⏳ {tr('ui.check_started', source=tr('source.' + p.source))}")
        elif p.finding is not None:
            lines.setdefault(p.source, status.empty()).markdown(_finding_line(p.finding))
            with live:
                _partial(p.finding)

    report = asyncio.run(research_async(inquiry, profile, settings, on_progress=on_progress, store=store, save=False))
    rep = str(st.session_state.get("rep", "")).strip()
    report_id = save_report(store, report, rep) if store is not None else None
    failed = any(f.status == "failed" for f in report.findings)
    seconds = f"{time.monotonic() - started:.1f}"
    status.update(label=tr("ui.done", seconds=seconds), state="error" if failed else "complete", expanded=False)
    holder.empty()
    st.session_state["last_elapsed_s"] = float(seconds)
    return report, report_id
