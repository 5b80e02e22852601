"""Buyer type from signal votes and facts, with confidence and evidence."""

from __future__ import annotations

from research.assess.buyer_type import buyer_type
from research.assess.verdict import weigh
from research.render.i18n import t
from research.types import Finding
from tests.assess.builders import RULES, found, sig


def label(*findings: Finding) -> tuple[str, float]:
    bt = buyer_type(weigh([s for f in findings for s in f.signals], RULES), RULES, list(findings))
    return bt.label, bt.confidence


def test_store_count_makes_a_chain_and_shows_the_evidence() -> None:
    site = found(
        "website", size_hints=[{"kind": "stores", "value": 230, "text": "230 stores in 12 states", "url": "u"}]
    )
    bt = buyer_type([], RULES, [site])
    assert bt.label == "chain" and bt.confidence >= 0.9
    assert bt.evidence[0].code == "buyer.fact.stores_many"
    assert bt.evidence[0].evidence[0].snippet == "230 stores in 12 states"
    assert t(bt.evidence[0].code, "zh", bt.evidence[0].params) == "拥有230家门店，属于连锁零售"


def test_the_largest_figure_of_a_kind_counts() -> None:
    hints = [{"kind": "stores", "value": v, "text": f"{v}", "url": "u"} for v in (3, 45, 12)]
    assert label(found("website", size_hints=hints))[0] == "chain"


def test_a_few_shops_is_a_retailer() -> None:
    site = found("website", sig("website.shop"), size_hints=[{"kind": "stores", "value": 4, "text": "4", "url": "u"}])
    assert label(site)[0] == "retailer"


def test_private_label_makes_an_oem_importer() -> None:
    assert (
        label(found("inquiry", sig("inquiry.private_label")), found("website", sig("website.oem")))[0] == "oem_importer"
    )


def test_container_orders_are_a_wholesaler_even_with_a_small_number() -> None:
    inq = found("inquiry", quantities=[{"value": 2, "unit": "40HQ", "text": "2 x 40HQ"}])
    assert label(inq)[0] == "wholesaler"


def test_quantities_vote_unless_the_inquiry_enricher_already_did() -> None:
    facts = {"quantities": [{"value": 20, "unit": "pcs", "text": "20 pcs"}]}
    assert label(found("inquiry", **facts))[0] == "end_user"
    voted = found("inquiry", sig("inquiry.large_quantity"), **facts)  # the enricher's judgement wins
    assert label(voted)[0] == "wholesaler"


def test_one_weak_clue_or_a_tie_is_unknown() -> None:
    assert label(found("email", sig("email.free_mail")))[0] == "unknown"  # retailer 0.5 vs end user 0.5
    assert label() == ("unknown", 0.0)


def test_confidence_grows_with_evidence() -> None:
    one = label(found("website", sig("website.wholesale")))
    many = label(
        found("website", sig("website.wholesale"), sig("website.distributor")),
        found("inquiry", sig("inquiry.large_quantity")),
    )
    assert one[0] == many[0] == "wholesaler"
    assert one[1] < many[1] <= 1.0


def test_business_model_facts_vote_unless_the_website_signal_did() -> None:
    facts = {"business_model": ["wholesale", "shop"], "final_url": "https://b.example/"}
    bt = buyer_type([], RULES, [found("website", **facts)])
    assert bt.label == "wholesaler" and bt.evidence[0].code == "buyer.fact.model_wholesale"
    assert bt.evidence[0].evidence[0].ref == "https://b.example/"
    # The website enricher voted "shop" through its signal: the fact does not vote again.
    site = found("website", sig("website.shop"), business_model=["shop"])
    bt = buyer_type(weigh(site.signals, RULES), RULES, [site])
    assert [r.code for r in bt.evidence] == ["website.shop"]


def test_size_claims_on_a_site_under_construction_cast_no_vote() -> None:
    hints = [{"kind": "stores", "value": 450, "text": "450 magasins en Europe", "url": "u"}]
    assert label(found("website", size_hints=hints, state="ok"))[0] == "chain"
    assert label(found("website", size_hints=hints, state="under_construction"))[0] == "unknown"
