"""Verdict knobs from scoring.toml: X for vetoes, red flags and very low authenticity; A needs all four."""

from __future__ import annotations

from research.assess.verdict import category, scores, verdict
from research.rules import load_rules
from tests.assess.builders import RULES, scored

SOLID = ["email.corporate", "domain.mx_ok", "domain.age_ge_10y", "website.reachable", "inquiry.specific"]


def test_scores_start_at_base_and_stay_in_range() -> None:
    assert scores([], RULES) == {k: round(v) for k, v in RULES.base.items()}
    low = scores([scored("email.disposable"), scored("domain.not_found"), scored("inquiry.phishing_link")], RULES)
    assert low["authenticity"] == 0


def test_one_red_flag_keeps_an_otherwise_perfect_buyer_out_of_a() -> None:
    good = [scored(c) for c in SOLID] + [
        scored("website.wholesale"),
        scored("website.large_company"),
        scored("fit.product_match"),
    ]
    assert verdict(good, RULES).category == "A"
    flagged = [*good, scored("email.reply_to_differs")]
    assert verdict(flagged, RULES).category == "B"


def test_a_veto_is_x_whatever_the_scores() -> None:
    good = [scored(c) for c in SOLID] + [scored("website.large_company")]
    v = verdict([*good, scored("inquiry.risky_attachment")], RULES)
    assert (v.category, v.risk) == ("X", "high")
    assert v.reasons[0].code == "inquiry.risky_attachment"


def test_c_reasons_lead_with_what_pulled_down() -> None:
    v = verdict([scored("email.corporate"), scored("inquiry.vague"), scored("fit.no_product_match")], RULES)
    assert v.category == "C"
    assert [r.weight < 0 for r in v.reasons[:2]] == [True, True]


def test_knobs_are_read_from_the_data_file() -> None:
    shipped = load_rules()
    assert shipped.a_max_red_flags == 0 and shipped.x_min_red_flags == 3
    assert "fit.market_excluded" in shipped.c_at_best
    score = {"authenticity": 80, "value": 80, "fit": 10, "intent": 80}
    assert category(score, [], shipped) == "C"  # fit below c_fit_below


def test_soft_doubts_alone_make_a_high_risk_c_not_a_scam() -> None:
    # Free mail, a new and unverified platform account, a disposable-looking pattern of doubts:
    # authenticity falls below the X line, but with no red flag it stays C (high risk).
    soft = [scored("email.free_mail"), scored("platform.new_account"), scored("platform.not_verified")]
    soft += [scored("email.company_domain_differs")] * 6
    score = scores(soft, RULES)
    assert score["authenticity"] < RULES.x_authenticity_below
    assert category(score, soft, RULES) == "C"
    flagged = [*soft, scored("email.reply_to_differs")]
    assert category(scores(flagged, RULES), flagged, RULES) == "X"
