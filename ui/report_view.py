"""The report on the page: verdict banner, red flags first, then the evidence section by section.

Built from the JSON contract dict (render.json.to_dict), like the HTML and
PDF exports. Untrusted strings go through ``md`` (escaped Markdown, HTML
off), dataframes (plain cells) or the escaped inquiry HTML.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import streamlit as st

from research.extract.text import show_controls
from research.render import decision
from research.render.contract import ReportDict
from research.render.facts import (
    attachment_lines,
    coordinates,
    fit_notes,
    identity_rows,
    inquiry_rows,
    no_site_lines,
    page_kind,
    website_rows,
    where_found,
    where_said,
)
from research.render.html import inquiry_html, safe_url, show
from research.store import HistoryRow
from research.store_common import ApprovalRequest
from ui import approvals
from ui.common import lang, md, tr

_BANNER = {"A": st.success, "B": st.info, "C": st.warning, "X": st.error}
_MARK_CSS = (
    "<style>mark.specific{background:#fde68a}mark.scam{background:#fecaca}mark.vague{background:#e5e7eb}"
    "pre.inq{white-space:pre-wrap;word-break:break-word;font-family:inherit;background:#f9fafb;padding:.8em}</style>"
)


def _md_link(url: Any, label: Any) -> str:
    href = safe_url(url)
    if not href:
        return md(label)
    # Angle brackets and spaces would end a Markdown link target early.
    href = href.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"[{md(label)}](<{href}>)"


def _where(kind: Any, ref: Any) -> str:
    """Where evidence was found, in the rep's words ("the message", "DNS"), never a raw code like "text: body"."""
    return md(where_found(kind, ref, lang()))


def _evidence(ev: Iterable[Mapping[str, Any]]) -> str:
    parts: list[str] = []
    for e in ev:
        ref = e.get("ref", "")
        # A link is shown, never made clickable here: the buyer's links may be the lure (see the advice).
        shown = f"`{md(ref)[:90]}`" if safe_url(ref) else _where(e.get("kind"), ref)
        snippet = str(e.get("snippet", ""))[:200]
        line = f"{shown} — {md(snippet)}" if snippet else shown
        if line not in parts:  # the same page and words found twice are one piece of evidence
            parts.append(line)
        if len(parts) == 2:
            break
    return "  \n".join(parts)


def _items(rows: Iterable[Mapping[str, Any]]) -> None:
    for r in rows:
        st.markdown(f"- {md(r['message'])}")
        if r.get("evidence"):
            st.caption(_evidence(r["evidence"]))


def earlier_line(r: HistoryRow, decided: ApprovalRequest | None = None) -> str:
    """One earlier report of this buyer: when, who, the verdict, the rep who had it and the manager's decision."""
    parts = [r.created_at[:16].replace("T", " "), r.email or r.company, r.phone, r.category, r.rep, r.note]
    if decided is not None:
        parts.append(approvals.status_line(decided))
    return " · ".join(p for p in parts if p)


def seen_before(rows: list[HistoryRow], decisions: Mapping[int, ApprovalRequest] | None = None) -> None:
    if not rows:
        return
    lines = ["- " + md(earlier_line(r, (decisions or {}).get(r.id))) for r in rows]
    st.warning(tr("ui.seen_before", count=len(rows)) + "\n\n" + "\n".join(lines[:10]))


def _owner(d: ReportDict) -> None:
    """Who of the team had this buyer, said first, before the rep replies (客户撞单); not when it was only
    the rep at the screen (their own earlier reports are "seen before")."""
    me = str(st.session_state.get("rep", "")).strip()
    for s in d["signals"]:
        params = s.get("params") or {}
        if s["code"] == "history.handled_by" and (params.get("by") != me or params.get("others")):
            st.warning(md(s["message"]), icon="👥")


def _top_reasons(d: ReportDict) -> list[Any]:
    seen: set[str] = set()
    out = []
    for r in d["verdict"]["reasons"]:
        if r["message"] not in seen:
            seen.add(r["message"])
            out.append(r)
    return out[:4]


