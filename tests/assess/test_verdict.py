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


def test_low_risk_needs_proof_of_who_the_sender_is() -> None:
    strong = [scored("email.corporate"), scored("inquiry.specific"), scored("website.large_company")]
    strong += [scored("email.company_matches_domain")] * 3
    unproven = verdict(strong, RULES)
    assert unproven.scores["authenticity"] >= RULES.risk_medium_below
    assert unproven.risk == "medium" and unproven.unverified
    proven = verdict([*strong, scored("domain.age_ge_10y"), scored("domain.mx_hosted")], RULES)
    assert proven.risk == "low" and not proven.unverified
    assert verdict([*strong, scored("platform.verified")], RULES).risk == "low"
    # Half a proof is none: an old domain that takes no mail.
    assert verdict([*strong, scored("domain.age_ge_10y")], RULES).risk == "medium"


def test_the_learned_opinion_below_its_decisive_band_never_makes_an_x_alone() -> None:
    doubts = [scored("email.free_mail"), scored("inquiry.vague"), scored("inquiry.template")]
    alone = verdict([*doubts, scored("inquiry.wording_scam", probability=97)], RULES)
    assert alone.category != "X" and alone.risk == "high" and alone.look_again == "wording_scam"
    assert verdict(doubts, RULES).look_again == ""


def test_the_decisive_wording_makes_an_x_when_nothing_proves_who_the_sender_is() -> None:
    """A buyer the rules alone would answer (a corporate address, a specific inquiry, a website), whose wording
    reads like scam mail as almost no genuine mail does: an X that names the rule and the wording's evidence."""
    perfect = [scored(code) for code in SOLID if not code.startswith("domain.")]
    assert verdict(perfect, RULES).category in ("A", "B")
    decisive = scored("inquiry.wording_decisive", probability=100, cues="Kindly, funds", words=120)
    v = verdict([*perfect, decisive], RULES)
    assert v.category == "X" and v.risk == "high" and v.rule == "wording_decisive"
    assert v.rule_params["signal"]["code"] == "inquiry.wording_decisive"
    assert any(r.code == "inquiry.wording_decisive" for r in v.reasons)


def test_the_decisive_wording_does_not_decide_a_short_mail() -> None:
    """In a few lines the model reads little but formulas and links: real buyers' short formal mail reached
    its decisive band (blind holdouts 35-36). The rules decide; the risk is high and the rep looks again."""
    perfect = [scored(code) for code in SOLID if not code.startswith("domain.")]
    short = scored("inquiry.wording_decisive", probability=100, words=RULES.second_opinion["decisive_min_words"] - 1)
    v = verdict([*perfect, short], RULES)
    assert v.category != "X" and v.risk == "high" and v.look_again == "wording_scam"


def test_the_decisive_wording_does_not_throw_away_a_buyer_whose_identity_holds() -> None:
    """An old domain that takes mail, a platform's verification: the rules decide, the rep looks again."""
    perfect = [scored(code) for code in SOLID]
    decisive = scored("inquiry.wording_decisive", probability=100, words=120)
    v = verdict([*perfect, decisive], RULES)
    assert v.category != "X" and v.risk == "high" and v.look_again == "wording_scam"
    verified = [scored("email.corporate"), scored("inquiry.specific"), scored("platform.verified"), decisive]
    assert verdict(verified, RULES).category != "X"


def test_wording_that_sells_to_us_is_an_x_even_from_a_proven_company() -> None:
    """A real agency's old domain with mail servers proves who sends the pitch, not that they buy: still spam."""
    perfect = [scored(code) for code in SOLID]
    pitch = scored("inquiry.wording_pitch", kind={"code": "wording.kind.service-pitch"}, cues="ranking, leads")
    v = verdict([*perfect, pitch], RULES)
    assert v.category == "X" and v.risk == "high" and v.rule == "wording_pitch"
    assert v.rule_params["signal"]["code"] == "inquiry.wording_pitch"


def test_rules_that_say_x_of_mail_that_reads_genuine_ask_to_look_again() -> None:
    genuine = scored("inquiry.wording_genuine", probability=1)
    v = verdict([scored("email.corporate"), scored("inquiry.advance_fee"), genuine], RULES)
    assert v.category == "X" and v.look_again == "wording_genuine"
    unsure = scored("inquiry.wording_genuine", probability=30)
    assert verdict([scored("inquiry.advance_fee"), unsure], RULES).look_again == ""


def test_the_verdict_names_the_rule_that_decided() -> None:
    assert verdict([scored("inquiry.advance_fee")], RULES).rule == "veto"
    assert verdict(
        [scored("email.corporate"), scored("inquiry.vague"), scored("fit.no_product_match")], RULES
    ).rule == ("c_at_best")
    good = [scored(c) for c in SOLID] + [scored("website.large_company"), scored("fit.product_match")]
    a = verdict(good, RULES)
    assert (a.category, a.rule) == ("A", "a_min") and a.rule_params["minimums"]
