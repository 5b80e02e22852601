from __future__ import annotations

from pathlib import Path

import pytest

from research.errors import DnsError
from research.net.dns import Resolver
from research.store import Store
from tests.helpers import lab_settings
from tests.lab.lab import Lab


@pytest.fixture
def resolver(lab: Lab, tmp_path: Path) -> Resolver:
    settings = lab_settings(lab, tmp_path)
    return Resolver(settings, Store(settings.cache_path))


async def test_mx_records_come_sorted_by_preference(resolver: Resolver) -> None:
    answer, mxs = await resolver.mx("harborline-imports.com")
    assert answer.status == "ok"
    assert mxs[0].host == "aspmx.l.google.com"
    assert [m.preference for m in mxs] == sorted(m.preference for m in mxs)


async def test_unknown_domain_is_nxdomain_not_an_error(resolver: Resolver) -> None:
    answer, mxs = await resolver.mx("no-such-company-anywhere.com")
    assert answer.status == "nxdomain" and not answer.exists and mxs == []


async def test_known_name_without_the_type_is_nodata(resolver: Resolver) -> None:
    answer = await resolver.query("no-website-corp.com", "A")
    assert answer.status == "nodata" and answer.exists


async def test_null_mx_is_recognised(resolver: Resolver) -> None:
    _, mxs = await resolver.mx("nullmx.com")
    assert len(mxs) == 1 and mxs[0].is_null


async def test_long_txt_records_are_joined(resolver: Resolver) -> None:
    answer = await resolver.txt("google._domainkey.harborline-imports.com")
    (record,) = answer.records
    assert record.startswith("v=DKIM1") and record.endswith("IDAQAB") and len(record) > 255


async def test_second_lookup_comes_from_the_cache(resolver: Resolver, lab: Lab) -> None:
    await resolver.txt("harborline-imports.com")
    asked = len(lab.dns_log)
    again = await resolver.txt("harborline-imports.com")
    assert len(lab.dns_log) == asked
    assert any(r.startswith("v=spf1") for r in again.records)


async def test_unreachable_nameserver_raises_dns_error(tmp_path: Path) -> None:
    from research.settings import load_settings

    # A loopback port nobody listens on: the query times out quickly.
    settings = load_settings(env={"RESEARCH_NAMESERVERS": "127.0.0.1:9", "RESEARCH_DNS_TIMEOUT_S": "0.3"})
    with pytest.raises(DnsError):
        await Resolver(settings).mx("harborline-imports.com")
