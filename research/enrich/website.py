"""The buyer's website, read like an experienced rep: find it, crawl a few pages, say what it shows.

Thin orchestrator: discovery (site_discovery), crawling (site_crawl), reading (extract/site_*),
signals (website_signals).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from research.data.load import toml_table
from research.enrich import site_crawl, site_discovery, website_signals
from research.enrich.base import Enricher, finding, signal
from research.errors import NetError
from research.extract import html, site_kinds
from research.extract.certificates import certificate_fact
from research.extract.domains import registrable
from research.extract.mail_hosts import is_shared
from research.extract.site_facts import SiteReading, read_site
from research.extract.site_model import site_state
from research.extract.site_page import PageDoc, read_page
from research.facts import PageFact, WebsiteFacts
from research.net.http import Page
from research.threads import run_in_thread
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "website"
# Reading a site (parsing its pages, structured data included) is pure CPU: one site at a time in one
# thread. More threads would not be faster under the GIL, and a batch finishing many crawls at once
# would hold every site's parse trees together (a few hundred MB).
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-reader")


def candidate_urls(inquiry: Inquiry) -> list[str]:
    """Where the buyer's site may be, most likely first."""
    urls = [u for c in site_discovery.candidates(inquiry) for u in site_discovery.urls_for(c.host)]
    return list(dict.fromkeys(urls))


def _links(page: Page) -> list[tuple[str, str]]:
    return html.links(html.parse(page.text), page.final_url)


def _worth_crawling(home: Page) -> bool:
    return site_state(read_page(home.final_url, home.text, "home"))[0] == "ok"


def _docs(crawl: site_crawl.Crawl) -> list[PageDoc]:
    assert crawl.home is not None
    docs = [read_page(crawl.home.final_url, crawl.home.text, "home")]
    read = {site_crawl.normalize(crawl.home.final_url)}
    for f in crawl.pages:
        # A link that redirected to a page already read (often the home page) adds nothing.
        if f.page is not None and site_crawl.normalize(f.page.final_url) not in read:
            read.add(site_crawl.normalize(f.page.final_url))
            doc = read_page(f.page.final_url, f.page.text)
            h1 = doc.headings[0] if doc.headings else ""
            kind = site_kinds.page_kind(f.page.final_url, doc.title, h1, f.hint)
            docs.append(replace(doc, kind=kind))
    return docs


def _pages(crawl: site_crawl.Crawl, docs: list[PageDoc]) -> list[PageFact]:
    out: list[PageFact] = [{"url": d.url, "kind": d.kind, "title": d.title, "status": 200} for d in docs]
    out += [
        {"url": f.url, "kind": f.hint or "other", "title": "", "status": f.error} for f in crawl.pages if f.page is None
    ]
    return out


def _read(crawl: site_crawl.Crawl, this_year: int) -> tuple[list[PageDoc], SiteReading, str, str]:
    docs = _docs(crawl)
    state, phrase = site_state(docs[0])
    return docs, read_site(docs, this_year), state, phrase


def _unreachable(urls: list[str], crawl: site_crawl.Crawl) -> Finding:
    tried = crawl.tried
    ev = Evidence("url", urls[0], "; ".join(f"{t['url']}: {t['error']}" for t in tried[:4]) or "time budget spent")
    why = _inconclusive(crawl)
    facts: WebsiteFacts = {
        "url": urls[0],
        "reachable": False,
        "state": "unchecked" if why else "unreachable",
        "tried": tried,
        "fetches": crawl.fetches,
    }
    if why:
        # Maybe our network, maybe "not now": unknown, and the rep is told how to settle it.
        sig = signal(SOURCE, "website.unchecked", ev, url=urls[0], why=why)
        return finding(SOURCE, facts, [sig], status="partial", reason="website.check_by_hand")
    return finding(SOURCE, facts, [signal(SOURCE, "website.unreachable", ev, url=urls[0])])


def _inconclusive(crawl: site_crawl.Crawl) -> dict[str, Any] | None:
    """The first failure that does not show the site is dead (net_faults.toml), as a message."""
    codes = set(toml_table("net_faults.toml")["website"]["inconclusive"])
    found = next((str(t["error"]) for t in crawl.tried if t["error"] in codes), "")
    if found.startswith("http_"):
        return {"code": "net.http_status", "params": {"status": found.removeprefix("http_")}}
    if found:
        return {"code": found}
    return {"code": "finding.timeout"} if crawl.timed_out else None


