"""Holdouts 5 to 8: 80, 60, 60 and 60 inquiries (half of 5 and 6 raw .eml with headers and attachments),
written blind (5 and 6 for issue 08, 7 and 8 for the wording change of issue 15) and each measured once, blind, as
aggregates (their READMEs). The floors are those figures, so a change that makes the tool worse on mail it was
not tuned on shows up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from research import Report, load_settings, research
from research.profile import load_profile
from tests.corpus.corpus import Case, load_folder

TESTS = Path(__file__).resolve().parents[1]
# folder: (inquiries, of them .eml, scams X or high risk at least, genuine specific A or B at least)
# Blind: holdout 5 32/36 and 16/19; holdout 6 23/26 and 18/20; holdout 7 23/26 and 13/14; 8 25/26 and 14/14.
FLOORS = {
    "corpus_holdout5": (80, 40, 0.88, 0.80),
    "corpus_holdout6": (60, 30, 0.85, 0.85),
    "corpus_holdout7": (60, 0, 0.88, 0.92),
    "corpus_holdout8": (60, 0, 0.96, 0.92),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def rows(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list]:
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path_factory.mktemp("c"))}, offline=True)
    decor = load_profile("home_decor")
    folder = str(request.param)
    return folder, [(c, research(c.inquiry, decor, settings, save=False)) for c in load_folder(TESTS / folder)]


def test_the_corpus_is_whole(rows: tuple[str, list[tuple[Case, Report]]]) -> None:
    folder, found = rows
    total, emls, *_ = FLOORS[folder]
    assert len(found) == total and sum(c.inquiry.source == "eml" for c, _ in found) == emls


def test_scams_are_x_or_high_risk_and_never_low_risk(rows: tuple[str, list[tuple[Case, Report]]]) -> None:
    folder, found = rows
    scams = [r.verdict for c, r in found if not c.genuine]
    caught = sum(v.category == "X" or v.risk == "high" for v in scams)
    assert caught / len(scams) >= FLOORS[folder][2]
    assert [v for v in scams if v.risk == "low" or v.category == "A"] == []


def test_no_genuine_buyer_is_x_and_specific_ones_are_a_or_b(rows: tuple[str, list[tuple[Case, Report]]]) -> None:
    folder, found = rows
    genuine = [(c, r.verdict) for c, r in found if c.genuine]
    assert [c.id for c, v in genuine if v.category == "X"] == []
    specific = [v for c, v in genuine if c.kind == "specific" and c.expected in "AB"]
    assert sum(v.category in "AB" for v in specific) / len(specific) >= FLOORS[folder][3]
