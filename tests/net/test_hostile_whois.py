"""The WHOIS client against servers that fail, and referrals that point inside.

Two modes. With ``whois_server`` set (the lab's default) every query goes to the lab's
server: used for the faults. With it unset, the product does what it does on the internet:
it asks the registry by name (resolved by the lab's DNS) on ``whois_port``, then the
registrar the registry names. That is where a referral to the inside must be refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from research.errors import WhoisError
from research.net.whois import WhoisClient, WhoisResult
from research.settings import Settings
from tests.helpers import hostile_lab_settings
from tests.lab.casebook import Casebook
from tests.lab.lab import Lab
from tests.lab.raw import Trap, closed_port

pytestmark = pytest.mark.timeout(60)

WHOIS_TIMEOUT_S = 1.5


@pytest.fixture
def relay(lab: Lab, tmp_path: Path) -> Settings:
    """Every query to the lab's WHOIS server (a relay, as configured by an operator)."""
    return hostile_lab_settings(lab, tmp_path, whois_timeout_s=WHOIS_TIMEOUT_S)


@pytest.fixture
def by_name(lab: Lab, tmp_path: Path) -> Settings:
    """No relay: registry and referrals by name, through our resolver and the guard."""
    return hostile_lab_settings(lab, tmp_path, whois_server=None, whois_port=lab.whois_port)


async def _lookup(settings: Settings, domain: str) -> WhoisResult:
    return await WhoisClient(settings).lookup(domain)


async def test_refused_connection_is_an_error(relay: Settings, casebook: Casebook) -> None:
    dead = relay.replace(whois_server=("127.0.0.1", closed_port()))
    with casebook.case("fault", "WHOIS connection refused", "WhoisError (unknown)", WHOIS_TIMEOUT_S) as row:
        with pytest.raises(WhoisError) as err:
            await _lookup(dead, "harborline-imports.com")
        row.observed = f"{err.value.code}: {err.value.detail}"
        assert err.value.code == "net.whois_failed"


async def test_silent_server_times_out(relay: Settings, casebook: Casebook) -> None:
    with casebook.case(
        "fault", "WHOIS accepts, never answers", "WhoisError at whois_timeout_s", WHOIS_TIMEOUT_S
    ) as row:
        with pytest.raises(WhoisError) as err:
            await _lookup(relay, "silent-whois.com")
        row.observed = f"{err.value.code}: {err.value.detail}"


@pytest.mark.parametrize(
    ("domain", "status", "label"),
    [
        ("busy-registry-test.com", "rate_limited", "WHOIS rate-limit text"),
        ("empty-whois.com", "empty", "WHOIS empty answer"),
    ],
)
async def test_unusable_answers_are_a_status_not_a_date(
    relay: Settings, casebook: Casebook, domain: str, status: str, label: str
) -> None:
    with casebook.case("fault", label, f"status {status}, no dates", WHOIS_TIMEOUT_S) as row:
        result = await _lookup(relay, domain)
        row.observed = f"status {result.record.status}"
        assert result.record.status == status and result.record.created is None


async def test_ten_megabytes_of_garbage_are_read_up_to_the_cap(relay: Settings, lab: Lab, casebook: Casebook) -> None:
    with casebook.case("fault", "WHOIS 10 MB of garbage", "read stops at max_whois_bytes", WHOIS_TIMEOUT_S) as row:
        result = await _lookup(relay, "garbage-whois.com")
        row.observed = f"status {result.record.status}, {len(result.raw):,} chars kept"
        assert result.record.status == "garbled" and result.record.created is None
        assert len(result.raw) <= relay.max_whois_bytes + 100  # + the "% server" header line


async def test_referral_loop_asks_each_server_once(by_name: Settings, lab: Lab, casebook: Casebook) -> None:
    asked = len(lab.whois_log)
    with casebook.case("fault", "WHOIS referral loop", "registry + one referral, then stop", WHOIS_TIMEOUT_S) as row:
        result = await _lookup(by_name, "referral-loop.com")
        queries = [d for d in lab.whois_log[asked:] if d == "referral-loop.com"]
        row.observed = f"{len(queries)} queries, created {result.record.created:%Y-%m-%d}"
        assert len(queries) == 2 and result.servers == ("whois.verisign-grs.com", "whois.loop-registrar.com")
        assert result.record.created is not None and result.record.created.year == 2012


@pytest.mark.parametrize(
    ("domain", "label"),
    [
        ("referral-inside-name.com", "a name with A 127.0.0.2"),
        ("referral-inside-v6.com", "a name with AAAA ::1"),
        ("referral-private-ip.com", "10.0.0.10"),
        ("referral-loopback-ip.com", "127.0.0.22"),
        ("referral-metadata.com", "metadata.google.internal"),
    ],
)
async def test_referral_to_the_inside_is_refused_and_the_registry_answer_kept(
    by_name: Settings, trap: Trap, dialled: list[str], casebook: Casebook, domain: str, label: str
) -> None:
    before = len(trap.log)
    with casebook.case("fault", f"WHOIS referral to {label}", "refused; registry dates kept", WHOIS_TIMEOUT_S) as row:
        result = await _lookup(by_name, domain)
        row.observed = f"asked {', '.join(result.servers)}; created {result.record.created:%Y-%m-%d}"
        assert result.servers == ("whois.verisign-grs.com",)
        assert result.record.created is not None and result.record.created.year == 2012
        assert trap.log[before:] == []
        assert set(dialled) <= {"127.0.0.1"}


async def test_the_registry_is_found_through_our_resolver_not_the_systems(by_name: Settings, lab: Lab) -> None:
    asked = len(lab.dns_log)
    result = await _lookup(by_name, "harborline-imports.com")
    assert ("whois.verisign-grs.com", "A") in lab.dns_log[asked:]
    assert result.record.created is not None and result.record.created.year == 1998


async def test_with_private_networks_allowed_the_referral_is_followed(lab: Lab, tmp_path: Path, trap: Trap) -> None:
    """The control: the trap does see the connection when the guard lets it through."""
    open_settings = hostile_lab_settings(
        lab, tmp_path, whois_server=None, whois_port=lab.whois_port, allow_private_networks=True
    )
    before = len(trap.log)
    result = await _lookup(open_settings, "referral-inside-name.com")
    assert [(k.address, k.port) for k in trap.log[before:]] == [("127.0.0.2", lab.whois_port)]
    assert result.record.created is not None  # the trap hung up: the registry's answer still counts
