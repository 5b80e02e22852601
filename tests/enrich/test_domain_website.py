"""Domain and website enrichers against the lab (real DNS, HTTP and WHOIS sockets)."""

from __future__ import annotations

from pathlib import Path

from research.context import open_context
from research.enrich import domain, website
from research.types import Inquiry
from tests.helpers import lab_settings
from tests.lab.lab import Lab


async def test_domain_of_a_long_standing_importer(lab: Lab, tmp_path: Path) -> None:
    async with open_context(lab_settings(lab, tmp_path)) as ctx:
        f = await domain.run(Inquiry(email="karen@harborline-imports.com"), ctx)
    assert f.status == "ok"
    assert f.facts["created"] == "1998-03-12" and f.facts["dmarc_policy"] == "reject"
    codes = {s.code for s in f.signals}
    assert {"domain.mx_ok", "domain.spf_present", "domain.dmarc_enforced", "domain.age_ge_10y"} <= codes


async def test_domain_without_mail_and_with_null_mx(lab: Lab, tmp_path: Path) -> None:
    async with open_context(lab_settings(lab, tmp_path)) as ctx:
        nullmx = await domain.run(Inquiry(email="a@nullmx.com"), ctx)
        missing = await domain.run(Inquiry(email="a@no-such-company-anywhere.com"), ctx)
    assert "domain.null_mx" in {s.code for s in nullmx.signals}
    assert [s.code for s in missing.signals] == ["domain.not_found"]


async def test_whois_rate_limit_is_unknown_not_a_penalty(lab: Lab, tmp_path: Path) -> None:
    async with open_context(lab_settings(lab, tmp_path)) as ctx:
        f = await domain.run(Inquiry(email="a@busy-registry-test.com"), ctx)
    assert f.facts["whois_status"] == "rate_limited" and f.facts["age_days"] is None
    unknown = [s for s in f.signals if s.code == "domain.whois_unknown"]
    assert unknown and unknown[0].weight == 0


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
