"""The lab's fixture buyers end to end with a seller profile: category, fit, advice.

Expected categories allow what other enrichers may add later (a genuine importer is
A or B, never X); scams must stay X whatever the fit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from research import research
from research.profile import load_profile
from research.types import Inquiry, Report
from tests.helpers import lab_settings
from tests.lab.lab import Lab

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DECOR = load_profile("home_decor")


def check(lab: Lab, tmp_path: Path, inquiry: Inquiry) -> Report:
    return research(inquiry, DECOR, lab_settings(lab, tmp_path), save=False)


@pytest.fixture
def harborline(lab: Lab, tmp_path: Path) -> Report:
    body = (FIXTURES / "harborline_inquiry.txt").read_text("utf-8")
    inquiry = Inquiry(email="purchasing@harborline-imports.com", company="Harborline Imports LLC", body=body)
    return check(lab, tmp_path, inquiry)


def test_genuine_importer_fits_our_vases_and_candles(harborline: Report) -> None:
    assert harborline.verdict.category in ("A", "B")
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


def test_vague_free_mail_is_c_and_gets_our_products_proposed(lab: Lab, tmp_path: Path) -> None:
    r = check(lab, tmp_path, Inquiry(email="john.smith1984@gmail.com", body="Hi, send me your catalog and best price"))
    assert r.verdict.category == "C"
    prop = next(a for a in r.advice if a.code == "advice.propose_products")
    assert len(prop.params["products"]) == 3
