"""The crawl and discovery against the lab: bounded, polite, never the same page twice."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from research.context import open_context
from research.enrich import website
from research.enrich.site_discovery import candidates, hosts_in_text
from research.net.http import Page
from research.types import Inquiry, Link
from tests.helpers import guarded_lab_settings, lab_settings
from tests.lab.lab import Lab

_SITE = "https://slowpoke-traders.com"


class CountingFetcher:
    """The real fetcher, watched: how many fetches run at once, and which URLs were asked for."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.running = 0
        self.peak = 0
        self.asked: list[str] = []

    async def fetch(self, url: str, **kwargs: Any) -> Page:
        self.asked.append(url)
        self.running += 1
        self.peak = max(self.peak, self.running)
        try:
            return await self.inner.fetch(url, **kwargs)  # type: ignore[no-any-return]
        finally:
            self.running -= 1


async def _run(
    lab: Lab, tmp_path: Path, inquiry: Inquiry, guarded: bool = False, **overrides: Any
) -> tuple[Any, CountingFetcher, float]:
    make = guarded_lab_settings if guarded else lab_settings
    settings = make(lab, tmp_path, cache_enabled=False, **overrides)
    async with open_context(settings) as ctx:
        counting = CountingFetcher(ctx.http)
        started = time.monotonic()
        f = await website.run(inquiry, replace(ctx, http=counting))  # type: ignore[arg-type]
        return f, counting, time.monotonic() - started


async def test_slow_site_is_cut_at_the_budget_and_keeps_what_it_read(lab: Lab, tmp_path: Path) -> None:
    f, fetcher, elapsed = await _run(
        lab, tmp_path, Inquiry(email="a@slowpoke-traders.com"), website_budget_s=2.0, max_connections_per_site=2
    )
    assert elapsed < 3.0  # two pages stall for 30 s; the budget stops waiting for them
    assert f.status == "partial" and f.reason == "website.budget_spent"
    assert f.facts["reachable"] and f.facts["founded_year"] == 2001
    assert fetcher.peak == 2  # concurrent, but never more than the per-site limit


async def test_no_page_is_fetched_twice_and_at_most_max_pages(lab: Lab, tmp_path: Path) -> None:
    inquiry = Inquiry(email="a@slowpoke-traders.com")
    f, fetcher, _ = await _run(lab, tmp_path, inquiry, max_pages=5, page_timeout_s=1.0)
    pages = [u for u in fetcher.asked if not u.endswith("sitemap.xml")]
    assert len(pages) == 5 and len(f.facts["pages"]) == 5
    # The stalling about and contact pages are given up after the page timeout, and say so.
    assert {p["status"] for p in f.facts["pages"] if "stall" in p["url"]} == {"net.timeout"}
    # "/range-spades#top" and ".../range-rakes/" are the same pages as the plain links.
    paths = Counter(u.split("://", 1)[1].split("#")[0].rstrip("/") for u in fetcher.asked)
    assert max(paths.values()) == 1


async def test_canonical_redirect_and_sitemap(lab: Lab, tmp_path: Path) -> None:
    f, fetcher, _ = await _run(lab, tmp_path, Inquiry(email="orders@pacific-trade-supply.com.au"))
    assert f.facts["final_url"] == "https://www.pacific-trade-supply.com.au/"
    assert f.facts["redirects"] == ["https://pacific-trade-supply.com.au/"]
    assert f.facts["sitemap"] is True
    # The trade-account page is linked from the top bar; brands only from the menu and sitemap.
    assert any(u.endswith("/sitemap.xml") for u in fetcher.asked)
    assert "website.other_domain" not in {s.code for s in f.signals}  # www. is the same domain


async def test_splash_page_with_meta_refresh_leads_to_the_real_home(lab: Lab, tmp_path: Path) -> None:
    f, _, _ = await _run(lab, tmp_path, Inquiry(email="office@gruenwald-handel.at"))
    assert f.facts["final_url"] == "https://gruenwald-handel.at/de/"
    assert f.facts["founded_year"] == 1996 and set(f.facts["markets"]) == {"AT", "SI", "HR", "HU"}
    assert {p["kind"] for p in f.facts["pages"] if p["status"] == 200} == {"home", "contact"}


