"""Bounded, polite crawl of one site: home page, sitemap, then the most promising pages.

At most settings.max_pages pages, settings.max_connections_per_site at a time, the whole crawl
inside a time budget; no URL is fetched twice (redirect targets count as fetched).

robots.txt is not consulted, on purpose: this is a fetch a rep triggers for one company, a handful of
pages read once (and cached), as their browser would; not an indexing crawler. Many small sites
answer unknown agents with "Disallow: /", which would leave a rep with nothing but the home page.
Politeness comes from the page cap, the per-site connection limit and a User-Agent that says who we are.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

from research.errors import FetchError
from research.extract import site_kinds
from research.extract.domains import registrable
from research.facts import TriedFact
from research.net.http import HTML_TYPES, Page

if TYPE_CHECKING:
    from research.context import Context

LinksOf = Callable[[Page], list[tuple[str, str]]]
PagePredicate = Callable[[Page], bool]
_SITEMAP_TYPES = ("application/xml", "text/xml", "text/plain", "application/rss+xml", "text/html")
_REFRESH = re.compile(
    r"""<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]+content\s*=\s*["']?\s*\d+\s*;\s*url\s*=\s*([^"'>\s]+)""", re.I
)
_LOC = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>", re.I)
_KIND_RANK = {"products": 0, "about": 1, "contact": 2, "stores": 3}


@dataclass(frozen=True)
class Fetched:
    url: str  # the URL asked for
    page: Page | None
    hint: str | None = None  # the kind the link suggested
    error: str = ""


@dataclass
class Crawl:
    home: Page | None = None
    tried: list[TriedFact] = field(default_factory=list)
    pages: list[Fetched] = field(default_factory=list)
    sitemap: bool = False
    fetches: int = 0
    elapsed_ms: int = 0
    timed_out: bool = False


def normalize(url: str) -> str:
    """The identity of a page: no fragment, no default port, no trailing slash, host lower case."""
    p = urlsplit(url)
    host = (p.hostname or "").lower()
    netloc = host if p.port in (None, 80, 443) else f"{host}:{p.port}"
    path = p.path.rstrip("/") or "/"
    return urlunsplit((p.scheme.lower(), netloc, path, p.query, ""))


class _Session:
    """One crawl's shared state: the connection limit, what was fetched, the fetch count."""

    def __init__(self, ctx: Context, crawl: Crawl) -> None:
        self.ctx = ctx
        self.crawl = crawl
        self.limit = asyncio.Semaphore(max(1, ctx.settings.max_connections_per_site))
        self.seen: set[str] = set()

    def claim(self, url: str) -> bool:
        key = normalize(url)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    async def get(self, url: str, accept: tuple[str, ...] = HTML_TYPES) -> Page:
        async with self.limit:
            self.crawl.fetches += 1
            page = await self.ctx.http.fetch(url, accept=accept)
        for hop in (*page.redirects, page.final_url):
            self.seen.add(normalize(hop))
        return page


async def _home(s: _Session, urls: list[str]) -> Page | None:
    for url in urls:
        if not s.claim(url):
            continue
        try:
            page = await s.get(url)
        except FetchError as exc:
            s.crawl.tried.append({"url": url, "error": exc.code})
            continue
        if page.ok and page.text.strip():
            return await _follow_refresh(s, page)
        s.crawl.tried.append({"url": url, "error": f"http_{page.status}" if not page.ok else "empty"})
    return None


async def _follow_refresh(s: _Session, page: Page) -> Page:
    """A splash page that sends browsers on with <meta refresh> ("/en/"): the real home is there."""
    m = _REFRESH.search(page.text[:20_000])
    if not m:
        return page
    target = urljoin(page.final_url, m.group(1))
    site = registrable(urlsplit(page.final_url).hostname or "")
    if not _same_site(target, site) or not s.claim(target):
        return page
    try:
        landed = await s.get(target)
    except FetchError:
        return page
    if not (landed.ok and landed.text.strip()):
        return page
    return replace(landed, url=page.url, redirects=(*page.redirects, page.final_url, *landed.redirects))


def _same_site(url: str, site: str) -> bool:
    host = urlsplit(url).hostname or ""
    return registrable(host) == site


