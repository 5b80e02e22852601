"""The contract's known facts as (catalog key, value) rows, shared by the page, HTML and PDF.

Facts grow as the checks learn more; every key is optional, and a row whose
value is empty is left out rather than shown as "unknown".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from research.facts import AttachmentFact, AttachmentsFacts, InquiryFacts, WebsiteFacts
from research.render.contract import ReportDict
from research.render.i18n import t, worded


def _texts(items: Any, key: str) -> list[str]:
    return [str(i.get(key, "")) if isinstance(i, Mapping) else str(i) for i in items or ()]


def _keep(rows: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [(k, v) for k, v in rows if v not in (None, "", [], {}, ())]


def website_rows(w: WebsiteFacts, lang: str) -> list[tuple[str, Any]]:
    """What a buyer's site says as (catalog key, value) rows; its business models in words, not codes."""
    return _keep(
        [
            ("report.field.description", w.get("description")),
            ("report.field.founded", w.get("founded_year")),
            ("report.field.size", _texts(w.get("size_hints"), "text")),
            ("report.field.business_model", [worded(m, lang) for m in w.get("business_model") or ()]),
            ("report.field.products", list(w.get("products") or ())[:20]),
            ("report.field.markets", list(w.get("markets") or ())),
            ("report.field.certifications", list(w.get("certifications") or ())),
            ("report.field.phones", _texts(w.get("phones"), "number")),
            ("report.field.emails", list(w.get("emails") or ())),
            ("report.field.address", w.get("address")),
        ]
    )


def where_found(kind: Any, ref: Any, lang: str) -> str:
    """Where a piece of evidence was found, in the rep's words ("邮件正文", "DNS"), never a code like
    "text: body"; a URL is given as it is (as text: renderers never make evidence clickable, since the
    buyer's own links may be the lure)."""
    text = "" if ref is None else str(ref)
    if text.lower().startswith(("http://", "https://")):
        return text
    code = f"page.evidence.{kind}.{text}"
    if (said := t(code, lang)) != code:
        return said
    kind_said = t(f"page.evidence.{kind}", lang)
    if kind_said == f"page.evidence.{kind}":
        return text
    return f"{kind_said} {text}".strip()


def no_site_lines(w: WebsiteFacts, lang: str) -> list[str]:
    """With no website visited: the probable one found from the company name (said as probable, never as
    the buyer's site), or the domains tried from the name; else "no website was checked"."""
    if w.get("probable_url"):
        params = {"url": w["probable_url"], "title": w.get("probable_title") or "-", "company": w.get("probable_from")}
        return [t("report.website_probable", lang, params)]
    if guesses := w.get("name_guesses"):
        return [t("report.website_not_found", lang), t("report.website_guessed", lang, hosts=", ".join(guesses))]
    return [t("report.no_website", lang)]


def _said(prefix: str, code: Any, lang: str) -> Any:
    """A code ("es", "inquiry") in words when the catalog has them ("西班牙语", "询盘"), else as it is."""
    if not code:
        return code
    said = t(f"{prefix}.{code}", lang)
    return code if said == f"{prefix}.{code}" else said


def where_said(where: Any, lang: str) -> Any:
    """Where a product was read: "the inquiry" in words, or the page's URL."""
    return _said("report.where", where, lang)


def inquiry_rows(ia: InquiryFacts, lang: str = "zh") -> list[tuple[str, Any]]:
    specificity = ia.get("specificity")
    return _keep(
        [
            ("report.field.language", _said("language", ia.get("language"), lang)),
            ("report.field.specificity", None if specificity is None else f"{specificity}/100"),
            ("report.field.inquiry_products", list(ia.get("products") or ())),
            ("report.field.quantities", _texts(ia.get("quantities"), "text")),
            ("report.field.incoterms", ia.get("incoterms")),
            ("report.field.destination", ia.get("destination_country")),
            ("report.field.attachments", list(ia.get("attachments") or ())),
            ("report.field.links", list(ia.get("links") or ())[:5]),
        ]
    )


def fit_notes(d: ReportDict) -> list[str]:
    """Fit signals that weigh nothing but ask the rep to look ("products named in Polish: compare by hand")."""
    return [s["message"] for s in d["signals"] if s["code"].startswith("fit.") and not s["weight"]]


@dataclass(frozen=True)
class AttachmentLine:
    """One attachment as every renderer lists it; every string is untrusted and escaped by the renderer."""

    filename: str
    summary: str  # real type · size · read or not
    found: tuple[str, ...]  # "program inside: setup.exe (order.zip/setup.exe)"
    links: tuple[str, ...]


def _size(size: Any) -> str:
    if not isinstance(size, int):
        return ""
    return f"{size / 1e6:.1f} MB" if size >= 1_000_000 else f"{max(1, round(size / 1000))} KB"


