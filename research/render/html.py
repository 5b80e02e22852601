"""The report as one self-contained HTML file: inline CSS, no scripts, no remote assets.

Built from the JSON contract dict. Every value goes through ``esc`` (text
and attributes) and only http(s) URLs become links, so a hostile website or
e-mail cannot add markup; a Content-Security-Policy forbids scripts anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from html import escape
from typing import Any

from research.extract.text import show_controls
from research.render.contract import ReportDict, VerdictDict
from research.render.facts import (
    attachment_lines,
    identity_rows,
    inquiry_rows,
    no_site_lines,
    page_kind,
    website_rows,
    where_found,
    where_said,
)
from research.render.highlight import phrases, segments
from research.render.i18n import t
from research.render.json import to_dict
from research.types import Report

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_CSS = """
body{font-family:"Noto Sans","Microsoft YaHei","PingFang SC",Arial,sans-serif;max-width:960px;margin:2em auto;
padding:0 1em;color:#1f2328;line-height:1.5}
h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
.banner{border-radius:8px;padding:.8em 1em;color:#fff}.cat-A{background:#16803d}.cat-B{background:#2563eb}
.cat-C{background:#6b7280}.cat-X{background:#c81e1e}.banner b{font-size:1.3em}
.scores{display:flex;gap:1em;margin:.6em 0}.score{flex:1;background:#f3f4f6;border-radius:6px;padding:.4em .6em}
.score span{display:block;font-size:1.4em;font-weight:bold}
.flag{color:#b91c1c}.ev{color:#6b7280;font-size:.85em;word-break:break-all}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #e5e7eb;padding:.3em .5em;text-align:left;
vertical-align:top}table.kv td:first-child{white-space:nowrap;width:1%}
mark.specific{background:#fde68a}mark.scam{background:#fecaca}mark.vague{background:#e5e7eb}
pre{white-space:pre-wrap;word-break:break-word;background:#f9fafb;padding:.8em;border-radius:6px}
.failed{color:#b91c1c}.skipped{color:#6b7280}.muted{color:#6b7280;font-size:.85em}
"""


def esc(value: Any) -> str:
    text = "" if value is None else str(value)
    return _esc_short(text) if len(text) <= _SHORT else _esc(text)


def _esc(text: str) -> str:
    return escape(show_controls(text), quote=True)


# Most of what a report escapes is short and said again and again (labels, statuses, codes, domains):
# escaped once each. Long untrusted text (the mail, page excerpts) is not kept.
_SHORT = 120
_esc_short = lru_cache(maxsize=4096)(_esc)


def safe_url(url: Any) -> str:
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) and not any(c in text for c in "\r\n") else ""


def link(url: Any, text: Any = None) -> str:
    href = safe_url(url)
    label = esc(text if text not in (None, "") else url)
    if not href:
        return label
    return f'<a href="{esc(href)}" rel="noopener noreferrer nofollow" target="_blank">{label}</a>'


def show(value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return t("report.yes" if value else "report.no", lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or t("report.none", lang)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or t("report.none", lang)
    if value in (None, ""):
        return t("report.unknown", lang)
    return str(value)


def evidence(ev: Iterable[Mapping[str, Any]], lang: str = "zh") -> str:
    """Evidence as text: where it was found in the rep's words, a URL never clickable (it may be the lure)."""
    parts = []
    for e in list(ev)[:3]:
        where = esc(where_found(e.get("kind"), e.get("ref"), lang))
        parts.append(f'<div class="ev">{where}: {esc(str(e.get("snippet", ""))[:240])}</div>')
    return "".join(parts)


def _items(rows: Iterable[Mapping[str, Any]], cls: str = "", lang: str = "zh") -> str:
    lis = [f'<li class="{cls}">{esc(r["message"])}{evidence(r.get("evidence", ()), lang)}</li>' for r in rows]
    return "<ul>" + "".join(lis) + "</ul>" if lis else ""


def _table(head: list[str], rows: Iterable[Iterable[str]]) -> str:
    """``rows`` hold HTML already escaped by the caller."""
    th = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    # A table without a head is label | value: the label keeps its line (a long value beside it once
    # squeezed 经营模式 to one character a line).
    return f"<table><tr>{th}</tr>{body}</table>" if head else f'<table class="kv">{body}</table>'


def _kv(pairs: Iterable[tuple[str, Any]], lang: str) -> str:
    return _table([], ([esc(t(k, lang)), esc(show(v, lang))] for k, v in pairs))


def _verdict(d: ReportDict, lang: str) -> str:
    v = d["verdict"]
    scores = "".join(
        f'<div class="score">{esc(t("score." + k, lang))}<span>{int(s)}</span></div>' for k, s in v["scores"].items()
    )
    return (
        f"<h2>{esc(t('report.verdict', lang))}</h2>"
        f'<div class="banner cat-{esc(v["category"])}"><b>{esc(v["category_label"])}</b>'
        f" · {esc(t('report.risk', lang))}: {esc(t('risk.' + v['risk'], lang))}</div>"
        f'<div class="scores">{scores}</div>{_decided_by(v, lang)}'
        f"<h2>{esc(t('report.reasons', lang))}</h2>{_items(v['reasons'], lang=lang)}"
    )


def _decided_by(v: VerdictDict, lang: str) -> str:
    out = ""
    if v["rule_text"]:
        out += f'<p class="rule"><b>{esc(t("report.decided_by", lang))}:</b> {esc(v["rule_text"])}</p>'
    if v["look_again_text"]:
        out += f'<p class="again"><b>{esc(t("report.look_again", lang))}:</b> {esc(v["look_again_text"])}</p>'
    if v["unverified"]:
        items = "".join(f"<li>{esc(m)}</li>" for m in v["unverified"])
        out += f'<p class="unverified">{esc(t("report.unverified", lang))}</p><ul>{items}</ul>'
    return out


def _red_flags(d: ReportDict, lang: str) -> str:
    flags = [s for s in d["signals"] if s["red_flag"]]
    return f"<h2>{esc(t('report.red_flags', lang))}</h2>{_items(flags, 'flag', lang)}" if flags else ""


def _sender(d: ReportDict, lang: str) -> str:
    e, dom = d["email"], d["domain"]
    pairs: list[tuple[str, Any]] = [("report.field.email", e["address"])]
    if reply_to := d["inquiry"].get("reply_to"):
        pairs.append(("report.field.reply_to", reply_to))
    pairs.append(("report.field.free_mail", e["free_mail"]))
    pairs += [(f"report.field.{k}", dom.get(k)) for k in ("mx", "spf", "dmarc", "created", "age_days", "registrar")]
    pairs.append(("report.field.registrant_country", dom.get("registrant_country")))
    return f"<h2>{esc(t('report.sender', lang))}</h2>{_kv(pairs, lang)}"


def _website(d: ReportDict, lang: str) -> str:
    w = d["website"]
    if not w.get("url"):
        said = "".join(f"<p class='muted'>{esc(line)}</p>" for line in no_site_lines(w, lang))
        return f"<h2>{esc(t('report.website', lang))}</h2>{said}"
    out = f"<h2>{esc(t('report.website', lang))}</h2><p>{link(w['url'])}</p>"
    pages = [[esc(page_kind(str(p.get("kind") or ""), lang)), link(p.get("url"), p.get("title") or p.get("url"))]
             for p in w["pages"]]  # fmt: skip
    if pages:
        out += _table([t("report.field.kind", lang), t("report.field.url", lang)], pages)
    socials = w.get("socials") or {}
    social_links = socials.items() if isinstance(socials, Mapping) else ((s, s) for s in socials)
    out += _kv(website_rows(w, lang), lang)
    if socials:
        out += "<p>" + " · ".join(link(url, name) for name, url in social_links) + "</p>"
    return out


def _identity(d: ReportDict, lang: str) -> str:
    """Proof of identity; the map is a link to OpenStreetMap (the file loads nothing remote)."""
    rows = identity_rows(d, lang)
    if not rows:
        return ""
    cells = [[esc(t(k, lang)), link(v) if k == "report.field.map" else esc(show(v, lang))] for k, v in rows]
    return f"<h2>{esc(t('report.identity', lang))}</h2>" + _table([], cells)


def _fit(d: ReportDict, lang: str) -> str:
    f = d["fit"]
    overlap = f["product_overlap"]
    out = f"<h2>{esc(t('report.fit', lang))}</h2>"
    out += _kv([("report.field.overlap", None if overlap is None else f"{overlap:.0%}")], lang)
    rows = [
        [esc(m["our_line"]), esc(m["buyer_product"]), esc(where_said(m.get("where", ""), lang))]
        for m in f["matched_products"]
    ]
    if rows:
        head = [t(f"report.field.{k}", lang) for k in ("our_line", "buyer_product", "where")]
        out += _table(head, rows)
    markets = [("report.field.market_overlap", f["market_overlap"])]
    markets += [("report.field.market_excluded", f.get("market_excluded") or [])]
    out += _kv([(k, v) for k, v in markets if v], lang)
    return out


def _buyer(d: ReportDict, lang: str) -> str:
    b = d["buyer_type"]
    head = f"{esc(b['label_text'])} ({esc(t('report.field.confidence', lang))} {b['confidence']:.0%})"
    return f"<h2>{esc(t('report.buyer_type', lang))}</h2><p><b>{head}</b></p>{_items(b['evidence'], lang=lang)}"


def inquiry_html(d: ReportDict) -> str:
    """The inquiry body, escaped, with the matched phrases in ``<mark>``."""
    text = str(d["inquiry"].get("body") or "")
    parts = [
        f'<mark class="{kind}">{esc(piece)}</mark>' if kind else esc(piece)
        for piece, kind in segments(text, phrases(d))
    ]
    return "<pre>" + "".join(parts) + "</pre>"


def _inquiry(d: ReportDict, lang: str) -> str:
    inq = d["inquiry"]
    pairs = [(f"report.field.{k}", inq.get(k)) for k in ("email", "company", "subject")]
    pairs += inquiry_rows(d["inquiry_analysis"], lang)
    legend = f"<p class='muted'>{esc(t('report.highlight_legend', lang))}</p>"
    return f"<h2>{esc(t('report.inquiry', lang))}</h2>{_kv(pairs, lang)}{legend}{inquiry_html(d)}"


def _attachments(d: ReportDict, lang: str) -> str:
    rows = attachment_lines(d["attachments"], lang)
    if not rows:
        return ""
    items = []
    for row in rows:
        found = "".join(f"<li>{esc(f)}</li>" for f in row.found)
        # Links inside a hostile file are shown, never made clickable.
        links = f'<div class="ev">{esc(t("report.attachments_links", lang))}: {esc(", ".join(row.links))}</div>'
        items.append(
            f"<li><b>{esc(row.filename)}</b> <span class='muted'>{esc(row.summary)}</span>"
            f"{'<ul>' + found + '</ul>' if found else ''}{links if row.links else ''}</li>"
        )
    return f"<h2>{esc(t('report.attachments', lang))}</h2><ul>{''.join(items)}</ul>"


def _advice(d: ReportDict, lang: str) -> str:
    steps = [f"<li>{esc(a['message'])}</li>" for a in d["advice"] if a["kind"] != "link"]
    links = [f"<li>{link(a['url'], a['message'])}</li>" for a in d["advice"] if a["kind"] == "link"]
    out = f"<h2>{esc(t('report.advice', lang))}</h2><ul>{''.join(steps)}</ul>"
    if links:
        out += f"<h2>{esc(t('report.checks', lang))}</h2><ul>{''.join(links)}</ul>"
    return out


def _findings(d: ReportDict, lang: str) -> str:
    rows = []
    for f in d["findings"]:
        status = esc(t(f"status.{f['status']}", lang)) + (f": {esc(t(f['reason'], lang))}" if f["reason"] else "")
        rows.append([esc(t("source." + f["source"], lang)), f'<span class="{esc(f["status"])}">{status}</span>'])
        rows[-1].append(f"{int(f['elapsed_ms'])} ms")
    head = [t(f"report.field.{k}", lang) for k in ("source", "status", "time")]
    signals = _items([s for s in d["signals"] if not s["red_flag"]], lang=lang)
    return f"<h2>{esc(t('report.signals', lang))}</h2>{signals}<h2>{esc(t('report.findings', lang))}</h2>" + _table(
        head, rows
    )


def render_dict(d: ReportDict) -> str:
    lang = d["lang"]
    who = d["inquiry"].get("company") or d["inquiry"].get("email") or ""
    title = f"{t('report.title', lang)}: {who}"
    body = [
        f"<h1>{esc(title)}</h1><p class='muted'>{esc(t('report.generated', lang))}: {esc(d['generated_at'][:19])}</p>",
        f"<p class='muted'>{esc(t('report.offline_note', lang))}</p>" if d["offline"] else "",
        _verdict(d, lang),
        _red_flags(d, lang),
        _sender(d, lang),
        _website(d, lang),
        _identity(d, lang),
        _fit(d, lang),
        _buyer(d, lang),
        _inquiry(d, lang),
        _attachments(d, lang),
        _advice(d, lang),
        _findings(d, lang),
        f"<p class='muted'>{esc(t('report.footer', lang))}</p>",
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>{''.join(body)}</body></html>\n"
    )


def render(report: Report, lang: str = "zh") -> str:
    return render_dict(to_dict(report, lang))
