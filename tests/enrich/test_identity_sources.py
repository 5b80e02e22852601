"""Website history, the address on a map, the certificate and the sanctions lists, on the lab."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from research import research
from research.cli import main
from research.context import open_context
from research.enrich import archive, location, registers, website
from research.facts import facts_of
from research.signals import finding
from research.types import Inquiry, Report
from tests.assess.lab_buyers import LAB_BUYERS
from tests.helpers import lab_settings
from tests.lab.lab import Lab


def _buyer(site: str) -> Inquiry:
    return next(b for b in LAB_BUYERS if b.site == site).inquiry


def _codes(report: Report, source: str) -> list[str]:
    return [s.code for s in report.signals if s.source == source]


# ---------------------------------------------------------------------------------------- archive


def test_first_capture_of_a_long_standing_site(lab: Lab, tmp_path: Path) -> None:
    checks = (website.ENRICHER, archive.ENRICHER)
    report = research(_buyer("harborline-imports.com"), None, lab_settings(lab, tmp_path), save=False, enrichers=checks)
    facts = facts_of(report.findings, "archive")
    assert (facts["first_capture"], facts["other_business"]) == ("1999-01-25", False)
    assert _codes(report, "archive") == ["archive.captured_long_ago"]


def test_a_domain_whose_first_capture_shows_another_business(lab: Lab, tmp_path: Path) -> None:
    mail = Inquiry(email="sales@reborn-trading.com", company="Reborn Trading Co.", body="Please quote kitchenware.")
    checks = (website.ENRICHER, archive.ENRICHER)
    report = research(mail, None, lab_settings(lab, tmp_path), save=False, enrichers=checks)
    assert facts_of(report.findings, "archive")["old_title"].startswith("Sunny Smiles Dental")
    assert "archive.other_business" in _codes(report, "archive")


def test_an_unreachable_archive_is_unknown_with_the_reason(lab: Lab, tmp_path: Path) -> None:
    settings = lab_settings(lab, tmp_path, wayback_base="https://archive.unreachable.test/")
    report = research(
        _buyer("harborline-imports.com"), None, settings, save=False, enrichers=(website.ENRICHER, archive.ENRICHER)
    )
    found = report.finding("archive")
    assert found is not None and (found.status, found.reason) == ("partial", "archive.unreachable")
    assert [s.weight for s in report.signals if s.source == "archive"] == [0.0]


def test_other_business_needs_a_real_old_title() -> None:
    assert archive.other_business("Sunny Smiles Dental Practice", {"reborn", "trading"}, "reborn-trading.com")
    assert not archive.other_business("Harborline Imports - Home", {"harborline"}, "harborline-imports.com")
    assert not archive.other_business("Welcome", {"reborn"}, "reborn-trading.com")


# --------------------------------------------------------------------------------------- location


def test_the_website_address_on_the_map(lab: Lab, tmp_path: Path) -> None:
    checks = (website.ENRICHER, registers.ENRICHER, location.ENRICHER)
    report = research(_buyer("nordhaus-moebel.de"), None, lab_settings(lab, tmp_path), save=False, enrichers=checks)
    facts = facts_of(report.findings, "location")
    assert (facts["kind"], facts["place"], facts["address_from"]) == ("industrial", "building=warehouse", "website")
    assert facts["map_url"].startswith("https://www.openstreetmap.org/?mlat=53.53")
    assert _codes(report, "location") == ["location.industrial"]


async def _locate(lab: Lab, tmp_path: Path, address: str) -> tuple[object, list[str]]:
    settings = lab_settings(lab, tmp_path)
    async with open_context(settings) as ctx:
        site = finding("website", {"address": address, "address_source": {"text": address, "url": "", "country": ""}})
        found = await location.run(Inquiry(email="a@b.com"), replace(ctx, findings=(site,)))
    return found, [s.code for s in found.signals]


async def test_a_flat_is_residential_and_requests_are_polite(lab: Lab, tmp_path: Path) -> None:
    before = len(lab.http_log)
    started = time.monotonic()
    _, codes = await _locate(lab, tmp_path / "a", "Flat 3, 18 Cherry Tree Close, Leeds LS6 2QH, United Kingdom")
    _, other = await _locate(lab, tmp_path / "b", "Nowhere Lane 1, Atlantis")
    assert codes == ["location.residential"] and other == ["location.not_found"]
    hits = [h for h in lab.http_log[before:] if h.host == "nominatim.openstreetmap.org"]
    assert len(hits) == 2 and time.monotonic() - started >= 0.9  # one request a second
    assert all("BuyerResearch" in dict(h.headers)["User-Agent"] for h in hits)


# ------------------------------------------------------------------------------------ certificate


def test_an_organisation_validated_certificate_names_the_company(lab: Lab, tmp_path: Path) -> None:
    report = research(
        _buyer("nordhaus-moebel.de"), None, lab_settings(lab, tmp_path), save=False, enrichers=(website.ENRICHER,)
    )
    cert = facts_of(report.findings, "website")["certificate"]
    assert cert is not None and (cert["organization"], cert["validation"]) == ("Nordhaus Möbel GmbH", "organization")
    assert "website.certificate_names_company" in _codes(report, "website")
    plain = research(
        _buyer("brightnest-home.com"), None, lab_settings(lab, tmp_path), save=False, enrichers=(website.ENRICHER,)
    )
    assert (facts_of(plain.findings, "website")["certificate"] or {}).get("validation") == "domain"


# -------------------------------------------------------------------------------------- sanctions


@pytest.fixture
def lists_cache(lab: Lab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    for name, value in {**lab.env(), "RESEARCH_CACHE_DIR": str(tmp_path)}.items():
        monkeypatch.setenv(name, value)
    assert main(["lists", "update", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "US OFAC SDN: 3 entries, dated 2026-02-27" in out and "UK Sanctions List: 1 entries" in out
    return tmp_path


def test_lists_are_downloaded_with_their_dates(lists_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lists", "show", "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert "EU consolidated: 1 entries, dated 2026-02-28" in shown and "UN Security Council: 2 entries" in shown


def test_a_listed_company_is_x_with_the_list_and_entry(lab: Lab, lists_cache: Path) -> None:
    mail = Inquiry(
        email="trade@komid-export.com", company="Korea Mining Development Trading Corp.", body="Need 20 containers."
    )
    report = research(mail, None, lab_settings(lab, lists_cache, offline=True), save=False)
    hit = next(s for s in report.signals if s.code == "sanctions.hit")
    assert hit.veto and hit.params["entry"] == "KPe.001" and hit.params["list"] == {"code": "list.un"}
    assert report.verdict.category == "X" and report.verdict.rule == "veto"


def test_a_near_miss_is_shown_and_weighs_nothing(lab: Lab, lists_cache: Path) -> None:
    mail = Inquiry(email="a@gmail.com", company="Orient Star General Trade LLC", body="Price list please.")
    report = research(mail, None, lab_settings(lab, lists_cache, offline=True), save=False)
    near = [s for s in report.signals if s.source == "sanctions"]
    assert [s.code for s in near] == ["sanctions.near_miss"] and near[0].weight == 0
    clean = research(_buyer("harborline-imports.com"), None, lab_settings(lab, lists_cache, offline=True), save=False)
    assert facts_of(clean.findings, "sanctions")["matches"] == []


def test_without_lists_the_check_says_how_to_get_them(tmp_path: Path, lab: Lab) -> None:
    report = research(_buyer("harborline-imports.com"), None, lab_settings(lab, tmp_path, offline=True), save=False)
    found = report.finding("sanctions")
    assert found is not None and (found.status, found.reason) == ("skipped", "sanctions.no_lists")
