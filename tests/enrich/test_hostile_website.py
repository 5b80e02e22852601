"""The website enricher against hostile sites: it keeps working, keeps what it read, never
connects inside, and a failure that may be ours costs the buyer nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from research.context import open_context
from research.enrich import website
from research.types import Finding, Inquiry
from tests.helpers import hostile_lab_settings, weight
from tests.lab.casebook import Casebook
from tests.lab.lab import Lab
from tests.lab.raw import Trap

pytestmark = pytest.mark.timeout(90)

BUDGET_S = 4.0


async def _run(lab: Lab, tmp_path: Path, inquiry: Inquiry, **overrides: Any) -> Finding:
    base: dict[str, Any] = {"website_budget_s": BUDGET_S, "page_timeout_s": 2.0, "dns_timeout_s": 0.5}
    settings = hostile_lab_settings(lab, tmp_path, **{**base, **overrides})
    async with open_context(settings) as ctx:
        return await website.run(inquiry, ctx)


def _codes(f: Finding) -> set[str]:
    return {s.code for s in f.signals}


def _errors(f: Finding) -> dict[str, Any]:
    return {p["url"]: p["status"] for p in f.facts.get("pages", []) if p["status"] != 200}


async def test_odd_sub_pages_do_not_lose_the_good_ones(
    lab: Lab, tmp_path: Path, trap: Trap, dialled: list[str], casebook: Casebook
) -> None:
    before = len(trap.log)
    expected = "ok: home and /about read, odd pages failed one by one"
    with casebook.case(
        "hostile", "site: IPv6-literal redirects, utf-16 meta, bad punycode, binary", expected, BUDGET_S
    ) as row:
        f = await _run(lab, tmp_path, Inquiry(email="a@odd-subpages.com"))
        row.observed = f"{f.status}; founded {f.facts.get('founded_year')}; failed {sorted(set(_errors(f).values()))}"
        assert f.status == "ok" and f.facts["reachable"] and f.facts["founded_year"] == 1996
        errors = {p.rsplit("/", 1)[-1]: code for p, code in _errors(f).items()}
        assert errors["products"] == errors["news"] == "net.blocked_address"  # [2001:db8::1], [::1]
        assert errors["brands"] == errors["stores"] == "net.bad_url"  # xn--zz, xn--abc-
        assert errors["catalog"] == "net.bad_content_type"  # binary
        assert "Contact" in [p["title"] for p in f.facts["pages"]]  # <meta charset="utf-16">, read as UTF-8
        assert "website.certifications" not in _codes(f)  # "CE RoHS" inside binary noise is no claim
        assert trap.log[before:] == [] and set(dialled) <= {"127.0.0.1"}


async def test_a_binary_home_page_is_no_page_and_claims_nothing(lab: Lab, tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case(
        "hostile", "site: home page is binary as text/html", "not a page; no CE signal", BUDGET_S
    ) as row:
        f = await _run(lab, tmp_path, Inquiry(email="a@binary-home.com"))
        row.observed = f"{sorted(_codes(f))}; tried {sorted({t['error'] for t in f.facts['tried']})}"
        assert not f.facts["reachable"] and "website.certifications" not in _codes(f)
        assert "net.bad_content_type" in {t["error"] for t in f.facts["tried"]}
        assert "website.unreachable" in _codes(f)  # a site that serves noise is broken for everyone


async def test_a_site_answering_a_but_refusing_aaaa_is_reachable(lab: Lab, tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case("fault", "site: DNS answers A, refuses AAAA", "reachable over IPv4", BUDGET_S) as row:
        f = await _run(lab, tmp_path, Inquiry(email="a@aaaa-refused.com"))
        row.observed = f"reachable={f.facts['reachable']}, {len(f.facts.get('pages', []))} pages"
        assert f.facts["reachable"] and "website.reachable" in _codes(f)


async def test_an_endless_link_trap_stops_at_the_page_cap(lab: Lab, tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case("hostile", "site: endless generated links", "at most max_pages pages", BUDGET_S) as row:
        f = await _run(lab, tmp_path, Inquiry(email="a@link-trap.com"), max_pages=6)
        row.observed = f"{f.facts['fetches']} fetches, {len(f.facts['pages'])} pages"
        assert f.facts["reachable"] and f.facts["fetches"] <= 6 + 1  # + the sitemap


@pytest.mark.parametrize(
    ("email", "label", "why"),
    [
        ("a@retry-after.com", "site: 503 + Retry-After a day", "net.http_status"),
        ("a@black-hole.com", "site: accepts, never answers", "finding.timeout|net.timeout"),
        ("a@servfail-scam.com", "site: DNS SERVFAIL", "net.dns_failed"),
    ],
)
async def test_a_fault_that_may_be_ours_costs_nothing_and_says_how_to_settle_it(
    lab: Lab, tmp_path: Path, casebook: Casebook, email: str, label: str, why: str
) -> None:
    with casebook.case("hostile", label, "unchecked (weight 0), open it in a browser", BUDGET_S) as row:
        f = await _run(lab, tmp_path, Inquiry(email=email))
        (sig,) = f.signals
        row.observed = f"{sig.code} ({sig.params['why']['code']}), weight {weight(sig):g}"
        assert sig.code == "website.unchecked" and weight(sig) == 0
        assert sig.params["why"]["code"] in why.split("|")
        assert f.status == "partial" and f.reason == "website.check_by_hand"
        assert f.facts["state"] == "unchecked" and not f.facts["reachable"]


async def test_a_dead_site_still_costs(lab: Lab, tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case("hostile", "site: name without an address (control)", "unreachable (penalty)", BUDGET_S) as row:
        f = await _run(lab, tmp_path, Inquiry(email="a@no-website-corp.com"))
        (sig,) = f.signals
        row.observed = f"{sig.code}, weight {weight(sig):g}"
        assert sig.code == "website.unreachable" and weight(sig) < 0


async def test_dns_rebinding_mid_crawl_keeps_the_home_page_and_never_goes_inside(
    lab: Lab, tmp_path: Path, trap: Trap, dialled: list[str], casebook: Casebook
) -> None:
    before = len(trap.log)
    with casebook.case(
        "hostile", "site: DNS rebinding mid-crawl", "home kept, nothing inside dialled", BUDGET_S
    ) as row:
        f = await _run(lab, tmp_path, Inquiry(email="a@rebinding-buyer.com"))
        row.observed = f"reachable={f.facts['reachable']}; failed {sorted(set(_errors(f).values()))}"
        assert f.facts["reachable"] and f.facts["title"]
        assert trap.log[before:] == [] and set(dialled) <= {"127.0.0.1"}


async def test_a_name_with_an_inside_address_first_is_read_from_the_public_one(
    lab: Lab, tmp_path: Path, trap: Trap, dialled: list[str]
) -> None:
    before = len(trap.log)
    f = await _run(lab, tmp_path, Inquiry(email="a@mixed-address.com"))
    assert f.facts["reachable"] and f.facts["founded_year"] == 2003
    assert trap.log[before:] == [] and set(dialled) <= {"127.0.0.1"}
