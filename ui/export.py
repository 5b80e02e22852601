"""Download buttons: PDF for approval, HTML, JSON, Markdown. Files are built only when clicked."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import streamlit as st

from research.profile import load_profile
from research.render import html, markdown, pdf
from research.render.json import to_json
from research.store import HistoryRow
from research.types import Report
from ui.common import tr


def pdf_bytes(report: Report, lang: str, approval: pdf.Approval) -> bytes:
    return pdf.render(report, lang, approval)


def _company(profile_path: str) -> str:
    try:
        return load_profile(profile_path or None).company
    except Exception:  # a broken profile must not take the export down; the header just omits it
        return ""


def render(report: Report, lang: str, rep: str, profile_path: str, earlier: list[HistoryRow]) -> None:
    st.subheader(tr("ui.export"))
    action = st.selectbox(
        tr("report.requested_action"), pdf.ACTIONS, format_func=lambda a: tr(f"action.{a}"), key="export_action"
    )
    seen = tuple(
        " · ".join(p for p in (r.created_at[:16].replace("T", " "), r.email, r.phone, r.category, r.note) if p)
        for r in earlier
    )
    approval = pdf.Approval(company=_company(profile_path), rep=rep, action=action, seen_before=seen)
    stem = f"report-{report.created_at:%Y%m%d-%H%M%S}"
    files: tuple[tuple[str, Callable[[], str | bytes], str], ...] = (
        ("pdf", partial(pdf_bytes, report, lang, approval), "application/pdf"),
        ("html", partial(html.render, report, lang), "text/html"),
        ("json", partial(to_json, report, lang), "application/json"),
        ("md", partial(markdown.render, report, lang), "text/markdown"),
    )
    for column, (ext, build, mime) in zip(st.columns(len(files)), files, strict=True):
        column.download_button(
            tr(f"ui.download_{ext}"),
            build,
            f"{stem}.{ext}",
            mime,
            key=f"dl_{ext}",
            type="primary" if ext == "pdf" else "secondary",
            on_click="ignore",
        )
