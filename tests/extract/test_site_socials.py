"""Social profiles on a network's country domain (pinterest.com.au) are still that network."""

from __future__ import annotations

import pytest

from research.extract.site_contacts import social_network


@pytest.mark.parametrize(
    ("url", "network"),
    [
        ("https://www.pinterest.com.au/saltbushandco/", "pinterest"),
        ("https://www.pinterest.de/hofmann/", "pinterest"),
        ("https://www.facebook.com/brand", "facebook"),
        ("https://facebook.evil-login.com/brand", None),
        ("https://pinterestshop.com/brand", None),
        ("https://www.pinterest.com/pin/create/button/", None),
    ],
)
def test_country_domains_of_a_network(url: str, network: str | None) -> None:
    assert social_network(url) == network
