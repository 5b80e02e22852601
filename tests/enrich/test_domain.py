"""The domain enricher against the lab: real DNS and WHOIS sockets."""

from __future__ import annotations

from pathlib import Path

import pytest

from research.context import open_context
from research.enrich import domain
from research.enrich.consistency import phone_country
from research.enrich.domain import parking_ns
from research.types import Finding, Inquiry, PlatformStats
from tests.helpers import lab_settings, weight
from tests.lab.lab import Lab


async def _run(lab: Lab, tmp_path: Path, inquiry: Inquiry) -> Finding:
    async with open_context(lab_settings(lab, tmp_path)) as ctx:
        return await domain.run(inquiry, ctx)


def _codes(f: Finding) -> set[str]:
    return {s.code for s in f.signals}


async def test_domain_of_a_long_standing_importer(lab: Lab, tmp_path: Path) -> None:
    f = await _run(lab, tmp_path, Inquiry(email="karen@harborline-imports.com"))
    assert f.status == "ok"
    assert f.facts["created"] == "1998-03-12" and f.facts["dmarc_policy"] == "reject"
    assert f.facts["registrar"] and f.facts["registrant_country"] == "US"
    assert f.facts["mx_provider"] == "Google Workspace" and not f.facts["parked"]
    assert {"domain.mx_hosted", "domain.spf_present", "domain.dmarc_enforced", "domain.age_ge_10y"} <= _codes(f)
    hosted = next(s for s in f.signals if s.code == "domain.mx_hosted")
    assert weight(hosted) > 0 and "aspmx.l.google.com" in hosted.evidence[0].snippet


async def test_domain_without_mail_and_with_null_mx(lab: Lab, tmp_path: Path) -> None:
    nullmx = await _run(lab, tmp_path, Inquiry(email="a@nullmx.com"))
    missing = await _run(lab, tmp_path, Inquiry(email="a@no-such-company-anywhere.com"))
    assert "domain.null_mx" in _codes(nullmx)
    assert [s.code for s in missing.signals] == ["domain.not_found"]
    assert missing.facts["whois_status"] == "not_found"
    assert [e.kind for e in missing.signals[0].evidence] == ["dns", "whois"]
    assert "No match" in missing.signals[0].evidence[1].snippet


async def test_whois_rate_limit_is_unknown_not_a_penalty(lab: Lab, tmp_path: Path) -> None:
    f = await _run(lab, tmp_path, Inquiry(email="a@busy-registry-test.com"))
    assert f.facts["whois_status"] == "rate_limited" and f.facts["age_days"] is None
    unknown = [s for s in f.signals if s.code == "domain.whois_unknown"]
    assert unknown and weight(unknown[0]) == 0
    assert unknown[0].evidence[0].snippet  # the server's own words, for the rep to see
    assert not any(s.code.startswith("domain.age_") for s in f.signals)


async def test_garbled_whois_is_unknown_not_empty(lab: Lab, tmp_path: Path) -> None:
    f = await _run(lab, tmp_path, Inquiry(email="a@garbled-whois-test.com"))
    assert f.facts["whois_status"] == "garbled" and f.facts["created"] is None
    assert [weight(s) for s in f.signals if s.code == "domain.whois_unknown"] == [0]
    assert f.status == "partial"


async def test_parked_domain_by_its_name_servers(lab: Lab, tmp_path: Path) -> None:
    f = await _run(lab, tmp_path, Inquiry(email="sales@parked-trading.com"))
    assert f.facts["parked"] and f.facts["parked_ns_host"]
    assert {"domain.parked_ns", "domain.no_mx", "domain.age_lt_1y"} <= _codes(f)
    parked = next(s for s in f.signals if s.code == "domain.parked_ns")
    assert parked.params["ns"] == "ns1.sedoparking.com" and "sedoparking" in parked.evidence[0].snippet


async def test_young_domain_with_hosted_mail(lab: Lab, tmp_path: Path) -> None:
    f = await _run(lab, tmp_path, Inquiry(email="buyer@fresh-buyer-group.com", country="United States"))
    assert f.facts["age_days"] == 40 and f.facts["privacy"]
    assert {"domain.age_lt_90d", "domain.whois_privacy", "domain.mx_hosted"} <= _codes(f)
    age = next(s for s in f.signals if s.code == "domain.age_lt_90d")
    assert age.evidence[0].kind == "whois" and "Creation Date" in age.evidence[0].snippet
    # The privacy service's country (Iceland) is not the buyer's: no country question from it.
    assert "domain.country_mismatch" not in _codes(f)


async def test_countries_agree(lab: Lab, tmp_path: Path) -> None:
    inquiry = Inquiry(email="einkauf@berger-haushalt.com", phone="+49 89 1234567", country="Germany")
    f = await _run(lab, tmp_path, inquiry)
    assert "domain.country_consistent" in _codes(f) and "domain.country_mismatch" not in _codes(f)


async def test_country_mismatch_is_a_low_weight_question(lab: Lab, tmp_path: Path) -> None:
    inquiry = Inquiry(
        email="einkauf@berger-haushalt.com",
        phone="+86 138 0013 8000",
        country="Germany",
        platform=PlatformStats(ip_country="NG"),
    )
    f = await _run(lab, tmp_path, inquiry)
    mismatch = next(s for s in f.signals if s.code == "domain.country_mismatch")
    assert mismatch.params["registrant"] == "DE" and mismatch.params["phone"] == "CN"
    assert mismatch.params["ip"] == "NG" and -5 <= weight(mismatch) < 0


async def test_free_mail_skips_the_domain_but_still_compares_countries(lab: Lab, tmp_path: Path) -> None:
    f = await _run(lab, tmp_path, Inquiry(email="li.wei@qq.com", phone="+1 415 555 2671", country="China"))
    assert f.status == "skipped" and f.reason == "domain.shared_provider"
    assert _codes(f) == {"domain.country_mismatch"}


@pytest.mark.parametrize(
    ("phone", "country"),
    [("+86 755 8888 9999", "CN"), ("0049 30 123456", "DE"), ("+44 20 7946 0958", "GB"), ("020 7946 0958", None)],
)
def test_phone_country(phone: str, country: str | None) -> None:
    assert phone_country(phone) == country


def test_parking_services_by_name_server() -> None:
    assert parking_ns(["ns1.bodis.com", "ns2.bodis.com"]) == "ns1.bodis.com"
    assert parking_ns(["ns1.parkingcrew.net"]) == "ns1.parkingcrew.net"
    assert parking_ns(["ns55.domaincontrol.com", "ns1.cloudflare.com"]) is None


async def test_mail_subdomain_has_its_own_mail_records(lab: Lab, tmp_path: Path) -> None:
    f = await _run(lab, tmp_path, Inquiry(email="einkauf@mail.berger-haushalt.com"))
    assert f.facts["domain"] == "berger-haushalt.com" and f.facts["mail_domain"] == "mail.berger-haushalt.com"
    assert f.facts["mx"] == ["mx01.kundenserver.de"] and f.facts["mx_provider"] == "IONOS"
    assert f.facts["dmarc_policy"] == "quarantine"  # the organisational domain's policy applies
    assert f.facts["created"] == "2009-06-18"
