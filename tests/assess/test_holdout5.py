"""Holdout 5: 80 inquiries (40 raw .eml with headers and attachments), written blind for issue 08 and
measured once, blind, as aggregates (tests/corpus_holdout5/README.md). The floors are those figures, so
a change that makes the tool worse on mail it was not tuned on shows up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from research import Report, load_settings, research
from research.profile import load_profile
from tests.corpus.corpus import Case, load_folder

FOLDER = Path(__file__).resolve().parents[1] / "corpus_holdout5"


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Case, Report]]:
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path_factory.mktemp("c"))}, offline=True)
    decor = load_profile("home_decor")
    return [(c, research(c.inquiry, decor, settings, save=False)) for c in load_folder(FOLDER)]


def test_the_corpus_is_whole(rows: list[tuple[Case, Report]]) -> None:
    assert len(rows) == 80 and sum(c.inquiry.source == "eml" for c, _ in rows) == 40


def test_scams_are_x_or_high_risk_and_never_low_risk(rows: list[tuple[Case, Report]]) -> None:
    scams = [r.verdict for c, r in rows if not c.genuine]
    caught = sum(v.category == "X" or v.risk == "high" for v in scams)
    assert caught / len(scams) >= 0.88  # blind: 32/36
    assert [v for v in scams if v.risk == "low" or v.category == "A"] == []


def test_no_genuine_buyer_is_x_and_specific_ones_are_a_or_b(rows: list[tuple[Case, Report]]) -> None:
    genuine = [(c, r.verdict) for c, r in rows if c.genuine]
    assert [c.id for c, v in genuine if v.category == "X"] == []
    specific = [v for c, v in genuine if c.kind == "specific"]
    assert sum(v.category in "AB" for v in specific) / len(specific) >= 0.8  # blind: 16/19
