"""Website enricher against the lab (real DNS, HTTP and WHOIS sockets); domain tests are in test_domain.py."""

from __future__ import annotations

from pathlib import Path

from research.context import open_context
from research.enrich import website
from research.types import Inquiry
from tests.helpers import lab_settings
from tests.lab.lab import Lab


async def test_website_found_from_the_email_domain(lab: Lab, tmp_path: Path) -> None:
    async with open_context(lab_settings(lab, tmp_path)) as ctx:
        f = await website.run(Inquiry(email="karen@harborline-imports.com"), ctx)
    assert f.facts["reachable"] and "Harborline" in f.facts["title"]
    assert f.signals[0].code == "website.reachable"


async def test_parked_lookalike_site(lab: Lab, tmp_path: Path) -> None:
    async with open_context(lab_settings(lab, tmp_path)) as ctx:
        f = await website.run(Inquiry(email="procurement@walmart-us.com"), ctx)
    assert [s.code for s in f.signals] == ["website.under_construction"]


async def test_company_without_website(lab: Lab, tmp_path: Path) -> None:
    async with open_context(lab_settings(lab, tmp_path, connect_timeout_s=1.0)) as ctx:
        f = await website.run(Inquiry(email="info@no-website-corp.com"), ctx)
    assert f.facts["reachable"] is False and [s.code for s in f.signals] == ["website.unreachable"]
    assert f.signals[0].evidence[0].snippet  # says what was tried and why it failed
