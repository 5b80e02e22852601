"""Four blind holdout corpora and the formal-register set, end to end offline with the home-decor profile.

tests/corpus_holdout and corpus_holdout2 to 4 were written by sessions that never read
the rules (see their READMEs). Each was measured once, blind (the later ones after the fixes the
earlier ones led to), then its misses led to general fixes, so all three are in-sample now. The
floors below are what was measured, less a little, so that a change which makes the tool worse on
unseen mail shows up. Run with ``-s`` to print the tables.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from research import Report, load_settings, research
from research.profile import load_profile
from tests.corpus.corpus import Case, load_case

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = "ABCX"
# Measured: holdout 1 blind 30/48 category, 16/33 buyer type; after the fixes 44/48 and 24/33.
# Holdout 2 blind (after holdout 1's fixes) 20/36 and 7/25; after its own fixes 30/36 and 10/25.
# Holdout 3 blind (after both rounds of fixes) 21/36 and 12/25, with one scam rated A (a freight
# forwarder's pitch dressed as an inquiry) and 4 of 11 scams X; after its fixes 27/36 and 12/25.
# Holdout 4 blind (after all of the above) 30/40 and 16/28, 7 of 11 scams X, one scam A (a lookalike of
# a Gulf retailer asking for 90 days' credit); after its fixes 33/40, 10 of 11 scams X. Its labeller
# put specific buyers from non-target markets (Chile, Pakistan, Russia) in B; the tool says A for them.
# One of holdout 2's misses is a labelling slip: ru-svechi-opt-k05 is C because its writer was told
# sanctions exclude Russia; the profile's SANCTIONED list (regions.toml) does not, so the tool says A.
# corpus_formal (written for the wording model, held out from it; issue 15) first 51/80 and 19/40, one spam
# rated A (a list of buyers sold to us, dressed as an RFQ); after the fixes its misses led to 53/80, 19/40.
FLOORS = {
    "corpus_formal": (0.64, 0.45),
    "corpus_holdout": (0.85, 0.60),
    "corpus_holdout2": (0.75, 0.36),
    "corpus_holdout3": (0.70, 0.40),
    "corpus_holdout4": (0.78, 0.50),
}


def _cases(folder: str) -> list[Case]:
    return [load_case(p) for p in sorted((ROOT / folder).glob("*.txt"))]


@pytest.fixture(scope="module", params=sorted(FLOORS))
def results(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list]:
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path_factory.mktemp("c"))}, offline=True)
    profile = load_profile("home_decor")
    folder = str(request.param)
    return folder, [(c, research(c.inquiry, profile, settings, save=False)) for c in _cases(folder)]


def _table(rows: list[tuple[Case, Report]]) -> str:
    counts = Counter((c.expected, r.verdict.category) for c, r in rows)
    lines = ["expected \\ got  " + "  ".join(CATEGORIES)]
    lines += [f"{e:>15}  " + "  ".join(str(counts[(e, g)]) for g in CATEGORIES) for e in CATEGORIES]
    misses = [f"  {c.id}: {c.expected} -> {r.verdict.category}" for c, r in rows if c.expected != r.verdict.category]
    return "\n".join(lines + misses)


def test_holdout_corpora_are_big_and_varied() -> None:
    for folder in FLOORS:
        cases = _cases(folder)
        assert len(cases) >= 36
        assert len({c.meta["language"] for c in cases}) >= 10
        assert {c.expected for c in cases} == set(CATEGORIES)


# Where the tool and the blind labeller disagree on purpose, and why; kept visible, not hidden in a floor.
DISPUTED_X = {
    # A "catalog and price list" template from Gmail, on a 45-day unverified account that wrote to 78
    # suppliers: the labeller says genuine but low value (C); the tool reads the info-collector template
    # that most of the real scam corpus is made of, with a new account, as spam (X).
    "en-alibaba-template-h14",
    # A Japanese trading house's reply to our quotation, in the formal register this set was written to
    # test: the wording model reads it as scam-like as almost no genuine mail (its decisive band, 0.99), and
    # offline nothing proves who the sender is. Online, its domain's age and mail servers do, and the
    # wording no longer decides (tests/assess/test_verdict.py): A with high risk, "look again".
    "fm-061",
}


def test_no_scam_is_a_and_no_genuine_buyer_is_x(results: tuple[str, list]) -> None:
    folder, rows = results
    print(f"\n{folder}\n{_table(rows)}")
    assert [c.id for c, r in rows if not c.genuine and r.verdict.category == "A"] == []
    genuine_x = {c.id for c, r in rows if c.genuine and r.verdict.category == "X"}
    assert genuine_x <= DISPUTED_X


def test_category_and_buyer_type_stay_above_the_measured_floor(results: tuple[str, list]) -> None:
    folder, rows = results
    cat_floor, type_floor = FLOORS[folder]
    right = sum(c.expected == r.verdict.category for c, r in rows)
    genuine = [(c, r) for c, r in rows if c.genuine]
    typed = sum(c.meta["expected_buyer_type"] == r.buyer_type.label for c, r in genuine)
    assert right / len(rows) >= cat_floor, _table(rows)
    assert typed / len(genuine) >= type_floor
