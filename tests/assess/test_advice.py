"""Advice: what to reply, what to verify, which terms, and links that open correctly."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from research.assess.advice import advice, check_links
from research.profile import load_profile
from research.render.i18n import t
from research.types import Advice, BuyerType, Finding, Fit, Inquiry, ProductMatch, Verdict
from tests.assess.builders import RULES, found, sig

DECOR = load_profile("home_decor")


def verdict(cat: str, risk: str = "low") -> Verdict:
    return Verdict(cat, risk, {"authenticity": 70, "value": 50, "fit": 60, "intent": 60})  # type: ignore[arg-type]


def run(cat: str, label: str = "unknown", findings: list[Finding] | None = None, **kw: object) -> list[Advice]:
    inquiry = kw.pop("inquiry", Inquiry(email="buyer@example.com", company="Acme"))
    fit = kw.pop("fit", Fit())
    risk = str(kw.pop("risk", "low"))
    return list(advice(verdict(cat, risk), BuyerType(label, 0.8), inquiry, findings or [], fit, DECOR, RULES))  # type: ignore[arg-type]


def codes(items: list[Advice], kind: str | None = None) -> list[str]:
    return [a.code for a in items if kind is None or a.kind == kind]


def test_vague_buyer_gets_three_of_our_products_by_name() -> None:
    items = run("B", findings=[found("inquiry", sig("inquiry.vague"))])
    prop = next(a for a in items if a.code == "advice.propose_products")
    assert prop.params["products"] == ["Ceramic vases", "Scented candles", "Photo frames"]
    assert "Ceramic vases, Scented candles, Photo frames" in t(prop.code, "en", prop.params)
    assert "Ceramic vases" in t(prop.code, "zh", prop.params)


def test_proposed_products_start_with_what_the_buyer_touched() -> None:
    fit = Fit(0.9, (ProductMatch("tealights", "Scented candles", 0.9, ("tealight",), "inquiry"),))
    hint = found("platform", advice_hints=["propose_products"])
    prop = next(a for a in run("B", "wholesaler", [hint], fit=fit) if a.code == "advice.propose_products")
    assert prop.params["products"][0] == "Scented candles"


def test_specific_importer_is_not_told_to_propose_products_but_to_be_precise() -> None:
    items = run("A", "oem_importer", [found("inquiry", sig("inquiry.specific"))])
    assert "advice.propose_products" not in codes(items)
    assert {"advice.type.oem_honest", "advice.type.oem_private_label"} <= set(codes(items))
    honest = next(a for a in items if a.code == "advice.type.oem_honest")
    assert "BSCI" in t(honest.code, "en", honest.params)


def test_scam_gets_no_product_pitch_and_no_credit() -> None:
    items = run("X", findings=[found("inquiry", sig("inquiry.vague"))])
    assert "advice.propose_products" not in codes(items)
    assert codes(items, "reply")[:2] == ["advice.do_not_engage", "advice.no_links"]
    assert codes(items, "terms") == ["advice.terms.none"]


def test_a_scam_is_never_asked_for_anything() -> None:
    """Issue 16 problem 8: "ask for their company website" on an X is an invitation to reply."""
    doubts = [
        found("email", sig("email.free_mail")),
        found("website", sig("website.unreachable")),
        found("platform", sig("platform.ip_mismatch", ip_country="CN", country="US"), ip_country="CN"),
    ]
    asks = {"advice.verify.free_mail", "advice.verify.no_website", "advice.verify.country"}
    assert asks <= set(codes(run("B", findings=doubts)))
    assert not asks & set(codes(run("X", findings=doubts)))


def test_terms_follow_category_and_risk() -> None:
    assert "advice.terms.deposit_30" in codes(run("A"), "terms")
    assert "advice.terms.prepay" in codes(run("A", risk="high"), "terms")
    assert "advice.terms.deposit_50" in codes(run("B", risk="medium"), "terms")
    assert "advice.terms.prepay" in codes(run("C"), "terms")


def test_verify_the_website_phone_and_the_young_domain() -> None:
    site = found(
        "website",
        phones=[{"number": "+12145550147", "country": "US", "type": "fixed", "url": "u", "snippet": "s"}],
        address="1200 Commerce St, Dallas, TX",
    )
    domain = found("domain", sig("domain.age_lt_1y"), age_days=120)
    items = run("B", findings=[site, domain])
    verify = {a.code: a.params["value"] for a in items if a.kind == "verify"}
    assert verify["advice.verify.site_phone"] == "+12145550147"
    assert verify["advice.verify.domain_age"] == "120"
    assert "Dallas" in verify["advice.verify.address"]
    assert "+12145550147" in t("advice.verify.site_phone", "zh", {"value": "+12145550147"})


def test_ip_country_is_a_question_only_when_it_differs() -> None:
    same = run("B", findings=[found("platform", ip_country="US", stated_country="US")])
    mismatch = sig("platform.ip_mismatch", ip_country="CN", country="US")
    other = run("B", findings=[found("platform", mismatch, ip_country="CN", stated_country="US")])
    assert "advice.verify.country" not in codes(same)
    assert "advice.verify.country" in codes(other)


def test_links_are_percent_encoded_and_open_the_right_searches() -> None:
    inquiry = Inquiry(email="k.m@harbor-line.com", company="Smith & Sons Möbel GmbH / 上海")
    site = found("website", address="1200 Commerce St #5, Dallas")
    links = {a.code: a.url for a in check_links(inquiry, [site], RULES.advice)}
    google = urlsplit(links["advice.link.google"])
    assert google.netloc == "www.google.com"
    assert parse_qs(google.query)["q"] == ["Smith & Sons Möbel GmbH / 上海"]
    assert parse_qs(urlsplit(links["advice.link.baidu"]).query)["wd"] == ["Smith & Sons Möbel GmbH / 上海"]
    assert parse_qs(urlsplit(links["advice.link.google_email"]).query)["q"] == ['"k.m@harbor-line.com"']
    baidu_map = urlsplit(links["advice.link.baidu_maps"])
    assert (
        unquote(baidu_map.path) == "/search/1200 Commerce St #5, Dallas" and "#" not in links["advice.link.baidu_maps"]
    )
    assert {"advice.link.linkedin", "advice.link.facebook", "advice.link.importyeti", "advice.link.panjiva"} <= set(
        links
    )
    gmaps = parse_qs(urlsplit(links["advice.link.google_maps"]).query)
    assert gmaps == {"api": ["1"], "query": ["1200 Commerce St #5, Dallas"]}  # "&" and "#" did not split the URL
    assert not [url for url in links.values() if " " in url]


def test_free_mail_searches_the_business_not_gmail() -> None:
    inquiry = Inquiry(email="buyer123@gmail.com")
    email = found("email", provider="free")
    links = {a.code: a.params["query"] for a in check_links(inquiry, [email], RULES.advice)}
    assert links.get("advice.link.google_email") == '"buyer123@gmail.com"'
    assert "advice.link.google" not in links  # nothing to name the company by
    with_site = check_links(inquiry, [email, found("website", site_domain="acme-decor.de")], RULES.advice)
    assert {a.params["query"] for a in with_site if a.code == "advice.link.google"} == {"acme-decor.de"}


def test_every_advice_code_has_both_languages() -> None:
    findings = [
        found("inquiry", sig("inquiry.vague")),
        found("email", sig("email.free_mail"), sig("email.reply_to_differs"), lookalike={"brand": "Walmart"}),
        found("website", sig("website.unreachable"), phones=["+1"], address="x"),
    ]
    for cat in "ABCX":
        for label in ("retailer", "wholesaler", "oem_importer", "chain", "end_user", "unknown"):
            for a in run(cat, label, findings):
                assert t(a.code, "en") != a.code and t(a.code, "zh") != a.code


def test_x_from_doubts_is_engage_with_care_not_a_flat_no() -> None:
    items = list(advice(verdict("X", "high"), BuyerType(), Inquiry(), [], Fit(), DECOR, RULES, certain=False))
    assert codes(items, "reply")[0] == "advice.engage_with_care"
    assert "advice.do_not_engage" not in codes(items)


def test_inquiry_enrichers_advice_hints_call_for_questions_not_for_a_scam() -> None:
    hint = found("inquiry", advice_hints=["confirm_missing_terms"])
    assert "advice.follow_up" in codes(run("B", findings=[hint]), "reply")
    assert "advice.follow_up" not in codes(run("X", findings=[hint]), "reply")
    assert "advice.follow_up" not in codes(run("B", findings=[found("inquiry", advice_hints=["other"])]))


def test_propose_products_on_the_platforms_unclear_need() -> None:
    unclear = found("platform", sig("platform.unclear_need", viewed=85, inquiries=75))
    assert "advice.propose_products" in codes(run("C", "retailer", [unclear], fit=Fit(0.9)))


def test_a_german_inquiry_is_answered_in_german_said_in_the_reps_language() -> None:
    items = run("B", findings=[found("inquiry", language="de", advice_hints=["reply_in_language"])])
    reply = next(a for a in items if a.code == "advice.reply_language")
    assert "German" in t(reply.code, "en", reply.params) and "德语" in t(reply.code, "zh", reply.params)
    assert "advice.reply_language" not in codes(
        run("X", findings=[found("inquiry", advice_hints=["reply_in_language"])])
    )


def test_a_free_sample_demand_gets_paid_samples_refunded_on_order() -> None:
    items = run("C", findings=[found("inquiry", advice_hints=["samples_paid_refundable"])])
    assert "advice.terms.sample_refundable" in codes(items)
