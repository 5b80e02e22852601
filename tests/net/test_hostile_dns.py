"""The resolver against a lab DNS that fails: timeouts, SERVFAIL, REFUSED for one type, TC."""

from __future__ import annotations

from pathlib import Path

import pytest

from research.errors import DnsError
from research.net.dns import Resolver
from research.settings import Settings
from tests.helpers import hostile_lab_settings
from tests.lab.casebook import Casebook
from tests.lab.lab import Lab

pytestmark = pytest.mark.timeout(60)

DNS_TIMEOUT_S = 0.5  # per try; dnspython's lifetime is twice that


@pytest.fixture
def settings(lab: Lab, tmp_path: Path) -> Settings:
    return hostile_lab_settings(lab, tmp_path, dns_timeout_s=DNS_TIMEOUT_S)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("dns-timeout-buyer.com", "DNS timeout (no reply)"),
        ("servfail-scam.com", "DNS SERVFAIL"),
        ("refused-buyer.com", "DNS REFUSED"),
    ],
)
async def test_a_failing_server_is_an_error_within_the_lifetime(
    settings: Settings, casebook: Casebook, name: str, label: str
) -> None:
    with casebook.case("fault", label, "DnsError (unknown), not NXDOMAIN", DNS_TIMEOUT_S * 2) as row:
        with pytest.raises(DnsError) as err:
            await Resolver(settings).mx(name)
        row.observed = f"{err.value.code}: {err.value.detail.rsplit(': ', 1)[-1]}"
        assert err.value.code == "net.dns_failed"


async def test_nxdomain_is_an_answer_not_an_error(settings: Settings, casebook: Casebook) -> None:
    with casebook.case("fault", "DNS NXDOMAIN", "an answer: the name does not exist", DNS_TIMEOUT_S * 2) as row:
        answer, _ = await Resolver(settings).mx("no-such-company-anywhere.com")
        row.observed = answer.status
        assert answer.status == "nxdomain"


@pytest.mark.parametrize(
    ("name", "label"),
    [("aaaa-refused.com", "REFUSED for AAAA only"), ("aaaa-silent.com", "no reply for AAAA only")],
)
async def test_one_family_failing_keeps_the_other(
    settings: Settings, casebook: Casebook, name: str, label: str
) -> None:
    resolver = Resolver(settings)
    with casebook.case("fault", f"DNS {label}", "the A address, without waiting out AAAA", DNS_TIMEOUT_S) as row:
        addresses = await resolver.addresses(name)
        row.observed = ", ".join(addresses)
        assert addresses == ["127.0.0.1"]
    with pytest.raises(DnsError):
        await resolver.query(name, "AAAA")


async def test_both_families_failing_is_an_error(settings: Settings) -> None:
    with pytest.raises(DnsError):
        await Resolver(settings).addresses("servfail-scam.com")


async def test_truncated_answer_is_retried_over_tcp(settings: Settings, lab: Lab, casebook: Casebook) -> None:
    asked = len(lab.dns_log)
    with casebook.case("fault", "DNS answer truncated (TC bit)", "retried over TCP, every record", 2) as row:
        answer = await Resolver(settings).txt("big-txt-buyer.com")
        tries = [q for q in lab.dns_log[asked:] if q == ("big-txt-buyer.com", "TXT")]
        row.observed = f"{len(answer.records)} records, asked {len(tries)} times (UDP, then TCP)"
        assert len(answer.records) == 7 and any(r.startswith("v=spf1") for r in answer.records)
        assert len(tries) == 2
