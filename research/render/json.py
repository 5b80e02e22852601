"""The report contract, ``schema: buyer-report/1`` (see DESIGN.md).

Tools rely on these keys: more may be added, none removed without a new
schema version. Every section is present even when its check failed, with
empty values, so a consumer never needs to test for missing keys.
"""

from __future__ import annotations

import json
from typing import Any, cast

from research.facts import (
    ArchiveFacts,
    AttachmentsFacts,
    DomainFacts,
    EmailFacts,
    InquiryFacts,
    LocationFacts,
    RegistersFacts,
    SanctionsFacts,
)
from research.render.contract import (
    EvidenceDict,
    FindingDict,
    ReasonDict,
    ReportDict,
    SignalDict,
    VerdictDict,
    WebsiteSection,
)
from research.render.i18n import t
from research.serialize import to_data
from research.types import Evidence, Finding, Reason, Report, ScoredSignal, Verdict

SCHEMA = "buyer-report/1"

_SECTION_DEFAULTS: dict[str, dict[str, Any]] = {
    "email": {
        "address": "",
        "domain": "",
        "free_mail": False,
        "disposable": False,
        "role": False,
        "lookalike_of": None,
    },
    "domain": {
        "mx": [],
        "spf": None,
        "dmarc": None,
        "created": None,
        "age_days": None,
        "registrar": None,
        "registrant_country": None,
        "parked": None,
    },
    "website": {
        "url": None,
        "reachable": False,
        "pages": [],
        "phones": [],
        "emails": [],
        "socials": [],
        "address": None,
        "founded_year": None,
        "markets": [],
        "products": [],
        "signals": [],
    },
    "inquiry_analysis": {"language": None, "specificity": None, "scam_patterns": [], "links": [], "attachments": []},
    "attachments": {"files": [], "links": []},
    "registers": {"identifiers": [], "records": []},
    "archive": {"first_capture": None},
    "location": {},
    "sanctions": {"screened": [], "lists": [], "matches": []},
}
# The contract names the inquiry check's section "inquiry_analysis" (its top-level "inquiry" is the input).
_SECTION_SOURCE = {
    "email": "email",
    "domain": "domain",
    "website": "website",
    "inquiry_analysis": "inquiry",
    "attachments": "attachments",
    "registers": "registers",
    "archive": "archive",
    "location": "location",
    "sanctions": "sanctions",
}


def _evidence(ev: tuple[Evidence, ...]) -> list[EvidenceDict]:
    return [{"kind": e.kind, "ref": e.ref, "snippet": e.snippet} for e in ev]


def _reason(r: Reason, lang: str) -> ReasonDict:
    return {"code": r.code, "message": t(r.code, lang, r.params), "weight": r.weight, "evidence": _evidence(r.evidence)}


def _signal(s: ScoredSignal, lang: str) -> SignalDict:
    return {
        "source": s.source,
        "code": s.code,
        "dimension": s.dimension,
        "weight": s.weight,
        "red_flag": s.red_flag,
        "message": t(s.code, lang, s.params),
        "params": to_data(s.params),
        "evidence": _evidence(s.evidence),
    }


def _finding(f: Finding, lang: str) -> FindingDict:
    return {
        "source": f.source,
        "status": f.status,
        "reason": t(f.reason, lang) if f.reason else "",
        "reason_code": f.reason,
        "detail": f.detail,
        "elapsed_ms": f.elapsed_ms,
    }


def _facts(report: Report, name: str) -> dict[str, Any]:
    found = report.finding(_SECTION_SOURCE[name])
    out: dict[str, Any] = {**_SECTION_DEFAULTS[name], **to_data(found.facts if found else {})}
    return out


def _website(report: Report, lang: str) -> WebsiteSection:
    section = cast(WebsiteSection, _facts(report, "website"))
    if found := report.finding("website"):
        section["signals"] = [{"code": s.code, "message": t(s.code, lang, s.params)} for s in found.signals]
    return section


def _verdict(v: Verdict, lang: str) -> VerdictDict:
    return {
        "category": v.category,
        "category_label": t(f"category.{v.category}", lang),
        "risk": v.risk,
        "scores": dict(v.scores),
        "reasons": [_reason(r, lang) for r in v.reasons],
        "rule": v.rule,
        "rule_params": to_data(v.rule_params),
        "rule_text": t(f"rule.{v.rule}", lang, v.rule_params) if v.rule else "",
        "look_again": v.look_again,
        "look_again_text": t(f"look_again.{v.look_again}", lang) if v.look_again else "",
        "unverified": [t(code, lang) for code in v.unverified],
    }


def to_dict(report: Report, lang: str = "zh") -> ReportDict:
    bt = report.buyer_type
    return {
        "schema": SCHEMA,
        "lang": lang,
        "generated_at": report.created_at.isoformat(),
        "profile": report.profile,
        "offline": report.offline,
        "inquiry": to_data(report.inquiry),
        "verdict": _verdict(report.verdict, lang),
        "buyer_type": {
            "label": bt.label,
            "label_text": t(f"buyer.{bt.label}", lang),
            "confidence": bt.confidence,
            # One line per thing said: two signals may say the same ("free mail" from two checks).
            "evidence": list({(said := _reason(r, lang))["message"]: said for r in bt.evidence}.values()),
        },
        "email": cast(EmailFacts, _facts(report, "email")),
        "domain": cast(DomainFacts, _facts(report, "domain")),
        "website": _website(report, lang),
        "inquiry_analysis": cast(InquiryFacts, _facts(report, "inquiry_analysis")),
        "attachments": cast(AttachmentsFacts, _facts(report, "attachments")),
        "fit": {
            "product_overlap": report.fit.product_overlap,
            "matched_products": to_data(report.fit.matched_products),
            "market_overlap": list(report.fit.market_overlap),
            "market_excluded": list(report.fit.market_excluded),
        },
        "findings": [_finding(f, lang) for f in report.findings],
        "signals": [_signal(s, lang) for s in report.signals],
        "advice": [
            {"code": a.code, "kind": a.kind, "message": t(a.code, lang, a.params), "url": a.url} for a in report.advice
        ],
        "timings": dict(report.timings),
        "registers": cast(RegistersFacts, _facts(report, "registers")),
        "archive": cast(ArchiveFacts, _facts(report, "archive")),
        "location": cast(LocationFacts, _facts(report, "location")),
        "sanctions": cast(SanctionsFacts, _facts(report, "sanctions")),
    }


def to_json(report: Report, lang: str = "zh") -> str:
    return json.dumps(to_dict(report, lang), ensure_ascii=False, indent=2)
