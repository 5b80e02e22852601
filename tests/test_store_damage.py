"""The history and cache file under stress: real processes at once, kill -9 mid-write, damaged files.

A damaged file is set aside (renamed with a timestamp, never deleted) and rebuilt, the history copied
back as far as it reads, and the rep told in their language; never "Internal error: DatabaseError",
even with --no-cache --no-save.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from research.render.i18n import t
from research.settings import PROJECT_ROOT
from research.store import Store
from tests.helpers import lab_settings
from tests.lab.casebook import Casebook
from tests.lab.lab import Lab

ENV = {k: v for k, v in os.environ.items() if not k.startswith("RESEARCH_")}


def _cli(*args: str, cache: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "RESEARCH_CACHE_DIR": str(cache), "PYTHONPATH": str(PROJECT_ROOT)}
    command = [sys.executable, "-m", "research", *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=timeout, check=False
    )


def _spawn(*args: str, cache: Path | None = None, out: int = subprocess.DEVNULL) -> subprocess.Popen[str]:
    """Python with the given arguments, on this tree (and its history in ``cache``)."""
    env = {**ENV, "PYTHONPATH": str(PROJECT_ROOT), **({"RESEARCH_CACHE_DIR": str(cache)} if cache else {})}
    return subprocess.Popen(
        [sys.executable, *args], env=env, cwd=PROJECT_ROOT, stdout=out, stderr=subprocess.PIPE, text=True
    )


def _history(path: Path, reports: int, cache_rows: int) -> None:
    store = Store(path)
    for i in range(reports):
        store.save_report({"email": f"buyer{i}@harborline-imports.com", "company": "Harborline"}, f'{{"n": {i}}}')
    for i in range(cache_rows):
        store.put("http", f"https://site{i}.example/", {"body": "x" * 900}, 3600)
    store._close()
    db = sqlite3.connect(path)  # everything into the main file, as after a clean shutdown
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _pages(path: Path, *trees: str) -> list[int]:
    """The page numbers of the given tables and indexes (SQLite's dbstat)."""
    db = sqlite3.connect(path)
    marks = ",".join("?" * len(trees))
    found = [r[0] for r in db.execute(f"SELECT pageno FROM dbstat WHERE name IN ({marks})", trees)]
    db.close()
    return found


def _damage(path: Path, pages: list[int]) -> None:
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as f:
        for page in pages:
            f.seek((page - 1) * size)
            f.write(os.urandom(size))


CACHE = ("cache", "sqlite_autoindex_cache_1")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_file_that_is_no_database_is_set_aside_and_the_command_line_says_so(
    tmp_path: Path, lang: str, casebook: Casebook
) -> None:
    with casebook.case(
        "storage",
        f"history of random bytes, check --no-cache --no-save ({lang})",
        "set aside, rebuilt, stderr says where, report out",
        budget_s=60,
    ) as row:
        cache = tmp_path / "cache"
        cache.mkdir()
        garbage = os.urandom(20_000)
        (cache / "research.sqlite3").write_bytes(garbage)
        mail = ("--email", "karen@harborline-imports.com", "--text", "Need 2,400 vases, FOB Ningbo")
        done = _cli(
            "check", *mail, "--offline", "--no-cache", "--no-save", "--lang", lang, "--format", "json", cache=cache
        )
        assert done.returncode == 0, done.stderr
        assert "DatabaseError" not in done.stderr and t("error.internal", lang, detail="") not in done.stderr
        (aside,) = cache.glob("research.sqlite3.damaged-*")
        assert aside.read_bytes() == garbage  # kept as it was, for IT
        said = t("store.set_aside", lang, path=str(cache / "research.sqlite3"), aside=str(aside), saved=0)
        assert said in done.stderr
        assert '"category"' in done.stdout
        assert Store(cache / "research.sqlite3").set_aside is None  # rebuilt: the next run is quiet
        row.observed = "exit 0; kept byte for byte as .damaged-<stamp>; said on stderr"


def test_the_page_says_the_history_was_set_aside_and_researches_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, casebook: Casebook
) -> None:
    from streamlit.testing.v1 import AppTest

    from research.render.markdown import esc

    with casebook.case(
        "storage", "damaged history when the page opens", "warned once; research and saving go on", budget_s=60
    ) as row:
        cache = tmp_path / "cache"
        _history(cache / "research.sqlite3", reports=40, cache_rows=300)
        _damage(cache / "research.sqlite3", _pages(cache / "research.sqlite3", *CACHE))
        monkeypatch.setenv("RESEARCH_CACHE_DIR", str(cache))
        at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60).run()  # in Chinese, as a rep opens it
        assert not at.exception, at.exception
        (aside,) = cache.glob("research.sqlite3.damaged-*Z")
        said = t("store.set_aside", "zh", path=esc(cache / "research.sqlite3"), aside=esc(aside), saved=40)
        assert said in [w.value for w in at.warning]
        at.checkbox(key="offline").check().run()
        at.text_area(key="paste").input("From: Karen <karen@harborline-imports.com>\n\nNeed 2,400 vases").run()
        at.button(key="run").click().run()
        assert not at.exception, at.exception
        assert said not in [w.value for w in at.warning]  # told once
        assert len(Store(cache / "research.sqlite3").export_rows()) == 41  # the 40 kept and the new one saved
        row.observed = "warning shown once; 40 kept + 1 saved"


