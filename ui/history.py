"""History: search earlier reports, reopen one, add a note and stars, see repeat senders."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from research.store import HistoryRow, Store
from ui.common import md, tr
from ui.report_view import seen_before


def _search(store: Store) -> list[HistoryRow]:
    c = st.columns([3, 1, 1])
    text = c[0].text_input(tr("ui.history_search"), key="h_text")
    since: date | None = c[1].date_input(tr("ui.history_since"), value=None, key="h_since")
    until: date | None = c[2].date_input(tr("ui.history_until"), value=None, key="h_until")
    # Dates are stored as ISO timestamps: "until" means up to the end of that day.
    return store.search(
        text,
        since=since.isoformat() if since else "",
        until=(until + timedelta(days=1)).isoformat() if until else "",
    )


def _table(rows: list[HistoryRow]) -> None:
    data = [
        {
            "#": r.id,
            tr("ui.history_when"): r.created_at[:16].replace("T", " "),
            tr("report.field.email"): r.email,
            tr("report.field.company"): r.company,
            tr("report.category"): r.category,
            tr("report.risk"): tr(f"risk.{r.risk}") if r.risk else "",
            "★": "★" * r.stars,
            tr("ui.note"): r.note,
        }
        for r in rows
    ]
    st.dataframe(data, hide_index=True, width="stretch")


def _open(report_id: int) -> None:
    st.session_state["open_id"] = report_id
    st.session_state["view"] = "research"


def _detail(store: Store, row: HistoryRow) -> None:
    parts = (row.created_at[:16].replace("T", " "), row.email, row.company, row.phone)
    st.markdown(f"**#{row.id}** · " + " · ".join(md(p) for p in parts if p))
    st.button(tr("ui.history_open"), key="h_open", on_click=_open, args=(row.id,), type="primary")
    note = st.text_area(tr("ui.note"), value=row.note, key=f"h_note_{row.id}")
    stars = st.feedback("stars", key=f"h_stars_{row.id}", default=row.stars - 1 if row.stars else None)
    if st.button(tr("ui.history_save"), key="h_save"):
        store.annotate(row.id, note=note, stars=(stars + 1) if stars is not None else 0)
        st.success(tr("ui.history_saved"))
    seen_before(store.seen_before(email=row.email, domain=row.domain, phone=row.phone, before_id=row.id))


def render(store: Store | None) -> None:
    st.header(tr("ui.view_history"))
    if store is None:
        st.error(tr("ui.no_store"))
        return
    rows = _search(store)
    if not rows:
        st.info(tr("ui.history_empty"))
        return
    _table(rows)
    ids = [r.id for r in rows]
    by_id = {r.id: r for r in rows}
    pick = st.selectbox(
        tr("ui.history_pick"),
        ids,
        key="h_pick",
        format_func=lambda i: f"#{i} {by_id[i].created_at[:10]} {by_id[i].email or by_id[i].company}",
    )
    if pick is not None:
        _detail(store, by_id[pick])
