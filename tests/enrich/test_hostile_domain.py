"""The domain enricher when DNS or WHOIS fail: each check keeps what it got, a fault is
unknown and never a penalty, and the finding says which check would settle it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from research.context import open_context
from research.enrich import domain
from research.types import Finding, Inquiry
from tests.helpers import hostile_lab_settings, weight
from tests.lab.casebook import Casebook
from tests.lab.lab import Lab

pytestmark = pytest.mark.timeout(60)

BUDGET_S = 6.0  # the enricher's own budget in these tests


async def _run(lab: Lab, tmp_path: Path, email: str, **overrides: Any) -> Finding:
    settings = hostile_lab_settings(
        lab, tmp_path, dns_timeout_s=0.5, whois_timeout_s=1.5, enricher_timeout_s=BUDGET_S, **overrides
    )
    async with open_context(settings) as ctx:
        return await domain.run(Inquiry(email=email), ctx)


def _codes(f: Finding) -> set[str]:
    return {s.code for s in f.signals}


def _penalties_from_faults(f: Finding) -> list[str]:
    """Signals that cost the buyer and that a network fault could have caused."""
    fault_codes = {"domain.not_found", "domain.no_mx", "domain.spf_missing", "domain.dmarc_missing"}
    return [s.code for s in f.signals if s.code in fault_codes and weight(s) < 0]


@pytest.mark.parametrize(
    ("email", "days", "label", "age_code"),
    [
        ("a@servfail-scam.com", 6, "domain: DNS SERVFAIL, WHOIS answers", "domain.age_lt_90d"),
        ("a@dns-timeout-buyer.com", 20, "domain: DNS timeout, WHOIS answers", "domain.age_lt_90d"),
        ("a@refused-buyer.com", 3 * 365, "domain: DNS REFUSED, WHOIS answers", "domain.age_ge_3y"),
    ],
)
async def test_dns_failure_keeps_the_whois_age(
    lab: Lab, tmp_path: Path, casebook: Casebook, email: str, days: int, label: str, age_code: str
) -> None:
    with casebook.case("fault", label, "partial: WHOIS age kept, DNS unknown (0)", BUDGET_S) as row:
        f = await _run(lab, tmp_path, email)
        row.observed = f"{f.status}/{f.reason}; age {f.facts['age_days']} days; {sorted(_codes(f))}"
        assert f.status == "partial" and f.reason == "domain.dns_unanswered"
        assert f.facts["age_days"] == days and age_code in _codes(f)
        unknown = next(s for s in f.signals if s.code == "domain.dns_unknown")
        assert weight(unknown) == 0 and "MX" in unknown.params["records"]
        assert "exists" not in f.facts and not _penalties_from_faults(f)  # unknown, not "no"


async def test_a_failed_txt_lookup_is_not_a_missing_spf(lab: Lab, tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case("fault", "domain: TXT SERVFAIL, MX answers", "no SPF/DMARC penalty", BUDGET_S) as row:
        f = await _run(lab, tmp_path, "a@txt-servfail.com")
        row.observed = f"{f.status}/{f.reason}; {sorted(_codes(f))}"
        assert "domain.mx_ok" in _codes(f) and "domain.dns_unknown" in _codes(f)
        assert not _penalties_from_faults(f) and f.reason == "domain.dns_unanswered"


@pytest.mark.parametrize(
    ("email", "label"),
    [
        ("a@silent-whois.com", "domain: WHOIS never answers"),
        ("a@empty-whois.com", "domain: WHOIS empty answer"),
        ("a@garbage-whois.com", "domain: WHOIS 10 MB of garbage"),
    ],
)
async def test_whois_failure_keeps_the_dns_checks(
    lab: Lab, tmp_path: Path, casebook: Casebook, email: str, label: str
) -> None:
    with casebook.case("fault", label, "partial: DNS kept, age unknown (0)", BUDGET_S) as row:
        f = await _run(lab, tmp_path, email)
        row.observed = f"{f.status}/{f.reason}; whois {f.facts['whois_status']}; {sorted(_codes(f))}"
        assert f.status == "partial" and f.reason == "domain.whois_unanswered"
        assert "domain.mx_ok" in _codes(f) and f.facts.get("age_days") is None
        assert [weight(s) for s in f.signals if s.code == "domain.whois_unknown"] == [0]


async def test_whois_refused_connection_keeps_the_dns_checks(lab: Lab, tmp_path: Path) -> None:
    from tests.lab.raw import closed_port

    f = await _run(lab, tmp_path, "a@harborline-imports.com", whois_server=("127.0.0.1", closed_port()))
    assert f.status == "partial" and f.reason == "domain.whois_unanswered"
    assert {"domain.mx_hosted", "domain.dmarc_enforced", "domain.whois_unknown"} <= _codes(f)
