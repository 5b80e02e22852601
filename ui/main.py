"""The page: sidebar, then either the research view or the history view. Never a traceback."""

from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

from research.errors import InputError, ResearchError
from research.render.json import to_dict
from research.serialize import loads
from research.settings import load_settings
from research.store import Store, inquiry_key
from research.store_api import HistoryStore
from research.types import Report
from ui import approvals, auth, batch_tab, export, form, history, profile_form, report_view, sidebar
from ui.common import md, show_error, store, tr
from ui.run import run

log = logging.getLogger(__name__)


def _reopen(db: HistoryStore | None) -> None:
    """A report picked in the history becomes the current one."""
    report_id = st.session_state.pop("open_id", None)
    if report_id is None or db is None:
        return
    text = db.report_json(int(report_id))
    if text:
        st.session_state["report"] = loads(text)
        st.session_state["report_id"] = int(report_id)


def _form(report: Report | None, pending: bool) -> None:
    """The form, folded once a report is on screen or being made: the verdict gets the first screen."""
    head = st.columns([5, 1])
    head[0].title(tr("ui.title"))
    head[1].button(tr("page.new_inquiry"), key="new", on_click=form.new_inquiry, width="stretch")
    if report is None and not pending:
        st.caption(tr("ui.subtitle"))
        form.render()
        return
    state = st.session_state
    who = str(state.get("f_company") or state.get("f_email") or state.get("f_display_name") or "")
    with st.expander(tr("page.form_folded", who=who or "…")):
        form.render()


def _first_run() -> None:
    """A new machine: the rep's name (for the PDF) and the seller profile (for fit and advice) first."""
    with st.container(border=True):
        st.markdown(f"**{tr('page.first_run.title')}**")
        st.caption(tr("page.first_run.why"))
        c = st.columns([2, 2, 1])
        c[0].text_input(tr("ui.rep"), key="fr_rep")
        names = sidebar.profile_names()
        preset = sidebar.default_profile(names)  # RESEARCH_PROFILE, when the machine was set up with one
        c[1].selectbox(tr("ui.profile"), names, key="fr_profile", index=names.index(preset) if preset else 0)
        c[2].button(
            tr("page.first_run.save"),
            key="fr_save",
            type="primary",
            on_click=lambda: sidebar.finish_first_run(
                str(st.session_state.get("fr_rep", "")), str(st.session_state.get("fr_profile") or "")
            ),
        )
        if not names:
            st.caption(tr("page.first_run.no_profiles"))


def _research(side: sidebar.Side, db: HistoryStore | None) -> None:
    state = st.session_state
    if sidebar.first_run() and not (side.rep and side.profile):
        _first_run()
    pending = bool(state.get("pending"))
    _form(None if pending else state.get("report"), pending)
    if state.pop("pending", False):
        state.pop("report", None)  # never show the last buyer's report under a new inquiry
        try:
            inquiry = form.build_inquiry()
        except InputError as exc:  # shown inside the form, unfolded, beside the field to correct
            state["input_error"] = (exc.code, _labelled(exc))
            st.rerun()
        settings = load_settings(lang=side.lang, offline=side.offline)
        made, made_id = run(inquiry, side.profile, settings, db)
        state["report"], state["report_id"] = made, made_id
    report: Report | None = state.get("report")
    if report is None:
        return
    inq, report_id = report.inquiry, state.get("report_id")
    key = inquiry_key(inq.email, inq.subject, inq.body)
    earlier = (
        db.seen_before(
            email=inq.email,
            domain=inq.domain,
            phone=inq.phone,
            company=inq.company,
            website=inq.website,
            before_id=report_id,
            inquiry_key=key,
        )
        if db
        else []
    )
    d = to_dict(report, side.lang)
    # What the manager decided, on this report and on the earlier ones of this buyer (who had them, 客户撞单).
    decisions = db.latest_approvals([r.id for r in earlier[:20]] + ([report_id] if report_id else [])) if db else {}
    report_view.render(d, earlier, export.profile_of(side.profile).terms, decisions)
    export.render(report, d, side.rep, side.profile, earlier, report_id, db, decisions)


def _labelled(exc: ResearchError) -> dict[str, object]:
    params = exc.message_params()
    if "field" in params:
        params["field"] = form.field_label(str(params["field"]))
    return params


def _told_set_aside(db: HistoryStore | None) -> None:
    """A damaged history file was set aside and rebuilt when the server opened it: each rep is told once."""
    if not isinstance(db, Store) or db.set_aside is None or st.session_state.get("store_told"):
        return
    st.session_state["store_told"] = True
    st.warning(tr("store.set_aside", path=md(db.path), aside=md(db.set_aside), saved=db.salvaged))


def main() -> None:
    st.set_page_config(page_title="买家调查 · Buyer research", page_icon="🔎", layout="wide")
    try:
        settings = load_settings()
        user = auth.require(settings)  # on a team server nobody gets further without signing in
        side = sidebar.render()
        auth.sidebar(user)
        db = store()
        if db is None and settings.database_url:
            st.error(tr("ui.no_team_store"))
        _told_set_aside(db)
        _reopen(db)
        if side.view == "history":
            history.render(db)
        elif side.view == "batch":
            batch_tab.render(side, db)
        elif side.view == "approvals":
            approvals.render(db, side.rep, auth.can("decide", settings))
        elif side.view == "profile" and auth.can("profile", settings):
            st.header(tr("ui.view_profile"))
            profile_form.render(Path(side.profile).stem if side.profile else "", sidebar.save_profile)
        else:
            _research(side, db)
    except ResearchError as exc:
        show_error(exc, form.field_label)
    except Exception as exc:  # the page's last line of defence: a message, not a traceback
        log.exception("page error")
        st.error(tr("error.internal", detail=f"{exc.__class__.__name__}: {exc}"))
