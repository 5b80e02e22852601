"""What is inside the attachments: programs, macros, log-in forms, link-only documents, locked archives.

Reads every attachment whose bytes the mail reader kept (research/extract/attachments/) and says, per
file, what a rep should know, with the file (and the member inside it) as evidence. One signal per file
and kind, so a ZIP with three programs is one finding, not three. Links found inside go through the same
link checks as the mail's own (extract/inquiry_links.py), unless the mail already shows them.

Attachments known by name only (a form, a corpus file, one too large to read) stay with the inquiry
check's name rule (``inquiry.risky_attachment``); this check judges the files it reads, so no file is
counted twice.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from research.enrich.base import Enricher, finding, signal
from research.extract import inquiry_read as read
from research.extract.attachments import Found, Reading, password_patterns, read_all, table
from research.extract.domains import registrable
from research.extract.inquiry_links import link_flags
from research.facts import AttachmentFact, AttachmentsFacts
from research.threads import run_in_thread
from research.types import Evidence, Finding, Inquiry, Link, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "attachments"
# What was found -> the signal it raises. Kinds left out are facts only (a PDF form, an unread member).
_CODES = {
    "executable": "attachments.executable",
    "hidden_program": "attachments.hidden_program",
    "disguised": "attachments.disguised",
    "disk_image": "attachments.disk_image",
    "closed_archive": "attachments.closed_archive",
    "bomb": "attachments.bomb",
    "too_deep": "attachments.bomb",
    "too_many_members": "attachments.bomb",
    "pdf_javascript": "attachments.pdf_script",
    "pdf_launch": "attachments.pdf_launch",
    "password_form": "attachments.credential_form",
    "credential_page": "attachments.credential_form",
    "form_action": "attachments.web_active",
    "script": "attachments.web_active",
    "encoded_payload": "attachments.web_active",
    "meta_refresh": "attachments.web_active",
    "data_uri": "attachments.web_active",
    "web_page": "attachments.web_page",
    "archive": "attachments.archive",
    "macro": "attachments.macro",
    "macro_suspicious": "attachments.macro",
    "macro_autoexec": "attachments.macro_autoexec",
    "remote_template": "attachments.remote_template",
    "ole_object": "attachments.ole_object",
    "exploit_object": "attachments.exploit",
}
# Said only when nothing else is said about the same file: a web page or an archive as such.
_BASELINE = {"attachments.web_page", "attachments.archive"}
_LINK_CODES = {
    "inquiry.login_link": "attachments.login_link",
    "inquiry.brand_lookalike_link": "attachments.brand_lookalike_link",
    "inquiry.doc_share_link": "attachments.doc_share_link",
    "inquiry.short_link": "attachments.short_link",
    "inquiry.link_mismatch": "attachments.link_mismatch",
}
_MAX_LINK_SIGNALS = 5


def _evidence(items: list[Found]) -> tuple[Evidence, ...]:
    return tuple(Evidence("attachment", f.where, f.detail) for f in items[:3])


def _details(items: list[Found]) -> str:
    return ", ".join(dict.fromkeys(f.detail or f.where.rsplit("/", 1)[-1] for f in items))[:200]


def _own_site(r: Reading, sender_domain: str) -> bool:
    """Every link goes to the sender's own site: a brochure, not a lure."""
    own = registrable(sender_domain) if sender_domain else ""
    return bool(own) and all(registrable(urlsplit(lk.url).hostname or "") == own for lk in r.links)


def _link_only(r: Reading, lure: str, risky_urls: set[str], sender_domain: str) -> list[Signal]:
    item = next((f for f in r.found if f.kind == "link_only"), None)
    if item is None or (not lure and _own_site(r, sender_domain)):
        return []
    # The link is evidence to read, not to click: it stays text in every report.
    ev = (Evidence("attachment", item.where, item.detail),)
    if lure or item.detail in risky_urls:
        reason = f'"{lure}"' if lure else item.detail
        return [signal(SOURCE, "attachments.phishing_document", *ev, filename=r.filename, url=item.detail, lure=reason)]
    return [signal(SOURCE, "attachments.link_only", *ev, filename=r.filename, url=item.detail)]


def _encrypted(r: Reading, items: list[Found], body: str) -> Signal:
    said = next((m.group(0) for rx in password_patterns() if (m := rx.search(body))), "")
    ev = _evidence(items) + ((Evidence("text", "body", said[:120]),) if said else ())
    code = "attachments.encrypted_with_password" if said else "attachments.encrypted"
    return signal(SOURCE, code, *ev, filename=r.filename, what=_details(items))


