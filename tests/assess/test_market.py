"""Market fit: regions expand to countries; the buyer's markets come from every clue we have."""

from __future__ import annotations

from research.assess.assess import assess
from research.assess.market import buyer_markets, expand, market_fit
from research.extract.countries import cctld_country, country_code
from research.profile import load_profile
from research.types import Inquiry, SellerProfile
from tests.assess.builders import RULES, found


def test_regions_expand_to_iso_codes_including_nested_regions() -> None:
    assert {"DE", "FR", "PL"} <= expand(["EU"])
    assert "GB" not in expand(["EU"])
    assert {"AE", "SA", "EG"} <= expand(["MENA"])  # MENA names GCC
    assert expand(["us", "Gcc"]) == expand(["US"]) | expand(["GCC"])
    assert expand(["NOT-A-REGION", "123"]) == frozenset()


def test_country_names_and_cctlds() -> None:
    assert country_code("España") == "ES"
    assert country_code("United States") == "US"
    assert country_code("de") == "DE"
    assert country_code("Atlantis") is None
    assert cctld_country("shop.example.co.uk") == "GB"
    assert cctld_country("brand.de") == "DE"
    assert cctld_country("startup.io") == ""  # sold worldwide: says nothing about the country
    assert cctld_country("example.com") == ""


def test_buyer_markets_collect_website_inquiry_and_domain() -> None:
    site = found("website", final_url="https://x.de/", markets=["DE", "AT"], site_domain="x.de")
    inq = found("inquiry", destination_country="PL")
    markets = buyer_markets(Inquiry(email="a@x.de", country="Switzerland"), [site, inq])
    assert set(markets) == {"DE", "AT", "PL", "CH"}
    assert markets["PL"].ref == "inquiry"
    assert markets["DE"].ref == "https://x.de/"


def test_webmail_domains_are_not_a_market_clue() -> None:
    assert buyer_markets(Inquiry(email="ivan@mail.ru"), []) == {}
    assert buyer_markets(Inquiry(email="a@shop.ru"), [found("email", free_mail=True)]) == {}
    assert set(buyer_markets(Inquiry(email="a@shop.ru"), [])) == {"RU"}


def test_overlap_and_exclusions() -> None:
    buyer = buyer_markets(Inquiry(country="IR"), [found("website", markets=["AE", "IR"])])
    mf = market_fit(buyer, ["GCC"], ["SANCTIONED"])
    assert mf.overlap == ("AE",) and mf.excluded == ("IR",)


def _codes(profile: SellerProfile, inquiry: Inquiry, *findings: object) -> set[str]:
    result = assess(inquiry, list(findings), profile, RULES)  # type: ignore[arg-type]
    return {s.code for s in result.fit_finding.signals}


def test_assessment_signals_match_outside_and_excluded() -> None:
    decor = load_profile("home_decor")
    assert "fit.market_match" in _codes(decor, Inquiry(email="buyer@shop.fr"))
    assert "fit.market_outside" in _codes(decor, Inquiry(email="buyer@shop.com.br"))
    codes = _codes(decor, Inquiry(email="buyer@gmail.com", country="Iran"))
    assert "fit.market_excluded" in codes and "fit.market_match" not in codes
    # No market clue at all: no market signal either way.
    assert not {c for c in _codes(decor, Inquiry(email="a@b.com")) if c.startswith("fit.market")}


def test_product_signals_strong_partial_and_none() -> None:
    decor = load_profile("home_decor")

    def codes(products: list[str], body: str = "") -> set[str]:
        inq = found("inquiry", products=products)
        result = assess(Inquiry(body=body), [inq], decor, RULES)
        return {s.code for s in result.fit_finding.signals if s.code.startswith("fit.product")}

    assert codes(["ceramic vases"]) == {"fit.product_match"}
    assert codes([], body="Our shop also sells a vase or two.") == {"fit.product_partial"}
    assert codes(["vases", "candles", "picture frames"]) == {"fit.product_match", "fit.product_wide"}
    assert "fit.no_product_match" in {
        s.code for s in assess(Inquiry(), [found("inquiry", products=["sofas"])], decor, RULES).fit_finding.signals
    }
    assert codes([], body="Please send your catalog.") == set()  # named nothing: no verdict on fit


def test_the_fit_reason_names_what_the_mail_asked_for_not_the_website() -> None:
    """Issue 16 problem 6: their site sells artificial flowers, the mail asks for vases: the reason says vases."""
    decor = load_profile("home_decor")
    site = found("website", products=["Artificial Flowers & Greenery"], url="https://harborline-imports.com/")
    mail = found("inquiry", products=["ceramic vases"])
    (reason,) = [
        s for s in assess(Inquiry(), [site, mail], decor, RULES).fit_finding.signals if s.code == "fit.product_match"
    ]
    assert reason.params["line"] == "Ceramic vases" and reason.params["buyer"] == "ceramic vases"
    assert [e.ref for e in reason.evidence][:2] == ["inquiry", "https://harborline-imports.com/"]
    # With only the website to go on, the website's product is named.
    (alone,) = [
        s for s in assess(Inquiry(), [site], decor, RULES).fit_finding.signals if s.code.startswith("fit.product_")
    ]
    assert alone.params["line"] == "Artificial flowers"