def rank_links(links: list[tuple[str, str]], site: str) -> list[tuple[float, str, str | None]]:
    """(score, url, kind) best first: one page of each kind before second helpings, shallow before deep."""
    scored: dict[str, tuple[float, str, str | None]] = {}
    for url, text in links:
        if not site_kinds.is_page_url(url) or not _same_site(url, site):
            continue
        kind = site_kinds.link_kind(url, text)
        path = urlsplit(url).path.lower()
        score = 3.0 if kind else (1.5 if any(w in path for w in site_kinds.priority_words()) else 0.5)
        score -= 0.2 * site_kinds.depth(url)
        key = normalize(url)
        if key not in scored or scored[key][0] < score:
            scored[key] = (score, url.split("#")[0], kind)
    ranked = sorted(scored.values(), key=lambda t: (-t[0], _KIND_RANK.get(t[2] or "", 9)))
    kinds_seen: set[str] = set()
    firsts = []
    for r in ranked:
        if r[2] and r[2] not in kinds_seen:
            kinds_seen.add(r[2])
            firsts.append(r)
    return firsts + [r for r in ranked if r not in firsts]


async def _fetch_one(s: _Session, url: str, hint: str | None) -> None:
    # Results are kept as they arrive, so a crawl cut by its budget keeps what it had.
    try:
        page = await s.get(url)
    except FetchError as exc:
        s.crawl.pages.append(Fetched(url, None, hint, exc.code))
        return
    s.crawl.pages.append(Fetched(url, page if page.ok else None, hint, "" if page.ok else f"http_{page.status}"))


async def _sitemap(s: _Session, home: Page) -> list[tuple[str, str]]:
    url = urljoin(home.final_url, "/sitemap.xml")
    if not s.claim(url):
        return []
    try:
        page = await s.get(url, accept=_SITEMAP_TYPES)
    except FetchError:
        return []
    if not page.ok or "<loc" not in page.text.lower():
        return []
    s.crawl.sitemap = True
    return [(loc, "") for loc in _LOC.findall(page.text)[:500]]


async def _wave(s: _Session, picks: list[tuple[float, str, str | None]], slots: int) -> None:
    chosen: list[tuple[str, str | None]] = []
    for _, url, kind in picks:
        if len(chosen) >= slots:
            break  # claim only what is fetched now: the rest stays open for the next wave
        if s.claim(url):
            chosen.append((url, kind))
    pages, tried = len(s.crawl.pages), len(s.crawl.tried)
    await asyncio.gather(*(_fetch_one(s, u, k) for u, k in chosen))
    # In the order chosen, not the order the answers came in: the same site gives the same report.
    rank = {url: i for i, (url, _) in enumerate(chosen)}
    s.crawl.pages[pages:] = sorted(s.crawl.pages[pages:], key=lambda f: rank.get(f.url, len(rank)))
    s.crawl.tried[tried:] = sorted(s.crawl.tried[tried:], key=lambda t: rank.get(str(t.get("url")), len(rank)))


async def crawl_site(ctx: Context, urls: list[str], links_of: LinksOf, worth_crawling: PagePredicate) -> Crawl:
    """Crawl from the first reachable URL; ``links_of(page)`` reads a page's links (the caller parses);
    a home page not ``worth_crawling`` (parked, for sale, a JS shell) is the only page fetched."""
    crawl = Crawl()
    started = time.monotonic()
    s = _Session(ctx, crawl)
    budget = ctx.settings.website_budget_s * 0.85  # leave the enricher time to read what came back
    try:
        async with asyncio.timeout(budget):
            crawl.home = await _home(s, urls)
            if crawl.home is not None and worth_crawling(crawl.home):
                await _rest(s, crawl.home, links_of)
    except TimeoutError:
        crawl.timed_out = True
    crawl.elapsed_ms = int((time.monotonic() - started) * 1000)
    return crawl


async def _rest(s: _Session, home: Page, links_of: LinksOf) -> None:
    site = registrable(urlsplit(home.final_url).hostname or "")
    slots = max(0, s.ctx.settings.max_pages - 1)
    sitemap_task = asyncio.create_task(_sitemap(s, home))
    try:
        await _wave(s, rank_links(links_of(home), site), slots)
        extra = await sitemap_task
    finally:
        sitemap_task.cancel()
    slots -= len(s.crawl.pages)
    if slots > 0:
        found = [link for f in s.crawl.pages if f.page for link in links_of(f.page)]
        await _wave(s, rank_links(found + extra, site), slots)
