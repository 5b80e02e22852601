"""History a team can trust: search, reopen, delete, correct, override a verdict with a reason,
mark a known customer, notes per buyer, export to CSV/XLSX. Every change names who and why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import streamlit as st

from research import history_export
from research.store import CATEGORIES, CORRECTABLE, HistoryRow
from research.store_api import HistoryStore
from ui.common import md, tr
from ui.report_view import seen_before

PERIODS = {"all": 0, "today": 1, "week": 7, "month": 31, "quarter": 92, "year": 366}


def _since(period: str) -> str:
    days = PERIODS.get(period, 0)
    if not days:
        return ""
    start = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=days - 1)
    return start.isoformat(timespec="seconds")


def _search(store: HistoryStore) -> list[HistoryRow]:
    c = st.columns([3, 1, 1])
    text = c[0].text_input(tr("page.history.search"), key="h_text")
    # A choice of periods, not a date picker: Streamlit's calendar speaks only English.
    period = c[1].selectbox(
        tr("page.history.period"), list(PERIODS), key="h_period", format_func=lambda p: tr(f"page.period.{p}")
    )
    deleted = c[2].checkbox(tr("page.history.show_deleted"), key="h_deleted")
    return store.search(text, since=_since(str(period)), include_deleted=deleted)


def _when(iso: str) -> str:
    try:
        return f"{datetime.fromisoformat(iso).astimezone():%Y-%m-%d %H:%M}"
    except ValueError:
        return iso[:16]


def _table(rows: list[HistoryRow]) -> None:
    data = [
        {
            "#": r.id,
            tr("page.history.when"): _when(r.created_at),
            tr("report.field.company"): r.company or r.display_name,
            tr("report.field.email"): r.email,
            tr("ui.field.phone"): r.phone_written or r.phone,
            tr("page.history.products"): r.products,
            tr("report.category"): r.category + (" *" if r.overridden else ""),
            tr("report.risk"): tr(f"risk.{r.risk}") if r.risk else "",
            tr("page.history.deleted"): "×" if r.deleted_at else "",
        }
        for r in rows
    ]
    st.dataframe(data, hide_index=True, width="stretch")
    st.caption(tr("page.history.legend"))


def _exports(store: HistoryStore) -> None:
    rows = store.export_rows()
    c = st.columns(2)
    c[0].download_button(
        tr("page.history.export_csv"), history_export.to_csv(rows), "history.csv", "text/csv", key="h_csv"
    )
    c[1].download_button(
        tr("page.history.export_xlsx"),
        lambda: history_export.to_xlsx(store.export_rows()),
        "history.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="h_xlsx",
        on_click="ignore",
    )


def _open(report_id: int) -> None:
    st.session_state["open_id"] = report_id
    st.session_state["view"] = "research"


def _who() -> str:
    return str(st.session_state.get("rep", "")).strip()


def _need_reason(reason: str) -> bool:
    if reason.strip():
        return True
    st.error(tr("page.history.reason_needed"))
    return False


def _done() -> None:
    """Saved: draw the history again so the table shows the change, and say so once above the report."""
    st.session_state["h_flash"] = tr("page.history.done")
    st.rerun()


def _change(store: HistoryStore, row: HistoryRow) -> None:
    """Override, correct, delete: each asks for the one reason above them and is kept with who and when.
    In the order a manager reads them: what to change, then the button that changes it; delete last."""
    with st.expander(tr("page.history.change")):
        reason = st.text_input(tr("page.history.reason"), key=f"h_reason_{row.id}")
        c = st.columns([2, 1])
        cat = c[0].selectbox(
            tr("page.history.override_to"),
            ["", *CATEGORIES],
            key=f"h_cat_{row.id}",
            format_func=lambda v: v or tr("page.history.no_override"),
        )
        c[1].markdown("&nbsp;")  # the button on the select box's line, under its label
        if c[1].button(tr("page.history.override"), key=f"h_override_{row.id}") and _need_reason(reason):
            store.override_verdict(row.id, str(cat), reason=reason, by=_who())
            _done()
        cols = st.columns(3)
        fixed = {
            name: cols[i % 3].text_input(
                tr(f"page.history.field.{name}"), value=str(getattr(row, name)), key=f"h_fix_{name}_{row.id}"
            )
            for i, name in enumerate(CORRECTABLE)
        }
        if st.button(tr("page.history.correct"), key=f"h_correct_{row.id}") and _need_reason(reason):
            store.correct_report(row.id, {k: v.strip() for k, v in fixed.items()}, reason=reason, by=_who())
            _done()
        st.divider()
        if row.deleted_at:
            if st.button(tr("page.history.restore"), key=f"h_restore_{row.id}"):
                store.restore_report(row.id, reason=reason, by=_who())
                _done()
        elif st.button(tr("page.history.delete"), key=f"h_delete_{row.id}") and _need_reason(reason):
            store.delete_report(row.id, reason=reason, by=_who())
            _done()


def _buyer(store: HistoryStore, row: HistoryRow) -> None:
    key = row.buyer_key
    if not key:
        return
    st.markdown(f"**{tr('page.history.buyer')}**: {md(key.split(':', 1)[-1])}")
    known = store.known_customer(key)
    if known:
        st.success(tr("page.history.is_known", by=known.by_whom or "-", date=known.at[:10], reason=known.reason))
    c = st.columns([3, 1])
    why = c[0].text_input(tr("page.history.known_reason"), key=f"h_known_reason_{row.id}")
    if known:
        if c[1].button(tr("page.history.unmark_known"), key=f"h_unknown_{row.id}"):
            store.mark_known_customer(key, known=False, reason=why, by=_who())
            st.rerun()
    elif c[1].button(tr("page.history.mark_known"), key=f"h_known_{row.id}") and _need_reason(why):
        store.mark_known_customer(key, reason=why, by=_who())
        st.rerun()
    note = st.text_area(tr("page.history.add_note"), key=f"h_new_note_{row.id}", height=80)
    if st.button(tr("page.history.save_note"), key=f"h_add_note_{row.id}") and note.strip():
        store.add_note(key, note, by=_who())
        st.rerun()
    for n in store.notes(key)[:20]:
        st.markdown(f"- {md(_when(n.at))} · {md(n.by_whom or '-')}: {md(n.text)}")


def _events(store: HistoryStore, row: HistoryRow) -> None:
    events = store.events(report_id=row.id) + [e for e in store.events(key=row.buyer_key) if e.report_id == 0]
    if not events:
        return
    with st.expander(tr("page.history.events", count=len(events))):
        for e in events:
            what = tr(f"page.event.{e.action}") + (f" ({md(e.detail)})" if e.detail else "")
            st.markdown(f"- {md(_when(e.at))} · {md(e.by_whom or '-')} · {what}: {md(e.reason)}")


def _detail(store: HistoryStore, row: HistoryRow) -> None:
    parts = (_when(row.created_at), row.email, row.company, row.phone_written or row.phone)
    st.markdown(f"**#{row.id}** · " + " · ".join(md(p) for p in parts if p))
    if row.overridden:
        st.info(tr("page.history.overridden", was=row.original_category, now=row.category, reason=row.override_reason))
    if row.deleted_at:
        st.warning(tr("page.history.is_deleted", date=_when(row.deleted_at)))
    st.button(tr("ui.history_open"), key="h_open", on_click=_open, args=(row.id,), type="primary")
    note = st.text_area(tr("ui.note"), value=row.note, key=f"h_note_{row.id}")
    stars = st.feedback("stars", key=f"h_stars_{row.id}", default=row.stars - 1 if row.stars else None)
    if st.button(tr("ui.history_save"), key="h_save"):
        store.annotate(row.id, note=note, stars=(stars + 1) if stars is not None else 0)
        st.success(tr("ui.history_saved"))
    _buyer(store, row)
    _change(store, row)
    _events(store, row)
    seen_before(store.seen_before(email=row.email, domain=row.domain, phone=row.phone, before_id=row.id))


def render(store: HistoryStore | None) -> None:
    st.header(tr("ui.view_history"))
    if flash := st.session_state.pop("h_flash", None):  # what the last change did, above the updated table
        st.success(flash)
    if store is None:
        st.error(tr("ui.no_store"))
        return
    rows = _search(store)
    if not rows:
        st.info(tr("ui.history_empty"))
        return
    _table(rows)
    _exports(store)
    ids = [r.id for r in rows]
    by_id = {r.id: r for r in rows}
    pick = st.selectbox(
        tr("ui.history_pick"),
        ids,
        key="h_pick",
        format_func=lambda i: f"#{i} {by_id[i].created_at[:10]} {by_id[i].company or by_id[i].email}",
    )
    if pick is not None:
        _detail(store, by_id[pick])