def _found(f: Mapping[str, Any], filename: str, lang: str) -> str:
    what = t(f"attachment.found.{f.get('kind', '')}", lang)
    where = str(f.get("where") or "")
    inner = where.removeprefix(filename).lstrip("/")
    detail = str(f.get("detail") or "")
    return what + (f": {detail}" if detail else "") + (f" ({inner})" if inner and inner not in detail else "")


# Kinds every file of its type has: listed in the summary, not as findings.
_PLAIN = {"web_page", "archive"}


def _is_reason(f: Mapping[str, Any], filename: str) -> bool:
    """The file's own "could not be read", already said in its summary."""
    return f.get("kind") == "unreadable" and f.get("where") == filename


def attachment_lines(a: AttachmentsFacts, lang: str) -> list[AttachmentLine]:
    out = []
    files: list[AttachmentFact] = list(a.get("files") or ())
    for file in files:
        name = str(file.get("filename") or "")
        status = t(f"attachment.status.{file.get('status', 'not_read')}", lang)
        reason = str(file.get("reason") or "")
        parts = [str(file.get("real_type") or "").upper(), _size(file.get("size")), status]
        summary = " · ".join(p for p in parts if p) + (f" ({reason[:120]})" if reason else "")
        shown = [f for f in file.get("found") or () if f.get("kind") not in _PLAIN and not _is_reason(f, name)]
        found = tuple(dict.fromkeys(_found(f, name, lang) for f in shown))
        out.append(AttachmentLine(name, summary, found[:12], tuple(file.get("links") or ())[:10]))
    return out


def _identifier(i: Mapping[str, Any], lang: str) -> str:
    text = f"{t('identifier.' + str(i.get('kind')), lang)} {i.get('number', '')}"
    return text if i.get("valid") else f"{text} ({t('report.id_invalid', lang)})"


def _record(r: Mapping[str, Any], lang: str) -> str:
    """ "EU VIES: SAS MAISON VERT · FR40303265045 · VAT valid", or the number and what became of it."""
    parts = [str(r.get(k)) for k in ("name", "number", "registered", "legal_status") if r.get(k)]
    if r.get("status") == "not_found":
        parts.append(t("report.register_not_found", lang))
    elif r.get("status") == "unknown":
        parts.append(t(str(r.get("reason") or "report.unknown"), lang))
    return f"{t('register.' + str(r.get('register')), lang)}: " + " · ".join(parts)


def _certificate(d: ReportDict, lang: str) -> str | None:
    cert = d["website"].get("certificate")
    if not cert:
        return None
    if not cert.get("organization"):
        return t("report.certificate_domain_only", lang)
    return f"{cert['organization']} ({cert.get('country') or '-'}), {cert.get('issuer', '')}"


def _sanctions(d: ReportDict, lang: str) -> str | None:
    s = d["sanctions"]
    lists = s.get("lists") or []
    if not lists:
        return None
    if not s.get("matches"):
        named = ", ".join(f"{t('list.' + x['list'], lang)} {x['date']}" for x in lists)
        return t("report.sanctions_clear", lang, lists=named)
    return "; ".join(f"{m.get('listed_name')} ({m.get('list', '').upper()} {m.get('entry')})" for m in s["matches"])


def page_kind(kind: str, lang: str) -> str:
    """A crawled page's kind in words (首页, 产品), not its code; a kind without a word stays as it is."""
    return worded(kind, lang, "report.page_kind.")


def place_kind(kind: str, lang: str) -> str:
    """What the map says an address is (工业区或仓库, 办公场所), in words."""
    return worded(kind, lang, "report.place_kind.")


def identity_rows(d: ReportDict, lang: str) -> list[tuple[str, Any]]:
    """Proof of identity as (catalog key, text) rows: numbers, registers, certificate, history, map, lists."""
    loc = d["location"]
    where = loc.get("display_name") or loc.get("address")
    place = f"{where} ({place_kind(str(loc['kind']), lang)})" if loc.get("kind") else None
    rows: list[tuple[str, Any]] = [
        ("report.field.identifiers", [_identifier(i, lang) for i in d["registers"].get("identifiers") or []])
    ]
    rows += [("report.field.register", _record(r, lang)) for r in d["registers"].get("records") or []]
    rows += [
        ("report.field.certificate", _certificate(d, lang)),
        ("report.field.verifications", list(d["domain"].get("verifications") or [])),
        ("report.field.first_capture", d["archive"].get("first_capture")),
        ("report.field.location", place),
        ("report.field.map", loc.get("map_url")),
        ("report.field.sanctions", _sanctions(d, lang)),
    ]
    return _keep(rows)


def coordinates(d: ReportDict) -> tuple[float, float] | None:
    loc = d["location"]
    return (float(loc["lat"]), float(loc["lon"])) if "lat" in loc and "lon" in loc else None
