"""One inquiry's row of the ranked table: what a manager reads before opening the report."""

from __future__ import annotations

from pathlib import Path

from research import load_settings, research
from research.batch.items import Item
from research.batch.work import report_row
from research.profile import load_profile
from tests.corpus.corpus import load_case

TESTS = Path(__file__).resolve().parents[1]


def test_an_x_decided_by_the_wording_alone_names_it_among_the_red_flags(tmp_path: Path) -> None:
    """A trade-data pitch dressed as a buyer (holdout 27): X by the wording's decisive band, with no red flag
    of the rules. The row's red flags (and so the summary's) must say why it is an X."""
    case = load_case(TESTS / "corpus_holdout27" / "h27-20.txt")
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path)}, offline=True)
    report = research(case.inquiry, load_profile("home_decor"), settings, save=False)
    assert report.verdict.category == "X" and report.verdict.rule == "wording_decisive"
    row = report_row(Item("k", "today.csv row 2", 2, "fields"), report, "en", "reports/2.html")
    codes = [code for code, _ in row.red_flags]
    assert "inquiry.wording_decisive" in codes
    assert any("wording reads like" in message for _, message in row.red_flags)