def test_a_partly_damaged_history_keeps_its_reports_and_the_website_check_works(
    lab: Lab, tmp_path: Path, casebook: Casebook
) -> None:
    """The damage hits the cache's pages: every report still reads, and the website is fetched again."""
    from research import research
    from research.context import open_store
    from research.inputs import from_fields

    with casebook.case(
        "storage", "the cache's pages of the history damaged", "every report copied back; website check ok", budget_s=30
    ) as row:
        settings = lab_settings(lab, tmp_path / "cache")
        _history(settings.cache_path, reports=300, cache_rows=600)
        _damage(settings.cache_path, _pages(settings.cache_path, *CACHE))
        store = open_store(settings)
        assert store is not None and store.set_aside is not None
        assert store.set_aside.name.startswith("research.sqlite3.damaged-")
        assert store.salvaged == 300  # the reports' pages were not hit; the cache is rebuilt by use
        assert len(store.search("harborline", limit=1000)) == 300
        assert store.get("http", "https://site1.example/") is None
        inquiry = from_fields(email="karen@harborline-imports.com", body="Need 2,400 vases")
        report = research(inquiry, None, settings, store=store)
        (website,) = [f for f in report.findings if f.source == "website"]
        assert website.status == "ok", (website.reason, website.detail)
        assert store.report_json(store.search("karen@harborline-imports.com")[0].id)
        row.observed = f"{store.salvaged} of 300 reports back; website {website.status}"


