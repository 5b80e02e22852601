"""The report as Markdown, for the terminal, chat tools and e-mail to a manager.

Text from websites and e-mails is untrusted: it is escaped so it cannot add
links, images or HTML to the rendered Markdown.
"""

from __future__ import annotations

import re
from typing import Any

from research.extract.text import show_controls
from research.render.contract import ReportDict
from research.render.facts import (
    attachment_lines,
    fit_notes,
    identity_rows,
    no_site_lines,
    page_kind,
    where_found,
    where_said,
)
from research.render.i18n import t
from research.render.json import to_dict

# Enough to stop emphasis, links, images, HTML, entities ("&lt;" would show as "<"), tables and headings;
# parentheses are harmless once brackets are escaped, and escaping them hurts readability.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


# GFM turns a bare "https://x.top/login" or "www.x.top" into a link, escaped or not (a backslash does not stop
# it): a word joiner after the scheme's slash or the "www" leaves the text readable and unclickable.
_AUTOLINK = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]{1,15}:/)(/)|(\bwww)(\.)")


def esc(value: Any) -> str:
    text = show_controls("" if value is None else str(value))
    text = _MD_SPECIAL.sub(r"\\\1", text.replace("\r", " ").replace("\n", " "))
    return _AUTOLINK.sub(lambda m: f"{m.group(1) or m.group(3)}\u2060{m.group(2) or m.group(4)}", text)


def _kv(rows: list[tuple[str, Any]], lang: str) -> list[str]:
    out = []
    for key, value in rows:
        if isinstance(value, bool):
            value = t("report.yes" if value else "report.no", lang)
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value) or t("report.none", lang)
        elif value in (None, ""):
            value = t("report.unknown", lang)
        out.append(f"- **{t(key, lang)}**: {esc(value)}")
    return out


def _verdict(d: ReportDict, lang: str) -> list[str]:
    v = d["verdict"]
    lines = [
        f"## {t('report.verdict', lang)}",
        "",
        f"**{esc(v['category_label'])}** · {t('report.risk', lang)}: {t('risk.' + v['risk'], lang)}",
        "",
    ]
    lines.append("| " + " | ".join(t(f"score.{k}", lang) for k in v["scores"]) + " |")
    lines.append("|" + "---|" * len(v["scores"]))
    lines.append("| " + " | ".join(str(s) for s in v["scores"].values()) + " |")
    if v["rule_text"]:
        lines += ["", f"{t('report.decided_by', lang)}: {esc(v['rule_text'])}"]
    if v["look_again_text"]:
        lines += ["", f"> **{t('report.look_again', lang)}:** {esc(v['look_again_text'])}"]
    if v["unverified"]:
        lines += ["", t("report.unverified", lang), *(f"- {esc(m)}" for m in v["unverified"])]
    lines += ["", f"### {t('report.reasons', lang)}", ""]
    lines += [f"{i}. {esc(r['message'])}" for i, r in enumerate(v["reasons"], 1)] or [t("report.none", lang)]
    return lines


def _red_flags(d: ReportDict, lang: str) -> list[str]:
    flags = [s for s in d["signals"] if s["red_flag"]]
    if not flags:
        return []
    lines = ["", f"## {t('report.red_flags', lang)}", ""]
    for s in flags:
        ev = s["evidence"][0] if s["evidence"] else None
        where = where_found(ev["kind"], ev["ref"], lang) if ev else ""
        tail = f" — {esc(where)}: {esc(ev['snippet'][:160])}" if ev else ""
        lines.append(f"- ⚠ {esc(s['message'])}{tail}")
    return lines


def _sender(d: ReportDict, lang: str) -> list[str]:
    e, dom = d["email"], d["domain"]
    rows = [
        ("report.field.email", e["address"]),
        *([("report.field.reply_to", d["inquiry"]["reply_to"])] if d["inquiry"].get("reply_to") else []),
        ("report.field.free_mail", e["free_mail"]),
        ("report.field.disposable", e["disposable"]),
        ("report.field.mx", dom["mx"]),
        ("report.field.spf", dom["spf"]),
        ("report.field.dmarc", dom["dmarc"]),
        ("report.field.created", dom["created"]),
        ("report.field.registrar", dom["registrar"]),
        ("report.field.registrant_country", dom["registrant_country"]),
    ]
    return ["", f"## {t('report.sender', lang)}", "", *_kv(rows, lang)]


