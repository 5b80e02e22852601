"""The assessment put together: what would settle an unproven identity, named from the checks that ran."""

from __future__ import annotations

from pathlib import Path

from research import research
from research.assess.assess import settling_checks
from research.settings import load_settings
from research.types import Finding, Inquiry, PlatformStats


def test_an_offline_free_mail_report_is_medium_at_best_and_says_what_would_settle_it(tmp_path: Path) -> None:
    offline = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path)}, offline=True)
    inquiry = Inquiry(email="li.wei@gmail.com", body="We need 2,000 pcs ceramic vases 20 cm, FOB Ningbo, by 1 March.")
    report = research(inquiry, settings=offline, save=False)
    assert report.verdict.risk == "medium"
    assert {"settle.online", "settle.company_email", "settle.platform", "settle.register"} <= set(
        report.verdict.unverified
    )


def test_settling_checks_follow_what_ran() -> None:
    verified = Inquiry(email="a@acme.example", platform=PlatformStats(verified=True))
    done = [Finding("domain", "ok"), Finding("website", "ok")]
    assert settling_checks(verified, done) == ("settle.register",)
    partial = [Finding("domain", "partial", "domain.incomplete"), Finding("website", "failed")]
    assert settling_checks(Inquiry(email="a@acme.example"), partial)[:2] == ("settle.domain_again", "settle.website")
    assert settling_checks(Inquiry(body="x"), [])[0] == "settle.sender_email"
