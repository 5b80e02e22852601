"""Countries by name: every spelling a field may hold, one table; ccTLDs that name a country."""

from __future__ import annotations

import pytest

from research.extract.countries import cctld_country, country_code


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("CHINA", "CN"),
        ("United Kingdom", "GB"),
        ("Deutschland", "DE"),
        ("U.S.A.", "US"),
        ("us", "US"),
        ("China (CN)", "CN"),
        ("FR (FRANCE)", "FR"),
        ("中国", "CN"),
        ("Korea, Republic of", "KR"),
        ("UK", "GB"),
        ("REDACTED FOR PRIVACY", None),
        ("", None),
    ],
)
def test_country_names(value: str, code: str | None) -> None:
    assert country_code(value) == code


@pytest.mark.parametrize("name", ["espana", "España", "ESPANA"])
def test_accents_and_case_do_not_matter(name: str) -> None:
    assert country_code(name) == "ES"


@pytest.mark.parametrize(
    ("host", "code"),
    [("acme.de", "DE"), ("shop.acme.co.uk", "GB"), ("acme.com", ""), ("acme.io", ""), ("acme.eu", ""), ("acme.co", "")],
)
def test_a_cctld_names_a_country_unless_it_is_sold_as_a_vanity_name(host: str, code: str) -> None:
    assert cctld_country(host) == code