def _file_signals(r: Reading, lure: str, risky_urls: set[str], inquiry: Inquiry) -> list[Signal]:
    by_code: dict[str, list[Found]] = defaultdict(list)
    for f in r.found:
        if code := _CODES.get(f.kind):
            by_code[code].append(f)
    if set(by_code) - _BASELINE or any(f.kind in ("encrypted", "link_only") for f in r.found):
        for code in _BASELINE:
            by_code.pop(code, None)
    out = [
        signal(SOURCE, code, *_evidence(items), filename=r.filename, what=_details(items))
        for code, items in by_code.items()
    ]
    if encrypted := [f for f in r.found if f.kind == "encrypted"]:
        out.append(_encrypted(r, encrypted, inquiry.body))
    out += _link_only(r, lure, risky_urls, inquiry.domain)
    return out


def _specs(r: Reading, said: list[Signal]) -> list[Signal]:
    """A readable document with concrete product detail: a small point for a real buyer."""
    rule = table()["specs"]
    if said or r.status != "read" or r.text_chars < rule["min_chars"]:
        return []
    found = read.specifics(r.text)
    kinds = list(dict.fromkeys(s["kind"] for s in found))
    if len(kinds) < rule["min_kinds"]:
        return []
    # The file's own words as evidence; the kinds are said in the rep's language by the message.
    ev = Evidence("attachment", r.filename, "; ".join(s["text"] for s in found[:8])[:200])
    return [signal(SOURCE, "attachments.specs", ev, filename=r.filename, kinds=kinds)]


def _state(r: Reading) -> list[Signal]:
    ev = Evidence("attachment", r.filename, r.reason or r.status)
    if r.status == "too_large":
        return [signal(SOURCE, "attachments.too_large", ev, filename=r.filename, size_mb=round((r.size or 0) / 1e6, 1))]
    if r.status == "unreadable":
        return [signal(SOURCE, "attachments.unreadable", ev, filename=r.filename, reason=r.reason[:120])]
    if r.status == "partial":
        return [signal(SOURCE, "attachments.partly_read", ev, filename=r.filename)]
    return []


def _link_signals(readings: list[Reading], inquiry: Inquiry, skip: set[str]) -> list[Signal]:
    """Risky links inside the files, through the mail's link checks; links the mail shows are its own."""
    shown = {lk.url for lk in inquiry.links} | skip
    out: list[Signal] = []
    for r in readings:
        for flag in link_flags(r.links, inquiry.domain):
            if flag.risky and flag.url not in shown and len(out) < _MAX_LINK_SIGNALS:
                shown.add(flag.url)
                ev = (Evidence("url", flag.url, flag.detail), Evidence("attachment", r.filename, flag.url))
                code = _LINK_CODES[flag.code]
                out.append(signal(SOURCE, code, *ev, filename=r.filename, url=flag.url, detail=flag.detail))
    return out


def _fact(r: Reading) -> AttachmentFact:
    return {
        "filename": r.filename,
        "declared_type": r.declared_type,
        "real_type": r.kind,
        "size": r.size,
        "status": r.status,
        "reason": r.reason,
        "found": [{"kind": f.kind, "where": f.where, "detail": f.detail} for f in r.found],
        "links": [lk.url for lk in r.links],
        "members": list(r.members),
        "text_chars": r.text_chars,
    }


def _risky_urls(readings: list[Reading], sender_domain: str) -> set[str]:
    links: tuple[Link, ...] = tuple(lk for r in readings for lk in r.links)
    return {f.url for f in link_flags(links, sender_domain) if f.risky}


def analyse(inquiry: Inquiry) -> tuple[AttachmentsFacts, list[Signal]]:
    """Facts and signals for the attachments of one inquiry; pure, bounded by data/attachments.toml."""
    readings = read_all(a for a in inquiry.attachments if a.payload is not None or a.skipped)
    text = f"{inquiry.subject}\n{inquiry.body}"
    cues = read.cue_hits(text)
    lure = cues.get("phishing_lure") or cues.get("order_lure") or read.subject_hits(inquiry.subject).get("order", "")
    risky = _risky_urls(readings, inquiry.domain)
    signals: list[Signal] = []
    covered: set[str] = set()
    for r in readings:
        said = _file_signals(r, lure, risky, inquiry)
        covered |= {str(s.params.get("url")) for s in said if s.code == "attachments.phishing_document"}
        signals += said + _specs(r, said) + _state(r)
    signals += _link_signals(readings, inquiry, covered)
    facts: AttachmentsFacts = {
        "files": [_fact(r) for r in readings],
        "links": list(dict.fromkeys(lk.url for r in readings for lk in r.links)),
        "lure": lure,
    }
    return facts, signals


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    # Parsing PDFs, archives and macros is CPU work: in a thread, beside the network checks.
    facts, signals = await run_in_thread(analyse, inquiry)
    files = facts.get("files") or []
    broken = any(f.get("status") in ("partial", "unreadable") for f in files)
    return finding(SOURCE, facts, signals, status="partial" if broken else "ok")


ENRICHER = Enricher(SOURCE, run, network=False)