async def test_free_mail_sender_site_found_in_the_signature(lab: Lab, tmp_path: Path) -> None:
    body = (
        "Dear supplier, please quote 2,000 pcs of your 2-person tent.\n"
        "Specs: https://docs.google.com/document/d/1xYz/edit\n\n"
        "Best regards\nLena Vogt | Sourcing Manager\nVANTORO Outdoor GmbH\nwww.vantoro-outdoor.com"
    )
    f, _, _ = await _run(lab, tmp_path, Inquiry(email="lena.vogt@gmail.com", body=body))
    assert f.facts["site_domain"] == "vantoro-outdoor.com" and f.facts["found_via"] == "text"
    assert {"website.oem", "website.found_in_text"} <= {s.code for s in f.signals}


async def test_named_website_on_another_domain_is_pointed_out(lab: Lab, tmp_path: Path) -> None:
    inquiry = Inquiry(email="purchasing@harborline-imports.com", website="maisonvert.fr")
    f, _, _ = await _run(lab, tmp_path, inquiry)
    other = [s for s in f.signals if s.code == "website.other_domain"]
    assert f.facts["site_domain"] == "maisonvert.fr" and f.facts["found_via"] == "named"
    assert other and other[0].params == {"email_domain": "harborline-imports.com", "site_domain": "maisonvert.fr"}


async def test_hostile_site_neither_hangs_nor_crashes(lab: Lab, tmp_path: Path) -> None:
    inquiry = Inquiry(email="x@hostile-site.com")
    f, fetcher, elapsed = await _run(lab, tmp_path, inquiry, guarded=True, website_budget_s=4.0)
    assert elapsed < 5.0
    assert f.facts["reachable"] is True and len(fetcher.asked) <= 9


def test_discovery_skips_documents_free_mail_and_file_names() -> None:
    text = (
        "see drive.google.com/file/d/abc and https://we.tl/t-123, catalog.zip attached, "
        "mail me at bob@acme-tools.com.mx, our site: https://shop.acme-tools.com.mx/en and www.acme-tools.com.mx"
    )
    assert hosts_in_text(text) == ["shop.acme-tools.com.mx", "www.acme-tools.com.mx"]
    assert hosts_in_text("Hi.How are you? Our company site is nordhaus-moebel.de") == ["nordhaus-moebel.de"]
    # A link to one page (a catalogue, a login form) is what a lure looks like, not a claimed website (issue 16,
    # problem 4); the same host written as a site is one.
    inquiry = Inquiry(email="bob@qq.com", body="", links=(Link("https://www.hammer-haus.de/katalog"),))
    assert candidates(inquiry) == []
    claimed = Inquiry(email="bob@qq.com", body="Web: www.hammer-haus.de", links=inquiry.links)
    assert [c.host for c in candidates(claimed)] == ["www.hammer-haus.de"]
    assert candidates(Inquiry(email="bob@qq.com", body="Please send price list.")) == []


def test_website_enricher_runs_under_the_website_budget() -> None:
    from research.enrich import ENRICHERS

    assert any(e.name == "website" and e.budget == "website_budget_s" for e in ENRICHERS)
    assert asyncio.iscoroutinefunction(website.run)


async def test_pages_are_listed_in_the_order_chosen_not_the_order_they_answered(lab: Lab, tmp_path: Path) -> None:
    """/range-spades is asked before /range-rakes and answers after it, and the about and contact pages
    stall: the report lists what was read, then what was not, each in the order the crawl chose, so the
    same site gives the same report however the network answers."""
    f, fetcher, _ = await _run(lab, tmp_path, Inquiry(email="a@slowpoke-traders.com"), max_pages=5, page_timeout_s=1.0)
    pages = f.facts["pages"]
    read = [p["url"] for p in pages if p["status"] == 200]
    failed = [p["url"] for p in pages if p["status"] != 200]
    assert read == [u for u in fetcher.asked if u in read] and read.index(_SITE + "/range-spades") < len(read) - 1
    assert failed == [u for u in fetcher.asked if u in failed] and failed