def _signals(inquiry: Inquiry, reading: SiteReading, state: str, phrase: str, this_year: int) -> list[Signal]:
    facts = reading.facts
    url = facts["final_url"]
    email_domain = registrable(inquiry.domain) if inquiry.domain and not is_shared(inquiry.domain) else ""
    site = facts["site_domain"]
    found: list[Signal] = website_signals.other_domain_signal(email_domain, site, url, live=state == "ok")
    found += website_signals.found_in_text_signal(facts["found_via"], facts["site_domain"], url)
    if state != "ok":
        return [website_signals.state_signal(state, url, phrase), *found]
    ev = Evidence("url", url, facts["title"])
    found.insert(0, signal(SOURCE, "website.reachable", ev, url=url, title=facts["title"]))
    found += website_signals.certificate_signals(facts, inquiry.company, url)
    return found + website_signals.model_signals(reading) + website_signals.company_signals(reading, this_year)


def _facts(
    inquiry: Inquiry, crawl: site_crawl.Crawl, docs: list[PageDoc], reading: SiteReading, state: str, phrase: str
) -> WebsiteFacts:
    assert crawl.home is not None
    home = crawl.home
    site = reading.facts["site_domain"]
    origin = next((c.origin for c in site_discovery.candidates(inquiry) if registrable(c.host) == site), "redirect")
    return {
        "reachable": True,
        "url": home.url,
        "final_url": home.final_url,
        "state": state,
        "state_phrase": phrase,
        "pages": _pages(crawl, docs),
        **reading.facts,
        "found_via": origin,
        "redirects": list(home.redirects),
        "tried": crawl.tried,
        "sitemap": crawl.sitemap,
        "fetches": crawl.fetches,
        "crawl_ms": crawl.elapsed_ms,
        "server": home.headers.get("server", ""),
        "certificate": certificate_fact(home.certificate),
    }


async def _visit(
    ctx: Context, urls: list[str]
) -> tuple[site_crawl.Crawl, tuple[list[PageDoc], SiteReading, str, str] | None]:
    crawl = await site_crawl.crawl_site(ctx, urls, _links, _worth_crawling)
    if crawl.home is None:
        return crawl, None
    return crawl, await asyncio.get_running_loop().run_in_executor(_READER, _read, crawl, ctx.now.year)


async def _named_home(ctx: Context, host: str, words: list[str]) -> tuple[str, str] | None:
    """(URL, title) of a guessed domain's home page when it is a working site that names the company."""
    try:
        if not await ctx.dns.addresses(host):
            return None
    except NetError:  # an unknown answer for a guess is no answer
        return None
    for url in site_discovery.urls_for(host)[::2]:  # https then http, the bare name (www follows redirects)
        try:
            page = await ctx.http.fetch(url)
        except NetError:
            continue
        if not (page.ok and page.text.strip()):
            continue
        doc = await run_in_thread(read_page, page.final_url, page.text, "home")
        if site_state(doc)[0] == "ok" and site_discovery.names_company(" ".join((doc.title, doc.text)), words):
            return page.final_url, doc.title
        return None
    return None


async def _from_name(inquiry: Inquiry, ctx: Context) -> Finding:
    """No site to visit: domains guessed from the company name, checked together; the first in the order
    of the guesses whose home page names the company is shown as probably theirs, and proves nothing."""
    guesses = site_discovery.name_guesses(inquiry)
    words = site_discovery.name_words(inquiry.company)
    found = await asyncio.gather(*(_named_home(ctx, host, words) for host in guesses))
    facts: WebsiteFacts = {"reachable": False, "name_guesses": guesses}
    hit = next((f for f in found if f is not None), None)
    if hit is None:
        # Without an address there is no free mail either: say what is really missing.
        why = "website.no_candidate" if inquiry.email.strip() else "website.no_candidate_no_email"
        return finding(SOURCE, facts if guesses else {"reachable": False}, status="skipped", reason=why)
    url, title = hit
    facts |= {"probable_url": url, "probable_title": title, "probable_from": inquiry.company}
    ev = Evidence("url", url, title)
    sig = signal(SOURCE, "website.probable_from_name", ev, url=url, company=inquiry.company)
    return finding(SOURCE, facts, [sig], status="skipped", reason="website.probable_only")


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    urls = candidate_urls(inquiry)
    if not urls:
        return await _from_name(inquiry, ctx)
    # Read once per run: the other inquiries of a batch that name the same site share it.
    crawl, read = await ctx.shared.run((SOURCE, tuple(urls)), lambda: _visit(ctx, urls))
    if read is None:
        return _unreachable(urls, crawl)
    docs, reading, state, phrase = read
    reading = replace(reading, facts=_facts(inquiry, crawl, docs, reading, state, phrase))
    sigs = _signals(inquiry, reading, state, phrase, ctx.now.year)
    if crawl.timed_out:
        return finding(SOURCE, reading.facts, sigs, status="partial", reason="website.budget_spent")
    return finding(SOURCE, reading.facts, sigs)


ENRICHER = Enricher(SOURCE, run, network=True, budget="website_budget_s")
