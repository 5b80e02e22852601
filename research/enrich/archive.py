"""The website's history in the Wayback Machine: since when it is captured, and whether the first
capture shows the same business (a dropped domain bought for its age shows another one).

Reads the website check's findings (``needs``). Unreachable (as from mainland China) is unknown
with the reason, never held against the buyer.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from research.enrich.base import Enricher, finding, signal
from research.errors import NetError
from research.extract.company_names import tokens
from research.extract.domains import label, registrable
from research.extract.mail_hosts import is_shared
from research.extract.site_model import site_state
from research.extract.site_page import read_page
from research.facts import ArchiveFacts, WebsiteFacts, facts_of
from research.net.api import cached, get_json
from research.net.http import HTML_TYPES
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "archive"
_OLD_YEARS = 5
_MIN_WORDS = 2  # an old title of fewer words says too little to call it another business
_CACHE_KIND = "archive"


def _domain(inquiry: Inquiry, site: WebsiteFacts) -> str:
    if site.get("site_domain"):
        return str(site["site_domain"])
    if inquiry.domain and not is_shared(inquiry.domain):
        return registrable(inquiry.domain)
    host = re.sub(r"^[a-z]+://", "", inquiry.website.strip().lower()).split("/")[0]
    return registrable(host) if "." in host else ""


def _base(ctx: Context) -> str:
    base = ctx.settings.wayback_base
    return base if base.endswith("/") else base + "/"


def _stamp_date(stamp: str) -> str | None:
    return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}" if len(stamp) >= 8 and stamp[:8].isdigit() else None


async def _first(ctx: Context, domain: str) -> dict[str, Any]:
    fields = "output=json&fl=timestamp,original,statuscode&filter=statuscode:200&limit=1"
    url = f"{_base(ctx)}cdx/search/cdx?url={quote(domain)}&{fields}"
    try:
        status, rows = await get_json(ctx.http, url)
    except NetError as exc:
        return {"status": "unknown", "reason": exc.code}
    if status != 200 or not isinstance(rows, list):
        return {"status": "unknown", "reason": "archive.bad_answer"}
    first = next((r for r in rows[1:] if isinstance(r, list) and len(r) >= 2), None)  # row 0 names the fields
    if first is None:
        return {"status": "none", "checked": ctx.now.date().isoformat()}
    stamp, original = str(first[0]), str(first[1])
    old = await _old_page(ctx, f"{_base(ctx)}web/{stamp}id_/{original}")
    return {"status": "found", "stamp": stamp, "original": original, **old, "checked": ctx.now.date().isoformat()}


async def _old_page(ctx: Context, url: str) -> dict[str, Any]:
    try:
        page = await ctx.http.fetch(url, accept=HTML_TYPES, cache=False)
    except NetError:
        return {"old_url": url}
    if not page.ok:
        return {"old_url": url}
    doc = read_page(url, page.text, "home")
    words = " ".join([doc.title, *doc.headings[:3]])
    return {"old_url": url, "old_title": doc.title[:200], "old_words": words[:400], "old_state": site_state(doc)[0]}


def _identity(inquiry: Inquiry, site: WebsiteFacts, domain: str) -> set[str]:
    words = set(tokens(inquiry.company)) | set(tokens(site.get("title", "")))
    words |= {w for w in re.split(r"[^a-z0-9]+", label(domain).lower()) if len(w) >= 4}
    return {w for w in words if len(w) >= 4}


def other_business(old_words: str, identity: set[str], domain: str) -> bool:
    """The first capture names none of the buyer's words (company, current title, domain name)."""
    old = {w for w in tokens(old_words) if len(w) >= 4}
    squashed = "".join(tokens(old_words))
    own = re.sub(r"[^a-z0-9]", "", label(domain).lower())
    if len(old) < _MIN_WORDS or not identity or (len(own) >= 4 and own in squashed):
        return False
    return not any(w in squashed for w in identity)


def _signals(facts: ArchiveFacts, answer: dict[str, Any], identity: set[str], today: date) -> list[Signal]:
    domain = facts["domain"]
    ev = Evidence("url", facts.get("captures_url", ""), facts.get("old_title", "") or facts.get("first_capture") or "")
    if answer["status"] == "unknown":
        return [signal(SOURCE, "archive.unknown", ev, domain=domain, why={"code": answer.get("reason", "")})]
    if answer["status"] == "none":
        return [signal(SOURCE, "archive.no_captures", ev, domain=domain)]
    first = date.fromisoformat(str(facts["first_capture"]))
    years = today.year - first.year - ((today.month, today.day) < (first.month, first.day))
    out = []
    if years >= _OLD_YEARS:
        out.append(
            signal(SOURCE, "archive.captured_long_ago", ev, domain=domain, first=facts["first_capture"], years=years)
        )
    elif (today - first).days < 365:
        out.append(signal(SOURCE, "archive.captured_recently", ev, domain=domain, first=facts["first_capture"]))
    if facts.get("other_business"):
        old_ev = Evidence("url", facts.get("old_url", ""), facts.get("old_title", ""))
        out.append(
            signal(
                SOURCE,
                "archive.other_business",
                old_ev,
                domain=domain,
                first=facts["first_capture"],
                old_title=facts.get("old_title", ""),
            )
        )
    return out


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    site = facts_of(ctx.findings, "website")
    domain = _domain(inquiry, site)
    if not domain:
        return finding(SOURCE, {}, status="skipped", reason="archive.no_domain")
    if not ctx.settings.wayback_base:
        return finding(SOURCE, {"domain": domain}, status="skipped", reason="archive.off")
    store = ctx.store if ctx.settings.cache_enabled else None
    answer = await cached(store, _CACHE_KIND, domain, ctx.settings.ttl_archive_s, lambda: _first(ctx, domain))
    facts: ArchiveFacts = {
        "domain": domain,
        "first_capture": _stamp_date(str(answer.get("stamp", ""))),
        "captures_url": f"{_base(ctx)}web/*/{domain}",
        "checked": str(answer.get("checked", ctx.now.date().isoformat())),
    }
    if answer.get("old_url"):
        facts["old_url"] = str(answer["old_url"])
        facts["old_title"] = str(answer.get("old_title", ""))
        identity = _identity(inquiry, site, domain)
        state_ok = answer.get("old_state") == "ok"
        facts["other_business"] = state_ok and other_business(str(answer.get("old_words", "")), identity, domain)
    signals = _signals(facts, answer, _identity(inquiry, site, domain), ctx.now.date())
    if answer["status"] == "unknown":
        return finding(SOURCE, facts, signals, status="partial", reason="archive.unreachable")
    return finding(SOURCE, facts, signals)


ENRICHER = Enricher(SOURCE, run, network=True, needs=("website",))
