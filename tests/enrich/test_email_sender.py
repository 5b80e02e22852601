"""Who the sender claims to be: claims, lookalikes, display names, and the verdict they lead to.

The message's headers (route, Return-Path, SPF/DKIM) are the sender check's: tests/enrich/test_sender.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from research import research_async
from research.enrich import domain, email
from research.enrich.identity import names_match
from research.render.i18n import t
from research.types import Finding, Inquiry
from tests.helpers import lab_settings, weight
from tests.lab.lab import Lab


async def _email(inquiry: Inquiry) -> Finding:
    return await email.run(inquiry, None)  # type: ignore[arg-type]


def _codes(f: Finding) -> list[str]:
    return [s.code for s in f.signals]


async def test_a_big_chain_claimed_from_gmail_is_a_strong_red_flag() -> None:
    f = await _email(Inquiry(email="walmart.procurement@gmail.com", company="Walmart Inc."))
    assert f.facts["free_mail"] and f.facts["free_provider"] == "gmail.com"
    assert f.facts["lookalike"]["kind"] == "claimed" and f.facts["lookalike_of"] == "walmart.com"
    claim = next(s for s in f.signals if s.code == "email.brand_claim_mismatch")
    free = next(s for s in f.signals if s.code == "email.free_mail")
    assert weight(claim) <= -30 and weight(free) > -10  # Gmail alone is not the problem; the claim is
    assert "walmart.com" in t(claim.code, "en", claim.params)
    assert t(claim.code, "zh", claim.params).startswith("自称是 Walmart")


async def test_small_retailer_on_gmail_is_only_a_light_touch() -> None:
    f = await _email(Inquiry(email="sunnyside.giftshop@gmail.com", company="Sunnyside Gift Shop"))
    assert _codes(f) == ["email.free_mail"] and -10 < weight(f.signals[0]) < 0


async def test_lookalike_domain_names_the_brand_it_imitates() -> None:
    f = await _email(Inquiry(email="procurement@walmart-us.com", company="Walmart Stores Inc"))
    look = next(s for s in f.signals if s.code == "email.lookalike_brand")
    assert look.params["official"] == "walmart.com" and look.params["kind"] == "added_word"
    assert look.evidence[0].snippet == "walmart-us.com ~ walmart.com"
    assert not {"email.company_domain_differs", "email.corporate"} & set(_codes(f))  # no credit, one finding


@pytest.mark.parametrize(
    ("address", "brand"),
    [
        ("sourcing@nitori-vendor-portal.com", "Nitori"),
        ("zakupy@pepco-dostawcy.com", "Pepco"),
        ("achats@maisonsdumonde-fournisseurs.com", "Maisons du Monde"),
        ("vendors@hobbylobby-procurement.com", "Hobby Lobby"),
    ],
)
async def test_fake_vendor_portals_of_home_decor_chains_are_lookalikes(address: str, brand: str) -> None:
    f = await _email(Inquiry(email=address))
    assert next(s for s in f.signals if s.code == "email.lookalike_brand").params["brand"] == brand


async def test_a_ministry_on_a_commercial_domain_is_named_as_such() -> None:
    f = await _email(Inquiry(email="tenders@mm-gov-qa.com", company="Ministry of Municipality"))
    fake = next(s for s in f.signals if s.code == "email.government_lookalike")
    assert fake.params["word"] == "gov" and weight(fake) <= -30
    assert "gov" in t(fake.code, "zh", fake.params)
    for real in ("tenders@moci.gov.qa", "achats@economie.gouv.fr", "sales@govtech-solutions.com"):
        assert "email.government_lookalike" not in _codes(await _email(Inquiry(email=real)))


async def test_a_free_mail_service_of_a_brand_is_not_the_brand_writing() -> None:
    """Google and Naver are in the brand table for the links dressed as theirs; a Gmail or Naver sender is
    anyone, not Google."""
    for address in ("minji.kim@naver.com", "buyer.shop@gmail.com"):
        assert "email.brand_domain" not in _codes(await _email(Inquiry(email=address)))
    claim = await _email(Inquiry(email="walmart.sourcing@naver.com", company="Walmart Inc."))
    assert "email.brand_claim_mismatch" in _codes(claim)


async def test_mail_from_the_brands_own_domain_is_not_a_lookalike() -> None:
    f = await _email(Inquiry(email="buyer.team@walmart.com", company="Walmart"))
    assert "email.brand_domain" in _codes(f) and f.facts["lookalike"] is None


async def test_display_name_that_is_another_address() -> None:
    f = await _email(Inquiry(email="Support <x7731@outlook.com>", display_name="orders@ikea.com"))
    assert "email.display_name_address" in _codes(f)
    same = await _email(Inquiry(email="karen@harborline-imports.com", display_name="karen@harborline-imports.com"))
    assert "email.display_name_address" not in _codes(same)


async def test_company_name_against_the_domain() -> None:
    match = await _email(Inquiry(email="karen@harborline-imports.com", company="Harborline Imports LLC"))
    initials = await _email(Inquiry(email="info@hbi-group.de", company="Hansen Bau Import GmbH"))
    other = await _email(Inquiry(email="info@sunrise-textil.de", company="Koenig Moebelhandel GmbH"))
    assert "email.company_matches_domain" in _codes(match) and "email.company_matches_domain" in _codes(initials)
    chinese = await _email(Inquiry(email="sales@huaqiang-trade.com", company="深圳市华强贸易有限公司"))
    assert _codes(chinese) == ["email.corporate", "email.role_address"]  # another script: nothing to compare
    differs = next(s for s in other.signals if s.code == "email.company_domain_differs")
    assert -5 <= weight(differs) < 0  # a question for the rep, not an accusation


async def test_sender_imitating_the_website_the_buyer_names() -> None:
    f = await _email(Inquiry(email="karen@harborline-imports.co", website="https://www.harborline-imports.com"))
    assert "email.lookalike_website" in _codes(f)
    other = await _email(Inquiry(email="info@berger-haushalt.com", website="www.kaufhaus-berger.de"))
    assert "email.website_domain_differs" in _codes(other)
    sister = await _email(Inquiry(email="info@berger-haushalt.de", website="berger-haushalt.com"))
    assert not {"email.website_domain_differs", "email.lookalike_website"} & set(_codes(sister))


async def test_international_address_shown_in_unicode() -> None:
    f = await _email(Inquiry(email="einkauf@müller-küchen.de"))
    assert f.facts["domain"] == "xn--mller-kchen-thbg.de" and f.facts["domain_unicode"] == "müller-küchen.de"
    idn = next(s for s in f.signals if s.code == "email.idn")
    assert idn.params["ascii"] == "xn--mller-kchen-thbg.de" and weight(idn) == 0


async def test_internationalized_local_part_and_domain() -> None:
    f = await _email(Inquiry(email="采购部@例子.广告"))
    assert f.facts["valid"] and f.facts["local"] == "采购部"
    assert f.facts["domain"] == "xn--fsqu00a.xn--4rr70v" and f.facts["domain_unicode"] == "例子.广告"


async def test_invalid_address_syntax() -> None:
    f = await _email(Inquiry(email="buyer@@example..com"))
    assert f.facts["valid"] is False and _codes(f) == ["email.invalid"]


async def test_lookalike_of_a_chain_ends_as_scam(lab: Lab, tmp_path: Path) -> None:
    inquiry = Inquiry(
        email="procurement@walmart-us.com",
        company="Walmart",
        body="Please send your catalog and price list for our new stores.",
    )
    report = await research_async(
        inquiry,
        settings=lab_settings(lab, tmp_path, connect_timeout_s=1.0),
        enrichers=(email.ENRICHER, domain.ENRICHER),
    )
    assert report.verdict.category == "X" and report.verdict.risk == "high"
    codes = [r.code for r in report.verdict.reasons]
    assert "email.lookalike_brand" in codes and "domain.age_lt_90d" in codes


async def test_mixed_alphabets_in_a_domain() -> None:
    f = await _email(Inquiry(email="buyer@w\u0430lmart.com"))  # Cyrillic "а"
    codes = _codes(f)
    assert "email.idn_mixed_script" in codes and "email.lookalike_brand" in codes
    assert f.facts["domain"] == "xn--wlmart-3nf.com" and f.facts["domain_unicode"] == "w\u0430lmart.com"
    plain = await _email(Inquiry(email="info@почта.рф"))
    assert "email.idn" in _codes(plain) and "email.idn_mixed_script" not in _codes(plain)


@pytest.mark.parametrize(
    ("company", "domain", "match"),
    [
        ("Global Home Decor Ltd", "ghd-uk.com", True),
        ("Müller Küchen GmbH", "mueller-kuechen.de", True),
        ("The Kitchen Store Inc", "thekitchenstore.com", True),
        ("Brightstar Lighting LLC", "bslighting.com", True),
        ("Casa Bella S.A. de C.V.", "casabella.mx", True),
        ("Société Générale de Distribution", "sgd.fr", True),
        ("Pacific Rim Traders", "prtraders.com.au", True),
        ("Koenig Moebelhandel GmbH", "sunrise-textil.de", False),
        ("Jones Trading", "zhangsan-imports.com", False),
        ("北京华联商厦", "bhg.com.cn", None),
    ],
)
def test_company_names_firms_really_use(company: str, domain: str, match: bool | None) -> None:
    assert names_match(company, domain) is match


async def test_reply_to_another_mailbox_of_the_same_free_provider() -> None:
    f = await _email(Inquiry(email="sinara-group@list.ru", reply_to="Julian Smith <julian.smith@list.ru>"))
    assert "email.reply_to_other_mailbox" in _codes(f)
    same = await _email(Inquiry(email="bashamzebdani@gmail.com", reply_to="bashamzebdani@gmail.com"))
    colleague = await _email(Inquiry(email="sales@harborline-imports.com", reply_to="karen@harborline-imports.com"))
    assert not {"email.reply_to_other_mailbox", "email.reply_to_differs"} & {*_codes(same), *_codes(colleague)}
