"""Approvals in the app: a rep asks for a decision on a report; a manager decides with a note.

The manager's queue (pending requests, oldest waiting longest at the bottom) and the decisions made;
a rep sees their own requests and what became of them. Every request and decision is kept with who
and when (the store's ``approvals`` and ``history_events``), and the PDF of a decided report carries it.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from research.store_api import HistoryStore
from research.store_common import ApprovalRequest
from ui.common import md, tr

_SHOWN = 50


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ")


def status_line(a: ApprovalRequest) -> str:
    """One request in the rep's words: asked what, by whom, and what the manager said."""
    actions = [tr(f"action.{x}") for x in a.actions]
    if a.status == "pending":
        return tr("approval.pending", by=a.requested_by, date=_when(a.requested_at), actions=actions)
    return tr(f"approval.{a.status}", by=a.decided_by, date=_when(a.decided_at), actions=actions, note=a.decision_note)


def show_status(a: ApprovalRequest | None) -> None:
    """The latest request on the report on screen, where the rep sees it."""
    if a is None:
        return
    kind = {"approved": st.success, "rejected": st.error}.get(a.status, st.info)
    kind(md(status_line(a)))


def request_form(store: HistoryStore, report_id: int, actions: Sequence[str], rep: str) -> None:
    """'Request approval' under the report: the actions the rep chose for the PDF, and a note."""
    with st.expander(tr("approval.request_title")):
        note = st.text_area(tr("approval.request_note"), key=f"ap_note_{report_id}", height=80)
        if st.button(tr("approval.request"), key=f"ap_request_{report_id}", type="primary"):
            if not actions:
                st.error(tr("approval.no_actions"))
                return
            store.request_approval(report_id, actions, by=rep or "-", note=note)
            st.session_state["ap_flash"] = tr("approval.requested")
            st.rerun()


def _open(report_id: int) -> None:
    st.session_state["open_id"] = report_id
    st.session_state["view"] = "research"


def _buyer(store: HistoryStore, a: ApprovalRequest) -> str:
    row = store.row(a.report_id)
    if row is None:
        return f"#{a.report_id}"
    who = row.company or row.display_name or row.email
    return f"#{a.report_id} · {who} · {row.email} · {row.category}"


def _decide(store: HistoryStore, a: ApprovalRequest, who: str) -> None:
    with st.container(border=True):
        st.markdown(f"**{md(_buyer(store, a))}**")
        st.markdown(md(status_line(a)) + (f"  \n{md(a.request_note)}" if a.request_note else ""))
        note = st.text_input(tr("approval.decision_note"), key=f"ap_dnote_{a.id}")
        c = st.columns(3)
        c[0].button(tr("ui.history_open"), key=f"ap_open_{a.id}", on_click=_open, args=(a.report_id,))
        for col, status in ((c[1], "approved"), (c[2], "rejected")):
            if col.button(tr(f"approval.{status}_button"), key=f"ap_{status}_{a.id}"):
                if status == "rejected" and not note.strip():
                    st.error(tr("approval.reason_needed"))
                    return
                try:
                    store.decide_approval(a.id, status, by=who or "-", note=note)
                except ValueError:  # another manager decided it a moment ago
                    st.warning(tr("approval.already"))
                    return
                st.session_state["ap_flash"] = tr("approval.decided")
                st.rerun()


def render(store: HistoryStore | None, who: str, manager: bool) -> None:
    """The manager's queue and decisions, or the rep's own requests; ``who`` is the signed-in name."""
    st.header(tr("ui.view_approvals"))
    if flash := st.session_state.pop("ap_flash", None):
        st.success(flash)
    if store is None:
        st.error(tr("ui.no_store"))
        return
    if manager:
        queue = store.approvals(status="pending", limit=_SHOWN)
        st.subheader(tr("approval.queue", count=len(queue)))
        if not queue:
            st.info(tr("approval.queue_empty"))
        for a in queue:
            _decide(store, a, who)
        decided = [a for a in store.approvals(limit=_SHOWN) if a.decided]
    else:
        decided = store.approvals(requested_by=who, limit=_SHOWN)
    st.subheader(tr("approval.decisions" if manager else "approval.mine"))
    if not decided:
        st.info(tr("approval.none"))
    for a in decided:
        st.markdown(f"- {md(_buyer(store, a))}: {md(status_line(a))}")