def _verdict(d: ReportDict, terms: Mapping[str, str]) -> None:
    """The first screen: verdict, risk, the decision to ask for, and the main reasons, without scrolling."""
    v = d["verdict"]
    risk = tr("risk." + v["risk"])
    left, right = st.columns([3, 2])
    with left:
        _BANNER.get(v["category"], st.info)(f"### {md(v['category_label'])}\n{tr('report.risk')}: **{risk}**")
        st.markdown(f"**{tr('report.reasons')}**")
        _items(_top_reasons(d))
        if v["rule_text"]:
            st.caption(f"{tr('report.decided_by')}: {md(v['rule_text'])}")
        if v["look_again_text"]:
            st.warning(f"**{tr('report.look_again')}:** {md(v['look_again_text'])}")
    with right:
        st.markdown(f"**{tr('page.requested_decision')}**")
        for a in decision.actions(d, st.session_state.get(_actions_key()) or (), terms):
            st.markdown(f"- **{md(a.label)}**" + (f": {md(a.detail)}" if a.detail else ""))
        scores = list(v["scores"].items())
        for row in (scores[:2], scores[2:]):  # two by two: a score and its scale fit the half screen
            for col, (key, score) in zip(st.columns(2), row, strict=False):
                col.metric(tr("score." + key), f"{int(score)} / 100", help=tr(f"page.score_help.{key}"))
        st.caption(tr("page.scores_scale"))
        if v["unverified"]:
            st.info(tr("report.unverified") + "\n" + "\n".join(f"- {md(m)}" for m in v["unverified"]))


def _actions_key() -> str:
    rid = st.session_state.get("report_id")
    report = st.session_state.get("report")
    stamp = f"{report.created_at:%Y%m%d%H%M%S}" if report is not None else ""
    return f"export_actions_{rid or stamp}"


def _red_flags(d: ReportDict) -> None:
    flags = [s for s in d["signals"] if s["red_flag"]]
    if flags:
        st.subheader("⚠️ " + tr("report.red_flags"))
        for s in flags:
            st.error(md(s["message"]) + ("  \n" + _evidence(s["evidence"]) if s["evidence"] else ""))


def _table(pairs: Iterable[tuple[str, Any]]) -> None:
    rows = [{tr("ui.col_field"): tr(k), tr("ui.col_value"): show_controls(show(v, lang()))} for k, v in pairs]
    st.dataframe(rows, hide_index=True, width="stretch")


def _sender(d: ReportDict) -> None:
    e, dom = d["email"], d["domain"]
    st.subheader(tr("report.sender"))
    pairs: list[tuple[str, Any]] = [("report.field.email", e["address"])]
    if reply_to := d["inquiry"].get("reply_to"):
        pairs.append(("report.field.reply_to", reply_to))
    pairs.append(("report.field.free_mail", e["free_mail"]))
    pairs += [(f"report.field.{k}", dom.get(k)) for k in ("mx", "spf", "dmarc", "created", "age_days", "registrar")]
    _table([*pairs, ("report.field.registrant_country", dom.get("registrant_country"))])
    # What the checks say about the Reply-To, next to it: where a reply would really go.
    for s in d["signals"]:
        if "reply_to" in s["code"]:
            (st.warning if s["weight"] < 0 else st.caption)(md(s["message"]))


def _website(d: ReportDict) -> None:
    w = d["website"]
    st.subheader(tr("report.website"))
    if not w.get("url"):
        lines = no_site_lines(w, lang())
        # A probable site is said as probable, beside the check that would settle it (in the advice).
        (st.info if w.get("probable_url") else st.caption)("  \n".join(md(line) for line in lines))
        return
    reachable = tr("report.yes" if w["reachable"] else "report.no")
    st.markdown(f"{_md_link(w['url'], w['url'])} · {tr('report.field.reachable')}: **{reachable}**")
    pages = [
        {
            "kind": page_kind(str(p.get("kind") or ""), lang()),
            "title": show_controls(str(p.get("title") or "")),
            "url": safe_url(p.get("url")),
        }
        for p in w["pages"]
    ]
    if pages:
        config: dict[str, Any] = {
            "url": st.column_config.LinkColumn(tr("report.field.url")),
            "kind": tr("report.field.kind"),
            "title": tr("report.field.title"),
        }
        st.dataframe(pages, hide_index=True, width="stretch", column_config=config)
    if rows := website_rows(w, lang()):
        _table(rows)
    socials = w.get("socials") or {}
    if isinstance(socials, Mapping) and socials:
        st.markdown(" · ".join(_md_link(u, n) for n, u in socials.items()))


def _identity(d: ReportDict) -> None:
    """Proof of identity, with the address as a pin on a map."""
    rows = identity_rows(d, lang())
    if not rows:
        return
    st.subheader(tr("report.identity"))
    _table([(k, v) for k, v in rows if k != "report.field.map"])
    if where := coordinates(d):
        st.map([{"lat": where[0], "lon": where[1]}], zoom=14, height=260)
        st.markdown(_md_link(d["location"].get("map_url"), tr("report.field.map")))


