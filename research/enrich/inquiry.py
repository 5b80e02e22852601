"""The inquiry itself: language, specificity, info-collector templates, scam patterns, business cues.

Every signal carries the matched words as evidence. The patterns live in research/data/inquiry/ (one
file per language): each key of a file's ``[scam]`` and ``[business]`` tables raises the signal
``inquiry.<key>`` by itself, so a new pattern is a new key, its scoring rule and its two messages.
The ``[cue]`` table holds words that count only beside other evidence; this module says what each takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from research.enrich.base import Enricher, finding, signal
from research.extract import inquiry_read as read
from research.extract.domains import registrable
from research.extract.inquiry_links import link_flags, picture_archive, risky_attachments
from research.extract.inquiry_rules import rules
from research.extract.language import detect
from research.extract.mail_hosts import is_free_mail
from research.extract.payee import is_ours, payees
from research.extract.signature import quoted_senders
from research.extract.third_party import service_contacts
from research.extract.wording import WordingReading, group_lead, own_addresses
from research.extract.wording import read as read_wording
from research.facts import InquiryFacts, Quantity, Specific, Wording
from research.threads import run_in_thread
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "inquiry"
_EMPTY_CHARS = 15
_SPECIFIC_MIN = 45  # specificity score of a "specific" inquiry
_SOME_MIN = 15


def _ev(text: str, ref: str = "body") -> Evidence:
    return Evidence("text", ref, text[:200])


def _specificity_signals(score: int, found: list[Specific], vague: list[str], text: str) -> list[Signal]:
    kinds = list(dict.fromkeys(f["kind"] for f in found))
    # The evidence quotes the buyer's words; the kinds are said in the rep's language by the message.
    ev = _ev("; ".join(f["text"] for f in found) or "; ".join(vague))
    if len(text.strip()) < _EMPTY_CHARS:
        return [signal(SOURCE, "inquiry.empty", ev)]
    has_what = bool({"product", "model", "quantity"} & set(kinds))
    if score >= _SPECIFIC_MIN and has_what:
        return [signal(SOURCE, "inquiry.specific", ev, count=len(kinds), kinds=kinds, score=score)]
    if score >= _SOME_MIN and (has_what or len(kinds) >= 2):
        return [signal(SOURCE, "inquiry.some_detail", ev, count=len(kinds), kinds=kinds, score=score)]
    return [signal(SOURCE, "inquiry.vague", ev, phrases=", ".join(vague[:3]))]


_QUANTITY_CODES = {
    "large": "inquiry.large_quantity",
    "small": "inquiry.small_quantity",
    "unrealistic": "inquiry.unrealistic_quantity",
}


def _quantity_signals(quantities: list[read.Found]) -> list[Signal]:
    size = read.quantity_size(quantities)
    if not size:
        return []
    q = max(quantities, key=lambda x: x["value"])
    return [signal(SOURCE, _QUANTITY_CODES[size], _ev(q["text"]), quantity=q["text"])]


def _template_signals(inquiry: Inquiry, text: str, detail: int) -> list[Signal]:
    cues = read.template_cues(text)
    to = " ".join(inquiry.header("To")).lower()
    if "undisclosed" in to or to.count("@") >= 5:
        cues.append("mass mailing: " + to[:80])
    # A detailed inquiry written politely is not a template, whatever its phrases.
    if len(cues) < rules().template_min or detail >= _SPECIFIC_MIN:
        return []
    return [signal(SOURCE, "inquiry.template", _ev("; ".join(cues)), cues=", ".join(cues[:4]))]


def _scam_signals(text: str) -> list[Signal]:
    hits = read.scam_hits(text)
    return [signal(SOURCE, f"inquiry.{name}", _ev(words), text=words) for name, words in hits.items()]


def _cue_signals(inquiry: Inquiry, text: str, detail: int, free_mail: bool) -> list[Signal]:
    """Words that mean fraud only beside something else: a free sample nobody offered to pay for,
    urgency with nothing concrete, a tender from a free mailbox."""
    cues = read.cue_hits(text)
    out = []
    sample_paid = any(rx.search(text) for rx in rules().specific.get("sample_paid", ()))
    if (demand := cues.get("free_sample_demand")) and not sample_paid:
        out.append(signal(SOURCE, "inquiry.free_sample_demand", _ev(demand), text=demand))
    # A buyer who names what they need and is in a hurry is good news; urgency with nothing concrete is pressure.
    word = cues.get("pressure") or read.cue_hits(inquiry.subject).get("pressure")
    if word and detail < _SPECIFIC_MIN:
        out.append(signal(SOURCE, "inquiry.pressure", _ev(word), text=word))
    if "tender" in cues and free_mail:
        code = "inquiry.gov_tender_free_mail" if "government" in cues else "inquiry.tender_free_mail"
        snippet = cues["tender"] + (f" / {cues['government']}" if "government" in cues else "") + f" / {inquiry.email}"
        out.append(signal(SOURCE, code, _ev(snippet), text=cues["tender"], email=inquiry.email))
    return out


def _something_to_open(inquiry: Inquiry, free_mail: bool) -> bool:
    """From a company's own mailbox, a lure needs something risky to open: a link, or an attachment that is
    not an ordinary document ("see the attached RFQ" with a spreadsheet from a utility is how business is
    done; what a document holds is the attachment check's to read)."""
    if inquiry.links or free_mail or not inquiry.email.strip():
        return True  # from a free or unknown mailbox, an "order" that names nothing is the classic opener
    return bool(risky_attachments(inquiry.attachments))


def _lure_signals(inquiry: Inquiry, text: str, detail: int, what: bool, free_mail: bool) -> list[Signal]:
    cues = read.cue_hits(text)
    flags = link_flags(inquiry.links, inquiry.domain)
    lure = cues.get("phishing_lure") or cues.get("order_lure")
    out = []
    # Files whose bytes we hold are judged by what is inside them (the attachments check); the rest by name.
    for att in risky_attachments(tuple(a for a in inquiry.attachments if a.payload is None)):
        ev = Evidence("header", "attachment", f"{att.filename} ({att.content_type})")
        code = "inquiry.picture_archive" if picture_archive(att) else "inquiry.risky_attachment"
        out.append(signal(SOURCE, code, ev, filename=att.filename))
    bad_links = [f for f in flags if f.risky]
    if lure and (bad_links or (inquiry.links and not detail)):
        target = bad_links[0].url if bad_links else inquiry.links[0].url
        out.append(signal(SOURCE, "inquiry.phishing_link", _ev(f"{lure} -> {target}"), phrase=lure, url=target))
    out += [signal(SOURCE, f.code, Evidence("url", f.url, f.detail), url=f.url, detail=f.detail) for f in bad_links]
    subject_order = read.subject_hits(inquiry.subject).get("order")
    announced = lure or subject_order
    # Dates, an RFQ number, delivery periods: an order that says this much is not a bare lure.
    bare = not what and detail < _SOME_MIN
    if (
        bare
        and announced
        and _something_to_open(inquiry, free_mail)
        and not any(s.code == "inquiry.phishing_link" for s in out)
    ):
        words = lure or f"{inquiry.subject}"
        out.append(signal(SOURCE, "inquiry.order_lure", _ev(words, "body" if lure else "subject"), text=words))
    if inquiry.attachments and len(inquiry.body.strip()) < 30:
        names = ", ".join(a.filename for a in inquiry.attachments)
        out.append(signal(SOURCE, "inquiry.attachment_only", Evidence("header", "attachment", names), filenames=names))
    return out


def _link_signals(inquiry: Inquiry) -> list[Signal]:
    """Links to other sites: shown to the rep, no judgement."""
    return [
        signal(SOURCE, f.code, Evidence("url", f.url, f.detail), url=f.url, detail=f.detail)
        for f in link_flags(inquiry.links, inquiry.domain)
        if not f.risky
    ]


def _wording_signals(reading: WordingReading, words: int) -> list[Signal]:
    """The learned second opinion (research/extract/wording.py): how close the wording reads to known
    scam mail, and to which kind. Scored in scoring.toml like any signal; only its decisive band may make an X
    alone ([second_opinion] in scoring.toml)."""
    codes = {
        "decisive": "inquiry.wording_decisive",
        "high": "inquiry.wording_scam",
        "look_again": "inquiry.wording_doubt",
        "low": "inquiry.wording_genuine",
    }
    code = codes[reading.band]
    cues = ", ".join(reading.cues)
    # The words it read; the kind and the probability are in the message, said in the rep's language.
    ev = Evidence("text", "wording model", cues)
    kind = {"code": f"wording.kind.{reading.kind}"}
    probability = round(100 * reading.scam_probability)
    return [signal(SOURCE, code, ev, kind=kind, cues=cues, probability=probability, words=words)]


def _pitch_signals(inquiry: Inquiry, reading: WordingReading, words: int) -> list[Signal]:
    """The wording sells to us rather than buys (inquiry/common.toml [wording_pitch]): the model's pitch head
    says so in its decisive band, or the mail reads nearest to a sales pitch of all known kinds. Not in an
    answer to someone else's mail (a counter-offer quoting our quotation): a pitch is not a reply to us."""
    table = rules().common["wording_pitch"]
    if words < table["min_words"]:
        return []
    kind, lead = group_lead(reading, frozenset(table["kinds"]))
    by_kind = reading.band in table["bands"] and bool(kind) and lead >= table["lead"]
    by_head = reading.pitch_band in table["head_bands"]
    if not (by_kind or by_head) or _answers_another(inquiry):
        return []
    cues = ", ".join(reading.cues)
    ev = Evidence("text", "wording model", cues)
    said = {"code": f"wording.kind.{kind or table['kinds'][0]}"}
    probability = round(100 * reading.pitch_probability)
    return [signal(SOURCE, "inquiry.wording_pitch", ev, kind=said, cues=cues, probability=probability)]


def _answers_another(inquiry: Inquiry) -> bool:
    """The mail quotes an earlier one from another domain than the sender's: it answers someone (us)."""
    own = registrable(inquiry.domain) if inquiry.domain else ""
    return any(registrable(a.rpartition("@")[2]) != own for a in quoted_senders(inquiry.body))


def _wording(reading: WordingReading) -> Wording:
    return {
        "scam_probability": reading.scam_probability,
        "band": reading.band,
        "kind": reading.kind,
        "kind_similarity": reading.kind_similarity,
        "cues": list(reading.cues),
    }


def _combined_signals(signals: list[Signal]) -> list[Signal]:
    """The [combine] tables of research/data/inquiry/common.toml: signals that mean more together."""
    by_code = {s.code.removeprefix("inquiry."): s for s in signals}
    out = []
    for name, rule in rules().common.get("combine", {}).items():
        needed = [by_code.get(code) for code in rule.get("all", ())]
        extra = [by_code[code] for code in rule.get("any", ()) if code in by_code]
        if all(needed) and (extra or not rule.get("any")) and not set(rule.get("none", ())) & set(by_code):
            parts = [s for s in (*needed, *extra[:1]) if s is not None]
            evidence = [ev for s in parts for ev in s.evidence[:1]]
            said = [{"code": s.code, "params": dict(s.params)} for s in parts]
            # The message quotes its parts' words, not their own messages: "card payment (fine for a small
            # private order)" inside "card payment for a trade order" would contradict it.
            quotes = [_quoted(s) for s in parts]
            out.append(signal(SOURCE, f"inquiry.{name}", *evidence, parts=said, quotes=quotes))
    return out


def _quoted(part: Signal) -> dict[str, Any]:
    text = part.params.get("text")
    if text:
        return {"code": "report.quote", "params": {"text": text}}
    return {"code": part.code, "params": dict(part.params)}


def _third_party_signals(inquiry: Inquiry, text: str, found: list[Specific]) -> list[Signal]:
    """An inspection, certification, registry, escrow or exchange office at another domain, in a mail that
    names a sum: the third party a fee scam has the seller pay (inquiry/common.toml [third_party])."""
    sums = [f["text"] for f in found if f["kind"] == "target_price"]
    contacts = service_contacts(text, inquiry.domain) if sums else []
    if not contacts:
        return []
    contact, word = contacts[0]
    ev = [Evidence("text", "inquiry", c) for c, _ in contacts[:2]] + [_ev(sums[0])]
    return [signal(SOURCE, "inquiry.third_party_fee", *ev, contact=contact, service=word, amount=sums[0])]


def _payee_signals(text: str, seller: str) -> list[Signal]:
    """An account holder and number for the seller to pay into, not the seller's own (inquiry/common.toml
    [payee]): buyers pay suppliers, so this is how a fee, refund or diversion scam collects."""
    theirs = [p for p in payees(text) if not is_ours(p.holder, seller)]
    if not theirs:
        return []
    ev = [Evidence("text", "inquiry", p.line) for p in theirs[:2]]
    return [signal(SOURCE, "inquiry.payee_account", *ev, holder=theirs[0].holder)]


def _business_signals(text: str) -> list[Signal]:
    hits = read.business_hits(text)
    return [signal(SOURCE, f"inquiry.{cue}", _ev(words), text=words) for cue, words in hits.items()]


def analyse(inquiry: Inquiry, seller: str = "") -> tuple[InquiryFacts, list[Signal]]:
    """Facts (per the facts contract) and signals for one inquiry; pure. ``seller``: our company's name, so
    our own bank account quoted back by a buyer is not read as someone else's."""
    text = f"{inquiry.subject}\n{inquiry.body}"
    language, confidence = detect(inquiry.body or inquiry.subject)
    said = read.named(text, language)
    found, vague = read.specifics(text, language, said), read.vague_phrases(text)
    score = read.specificity(found)
    quantities = said.quantities
    free = bool(inquiry.domain) and is_free_mail(inquiry.domain)
    wording = read_wording(inquiry.body, inquiry.subject, own_addresses(inquiry.email, inquiry.website))
    scams = _scam_signals(text) + _cue_signals(inquiry, text, score, free)
    scams += _lure_signals(inquiry, text, score, read.has_what(found), free)
    scams += _third_party_signals(inquiry, text, found) + _payee_signals(text, seller)
    signals = _specificity_signals(score, found, vague, text) + _quantity_signals(quantities)
    signals += _template_signals(inquiry, text, score) + scams + _link_signals(inquiry) + _business_signals(text)
    combined = _combined_signals(signals)
    signals += combined
    if len(text.strip()) >= _EMPTY_CHARS:
        words = len(inquiry.body.split())
        pitch = _pitch_signals(inquiry, wording, words)
        signals += _wording_signals(wording, words) + pitch
        scams += pitch
    scams += combined
    facts: InquiryFacts = {
        "language": language,
        "language_confidence": confidence,
        "specificity": score,
        "specifics": found,
        "products": list(dict.fromkeys([*said.products, *said.models])),
        "quantities": [_quantity(q) for q in quantities],
        "incoterms": [f["text"].upper() for f in found if f["kind"] == "incoterm"],
        "destination_country": inquiry.country if len(inquiry.country) == 2 else "",
        "vague_phrases": vague,
        "scam_patterns": list(dict.fromkeys(s.code for s in scams)),
        "template": any(s.code == "inquiry.template" for s in signals),
        "links": [link.url for link in inquiry.links],
        "attachments": [a.filename for a in inquiry.attachments],
        "advice_hints": _advice_hints(signals, language),
        "wording": _wording(wording),
    }
    return facts, signals


def _quantity(q: read.Found) -> Quantity:
    return {"value": q["value"], "unit": q["unit"], "text": q["text"], "realistic": q["realistic"]}


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
    facts, signals = await run_in_thread(analyse, inquiry, ctx.profile.company)
    return finding(SOURCE, facts, signals)


ENRICHER = Enricher(SOURCE, run, network=False)
