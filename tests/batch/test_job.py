"""A batch in its own process, as the page watches it: the rows so far, whether it runs, how it stopped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from research.batch import job, lock
from research.batch.work import Row


def test_a_row_still_being_written_waits_for_the_next_look(tmp_path: Path) -> None:
    done = Row(key="k1", item="a.txt", number=1, category="A")
    (tmp_path / job.ROWS_NAME).write_text(done.to_json() + "\n" + '{"key": "k2", "ite', encoding="utf-8")
    assert job.read_rows(tmp_path / job.ROWS_NAME) == [done]
    assert job.read_rows(tmp_path / "none.jsonl") == []


def test_a_run_that_failed_says_why_in_its_own_words(tmp_path: Path) -> None:
    (tmp_path / job.LOG_NAME).write_text("这个批量调查已在运行\n\n", encoding="utf-8")
    failed = subprocess.Popen([sys.executable, "-c", "raise SystemExit(1)"])
    failed.wait()
    progress = job.watch(tmp_path, failed)
    assert not progress.running and progress.failure == "这个批量调查已在运行" and progress.rows == ()
    ok = subprocess.Popen([sys.executable, "-c", "pass"])
    ok.wait()
    assert job.watch(tmp_path, ok).failure == ""


def test_a_run_another_tab_started_is_watched_through_its_lock(tmp_path: Path) -> None:
    with lock.holding(tmp_path):
        assert job.watch(tmp_path, None).running
    assert not job.watch(tmp_path, None).running


def test_the_command_is_the_command_lines_own_with_the_sidebars_choices(tmp_path: Path) -> None:
    asked = job.Job(Path("-x.csv"), tmp_path / "out", "en", profile="p.toml", rep="王小明", offline=True)
    cmd = asked.command()
    assert cmd[1:4] == ["-m", "research", "batch"] and Path(cmd[4]).is_absolute()  # never read as an option
    assert cmd[cmd.index("--rep") + 1] == "王小明" and cmd[cmd.index("--profile") + 1] == "p.toml"
    assert "--offline" in cmd and cmd[cmd.index("--lang") + 1] == "en"
    assert cmd[cmd.index("--rows") + 1] == str((tmp_path / "out" / job.ROWS_NAME).resolve())
    assert "--queue" not in cmd and "--queue" in job.Job(tmp_path / "a.csv", tmp_path, "zh", queue=True).command()