def test_damage_found_after_opening_is_a_cache_miss_not_a_failed_check(tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case(
        "storage", "damage under a store already open", "a cache miss; a write skipped, no error", budget_s=10
    ) as row:
        path = tmp_path / "research.sqlite3"
        _history(path, reports=5, cache_rows=400)
        store = Store(path)
        assert store.get("http", "https://site399.example/") is not None
        store._close()
        _damage(path, _pages(path, *CACHE))  # under a store that is already open
        assert store.get("http", "https://site399.example/") is None
        store.put("http", "https://new.example/", {"body": "y"}, 60)  # no exception either
        row.observed = "miss; write skipped"


def test_a_broken_page_amid_the_reports_loses_only_the_reports_it_held(tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case(
        "storage", "one broken page amid 300 reports", "only that page's reports lost", budget_s=10
    ) as row:
        path = tmp_path / "research.sqlite3"
        _history(path, reports=300, cache_rows=0)
        db = sqlite3.connect(path)
        leaves = [r[0] for r in db.execute("SELECT pageno FROM dbstat WHERE name='reports' AND pagetype='leaf'")]
        held = [r[0] for r in db.execute("SELECT ncell FROM dbstat WHERE name='reports' AND pagetype='leaf'")]
        db.close()
        middle = len(leaves) // 2
        _damage(path, [leaves[middle]])
        store = Store(path)
        assert store.set_aside is not None
        assert store.salvaged == 300 - held[middle]  # read from both ends up to the broken page
        ids = {r.id for r in store.export_rows()}
        assert {1, 300} <= ids  # the first and the last report both kept
        assert store.save_report({"email": "next@example.com"}, "{}") > 300  # no id handed out twice
        row.observed = f"{store.salvaged} of 300 back, the page held {held[middle]}"


_OPEN = """
import sys
from pathlib import Path
from research.store import Store
store = Store(Path(sys.argv[1]))
store.save_report({"email": sys.argv[2]}, "{}")
print("aside" if store.set_aside else "found it rebuilt")
"""


def test_processes_finding_one_damaged_file_at_once_set_it_aside_once(tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case(
        "storage", "4 processes open one damaged file at once", "set aside once; all 4 reports saved", budget_s=60
    ) as row:
        path = tmp_path / "research.sqlite3"
        _history(path, reports=300, cache_rows=600)
        _damage(path, _pages(path, *CACHE))
        procs = [_spawn("-c", _OPEN, str(path), f"p{i}@example.com", out=subprocess.PIPE) for i in range(4)]
        said = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            said.append(out.strip())
        assert sorted(said) == ["aside"] + ["found it rebuilt"] * 3
        assert len(list(tmp_path.glob("research.sqlite3.damaged-*Z"))) == 1
        emails = [r.email for r in Store(path).export_rows()]
        assert len(emails) == 304 and {f"p{i}@example.com" for i in range(4)} <= set(emails)
        row.observed = f"{len(list(tmp_path.glob('*.damaged-*Z')))} set aside; {len(emails)} of 304 reports"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_damaged_sanctions_lists_file_is_set_aside_and_the_rep_told_to_download_again(
    tmp_path: Path, lang: str, casebook: Casebook
) -> None:
    from research import research
    from research.inputs import from_fields
    from research.settings import load_settings

    expected = "set aside; stderr and the report say to download again; the check goes on"
    with casebook.case("storage", f"sanctions lists file of random bytes ({lang})", expected, budget_s=60) as row:
        cache = tmp_path / "cache"
        cache.mkdir()
        garbage = os.urandom(30_000)
        (cache / "sanctions.sqlite3").write_bytes(garbage)
        done = _cli("lists", "show", "--lang", lang, cache=cache)
        assert "Traceback" not in done.stderr and t("error.internal", lang, detail="") not in done.stderr
        (aside,) = cache.glob("sanctions.sqlite3.damaged-*Z")
        assert aside.read_bytes() == garbage
        said = t("lists.set_aside", lang, path=str(cache / "sanctions.sqlite3"), aside=str(aside))
        assert said in done.stderr
        # Damaged again, under a running check: the screening says why it did not run; the rest goes on.
        (cache / "sanctions.sqlite3").write_bytes(garbage)
        settings = load_settings(env={"RESEARCH_CACHE_DIR": str(cache)}, offline=True, lang=lang)
        report = research(from_fields(email="karen@harborline-imports.com", body="Need vases"), None, settings)
        sanctions = report.finding("sanctions")
        assert sanctions is not None and (sanctions.status, sanctions.reason) == ("skipped", "sanctions.lists_damaged")
        assert report.verdict.category
        row.observed = f"lists show exit {done.returncode}, said on stderr; check: skipped, sanctions.lists_damaged"


# -- real processes at once ----------------------------------------------------------------------

_APP = """
import sys
from pathlib import Path
from research import research
from research.inputs import from_fields
from research.settings import load_settings
settings = load_settings(offline=True)
for i in range(int(sys.argv[1])):
    research(from_fields(email=f"app{i}@harborline-imports.com", body=f"Need {i + 1}00 vases, FOB Ningbo"),
             None, settings, save=True)
"""


def test_the_page_and_two_batches_writing_at_once_lose_no_report(tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case(
        "storage", "the page's research() and 2 batch processes write at once", "every report once (35)", budget_s=240
    ) as row:
        cache = tmp_path / "cache"
        sources = []
        for name in ("a", "b"):
            folder = tmp_path / f"inbox-{name}"
            folder.mkdir()
            for i in range(10):
                (folder / f"{i}.txt").write_text(
                    f"From: Buyer {name}{i} <{name}{i}@harborline-imports.com>\nSubject: RFQ {i}\n\n"
                    f"Please quote {i + 1},000 pcs ceramic vases, FOB Ningbo.", "utf-8")  # fmt: skip
            sources.append(folder)
        batch = ("-m", "research", "batch", "--offline", "--no-progress", "--jobs", "4")
        procs = [
            _spawn(*batch, str(src), "--out-dir", str(tmp_path / f"out-{src.name}"), cache=cache) for src in sources
        ]
        procs.append(_spawn("-c", _APP, "15", cache=cache))  # the page's run path: research(..., save=True)
        for proc in procs:
            _, err = proc.communicate(timeout=240)
            assert proc.returncode == 0, err
        rows = Store(cache / "research.sqlite3").export_rows()
        emails = sorted(r.email for r in rows)
        expected = sorted([f"{n}{i}@harborline-imports.com" for n in "ab" for i in range(10)]
                          + [f"app{i}@harborline-imports.com" for i in range(15)])  # fmt: skip
        assert emails == expected  # every report once: none lost, none doubled
        row.observed = f"{len(emails)} reports, {len(set(emails))} distinct"


_WRITER = """
import sys, json
from pathlib import Path
from research.store import Store
store = Store(Path(sys.argv[1]))
blob = json.dumps({"text": "x" * 200_000})
i = 0
while True:
    store.save_report({"email": f"w{i}@example.com"}, blob)
    i += 1
    print(i, flush=True)
"""


def test_a_process_killed_mid_write_leaves_the_history_usable(tmp_path: Path, casebook: Casebook) -> None:
    with casebook.case(
        "storage", "kill -9 of a writer mid-save, 4 rounds", "integrity ok, every committed report there", budget_s=120
    ) as row:
        path = tmp_path / "research.sqlite3"
        committed = 0
        for round_ in range(4):
            proc = _spawn("-c", _WRITER, str(path), out=subprocess.PIPE)
            assert proc.stdout is not None
            said = 0
            while said < 5 + round_ * 3:  # killed at a different point of a write each round
                said = int(proc.stdout.readline())
            time.sleep(0.003 * round_)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            store = Store(path)
            assert store.set_aside is None  # nothing to set aside: SQLite's journal undid the torn write
            assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
            count = len(store.export_rows())
            assert count >= committed + said  # every write the writer saw committed is there
            committed = count
            assert store.save_report({"email": "after@example.com"}, "{}") > 0
            committed += 1
        row.observed = f"4 kills; integrity ok; {committed} reports"
