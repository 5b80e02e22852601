"""The report as an A4 PDF for a manager's approval.

Built from the same dict as the JSON contract. Every string goes through
``_Doc.text``, which writes plain text run by run with a bundled font chosen
from the font's character map (see pdf_fonts), so no input can add markup,
and Chinese, accented Latin, Cyrillic and Arabic all render. Only http(s)
URLs become links.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fpdf import FPDF
from fpdf.enums import WrapMode

from research.render.contract import EvidenceDict, ReportDict
from research.render.facts import attachment_lines, coordinates, fit_notes, identity_rows, inquiry_rows, website_rows
from research.render.formats import PDF_ACTIONS
from research.render.i18n import t
from research.render.json import to_dict
from research.render.pdf_fonts import BASE, FAMILIES, font_path, runs
from research.types import Report

ACTIONS = PDF_ACTIONS
_LINE = 5.2
_BODY_CHARS = 2500
_RGB = tuple[int, ...]
_GREY = (110, 110, 110)
_CATEGORY_COLORS = {"A": (22, 128, 61), "B": (37, 99, 235), "C": (120, 120, 120), "X": (200, 30, 30)}


@dataclass(frozen=True)
class Approval:
    """Who asks for what: printed in the header and the approval block."""

    company: str = ""
    rep: str = ""
    action: str = "reply"  # one of ACTIONS
    seen_before: tuple[str, ...] = ()  # earlier reports of the same e-mail, domain or phone, one line each


def _safe_link(url: Any) -> str:
    text = str(url or "")
    return text if text.lower().startswith(("http://", "https://")) else ""


class _Doc(FPDF):
    def __init__(self, lang: str, approval: Approval, generated: str) -> None:
        super().__init__(format="A4", unit="mm")
        self.lang, self.approval, self.generated = lang, approval, generated
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
        for family, chunk in runs("" if text is None else str(text)):
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
        self.set_text_color(*_GREY)
        who = self.approval.company or t("report.title", self.lang)
        self.text_run(who, 8.5, bold=True)
        self.text_run(f"   {t('report.generated', self.lang)}: {self.generated}", 8.5)
        if self.approval.rep:
            self.text_run(f"   {t('report.rep', self.lang)}: {self.approval.rep}", 8.5)
        self.set_text_color(0, 0, 0)
        self.ln(8)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(BASE, "", 8)
        self.set_text_color(*_GREY)
        self.cell(0, 5, f"{self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def _show(value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return t("report.yes" if value else "report.no", lang)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or t("report.none", lang)
    if value in (None, ""):
        return t("report.unknown", lang)
    return str(value)


def _ev_text(ev: list[EvidenceDict]) -> tuple[str, str]:
    if not ev:
        return "", ""
    first = ev[0]
    return f"{first['ref']}: {first['snippet'][:160]}".strip(": "), _safe_link(first["ref"])


def _verdict(doc: _Doc, d: ReportDict) -> None:
    lang, v = doc.lang, d["verdict"]
    who = d["inquiry"].get("company") or d["inquiry"].get("email") or ""
    doc.para(f"{t('report.title', lang)}: {who}", 16, bold=True)
    doc.para(v["category_label"], 14, bold=True, color=_CATEGORY_COLORS.get(v["category"], (0, 0, 0)))
    doc.para(f"{t('report.risk', lang)}: {t('risk.' + v['risk'], lang)}", 11)
    scores = "   ".join(f"{t('score.' + k, lang)} {s}" for k, s in v["scores"].items())
    doc.para(scores, 11, bold=True)
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
    if not v["reasons"]:
        doc.bullet(t("report.none", lang), "", "")
    for r in v["reasons"]:
        detail, link = _ev_text(r["evidence"])
        doc.bullet(r["message"], detail, link)


def _red_flags(doc: _Doc, d: ReportDict) -> None:
    flags = [s for s in d["signals"] if s["red_flag"]]
    if not flags:
        return
    doc.heading(t("report.red_flags", doc.lang))
    for s in flags:
        detail, link = _ev_text(s["evidence"])
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
    doc.kv("report.field.free_mail", e["free_mail"])
    for key in ("mx", "spf", "dmarc", "created", "age_days", "registrar", "registrant_country"):
        doc.kv(f"report.field.{key}", dom.get(key))


def _website(doc: _Doc, d: ReportDict) -> None:
    w = d["website"]
    doc.heading(t("report.website", doc.lang))
    doc.kv("report.field.url", w["url"])
    doc.kv("report.field.reachable", w["reachable"])
    for p in w["pages"][:12]:
        doc.bullet(f"{p.get('title') or p.get('kind') or ''}", p.get("url", ""), _safe_link(p.get("url")))
    for key, value in website_rows(w):
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
        detail, link = _ev_text(r["evidence"])
        doc.bullet(r["message"], detail, link)
    doc.heading(t("report.fit", lang))
    overlap = f["product_overlap"]
    doc.kv("report.field.overlap", None if overlap is None else f"{overlap:.0%}")
    for m in f["matched_products"][:12]:
        ours, theirs = t("report.field.our_line", lang), t("report.field.buyer_product", lang)
        doc.bullet(f"{ours}: {m['our_line']} — {theirs}: {m['buyer_product']}", m.get("where", ""))
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
    for key, value in inquiry_rows(d["inquiry_analysis"]):
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
    for s in d["signals"]:
        if not s["red_flag"]:
            detail, link = _ev_text(s["evidence"])
            doc.bullet(s["message"], detail, link)
    doc.heading(t("report.findings", doc.lang))
    for f in d["findings"]:
        status = t(f"status.{f['status']}", doc.lang) + (f": {f['reason']}" if f["reason"] else "")
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


def _approval(doc: _Doc) -> None:
    lang = doc.lang
    if doc.get_y() > doc.h - 80:
        doc.add_page()
    doc.heading(t("report.approval", lang))
    doc.text_run(t("report.requested_action", lang) + ":", 10, bold=True)
    doc.ln(_LINE + 1)
    for action in ACTIONS:
        _box(doc, doc.approval.action == action)
        doc.text_run(t(f"action.{action}", lang), 10)
        doc.set_x(doc.get_x() + 6)
    doc.ln(_LINE + 4)
    if doc.approval.rep:
        doc.kv("report.rep", doc.approval.rep)
    for key in ("report.approver", "report.decision", "report.date", "report.signature"):
        doc.text_run(t(key, lang) + ":", 10, bold=True)
        x, y = doc.get_x() + 2, doc.get_y() + 4.6
        doc.line(x, y, doc.w - doc.r_margin, y)
        doc.ln(_LINE + 5)
    doc.para(t("report.decision_hint", lang), 8.5, color=_GREY)


def render(report: Report, lang: str = "zh", approval: Approval | None = None) -> bytes:
    """The PDF bytes; ``approval`` fills the header and the approval block."""
    return render_dict(to_dict(report, lang), approval)


def render_dict(d: ReportDict, approval: Approval | None = None) -> bytes:
    generated = _when(d["generated_at"])
    doc = _Doc(d["lang"], approval or Approval(), generated)
    doc.add_page()
    _verdict(doc, d)
    _red_flags(doc, d)
    _seen_before(doc)
    _sender(doc, d)
    _website(doc, d)
    _identity(doc, d)
    _buyer_and_fit(doc, d)
    _advice(doc, d)
    _inquiry(doc, d)
    _attachments(doc, d)
    _evidence(doc, d)
    _approval(doc)
    return bytes(doc.output())


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]
