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


def test_each_look_reads_only_the_rows_written_since_the_last(tmp_path: Path) -> None:
    path = tmp_path / job.ROWS_NAME
    first = [Row(key=f"k{i}", item=f"{i}.txt", number=i, category="B") for i in range(3)]
    path.write_text("".join(r.to_json() + "\n" for r in first) + '{"key": "k3", "it', encoding="utf-8")
    seen = job.count_rows(path, job.Seen())
    assert (seen.done, seen.errors) == (3, 0)
    failed = Row(key="k3", item="3.txt", number=3, error="无法读取这封邮件")
    path.write_text("".join(r.to_json() + "\n" for r in [*first, failed]), encoding="utf-8")
    # Only what follows the offset is read: a line before it, broken now, is not read again.
    with path.open("r+b") as f:
        f.write(b"#")
    seen = job.count_rows(path, seen)
    assert (seen.done, seen.errors) == (4, 1)
    assert job.count_rows(path, seen) == seen  # nothing new
    assert job.count_rows(tmp_path / "none.jsonl", seen) == job.Seen()


def test_a_new_runs_shorter_file_is_counted_from_its_start(tmp_path: Path) -> None:
    path = tmp_path / job.ROWS_NAME
    rows = [Row(key=f"k{i}", item=f"{i}.txt", number=i, category="C") for i in range(5)]
    path.write_text("".join(r.to_json() + "\n" for r in rows), encoding="utf-8")
    seen = job.count_rows(path, job.Seen())
    path.write_text(rows[0].to_json() + "\n", encoding="utf-8")
    assert job.count_rows(path, seen).done == 1


def test_a_run_that_failed_says_why_in_its_own_words(tmp_path: Path) -> None:
    (tmp_path / job.LOG_NAME).write_text("这个批量调查已在运行\n\n", encoding="utf-8")
    failed = subprocess.Popen([sys.executable, "-c", "raise SystemExit(1)"])
    failed.wait()
    progress = job.watch(tmp_path, failed)
    assert not progress.running and progress.failure == "这个批量调查已在运行" and progress.seen.done == 0
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
