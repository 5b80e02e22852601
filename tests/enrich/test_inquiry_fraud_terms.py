"""The fraud terms, read in every rule language.

Each language file (research/data/inquiry/<lang>.toml) names the same kinds of fraud as en.toml: a windfall
story, money offered to us, mass advertising, card payment for a trade order, an agent who must be paid,
credit on a first order, terms too good to be true, a content-free opener. The sentences (fraud_terms.toml
beside this file) are our own, written the way these mails read in each language; the genuine ones are how
real buyers write about deposits, buying agents, contracts, shipments, deadlines, heritage and L/Cs in
their favour, and must raise none of these kinds, nor an advance-fee veto.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from research.enrich.inquiry import analyse
from research.extract.inquiry_read import unwrap
from research.extract.inquiry_rules import languages
from research.types import Inquiry, Signal

FRAUD_KEYS = (
    "windfall_story",
    "money_offer",
    "bulk_advert",
    "card_payment",
    "agent_fee",
    "credit_terms",
    "too_good_terms",
    "opener",
)
SPECIFIC_KINDS = ("rfq", "deadline", "delivery")
SENTENCES: dict[str, Any] = tomllib.loads((Path(__file__).parent / "fraud_terms.toml").read_text(encoding="utf-8"))


def _signals(body: str) -> tuple[dict[str, Any], dict[str, Signal]]:
    facts, signals = analyse(Inquiry(email="buyer@northwind-trading.com", body=body))
    return dict(facts), {s.code: s for s in signals}


def _fraud(codes: dict[str, Signal], keys: tuple[str, ...] = FRAUD_KEYS) -> dict[str, object]:
    return {c: s.params.get("text") for c, s in codes.items() if c.removeprefix("inquiry.") in keys}


def test_every_rule_language_has_sentences_for_every_kind() -> None:
    assert sorted(SENTENCES) == sorted(languages())
    for table in SENTENCES.values():
        assert sorted(table["scams"]) == sorted(FRAUD_KEYS)
        assert sorted(table["specifics"]) == sorted(SPECIFIC_KINDS)
        assert len(table["genuine"]) >= 5


@pytest.mark.parametrize(
    ("lang", "key"), [(lang, key) for lang in sorted(SENTENCES) for key in sorted(SENTENCES[lang]["scams"])]
)
def test_the_fraud_wording_raises_its_kind_with_the_words(lang: str, key: str) -> None:
    body = SENTENCES[lang]["scams"][key]
    facts, codes = _signals(body)
    code = f"inquiry.{key}"
    assert code in codes, _fraud(codes)
    assert str(codes[code].params["text"]).lower() in unwrap(body).lower()
    assert code in facts["scam_patterns"]


@pytest.mark.parametrize(
    ("lang", "kind"), [(lang, kind) for lang in sorted(SENTENCES) for kind in sorted(SENTENCES[lang]["specifics"])]
)
def test_an_rfq_its_deadline_and_its_period_are_specifics(lang: str, kind: str) -> None:
    facts, codes = _signals(SENTENCES[lang]["specifics"][kind])
    assert kind in {f["kind"] for f in facts["specifics"]}
    assert not _fraud(codes)


@pytest.mark.parametrize(
    ("lang", "body"), [(lang, body) for lang in sorted(SENTENCES) for body in SENTENCES[lang]["genuine"]]
)
def test_a_genuine_buyer_raises_no_fraud_kind(lang: str, body: str) -> None:
    _, codes = _signals(body)
    assert not _fraud(codes, (*FRAUD_KEYS, "advance_fee"))
