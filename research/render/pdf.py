"""The report as an A4 PDF for a manager's approval.

Built from the same dict as the JSON contract. Every string goes through
``_Doc.text``, which writes plain text run by run with a bundled font chosen
from the font's character map (see pdf_fonts), so no input can add markup,
and Chinese, accented Latin, Cyrillic and Arabic all render. Only http(s)
URLs become links.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fpdf import FPDF
from fpdf.enums import WrapMode

from research.extract.text import show_controls
from research.render import decision, reply
from research.render.contract import EvidenceDict, ReportDict
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
from research.render.i18n import t
from research.render.json import to_dict
from research.render.pdf_fonts import FAMILIES, font_path, runs
from research.types import Report

ACTIONS = decision.ACTIONS
_TOP_REASONS = 4
_LINE = 5.2
_BODY_CHARS = 2500
_RGB = tuple[int, ...]
_GREY = (110, 110, 110)
_CATEGORY_COLORS = {"A": (22, 128, 61), "B": (37, 99, 235), "C": (120, 120, 120), "X": (200, 30, 30)}


@dataclass(frozen=True)
class Decision:
    """A manager's decision made in the app, printed in the approval block instead of blank lines."""

    status: str  # approved | rejected
    by: str
    at: str  # ISO time, UTC
    note: str = ""


@dataclass(frozen=True)
class Approval:
    """Who asks for what: printed in the header and the approval block."""

    company: str = ""
    rep: str = ""
    action: str = ""  # one of ACTIONS; "" with no ``actions``: what the category calls for
    seen_before: tuple[str, ...] = ()  # earlier reports of the same e-mail, domain or phone, one line each
    actions: tuple[str, ...] = ()  # every action asked for (ticked in the approval block)
    terms: Mapping[str, str] = field(default_factory=dict)  # our standard terms (the profile's [terms])
    report_no: str = ""  # the history number, printed on every page
    reply: str = ""  # the reply draft, as the rep left it
    reply_zh: str = ""  # its Chinese rendering
    decision: Decision | None = None  # decided in the app (approvals), else signed on paper

    def chosen(self) -> tuple[str, ...]:
        return self.actions or ((self.action,) if self.action else ())


def _safe_link(url: Any) -> str:
    text = str(url or "")
    return text if text.lower().startswith(("http://", "https://")) else ""


class _Doc(FPDF):
    def __init__(self, lang: str, approval: Approval, generated: str, buyer: str = "") -> None:
        super().__init__(format="A4", unit="mm")
        self.lang, self.approval, self.generated, self.buyer = lang, approval, generated, buyer
        self.total_pages = "?"
        for fam in FAMILIES:
            self.add_font(fam.name, "", font_path(fam.regular))
            self.add_font(fam.name, "B", font_path(fam.bold))
        self.set_text_shaping(True)
        self.set_margins(16, 16, 16)
        self.set_auto_page_break(True, margin=16)
        self.set_title(t("report.title", lang))
        self.set_creator("buyer research")

    # -- text, always through runs() -----------------------------------
    def text_run(self, text: Any, size: float = 10, bold: bool = False, link: str = "") -> None:
        for family, chunk in runs(show_controls("" if text is None else str(text))):
            self.set_font(family, "B" if bold else "", size)
            # Chinese has no spaces between words: break it anywhere rather than jump a line.
            wrap = WrapMode.CHAR if family == "cjk" else WrapMode.WORD
            self.write(size * 0.5, chunk, link=link, wrapmode=wrap)

    def para(self, text: Any, size: float = 10, bold: bool = False, link: str = "", color: _RGB = ()) -> None:
        self.set_text_color(*(color or (0, 0, 0)))
        self.text_run(text, size, bold, link)
        self.set_text_color(0, 0, 0)
        self.ln(max(_LINE, size * 0.5 + 0.6))

    def heading(self, text: str) -> None:
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(2)
        self.para(text, 13, bold=True)
        y = self.get_y()
        self.set_draw_color(200, 200, 200)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(1.5)

    def bullet(self, text: Any, detail: Any = "", link: str = "") -> None:
        self.set_x(self.l_margin + 2)
        self.text_run("• ", 10)
        self.text_run(text, 10, link=link)
        if detail:
            self.set_text_color(*_GREY)
            self.text_run("  " + str(detail), 8.5, link=link)
            self.set_text_color(0, 0, 0)
        self.ln(_LINE + 0.6)

    def kv(self, key: str, value: Any) -> None:
        self.text_run(f"{t(key, self.lang)}: ", 10, bold=True)
        self.text_run(_show(value, self.lang), 10)
        self.ln(_LINE + 0.4)

    # -- page furniture ------------------------------------------------
    def header(self) -> None:
        # Every page says whose report it is and which one: pages get separated on a manager's desk.
        self.set_text_color(*_GREY)
        who = self.approval.company or t("report.title", self.lang)
        self.text_run(who, 8.5, bold=True)
        if self.buyer:
            self.text_run(f"   {t('page.pdf.buyer', self.lang)}: {self.buyer}", 8.5)
        if self.approval.report_no:
            self.text_run(f"   {t('page.pdf.report_no', self.lang)}: {self.approval.report_no}", 8.5)
        self.ln(4.2)
        self.text_run(f"{t('report.generated', self.lang)}: {self.generated}", 8.5)
        if self.approval.rep:
            self.text_run(f"   {t('report.rep', self.lang)}: {self.approval.rep}", 8.5)
        self.set_text_color(0, 0, 0)
        self.ln(7)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_text_color(*_GREY)
        text = t("page.pdf.page", self.lang, page=self.page_no(), pages=self.total_pages)
        chunks = list(runs(text))
        widths = []
        for family, chunk in chunks:
            self.set_font(family, "", 8)
            widths.append(self.get_string_width(chunk))
        self.set_x((self.w - sum(widths)) / 2)
        for (family, chunk), width in zip(chunks, widths, strict=True):
            self.set_font(family, "", 8)
            self.cell(width + 0.5, 5, chunk)
        self.set_text_color(0, 0, 0)


