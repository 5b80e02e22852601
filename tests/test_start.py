"""The command line starts fast: an offline check loads none of the heavy libraries it does not use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from research.data.load import once

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("sklearn", "scipy", "extruct", "rdflib", "fpdf", "openpyxl", "dns", "spf", "dkim", "streamlit")

_PROBE = """
import io, json, sys
from contextlib import redirect_stdout
from research.cli import main
with redirect_stdout(io.StringIO()):
    code = main(["check", "--offline", "--no-save", "--email", "li@qq.com", "--text", "Need 500 vases FOB Ningbo"])
print(json.dumps({"code": code, "modules": sorted(m.split(".")[0] for m in sys.modules)}))
"""


def test_an_offline_check_imports_no_heavy_library(tmp_path: Path) -> None:
    env = {**os.environ, "RESEARCH_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 0
    assert not set(HEAVY) & set(result["modules"])


def test_importing_the_package_imports_no_check() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import research, sys; print(sorted(m for m in sys.modules if m.startswith('research')))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == "['research']"


def test_a_model_is_loaded_once_when_threads_ask_together() -> None:
    loads: list[int] = []
    gate = threading.Barrier(8)

    @once
    def model() -> list[int]:
        loads.append(1)
        return [1, 2, 3]

    def ask() -> None:
        gate.wait()
        model()

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert loads == [1] and model() == [1, 2, 3]