def _fit(d: ReportDict) -> None:
    f, w = d["fit"], d["website"]
    st.subheader(tr("report.fit"))
    overlap = f["product_overlap"]
    if overlap is not None:
        st.progress(min(1.0, max(0.0, float(overlap))), text=f"{tr('report.field.overlap')}: {overlap:.0%}")
    for note in fit_notes(d):
        st.info(md(note))
    rows = [
        {
            tr("report.field.our_line"): m["our_line"],
            tr("report.field.buyer_product"): show_controls(str(m["buyer_product"])),
            tr("report.field.where"): where_said(m.get("where", ""), lang()),
        }
        for m in f["matched_products"]
    ]
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    _table(
        [
            ("report.field.products", (w.get("products") or [])[:20]),
            ("report.field.markets", w.get("markets") or []),
            ("report.field.market_overlap", f["market_overlap"]),
            ("report.field.market_excluded", f.get("market_excluded") or []),
        ]
    )


def _buyer(d: ReportDict) -> None:
    b = d["buyer_type"]
    st.subheader(tr("report.buyer_type"))
    st.markdown(f"**{md(b['label_text'])}** ({tr('report.field.confidence')} {b['confidence']:.0%})")
    _items(b["evidence"])


def _inquiry(d: ReportDict) -> None:
    st.subheader(tr("report.inquiry"))
    if rows := inquiry_rows(d["inquiry_analysis"], lang()):
        _table(rows)
    if not d["inquiry"].get("body"):
        st.caption(tr("report.none"))
        return
    st.caption(tr("report.highlight_legend"))
    # inquiry_html escapes every piece of the text; st.html sanitizes on top of that.
    st.html(_MARK_CSS + inquiry_html(d).replace("<pre>", '<pre class="inq">', 1))


def _attachments(d: ReportDict) -> None:
    rows = attachment_lines(d["attachments"], lang())
    if not rows:
        return
    st.subheader(tr("report.attachments"))
    for row in rows:
        lines = [f"**{md(row.filename)}** — {md(row.summary)}"]
        lines += [f"- {md(found)}" for found in row.found]
        if row.links:  # shown as text: a link inside a hostile file is not to be clicked
            lines.append(f"- {tr('report.attachments_links')}: {md(', '.join(row.links))}")
        st.markdown("  \n".join(lines[:1]) + ("\n\n" + "\n".join(lines[1:]) if lines[1:] else ""))


def _advice(d: ReportDict) -> None:
    st.subheader(tr("report.advice"))
    for a in d["advice"]:
        if a["kind"] != "link":
            st.markdown(f"- {md(a['message'])}")
    links = [a for a in d["advice"] if a["kind"] == "link" and safe_url(a.get("url"))]
    if links:
        st.markdown(f"**{tr('report.checks')}**")
        cols = st.columns(4)
        for i, a in enumerate(links):
            cols[i % 4].link_button(a["message"], safe_url(a["url"]), width="stretch")


def _checks(d: ReportDict) -> None:
    st.subheader(tr("report.findings"))
    bad = [f for f in d["findings"] if f["status"] in ("failed", "skipped")]
    if bad:
        lines = [f"- {tr('source.' + f['source'])}: {tr('status.' + f['status'])} — {md(tr(f['reason']))}" for f in bad]
        st.warning(tr("report.failed_checks") + "\n\n" + "\n".join(lines))
    rows = [
        {
            tr("report.field.source"): tr("source." + f["source"]),
            tr("report.field.status"): tr("status." + f["status"]),
            tr("ui.col_reason"): tr(f["reason"]) if f["reason"] else "",
            tr("report.field.time"): f"{f['elapsed_ms']} ms",
        }
        for f in d["findings"]
    ]
    st.dataframe(rows, hide_index=True, width="stretch")
    with st.expander(tr("report.signals")):
        _items(d["signals"])


def render(
    d: ReportDict,
    earlier: list[HistoryRow],
    terms: Mapping[str, str] | None = None,
    decisions: Mapping[int, ApprovalRequest] | None = None,
) -> None:
    """The report; ``terms`` are our standard terms (the profile's), quoted in the requested decision as the
    PDF's first page quotes them."""
    who = d["inquiry"].get("company") or d["inquiry"].get("email") or ""
    st.subheader(f"{tr('report.title')}: {md(who)}")
    if not d["profile"] or d["profile"] == "default":
        st.warning(tr("page.no_profile_warning"))
    _owner(d)
    _verdict(d, terms or {})
    seen_before(earlier, decisions)
    if d["offline"]:
        st.caption(tr("report.offline_note"))
    _red_flags(d)
    left, right = st.columns(2)
    with left:
        _sender(d)
    with right:
        _website(d)
    _identity(d)
    _fit(d)
    _buyer(d)
    _inquiry(d)
    _attachments(d)
    _advice(d)
    _checks(d)
