"""The inquiry itself: language, specificity, info-collector templates, scam patterns, business cues.

Every signal carries the matched words as evidence; the patterns live in
research/data/inquiry/ (one file per language).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from research.enrich.base import Enricher, finding, signal
from research.enrich.email import is_free_mail
from research.extract import inquiry_read as read
from research.extract.inquiry_links import link_flags, risky_attachments
from research.extract.inquiry_rules import rules
from research.extract.language import detect
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "inquiry_text"
_EMPTY_CHARS = 15
_SPECIFIC_MIN = 45  # specificity score of a "specific" inquiry
_SOME_MIN = 15
# Scam patterns whose text alone makes a signal of the same name.
_DIRECT = (
    "advance_fee",
    "too_good_terms",
    "visa_request",
    "bank_change",
    "did_you_receive",
    "opener",
    "overpayment",
    "domain_registration",
    "crypto_payment",
    "credential_request",
    "sample_on_your_account",
    "service_pitch",
    "credit_terms",
    "reply_elsewhere",
)
# Business cues -> signal codes (votes and value weights are in scoring.toml).
_BUSINESS = {
    "private_label": "inquiry.private_label",
    "repeat_order": "inquiry.repeat_order",
    "chain": "inquiry.chain_scale",
    "wholesale": "inquiry.wholesale",
    "retail": "inquiry.retail_shop",
    "end_user": "inquiry.end_user",
    "dropship": "inquiry.dropship",
    "supplies_stores": "inquiry.supplies_stores",
    "brand_owner": "inquiry.brand_owner",
}


def _ev(text: str, ref: str = "body") -> Evidence:
    return Evidence("text", ref, text[:200])


def _specificity_signals(score: int, found: list[dict[str, str]], vague: list[str], text: str) -> list[Signal]:
    kinds = list(dict.fromkeys(f["kind"] for f in found))
    ev = _ev("; ".join(f"{f['kind']}: {f['text']}" for f in found) or "; ".join(vague))
    if len(text.strip()) < _EMPTY_CHARS:
        return [signal(SOURCE, "inquiry.empty", ev)]
    has_what = bool({"product", "model", "quantity"} & set(kinds))
    if score >= _SPECIFIC_MIN and has_what:
        return [signal(SOURCE, "inquiry.specific", ev, count=len(kinds), kinds=", ".join(kinds), score=score)]
    if score >= _SOME_MIN and (has_what or len(kinds) >= 2):
        return [signal(SOURCE, "inquiry.some_detail", ev, count=len(kinds), kinds=", ".join(kinds), score=score)]
    return [signal(SOURCE, "inquiry.vague", ev, phrases=", ".join(vague[:3]))]


def _quantity_signals(quantities: list[dict[str, Any]]) -> list[Signal]:
    size = read.quantity_size(quantities)
    if not size:
        return []
    pick = {"large": max, "small": max, "unrealistic": max}[size]
    q = pick(quantities, key=lambda x: x["value"])
    return [signal(SOURCE, f"inquiry.{size}_quantity", _ev(q["text"]), quantity=q["text"])]


def _template_signals(inquiry: Inquiry, text: str, detail: int) -> list[Signal]:
    cues = read.template_cues(text)
    to = " ".join(inquiry.header("To")).lower()
    if "undisclosed" in to or to.count("@") >= 5:
        cues.append("mass mailing: " + to[:80])
    # A detailed inquiry written politely is not a template, whatever its phrases.
    if len(cues) < rules().template_min or detail >= _SPECIFIC_MIN:
        return []
    return [signal(SOURCE, "inquiry.template", _ev("; ".join(cues)), cues=", ".join(cues[:4]))]


def _scam_signals(inquiry: Inquiry, text: str, detail: int, free_mail: bool) -> list[Signal]:
    hits = read.scam_hits(text)
    out = [signal(SOURCE, f"inquiry.{name}", _ev(hits[name]), text=hits[name]) for name in _DIRECT if name in hits]
    sample_paid = any(rx.search(text) for rx in rules().specific.get("sample_paid", ()))
    if (demand := hits.get("free_sample_demand")) and not sample_paid:
        out.append(signal(SOURCE, "inquiry.free_sample_demand", _ev(demand), text=demand))
    # A buyer who names what they need and is in a hurry is good news; urgency with nothing concrete is pressure.
    word = hits.get("pressure") or read.scam_hits(inquiry.subject).get("pressure")
    if word and detail < _SPECIFIC_MIN:
        out.append(signal(SOURCE, "inquiry.pressure", _ev(word), text=word))
    if "tender" in hits and free_mail:
        code = "inquiry.gov_tender_free_mail" if "government" in hits else "inquiry.tender_free_mail"
        snippet = hits["tender"] + (f" / {hits['government']}" if "government" in hits else "") + f" / {inquiry.email}"
        out.append(signal(SOURCE, code, _ev(snippet), text=hits["tender"], email=inquiry.email))
    return out


def _lure_signals(inquiry: Inquiry, text: str, detail: int, what: bool) -> list[Signal]:
    hits = read.scam_hits(text)
    flags = link_flags(inquiry.links, inquiry.domain)
    lure = hits.get("phishing_lure") or hits.get("order_lure")
    out = []
    for att in risky_attachments(inquiry.attachments):
        ev = Evidence("header", "attachment", f"{att.filename} ({att.content_type})")
        out.append(signal(SOURCE, "inquiry.risky_attachment", ev, filename=att.filename))
    bad_links = [f for f in flags if f.code != "foreign_link"]
    if lure and (bad_links or (inquiry.links and not detail)):
        target = bad_links[0].url if bad_links else inquiry.links[0].url
        out.append(signal(SOURCE, "inquiry.phishing_link", _ev(f"{lure} -> {target}"), phrase=lure, url=target))
    for f in flags:
        ev = Evidence("url", f.url, f.detail)
        out.append(signal(SOURCE, f"inquiry.{f.code}", ev, url=f.url, detail=f.detail))
    subject_order = read.subject_hits(inquiry.subject).get("order")
    if not what and (lure or subject_order) and not any(s.code == "inquiry.phishing_link" for s in out):
        words = lure or f"{inquiry.subject}"
        out.append(signal(SOURCE, "inquiry.order_lure", _ev(words, "body" if lure else "subject"), text=words))
    if inquiry.attachments and len(inquiry.body.strip()) < 30:
        names = ", ".join(a.filename for a in inquiry.attachments)
        out.append(signal(SOURCE, "inquiry.attachment_only", Evidence("header", "attachment", names), filenames=names))
    return out


def _business_signals(text: str) -> list[Signal]:
    hits = read.business_hits(text)
    return [signal(SOURCE, code, _ev(hits[cue]), text=hits[cue]) for cue, code in _BUSINESS.items() if cue in hits]


def analyse(inquiry: Inquiry) -> tuple[dict[str, Any], list[Signal]]:
    """Facts (per the facts contract) and signals for one inquiry; pure."""
    text = f"{inquiry.subject}\n{inquiry.body}"
    language, confidence = detect(inquiry.body or inquiry.subject)
    found, vague = read.specifics(text, language), read.vague_phrases(text)
    score = read.specificity(found)
    quantities = read.all_quantities(text)
    free = bool(inquiry.domain) and is_free_mail(inquiry.domain)
    signals = _specificity_signals(score, found, vague, text)
    signals += _quantity_signals(quantities) + _template_signals(inquiry, text, score)
    signals += _scam_signals(inquiry, text, score, free) + _lure_signals(inquiry, text, score, read.has_what(found))
    signals += _business_signals(text)
    scam_codes = [s.code for s in signals if s.weight < 0 and s.code not in _NOT_SCAM]
    facts = {
        "language": language,
        "language_confidence": confidence,
        "specificity": score,
        "specifics": found,
        "products": list(dict.fromkeys([*read.product_phrases(text, language), *read.models(text)])),
        "quantities": [{k: q[k] for k in ("value", "unit", "text", "realistic")} for q in quantities],
        "incoterms": [f["text"].upper() for f in found if f["kind"] == "incoterm"],
        "destination_country": inquiry.country if len(inquiry.country) == 2 else "",
        "vague_phrases": vague,
        "scam_patterns": scam_codes,
        "template": any(s.code == "inquiry.template" for s in signals),
        "links": [link.url for link in inquiry.links],
        "attachments": [a.filename for a in inquiry.attachments],
        "advice_hints": _advice_hints(signals, language),
    }
    return facts, signals


_NOT_SCAM = {"inquiry.vague", "inquiry.empty", "inquiry.small_quantity", "inquiry.end_user", "inquiry.foreign_link"}


def _advice_hints(signals: list[Signal], language: str) -> list[str]:
    codes = {s.code for s in signals}
    hints = []
    if language and language not in ("en", "zh"):
        hints.append("reply_in_language")
    if codes & {"inquiry.vague", "inquiry.template"}:
        hints.append("ask_specifics")
    if "inquiry.free_sample_demand" in codes:
        hints.append("samples_paid_refundable")
    if "inquiry.some_detail" in codes:
        hints.append("confirm_missing_terms")
    return hints


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    # Pure CPU work (regexes, the language model's first load): in a thread, so the network
    # checks running beside it keep their event loop.
    facts, signals = await asyncio.to_thread(analyse, inquiry)
    return finding(SOURCE, facts, signals)


ENRICHER = Enricher(SOURCE, run, network=False)
