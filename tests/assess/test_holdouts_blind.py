"""Holdouts 5 to 52: 80, then 60 inquiries each (half of 5 and 6 raw .eml with headers and attachments),
written blind (5 and 6 for issue 08, 7 to 52 for issue 15) and each measured once, blind, as aggregates (their
READMEs). The floors are those figures, so a change that makes the tool worse on mail it was not tuned on shows
up. Holdouts 9 to 52 were read afterwards (9 to 16 and 19 to 26 to write rules; 5 to 24 also train the wording
model); their floors are still their blind figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from research import Report, load_settings, research
from research.profile import load_profile
from tests.corpus.corpus import Case, load_folder

TESTS = Path(__file__).resolve().parents[1]
# folder: (inquiries, of them .eml, scams X or high risk at least, genuine specific A or B at least)
# Blind: holdout 5 32/36 and 16/19; holdout 6 23/26 and 18/20; holdout 7 23/26 and 13/14; 8 25/26 and 14/14;
# 9 23/26 and 12/13; 10 19/26 and 10/12; 11 23/26 and 11/12; 12 21/26 and 10/13; 13 19/26 and 13/13;
# 14 19/26 and 10/12; 15 20/26 and 11/12; 16 21/26 and 11/13; 17 22/26 and 11/12; 18 22/26 and 10/13;
# 19 20/26 and 10/13; 20 22/26 and 10/13 (with the retrained wording model); 21 23/26 and 11/13; 22 23/26 and 11/13;
# 23 19/26 and 12/13; 24 17/26 and 13/13 (the wording model's "high" at 0.86 then); 25 20/26 and 12/13;
# 26 22/26 and 13/13 (at 0.78, research/data/model/README.md); 27 25/26 and 13/13; 28 22/26 and 13/13 (the model
# retrained on holdouts 5-24, with its decisive band); 29 22/26 and 12/13; 30 24/26 and 13/13 (with payee_account);
# 31 24/26 and 12/13; 32 23/26 and 13/13; 33 25/26 and 13/13; 34 23/26 and 12/13;
# 35 26/26 and 11/13; 36 25/26 and 10/13 (short formal mail; after the file-sharing change, their READMEs);
# 37 25/36 and 9/9; 38 28/36 and 9/9 (mail that sells to us); 39 24/26 and 12/13; 40 24/26 and 13/13;
# 41 30/36 and 9/9; 42 23/26 and 13/13; 43 29/36 and 9/9 (with the pitch head); 44 26/26 and 9/13 (short formal mail);
# 45 23/26 and 12/13 (short formal mail, with B from an authenticity of 40); 46 24/26 and 13/13;
# 47 27/33 and 9/10; 48 31/36 and 9/9 (the pitch head retrained with holdouts 27-46); 49 25/26 and 12/13;
# 50 30/36 and 8/9; 51 30/36 and 9/9; 52 23/26 and 10/13 (11/13 after two false alarms were fixed).
FLOORS = {
    "corpus_holdout5": (80, 40, 0.88, 0.80),
    "corpus_holdout6": (60, 30, 0.85, 0.85),
    "corpus_holdout7": (60, 0, 0.88, 0.92),
    "corpus_holdout8": (60, 0, 0.96, 0.92),
    "corpus_holdout9": (60, 0, 0.88, 0.92),
    "corpus_holdout10": (60, 0, 0.73, 0.83),
    "corpus_holdout11": (60, 0, 0.88, 0.91),
    "corpus_holdout12": (60, 0, 0.80, 0.76),
    "corpus_holdout13": (60, 0, 0.73, 1.00),
    "corpus_holdout14": (60, 0, 0.73, 0.83),
    "corpus_holdout15": (60, 0, 0.76, 0.91),
    "corpus_holdout16": (60, 0, 0.80, 0.84),
    "corpus_holdout17": (60, 0, 0.84, 0.91),
    "corpus_holdout18": (60, 0, 0.84, 0.76),
    "corpus_holdout19": (60, 0, 0.76, 0.76),
    "corpus_holdout20": (60, 0, 0.84, 0.76),
    "corpus_holdout21": (60, 0, 0.88, 0.84),
    "corpus_holdout22": (60, 0, 0.88, 0.84),
    "corpus_holdout23": (60, 0, 0.73, 0.92),
    "corpus_holdout24": (60, 0, 0.65, 1.00),
    "corpus_holdout25": (60, 0, 0.76, 0.92),
    "corpus_holdout26": (60, 0, 0.84, 1.00),
    "corpus_holdout27": (60, 0, 0.96, 1.00),
    "corpus_holdout28": (60, 0, 0.84, 1.00),
    "corpus_holdout29": (60, 0, 0.84, 0.92),
    "corpus_holdout30": (60, 0, 0.92, 1.00),
    "corpus_holdout31": (60, 0, 0.92, 0.92),
    "corpus_holdout32": (60, 0, 0.88, 1.00),
    "corpus_holdout33": (60, 0, 0.96, 1.00),
    "corpus_holdout34": (60, 0, 0.88, 0.92),
    "corpus_holdout35": (60, 0, 1.00, 0.84),
    "corpus_holdout36": (60, 0, 0.96, 0.76),
    "corpus_holdout37": (60, 0, 0.69, 1.00),
    "corpus_holdout38": (60, 0, 0.77, 1.00),
    "corpus_holdout39": (60, 0, 0.92, 0.92),
    "corpus_holdout40": (60, 0, 0.92, 1.00),
    "corpus_holdout41": (60, 0, 0.83, 1.00),
    "corpus_holdout42": (60, 0, 0.88, 1.00),
    "corpus_holdout43": (60, 0, 0.80, 1.00),
    "corpus_holdout44": (60, 0, 1.00, 0.69),
    "corpus_holdout45": (60, 0, 0.88, 0.92),
    "corpus_holdout46": (60, 0, 0.92, 1.00),
    "corpus_holdout47": (60, 0, 0.81, 0.90),
    "corpus_holdout48": (60, 0, 0.86, 1.00),
    "corpus_holdout49": (60, 0, 0.96, 0.92),
    "corpus_holdout50": (60, 0, 0.83, 0.88),
    "corpus_holdout51": (60, 0, 0.83, 1.00),
    "corpus_holdout52": (60, 0, 0.88, 0.84),
}
# Scams rated X (not only high risk), at least: the blind figures since the wording's decisive band may make an
# X alone (11 and 10 of 26 before it on holdouts 27-28, 12 and 14 on 29-30, 18 and 15 on 31-32, 17 and 11 on 33-34).
SCAMS_X_AT_LEAST = {
    "corpus_holdout27": 20,
    "corpus_holdout28": 16,
    "corpus_holdout29": 18,
    "corpus_holdout30": 19,
    "corpus_holdout31": 20,
    "corpus_holdout32": 21,
    "corpus_holdout33": 23,
    "corpus_holdout34": 17,  # 18 blind; a 22-word freight pitch is no longer X by its wording (decisive_min_words)
    "corpus_holdout35": 20,
    "corpus_holdout36": 19,
    "corpus_holdout37": 20,
    "corpus_holdout38": 19,
    "corpus_holdout39": 18,
    "corpus_holdout40": 18,
    "corpus_holdout41": 25,
    "corpus_holdout42": 22,
    "corpus_holdout43": 27,
    "corpus_holdout44": 23,
    "corpus_holdout45": 20,
    "corpus_holdout46": 21,
    "corpus_holdout47": 26,
    "corpus_holdout48": 28,
    "corpus_holdout49": 22,
    "corpus_holdout50": 28,
    "corpus_holdout51": 30,
    "corpus_holdout52": 22,
}
# Genuine buyers rated high risk, at most: the blind figures of holdouts 19 to 22 (a warning on a good buyer
# costs the rep a reply; the retrained wording model cut it from 5 to 1 on 19-20).
GENUINE_HIGH_AT_MOST = {
    "corpus_holdout19": 1,
    "corpus_holdout20": 0,
    "corpus_holdout21": 1,
    "corpus_holdout22": 3,
    "corpus_holdout23": 1,
    "corpus_holdout24": 0,
    "corpus_holdout25": 0,
    "corpus_holdout26": 0,
    "corpus_holdout27": 1,
    "corpus_holdout28": 1,
    "corpus_holdout29": 0,
    "corpus_holdout30": 1,
    "corpus_holdout31": 1,
    "corpus_holdout32": 0,
    "corpus_holdout33": 0,
    "corpus_holdout34": 0,
    "corpus_holdout35": 6,
    "corpus_holdout36": 7,
    "corpus_holdout37": 0,
    "corpus_holdout38": 0,
    "corpus_holdout39": 1,
    "corpus_holdout40": 0,
    "corpus_holdout41": 0,
    "corpus_holdout42": 0,
    "corpus_holdout43": 0,
    "corpus_holdout44": 8,
    "corpus_holdout45": 9,
    "corpus_holdout46": 0,
    "corpus_holdout47": 0,
    "corpus_holdout48": 0,
    "corpus_holdout49": 4,
    "corpus_holdout50": 1,
    "corpus_holdout51": 0,
    "corpus_holdout52": 0,
}
# Scams the tool rates A, known and explained (their READMEs): the risk is medium ("unverified"), not low.
KNOWN_SCAMS_A = {
    # A fake Kirkland's "vendor relations" domain asking for a credit application on net 45 days: the add-on
    # word is not one the brand table reads, and net 45 is no red flag.
    "h18-27",
    # A Canadian brand whose "nominated printer" (on 126.com) must be paid first for the gift boxes: the ask is a
    # prepaid packaging order, worded as a buyer's spec.
    "h26-56",
    # A Czech trade fair selling stands on its own domain: the stand sizes and prices read as a buyer's detail,
    # and its wording as a buyer's too (the decisive band is for scams; a fair's offer is spam).
    "h31-59",
    # Holdouts 37-38 (mail that sells to us): a packaging maker quoting its boxes in 14 words, a translation
    # agency, an influencer agency and a packaging supplier, each naming our products and quantities. Their
    # wording reads as a buyer's to the model (it learned pitches from too few of them); the quantities read as
    # an order.
    "h37-12",
    "h37-19",
    "h37-20",
    "h38-35",
    # Holdout 43: a sales agency offering to represent us on a retainer, on its own old domain, naming chains it
    # sells to: the chains read as the buyer's scale.
    "h43-43",
    # Holdouts 47-48: a wax maker and a box maker offering their goods (quantities, prices, MOQ) through verified,
    # long-standing platform accounts, an expo organiser pricing stands for our products and an influencer agency
    # quoting video packages: the quantities read as an order, and their wording as a buyer's.
    "h47-12",
    "h48-08",
    "h48-13",
    "h48-23",
}
# Spam at low risk, known and explained: the sender is who they say (the risk's question), and sells to us.
KNOWN_SCAMS_LOW = {
    # Holdout 43: a raw-material supplier offering its wax through a verified, long-standing platform account.
    "h43-31",
    # Holdouts 47-48: the same with wax (h47-12) and gift boxes (h48-13).
    "h47-12",
    "h48-13",
}
# (h19-54, h19-58, h20-22 and h22-14, rated A when measured blind, are caught since: a Polish customs-data list,
# Arabic and third-party certificate fees, a Danish portal log-in in a language we now tell apart.)
# Genuine mail the tool calls X, known and explained (their READMEs): a floor, not a wish. (Six buyers who
# zipped their reference photos or artwork, h14-08 to h22-49, left this list with inquiry.picture_archive;
# three consumers asking to pay one vase by card, h16-06, h22-48 and h31-21, with card_payment_trade's `any`.)
KNOWN_GENUINE_X = {
    # A chain's sourcing office on hollisandpine-sourcing.com naming the website hollisandpine.com: the sender's
    # domain imitates the site it names, which is how lookalike-domain fraud looks too.
    "h12-43",
    # A new platform account on free mail asking for free samples with no order plan: expected C (a buyer
    # testing suppliers), read as the free-sample scam.
    "h22-09",
    # A student's dissertation survey ("six short questions, or 20 minutes on Teams"), expected C: it asks the
    # seller for time and offers a report back, which the pitch head (retrained with holdouts 27-46) reads as
    # selling to us. Not a buyer either way.
    "h14-12",
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
    assert [c.id for c, r in found if not c.genuine and r.verdict.risk == "low" and c.id not in KNOWN_SCAMS_LOW] == []
    assert [c.id for c, r in found if not c.genuine and r.verdict.category == "A" and c.id not in KNOWN_SCAMS_A] == []
    if folder in SCAMS_X_AT_LEAST:
        assert sum(v.category == "X" for v in scams) >= SCAMS_X_AT_LEAST[folder]


def test_no_genuine_buyer_is_x_and_specific_ones_are_a_or_b(rows: tuple[str, list[tuple[Case, Report]]]) -> None:
    folder, found = rows
    genuine = [(c, r.verdict) for c, r in found if c.genuine]
    assert [c.id for c, v in genuine if v.category == "X" and c.id not in KNOWN_GENUINE_X] == []
    specific = [v for c, v in genuine if c.kind == "specific" and c.expected in "AB"]
    assert sum(v.category in "AB" for v in specific) / len(specific) >= FLOORS[folder][3]
    if folder in GENUINE_HIGH_AT_MOST:
        assert sum(v.risk == "high" for _, v in genuine) <= GENUINE_HIGH_AT_MOST[folder]
