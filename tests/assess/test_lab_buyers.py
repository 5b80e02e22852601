"""The lab's fixture buyers end to end with a seller profile: category, buyer type, fit, advice.

The table in lab_buyers.py is asserted row by row and printed (pytest -s) for the notes; the
combined confusion table adds the offline corpus (tests/corpus) to measure issue 05's targets.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from research import research
from research.profile import load_profile
from research.settings import load_settings
from research.types import Inquiry, Report
from tests.assess.lab_buyers import FIXTURES, LAB_BUYERS, LabBuyer
from tests.corpus.corpus import load_corpus
from tests.helpers import lab_settings
from tests.lab.lab import Lab

DECOR = load_profile("home_decor")
CATEGORIES = "ABCX"
# Measured on 84 inquiries (68 corpus + 16 lab buyers): 83 right (98.8 %); buyer type 49/54 (90.7 %).
CATEGORY_FLOOR = 0.95
BUYER_TYPE_FLOOR = 0.85

Row = tuple[str, str, str | None, str, str]  # (name, expected category, expected type, got category, got type)


def check(lab: Lab, tmp_path: Path, inquiry: Inquiry) -> Report:
    return research(inquiry, DECOR, lab_settings(lab, tmp_path), save=False)


@pytest.fixture(scope="module")
def lab_reports(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[LabBuyer, Report]]:
    return [(b, check(lab, tmp_path_factory.mktemp("lab"), b.inquiry)) for b in LAB_BUYERS]


@pytest.fixture(scope="module")
def corpus_rows(tmp_path_factory: pytest.TempPathFactory) -> list[Row]:
    offline = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path_factory.mktemp("cache"))}, offline=True)
    rows: list[Row] = []
    for case in load_corpus():
        r = research(case.inquiry, settings=offline, save=False)
        bt = str(case.meta["expected_buyer_type"]) if case.genuine else None
        rows.append((case.id, case.expected, bt, r.verdict.category, r.buyer_type.label))
    return rows


def lab_rows(reports: list[tuple[LabBuyer, Report]]) -> list[Row]:
    return [(b.site, b.category, b.buyer_type, r.verdict.category, r.buyer_type.label) for b, r in reports]


def show_rows(rows: list[Row]) -> str:
    lines = [f"{'buyer':30} {'expected':22} {'got':22}"]
    for name, cat, bt, got_cat, got_bt in rows:
        mark = "" if (cat, bt or got_bt) == (got_cat, got_bt) else "  <- miss"
        lines.append(f"{name:30} {cat + ' ' + (bt or '-'):22} {got_cat + ' ' + got_bt:22}{mark}")
    return "\n".join(lines)


def confusion(rows: list[Row]) -> str:
    counts = Counter((cat, got) for _, cat, _, got, _ in rows)
    lines = ["expected \\ got" + "".join(f"  {got:>2}" for got in CATEGORIES)]
    lines += [f"{exp:>14}" + "".join(f"  {counts[(exp, got)]:>2}" for got in CATEGORIES) for exp in CATEGORIES]
    return "\n".join(lines)


def accuracy(rows: list[Row]) -> tuple[int, int, int, int]:
    """(category right, rows, buyer type right, rows with a judged type)."""
    typed = [r for r in rows if r[2] is not None]
    return sum(r[1] == r[3] for r in rows), len(rows), sum(r[2] == r[4] for r in typed), len(typed)


def test_lab_buyers_table(lab_reports: list[tuple[LabBuyer, Report]]) -> None:
    rows = lab_rows(lab_reports)
    print("\nlab buyers (home_decor profile):\n" + show_rows(rows))
    for b, _ in lab_reports:
        if b.now:
            print(f"known miss {b.site}: {b.why}")
    got = {b.site: (r.verdict.category, r.buyer_type.label if b.buyer_type else None) for b, r in lab_reports}
    assert got == {b.site: b.pinned() for b, _ in lab_reports}


def test_lab_scams_are_x_and_high_risk_and_genuine_never_x(lab_reports: list[tuple[LabBuyer, Report]]) -> None:
    assert [b.site for b, r in lab_reports if b.category == "X" and r.verdict.risk != "high"] == []
    assert [b.site for b, r in lab_reports if b.category != "X" and r.verdict.category == "X"] == []


def test_combined_confusion_table(lab_reports: list[tuple[LabBuyer, Report]], corpus_rows: list[Row]) -> None:
    rows = corpus_rows + lab_rows(lab_reports)
    parts = {"corpus": corpus_rows, "lab buyers": lab_rows(lab_reports), "combined": rows}
    print("\ncategory, corpus + lab buyers:\n" + confusion(rows))
    for name, part in parts.items():
        cat, n, bt, typed = accuracy(part)
        print(f"{name:>10}: category {cat}/{n} ({cat / n:.1%}), buyer type {bt}/{typed} ({bt / typed:.1%})")
    cat, n, bt, typed = accuracy(rows)
    assert cat / n >= CATEGORY_FLOOR and bt / typed >= BUYER_TYPE_FLOOR
    assert not [r[0] for r in rows if r[1] in "AB" and r[3] == "X"], "a genuine buyer rated X"
    assert not [r[0] for r in rows if r[1] == "X" and r[3] == "A"], "a scam rated A"


@pytest.fixture
def harborline(lab: Lab, tmp_path: Path) -> Report:
    body = (FIXTURES / "harborline_inquiry.txt").read_text("utf-8")
    inquiry = Inquiry(email="purchasing@harborline-imports.com", company="Harborline Imports LLC", body=body)
    return check(lab, tmp_path, inquiry)


def test_genuine_importer_fits_our_vases_and_candles(harborline: Report) -> None:
    assert harborline.verdict.category == "A"
    lines = {m.our_line for m in harborline.fit.matched_products}
    assert {"Ceramic vases", "Scented candles"} <= lines
    assert harborline.fit.product_overlap == 1.0
    codes = {r.code for r in harborline.verdict.reasons}
    assert "fit.product_match" in codes or "inquiry.specific" in codes
    links = {a.code: a.url for a in harborline.advice if a.kind == "link"}
    assert links["advice.link.importyeti"].endswith("q=Harborline%20Imports%20LLC")


def test_lookalike_stays_x_even_when_it_asks_for_our_products(lab: Lab, tmp_path: Path) -> None:
    body = "Dear supplier, we need ceramic vases and scented candles. Send catalog and price list."
    r = check(lab, tmp_path, Inquiry(email="procurement@walmart-us.com", company="Walmart", body=body))
    assert r.verdict.category == "X" and r.verdict.risk == "high"
    assert {"Ceramic vases", "Scented candles"} <= {m.our_line for m in r.fit.matched_products}
    kinds = [a.code for a in r.advice if a.kind == "reply"]
    assert kinds[0] == "advice.do_not_engage" and "advice.propose_products" not in kinds
    assert "advice.verify.lookalike" in [a.code for a in r.advice]


def test_vague_free_mail_is_c_and_gets_our_products_proposed(lab: Lab, tmp_path: Path) -> None:
    r = check(lab, tmp_path, Inquiry(email="john.smith1984@gmail.com", body="Hi, send me your catalog and best price"))
    assert r.verdict.category == "C"
    prop = next(a for a in r.advice if a.code == "advice.propose_products")
    assert len(prop.params["products"]) == 3
