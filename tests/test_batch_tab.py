"""The page's batch tab through AppTest: a sheet researched, ranked, a report opened, the table downloaded.

The batch runs as its own process (the command line's), so these tests look again until it is done, as
the tab does each second.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from research.batch import lock
from research.settings import PROJECT_ROOT

APP = str(PROJECT_ROOT / "app.py")
WAIT_S = 90


def until_ranked(at: AppTest) -> AppTest:
    """Draw the page again until the batch's table is there, as the tab's own timer would."""
    deadline = time.monotonic() + WAIT_S
    while not at.dataframe and time.monotonic() < deadline:
        time.sleep(0.3)
        at.run()
        assert not at.exception, at.exception
    assert at.dataframe, [e.value for e in at.error] or [c.value for c in at.caption]
    return at


def write_sheet(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Buyer Email", "Company Name", "Message"])
        writer.writerows(rows)
    return path


def batch_page(sheet: Path) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90).run()
    at.radio(key="view").set_value("batch").run()
    at.checkbox(key="offline").check().run()
    assert not at.exception
    at.session_state["batch_source"] = str(sheet)  # what an upload leaves (AppTest cannot upload)
    return at.run()


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
    table = until_ranked(at).dataframe[0].value
    assert len(table) == 2 and "lottery" in str(table.iloc[1, 8])  # ranked: the prize scam last
    assert (home / "leads-out" / "ranked.xlsx").is_file()
    at.button(key="batch_open").click().run()
    assert not at.exception and at.session_state["view"] == "research"
    assert at.session_state["report"].inquiry.email == "sarah.miller@harborline-imports.com"


def test_the_batch_goes_on_while_the_rep_looks_elsewhere(home: Path) -> None:
    """Another view, a click, a reload: the batch runs in its own process and is ranked when the rep is back."""
    sheet = write_sheet(
        home / "day.csv", [[f"buyer{i}@qq.com", "", "Need 500 pcs vases FOB Ningbo."] for i in range(3)]
    )
    at = batch_page(sheet)
    at.button(key="batch_start").click().run()
    assert not at.exception, at.exception
    at.radio(key="view").set_value("history").run()  # in the old tab this stopped the batch mid-way
    deadline = time.monotonic() + WAIT_S
    while lock.running(home / "day-out") or not (home / "day-out" / "rows.jsonl").is_file():
        assert time.monotonic() < deadline, "the batch never finished"
        time.sleep(0.2)
    at.radio(key="view").set_value("batch").run()
    table = until_ranked(at).dataframe[0].value
    assert len(table) == 3
    assert at.caption and any("3" in c.value for c in at.caption)  # "3 inquiries in … s"


def test_a_second_tab_watches_the_running_batch_instead_of_starting_another(home: Path) -> None:
    rows = [[f"buyer{i}@qq.com", "", f"Need {i}00 pcs vases FOB Ningbo."] for i in range(1, 5)]
    sheet = write_sheet(home / "shared.csv", rows)
    first = batch_page(sheet)
    with lock.holding(home / "shared-out"):  # a run in another tab (or a terminal) holds the folder
        second = batch_page(sheet)
        second.button(key="batch_start").click().run()
        assert not second.exception and second.session_state["batch_process"] is None  # watching, not running
        assert second.button(key="batch_start").disabled
    first.button(key="batch_start").click().run()  # that run is over; this one does the work
    until_ranked(first)
    assert len(until_ranked(second).dataframe[0].value) == 4  # the watching tab shows the same ranking


def test_a_batch_that_stops_short_says_why_and_what_is_kept(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's own last message (already in the rep's language) reaches the page, not a traceback."""
    from research.batch import job

    stops = "import sys; sys.stderr.write('邮箱服务器拒绝登录\\n'); sys.exit(1)"
    monkeypatch.setattr(job.Job, "command", lambda self: [sys.executable, "-c", stops])
    at = batch_page(write_sheet(home / "short.csv", [["li@qq.com", "", "Need 500 pcs vases."]]))
    at.button(key="batch_start").click().run()
    deadline = time.monotonic() + WAIT_S
    while not at.error and time.monotonic() < deadline:
        time.sleep(0.2)
        at.run()
    assert not at.exception and at.error
    assert "邮箱服务器拒绝登录" in at.error[0].value and "0/1" in at.error[0].value
    assert not at.button(key="batch_start").disabled  # the rep can start it again


def test_the_time_left_is_the_pace_this_tab_saw_also_when_it_joined_a_run_half_done() -> None:
    from ui.batch_tab import _eta

    own = {"pace": [100.0, 0]}  # this tab started the run at t=100
    assert _eta(own, 0, 60, 101.0) is None
    assert _eta(own, 10, 60, 105.0) == 25  # 10 in 5 s: 50 left take 25 s
    joined = {"pace": None}  # another tab's run, found with 300 of 400 done: those took no time here
    assert _eta(joined, 300, 400, 500.0) is None
    assert _eta(joined, 300, 400, 501.0) is None
    assert _eta(joined, 310, 400, 502.0) == 18  # 10 in 2 s: 90 left take 18 s, not 0.6 s
