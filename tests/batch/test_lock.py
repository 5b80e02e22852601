"""One run per batch folder: a second is refused at once, and a run killed any way leaves the folder free."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from research.batch import lock
from research.errors import ResearchError

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_run_is_refused_while_the_first_holds_the_folder(tmp_path: Path) -> None:
    assert not lock.running(tmp_path / "out")
    with lock.holding(tmp_path / "out"):
        assert lock.running(tmp_path / "out")
        with pytest.raises(ResearchError) as refused, lock.holding(tmp_path / "out"):
            pass
        assert refused.value.code == "batch.already_running" and refused.value.params["folder"].endswith("out")
    assert not lock.running(tmp_path / "out")


def test_a_run_killed_with_kill_9_leaves_the_folder_free(tmp_path: Path) -> None:
    holder = "import sys, time\nfrom pathlib import Path\nfrom research.batch import lock\n"
    holder += "with lock.holding(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(60)\n"
    child = subprocess.Popen(
        [sys.executable, "-c", holder, str(tmp_path / "out")], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        assert lock.running(tmp_path / "out")
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    deadline = time.monotonic() + 5
    while lock.running(tmp_path / "out") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not lock.running(tmp_path / "out")
