"""Products named in a language the profile has no keywords for are "unread", never "not ours"."""

from __future__ import annotations

import pytest

from research import research
from research.inputs import from_fields
from research.profile import load_profile, parse_profile
from research.settings import Settings, load_settings
from research.types import Report

# A profile that only knows English: Polish and Czech product names are beyond it.
ENGLISH_ONLY = parse_profile(
    {
        "company": {"profile_name": "frames_en"},
        "markets": {"target": ["EU"]},
        "product_lines": [{"name": "Photo frames", "keywords": ["photo frame", "picture frame"]}],
    }
)


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path_factory.mktemp("c"))}, offline=True)


def _check(body: str, profile_name: str | None, offline: Settings, country: str = "PL") -> Report:
    inquiry = from_fields(
        email="zakupy@ramkowo-sklep.pl", company="Ramkowo Sp. z o.o.", country=country, body=body, source="text"
    )
    profile = ENGLISH_ONLY if profile_name is None else load_profile(profile_name)
    return research(inquiry, profile, offline, save=False)


def _codes(report: Report) -> set[str]:
    return {s.code for f in report.findings for s in f.signals}


POLISH_RFQ = (
    "Dzień dobry, prowadzimy sklep internetowy z dekoracjami. Potrzebujemy 2000 sztuk ramek drewnianych "
    "10x15 cm, FOB Ningbo, dostawa do końca marca. Proszę o ofertę. Z poważaniem, Anna Nowak"
)


def test_profile_languages_come_from_its_synonym_tables() -> None:
    assert ENGLISH_ONLY.languages == ("en",)
    assert {"en", "de", "zh", "pl"} <= set(load_profile("home_decor").languages)


def test_polish_products_against_an_english_only_profile_are_unread_not_off_range(offline: Settings) -> None:
    report = _check(POLISH_RFQ, None, offline)
    codes = _codes(report)
    assert "fit.products_unread" in codes
    assert "fit.no_product_match" not in codes
    # B at best: A needs evidence that they want what we make; the overlap is unknown, not 0 %.
    assert report.verdict.category == "B"
    assert report.fit.product_overlap is None


def test_the_report_asks_the_rep_to_compare_by_hand(offline: Settings) -> None:
    from research.render.markdown import render

    text = render(_check(POLISH_RFQ, None, offline), lang="en")
    assert "compare them with our range by hand" in text and "Polish" in text


def test_the_same_inquiry_with_polish_synonyms_matches_our_frames(offline: Settings) -> None:
    report = _check(POLISH_RFQ, "home_decor", offline)
    assert report.fit.matched_products and report.fit.matched_products[0].our_line == "Photo frames"


def test_english_products_we_do_not_make_are_low_value(offline: Settings) -> None:
    body = "We are a furniture retailer and need 300 oak dining tables and 1,200 upholstered chairs, FOB Ningbo."
    report = _check(body, None, offline, country="GB")
    assert "fit.no_product_match" in _codes(report)
    assert report.verdict.category == "C"


def test_a_real_shop_asking_vaguely_about_our_products_is_worth_a_follow_up(offline: Settings) -> None:
    body = (
        "Hello, we run two home decor shops in Leeds and are looking for new picture frames for spring. "
        "Could you send us your catalogue with prices and your minimum order?\n\nKind regards\nSarah Platt\n"
        "Platt & Co Interiors, 14 Briggate, Leeds LS1 6HD, +44 113 555 0142"
    )
    inquiry = from_fields(email="sarah@plattinteriors.co.uk", company="Platt & Co Interiors", body=body, source="text")
    report = research(inquiry, ENGLISH_ONLY, offline, save=False)
    assert report.verdict.category == "B", report.verdict.scores