def _website(d: ReportDict, lang: str) -> list[str]:
    w = d["website"]
    if not w.get("url"):
        return ["", f"## {t('report.website', lang)}", "", *(f"- {esc(line)}" for line in no_site_lines(w, lang))]
    rows = [
        ("report.field.url", w["url"]),
        ("report.field.reachable", w["reachable"]),
        ("report.field.title", w.get("title")),
    ]
    lines = ["", f"## {t('report.website', lang)}", "", *_kv(rows, lang)]
    lines += [f"- {esc(page_kind(str(p.get('kind') or ''), lang))}: {esc(p.get('url'))} {esc(p.get('title'))}"
              for p in w["pages"]]  # fmt: skip
    return lines


def _identity(d: ReportDict, lang: str) -> list[str]:
    """Proof of identity: company numbers, registers, certificate, web history, map, sanctions lists."""
    rows = identity_rows(d, lang)
    if not rows:
        return []
    lines = ["", f"## {t('report.identity', lang)}", ""]
    for key, value in rows:
        if key == "report.field.map":
            lines.append(f"- **{t(key, lang)}**: [{esc(value)}](<{value}>)")
        else:
            lines += _kv([(key, value)], lang)
    return lines


def _buyer_and_fit(d: ReportDict, lang: str) -> list[str]:
    b, f = d["buyer_type"], d["fit"]
    lines = [
        "",
        f"## {t('report.buyer_type', lang)}",
        "",
        f"{esc(b['label_text'])} ({t('report.field.confidence', lang)} {b['confidence']:.0%})",
    ]
    lines += [f"- {esc(r['message'])}" for r in b["evidence"]]
    lines += ["", f"## {t('report.fit', lang)}", ""]
    overlap = f["product_overlap"]
    lines.append(
        f"- **{t('report.field.overlap', lang)}**: {t('report.unknown', lang) if overlap is None else f'{overlap:.0%}'}"
    )
    lines += [
        f"- {esc(m['our_line'])} ← {esc(m['buyer_product'])} ({esc(where_said(m['where'], lang))})"
        for m in f["matched_products"]
    ]
    lines += [f"- {esc(note)}" for note in fit_notes(d)]
    markets = d["website"].get("markets") or []
    for key, codes in (
        ("markets", markets),
        ("market_overlap", f["market_overlap"]),
        ("market_excluded", f["market_excluded"]),
    ):
        if codes:
            lines.append(f"- **{t('report.field.' + key, lang)}**: {esc(', '.join(map(str, codes)))}")
    return lines


def _attachments(d: ReportDict, lang: str) -> list[str]:
    rows = attachment_lines(d["attachments"], lang)
    if not rows:
        return []
    lines = ["", f"## {t('report.attachments', lang)}", ""]
    for row in rows:
        lines.append(f"- **{esc(row.filename)}** — {esc(row.summary)}")
        lines += [f"  - {esc(found)}" for found in row.found]
        if row.links:
            lines.append(f"  - {t('report.attachments_links', lang)}: {esc(', '.join(row.links))}")
    return lines


def _advice(d: ReportDict, lang: str) -> list[str]:
    steps = [a for a in d["advice"] if a["kind"] != "link"]
    links = [a for a in d["advice"] if a["kind"] == "link"]
    lines = ["", f"## {t('report.advice', lang)}", ""]
    lines += [f"- {esc(a['message'])}" for a in steps]
    if links:
        lines += ["", f"### {t('report.checks', lang)}", ""]
        lines += [f"- [{esc(a['message'])}](<{a['url']}>)" for a in links]
    return lines


def _findings(d: ReportDict, lang: str) -> list[str]:
    head = f"| {t('report.field.source', lang)} | {t('report.field.status', lang)} | {t('report.field.time', lang)} |"
    lines = ["", f"## {t('report.findings', lang)}", "", head, "|---|---|---|"]
    for f in d["findings"]:
        status = t(f"status.{f['status']}", lang) + (f": {esc(t(f['reason'], lang))}" if f["reason"] else "")
        lines.append(f"| {t('source.' + f['source'], lang)} | {status} | {f['elapsed_ms']} ms |")
    return lines


def render(report: Any, lang: str = "zh") -> str:
    d = to_dict(report, lang)
    who = d["inquiry"].get("company") or d["inquiry"].get("email") or ""
    lines = [f"# {t('report.title', lang)}: {esc(who)}", "", f"{t('report.generated', lang)}: {d['generated_at'][:19]}"]
    if d["offline"]:
        lines += ["", f"> {t('report.offline_note', lang)}"]
    lines += ["", *_verdict(d, lang), *_red_flags(d, lang), *_sender(d, lang), *_website(d, lang), *_identity(d, lang)]
    lines += _buyer_and_fit(d, lang) + _attachments(d, lang) + _advice(d, lang) + _findings(d, lang)
    return "\n".join(lines) + "\n"
