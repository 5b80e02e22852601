"""The page's batch tab through AppTest: a sheet researched, ranked, a report opened, the table downloaded."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from research.settings import PROJECT_ROOT

APP = str(PROJECT_ROOT / "app.py")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RESEARCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("RESEARCH_PROFILES_DIR", str(tmp_path / "profiles"))
    (tmp_path / "profiles").mkdir()
    return tmp_path


def test_a_sheet_is_ranked_and_any_report_opens(home: Path) -> None:
    sheet = home / "leads.csv"
    with sheet.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Buyer Email", "Company Name", "Message"])
        writer.writerow(
            ["sarah.miller@harborline-imports.com", "Harborline", "Please quote 2,400 pcs vases FOB Ningbo."]
        )
        writer.writerow(["winner@lottery-prize.top", "", "You won a prize, send your bank details to claim it."])
        writer.writerow(["", "", ""])
    at = AppTest.from_file(APP, default_timeout=90).run()
    at.radio(key="view").set_value("batch").run()
    at.checkbox(key="offline").check().run()
    assert not at.exception
    at.session_state["batch_source"] = str(sheet)  # what an upload leaves (AppTest cannot upload)
    at.run()
    at.button(key="batch_start").click().run()
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert len(table) == 2 and "lottery" in str(table.iloc[1, 8])  # ranked: the prize scam last
    assert (home / "leads-out" / "ranked.xlsx").is_file()
    at.button(key="batch_open").click().run()
    assert not at.exception and at.session_state["view"] == "research"
    assert at.session_state["report"].inquiry.email == "sarah.miller@harborline-imports.com"
