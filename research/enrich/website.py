"""The buyer's website, first pass: is there one, and what does its home page say?"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from research.enrich.base import Enricher, finding, signal
from research.enrich.email import is_disposable, is_free_mail
from research.errors import FetchError
from research.extract import html
from research.extract.domains import registrable
from research.net.http import HTML_TYPES, Page
from research.types import Evidence, Finding, Inquiry

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "website"


def candidate_urls(inquiry: Inquiry) -> list[str]:
    """Where the buyer's site may be, most likely first."""
    hosts: list[str] = []
    if inquiry.website.strip():
        named = inquiry.website.strip()
        if "://" not in named:
            named = "https://" + named
        hosts.append(urlsplit(named).hostname or "")
    domain = inquiry.domain
    if domain and not is_free_mail(domain) and not is_disposable(domain):
        hosts.append(registrable(domain))
    urls: list[str] = []
    for host in filter(None, dict.fromkeys(hosts)):
        bare = host.removeprefix("www.")
        for scheme in ("https", "http"):
            urls += [f"{scheme}://{bare}/", f"{scheme}://www.{bare}/"]
    return list(dict.fromkeys(urls))


async def _first_page(ctx: Context, urls: list[str]) -> tuple[Page | None, list[dict[str, str]]]:
    tried: list[dict[str, str]] = []
    for url in urls:
        try:
            page = await ctx.http.fetch(url, accept=HTML_TYPES)
        except FetchError as exc:
            tried.append({"url": url, "error": exc.code})
            continue
        if page.ok:
            return page, tried
        tried.append({"url": url, "error": f"http_{page.status}"})
    return None, tried


def _page_facts(page: Page) -> dict[str, Any]:
    tree = html.parse(page.text)
    text = html.visible_text(tree)
    return {
        "url": page.final_url,
        "reachable": True,
        "title": html.title(tree),
        "pages": [{"url": page.final_url, "kind": "home", "title": html.title(tree)}],
        "parked": html.parked_phrase(text),
        "text_chars": len(text),
        "redirects": list(page.redirects),
    }


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    urls = candidate_urls(inquiry)
    if not urls:
        return finding(SOURCE, {"reachable": False}, status="skipped", reason="website.no_candidate")
    page, tried = await _first_page(ctx, urls)
    if page is None:
        ev = Evidence("url", urls[0], "; ".join(f"{t['url']}: {t['error']}" for t in tried[:4]))
        facts = {"url": urls[0], "reachable": False, "tried": tried}
        return finding(SOURCE, facts, [signal(SOURCE, "website.unreachable", ev, url=urls[0])])
    facts = _page_facts(page)
    facts["tried"] = tried
    ev = Evidence("url", page.final_url, str(facts["title"]))
    if facts["parked"]:
        ev = Evidence("url", page.final_url, str(facts["parked"]))
        sig = signal(SOURCE, "website.parked", ev, url=page.final_url, phrase=facts["parked"])
    else:
        sig = signal(SOURCE, "website.reachable", ev, url=page.final_url, title=facts["title"])
    return finding(SOURCE, facts, [sig])


ENRICHER = Enricher(SOURCE, run, network=True, budget="website_budget_s")
