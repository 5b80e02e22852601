"""The reply draft and the exports: PDF for approval (with the draft), HTML, JSON, Markdown, the draft as text.

Files are built only when clicked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

import streamlit as st

from research.profile import load_profile
from research.render import decision, html, markdown, pdf, reply
from research.render.contract import ReportDict
from research.render.json import to_json
from research.store import HistoryRow
from research.store_api import HistoryStore
from research.store_common import ApprovalRequest
from research.types import Report, SellerProfile
from ui import approvals
from ui.common import md, tr
from ui.report_view import earlier_line


def decision_of(request: ApprovalRequest | None) -> pdf.Decision | None:
    """The manager's decision as the PDF's approval block prints it; none while the request waits."""
    if request is None or not request.decided:
        return None
    return pdf.Decision(request.status, request.decided_by, request.decided_at, request.decision_note)


def pdf_bytes(report: Report, lang: str, approval: pdf.Approval) -> bytes:
    return pdf.render(report, lang, approval)


def profile_of(profile_path: str) -> SellerProfile:
    try:
        return load_profile(profile_path or None)
    except Exception:  # a broken profile must not take the export down; the header just omits it
        return SellerProfile()


def _reply(d: ReportDict, profile: SellerProfile, key: str) -> tuple[str, str]:
    """The editable draft in the buyer's language and its Chinese rendering, kept per report."""
    st.subheader(tr("page.reply.title"))
    lang = reply.buyer_language(d)
    lines = ", ".join(line.name for line in profile.product_lines[:3])
    first = reply.draft(d, lang, profile.terms, lines)
    zh = reply.draft(d, "zh", profile.terms, lines)
    st.caption(tr("page.reply.hint", language=tr(f"language.{lang}")))
    to = reply.recipient(d)
    if to.address:
        st.markdown(f"**{md(tr('page.reply.to', address=to.address))}**")
    if to.note:  # the Reply-To, shown and either used or doubted with the reason
        (st.warning if to.note == "page.reply.not_reply_to" else st.caption)(md(tr(to.note, to.params)))
    left, right = st.columns(2)
    text = left.text_area(
        tr("page.reply.buyer_language", language=tr(f"language.{lang}")), first, height=320, key=f"reply_text_{key}"
    )
    right.text_area(tr("page.reply.zh"), zh, height=320, key=f"reply_zh_{key}", disabled=True)
    with left.expander(tr("page.reply.copy")):
        st.code(text, language=None, wrap_lines=True)
    return text, zh


def render(
    report: Report,
    d: ReportDict,
    rep: str,
    profile_path: str,
    earlier: list[HistoryRow],
    report_id: int | None,
    store: HistoryStore | None = None,
    decisions: Mapping[int, ApprovalRequest] | None = None,
) -> None:
    profile = profile_of(profile_path)
    decisions = decisions or {}
    key = str(report_id or f"{report.created_at:%Y%m%d%H%M%S}")
    text, zh = _reply(d, profile, key)
    st.subheader(tr("ui.export"))
    category = d["verdict"]["category"]
    chosen = st.multiselect(
        tr("report.requested_action"),
        decision.allowed(category),
        default=list(decision.recommended(category)),
        format_func=lambda a: tr(f"action.{a}"),
        key=f"export_actions_{key}",
    )
    seen = tuple(earlier_line(r, decisions.get(r.id)) for r in earlier)
    decided = decisions.get(report_id) if report_id else None
    if flash := st.session_state.pop("ap_flash", None):
        st.success(flash)
    approvals.show_status(decided)
    if store is not None and report_id and (decided is None or decided.decided):
        approvals.request_form(store, report_id, chosen, rep)
    approval = pdf.Approval(
        company=profile.company,
        rep=rep,
        seen_before=seen,
        actions=tuple(chosen),
        terms=profile.terms,
        report_no=str(report_id or ""),
        reply=text,
        reply_zh=zh,
        decision=decision_of(decided),
    )
    stem = f"report-{report_id or ''}-{report.created_at:%Y%m%d-%H%M%S}".replace("--", "-")
    files: tuple[tuple[str, Callable[[], str | bytes], str], ...] = (
        ("pdf", partial(pdf_bytes, report, d["lang"], approval), "application/pdf"),
        ("html", partial(html.render, report, d["lang"]), "text/html"),
        ("json", partial(to_json, report, d["lang"]), "application/json"),
        ("md", partial(markdown.render, report, d["lang"]), "text/markdown"),
        ("txt", partial(str, text + ("\n\n---\n" + zh if zh and zh != text else "")), "text/plain"),
    )
    for column, (ext, build, mime) in zip(st.columns(len(files)), files, strict=True):
        column.download_button(
            tr(f"ui.download_{ext}") if ext != "txt" else tr("page.reply.download"),
            build,
            f"{stem}.{ext}" if ext != "txt" else f"{stem}-reply.txt",
            mime,
            key=f"dl_{ext}",
            type="primary" if ext == "pdf" else "secondary",
            on_click="ignore",
        )