def _show(value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return t("report.yes" if value else "report.no", lang)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or t("report.none", lang)
    if value in (None, ""):
        return t("report.unknown", lang)
    return str(value)


def _ev_text(ev: list[EvidenceDict], lang: str) -> tuple[str, str]:
    """The first piece of evidence as text, and no link: a URL in evidence may be the lure."""
    if not ev:
        return "", ""
    first = ev[0]
    where = where_found(first["kind"], first["ref"], lang)
    return f"{where}: {first['snippet'][:160]}".strip(": "), ""


def _top_reasons(d: ReportDict) -> list[Any]:
    """The main reasons, each message once (the same finding may be weighed under two codes)."""
    seen: set[str] = set()
    out = []
    for r in d["verdict"]["reasons"]:
        if r["message"] not in seen:
            seen.add(r["message"])
            out.append(r)
    return out[:_TOP_REASONS]


def _verdict(doc: _Doc, d: ReportDict) -> None:
    """Page one: who, the verdict, why, and what is asked, so a manager can decide without turning over."""
    lang, v = doc.lang, d["verdict"]
    doc.para(f"{t('report.title', lang)}: {doc.buyer}", 15, bold=True)
    doc.para(v["category_label"], 14, bold=True, color=_CATEGORY_COLORS.get(v["category"], (0, 0, 0)))
    doc.para(f"{t('report.risk', lang)}: {t('risk.' + v['risk'], lang)}", 11)
    scores = "   ".join(f"{t('score.' + k, lang)} {int(s)}/100" for k, s in v["scores"].items())
    doc.para(scores, 10, bold=True)
    doc.para(t("page.scores_scale", lang), 8, color=_GREY)
    if v["rule_text"]:
        doc.para(f"{t('report.decided_by', lang)}: {v['rule_text']}", 9)
    if v["look_again_text"]:
        doc.para(f"{t('report.look_again', lang)}: {v['look_again_text']}", 10, bold=True, color=(180, 40, 40))
    if v["unverified"]:
        doc.para(t("report.unverified", lang), 9)
        for message in v["unverified"]:
            doc.bullet(message)
    if d["offline"]:
        doc.para(t("report.offline_note", lang), 9, color=_GREY)
    doc.heading(t("report.reasons", lang))
    reasons = _top_reasons(d)
    if not reasons:
        doc.bullet(t("report.none", lang), "", "")
    for r in reasons:
        detail, link = _ev_text(r["evidence"], doc.lang)
        doc.bullet(r["message"], detail[:110], link)


def _shown_first(d: ReportDict) -> set[str]:
    return {r["message"] for r in _top_reasons(d)}


def _red_flags(doc: _Doc, d: ReportDict) -> None:
    shown = _shown_first(d)
    flags = [s for s in d["signals"] if s["red_flag"] and s["message"] not in shown]
    if not flags:
        return
    doc.heading(t("report.red_flags", doc.lang))
    for s in flags:
        detail, link = _ev_text(s["evidence"], doc.lang)
        doc.bullet(s["message"], detail, link)


def _seen_before(doc: _Doc) -> None:
    if doc.approval.seen_before:
        doc.heading(t("report.seen_before", doc.lang, count=len(doc.approval.seen_before)))
        for line in doc.approval.seen_before[:10]:
            doc.bullet(line)


def _sender(doc: _Doc, d: ReportDict) -> None:
    e, dom = d["email"], d["domain"]
    doc.heading(t("report.sender", doc.lang))
    doc.kv("report.field.email", e["address"])
    doc.kv("report.field.reply_to", d["inquiry"].get("reply_to") or None)
    doc.kv("report.field.free_mail", e["free_mail"])
    for key in ("mx", "spf", "dmarc", "created", "age_days", "registrar", "registrant_country"):
        doc.kv(f"report.field.{key}", dom.get(key))


def _website(doc: _Doc, d: ReportDict) -> None:
    w = d["website"]
    doc.heading(t("report.website", doc.lang))
    if not w.get("url"):
        for line in no_site_lines(w, doc.lang):
            doc.para(line, 10)
        return
    doc.kv("report.field.url", w["url"])
    doc.kv("report.field.reachable", w["reachable"])
    for p in w["pages"][:12]:
        title = p.get("title") or page_kind(str(p.get("kind") or ""), doc.lang)
        doc.bullet(f"{title}", p.get("url", ""), _safe_link(p.get("url")))
    for key, value in website_rows(w, doc.lang):
        doc.kv(key, value)


def _identity(doc: _Doc, d: ReportDict) -> None:
    """Proof of identity; the address as coordinates with a link to the map."""
    rows = identity_rows(d, doc.lang)
    if not rows:
        return
    doc.heading(t("report.identity", doc.lang))
    for key, value in rows:
        if key == "report.field.map":
            where = coordinates(d)
            label = f"{where[0]:.5f}, {where[1]:.5f}" if where else str(value)
            doc.text_run(f"{t(key, doc.lang)}: ", 10, bold=True)
            doc.text_run(label, 10, link=_safe_link(value))
            doc.ln(_LINE + 0.4)
        else:
            doc.kv(key, value)


def _buyer_and_fit(doc: _Doc, d: ReportDict) -> None:
    b, f, lang = d["buyer_type"], d["fit"], doc.lang
    doc.heading(t("report.buyer_type", lang))
    doc.para(f"{b['label_text']} ({t('report.field.confidence', lang)} {b['confidence']:.0%})", 11, bold=True)
    for r in b["evidence"]:
        detail, link = _ev_text(r["evidence"], doc.lang)
        doc.bullet(r["message"], detail, link)
    doc.heading(t("report.fit", lang))
    overlap = f["product_overlap"]
    doc.kv("report.field.overlap", None if overlap is None else f"{overlap:.0%}")
    for m in f["matched_products"][:12]:
        ours, theirs = t("report.field.our_line", lang), t("report.field.buyer_product", lang)
        doc.bullet(f"{ours}: {m['our_line']} — {theirs}: {m['buyer_product']}", where_said(m.get("where", ""), lang))
    for note in fit_notes(d):
        doc.bullet(note)
    if f["market_overlap"]:
        doc.kv("report.field.market_overlap", f["market_overlap"])


def _inquiry(doc: _Doc, d: ReportDict) -> None:
    inq = d["inquiry"]
    doc.heading(t("report.inquiry", doc.lang))
    for key in ("email", "company", "subject"):
        if inq.get(key):
            doc.kv(f"report.field.{key}", inq[key])
    for key, value in inquiry_rows(d["inquiry_analysis"], doc.lang):
        doc.kv(key, value)
    body = str(inq.get("body") or "").strip()
    if body:
        doc.para(body[:_BODY_CHARS] + ("…" if len(body) > _BODY_CHARS else ""), 9)


def _attachments(doc: _Doc, d: ReportDict) -> None:
    rows = attachment_lines(d["attachments"], doc.lang)
    if not rows:
        return
    doc.heading(t("report.attachments", doc.lang))
    for row in rows:
        doc.bullet(row.filename, row.summary)  # links inside a hostile file stay unclickable text
        for found in row.found:
            doc.bullet(f"  {found}")
        if row.links:
            doc.bullet(f"  {t('report.attachments_links', doc.lang)}: {', '.join(row.links[:5])}")


def _evidence(doc: _Doc, d: ReportDict) -> None:
    doc.heading(t("report.signals", doc.lang))
    shown = _shown_first(d)
    for s in d["signals"]:
        if not s["red_flag"] and s["message"] not in shown:
            detail, link = _ev_text(s["evidence"], doc.lang)
            doc.bullet(s["message"], detail, link)
    doc.heading(t("report.findings", doc.lang))
    for f in d["findings"]:
        reason = t(f["reason"], doc.lang) if f["reason"] else ""
        status = t(f"status.{f['status']}", doc.lang) + (f": {reason}" if reason else "")
        doc.bullet(f"{t('source.' + f['source'], doc.lang)}: {status}", f"{f['elapsed_ms']} ms")


def _advice(doc: _Doc, d: ReportDict) -> None:
    doc.heading(t("report.advice", doc.lang))
    for a in d["advice"]:
        doc.bullet(a["message"], "", _safe_link(a.get("url")))


def _box(doc: _Doc, checked: bool) -> None:
    x, y = doc.get_x(), doc.get_y() + 0.6
    doc.rect(x, y, 3.6, 3.6)
    if checked:
        doc.line(x, y, x + 3.6, y + 3.6)
        doc.line(x, y + 3.6, x + 3.6, y)
    doc.set_x(x + 5.5)


def _requested(doc: _Doc, d: ReportDict) -> None:
    """Every action a manager may approve, the requested ones ticked, each with its amounts and terms."""
    lang, category = doc.lang, d["verdict"]["category"]
    chosen = decision.actions(d, doc.approval.chosen(), doc.approval.terms)
    ticked = {a.code: a for a in chosen}
    doc.heading(t("report.requested_action", lang))
    for code in decision.allowed(category):
        _box(doc, code in ticked)
        doc.text_run(t(f"action.{code}", lang), 10, bold=code in ticked)
        if code in ticked and ticked[code].detail:
            doc.set_text_color(*_GREY)
            doc.text_run("  " + ticked[code].detail[:220], 8.5)
            doc.set_text_color(0, 0, 0)
        doc.ln(_LINE + 1)


def _approval(doc: _Doc) -> None:
    lang = doc.lang
    doc.heading(t("report.approval", lang))
    if doc.approval.rep:
        doc.kv("report.rep", doc.approval.rep)
    if (made := doc.approval.decision) is not None:
        doc.kv("report.approver", made.by)
        doc.kv("report.decision", t(f"approval.status.{made.status}", lang))
        doc.kv("report.date", made.at[:16].replace("T", " ") + " UTC")
        if made.note:
            doc.kv("approval.decision_note", made.note)
        doc.para(t("approval.pdf_in_app", lang), 8.5, color=_GREY)
        return
    for key in ("report.approver", "report.decision", "report.date", "report.signature"):
        doc.text_run(t(key, lang) + ":", 10, bold=True)
        x, y = doc.get_x() + 2, doc.get_y() + 4.6
        doc.line(x, y, doc.w - doc.r_margin, y)
        doc.ln(_LINE + 3.5)
    doc.para(t("report.decision_hint", lang), 8.5, color=_GREY)


def _reply(doc: _Doc, d: ReportDict) -> None:
    if not doc.approval.reply.strip():
        return
    doc.heading(t("page.reply.title", doc.lang))
    to = reply.recipient(d)
    if to.address:
        doc.para(t("page.reply.to", doc.lang, address=to.address), 9, bold=True)
    if to.note:
        doc.para(t(to.note, doc.lang, to.params), 8.5, color=_GREY)
    doc.para(doc.approval.reply.strip()[:3000], 9)
    if doc.approval.reply_zh.strip() and doc.approval.reply_zh.strip() != doc.approval.reply.strip():
        doc.ln(2)
        doc.para(t("page.reply.zh", doc.lang), 9, bold=True)
        doc.para(doc.approval.reply_zh.strip()[:3000], 9)


def render(report: Report, lang: str = "zh", approval: Approval | None = None) -> bytes:
    """The PDF bytes; ``approval`` fills the header and the approval block."""
    return render_dict(to_dict(report, lang), approval)


def render_dict(d: ReportDict, approval: Approval | None = None) -> bytes:
    # Twice: the first pass counts the pages for "page x/y" (the {nb} alias is not replaced in shaped text).
    first = _build(d, approval, "")
    return bytes(_build(d, approval, str(first.page_no())).output())


def _build(d: ReportDict, approval: Approval | None, total: str) -> _Doc:
    generated = when(d["generated_at"])
    buyer = d["inquiry"].get("company") or d["inquiry"].get("display_name") or d["inquiry"].get("email") or ""
    doc = _Doc(d["lang"], approval or Approval(), generated, str(buyer))
    doc.total_pages = total or "?"
    doc.add_page()
    _verdict(doc, d)
    _requested(doc, d)
    _approval(doc)
    doc.add_page()  # the evidence behind page one, for whoever wants to check it
    _red_flags(doc, d)
    _seen_before(doc)
    _advice(doc, d)
    _reply(doc, d)
    _sender(doc, d)
    _website(doc, d)
    _identity(doc, d)
    _buyer_and_fit(doc, d)
    _inquiry(doc, d)
    _attachments(doc, d)
    _evidence(doc, d)
    return doc


def when(iso: str) -> str:
    """A timestamp in the machine's time zone, the zone written out ("2026-12-05 06:35 UTC+08:00")."""
    try:
        local = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso[:16]
    offset = local.strftime("%z") or "+0000"
    return f"{local:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:]}"
