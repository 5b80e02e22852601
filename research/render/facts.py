"""The contract's known facts as (catalog key, value) rows, shared by the page, HTML and PDF.

Facts grow as the checks learn more; every key is optional, and a row whose
value is empty is left out rather than shown as "unknown".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from research.facts import InquiryFacts, WebsiteFacts
from research.render.contract import ReportDict


def _texts(items: Any, key: str) -> list[str]:
    return [str(i.get(key, "")) if isinstance(i, Mapping) else str(i) for i in items or ()]


def _keep(rows: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [(k, v) for k, v in rows if v not in (None, "", [], {}, ())]


def website_rows(w: WebsiteFacts) -> list[tuple[str, Any]]:
    return _keep(
        [
            ("report.field.description", w.get("description")),
            ("report.field.founded", w.get("founded_year")),
            ("report.field.size", _texts(w.get("size_hints"), "text")),
            ("report.field.business_model", list(w.get("business_model") or ())),
            ("report.field.products", list(w.get("products") or ())[:20]),
            ("report.field.markets", list(w.get("markets") or ())),
            ("report.field.certifications", list(w.get("certifications") or ())),
            ("report.field.phones", _texts(w.get("phones"), "number")),
            ("report.field.emails", list(w.get("emails") or ())),
            ("report.field.address", w.get("address")),
        ]
    )


def inquiry_rows(ia: InquiryFacts) -> list[tuple[str, Any]]:
    specificity = ia.get("specificity")
    return _keep(
        [
            ("report.field.language", ia.get("language")),
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
