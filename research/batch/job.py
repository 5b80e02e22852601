"""A batch in a process of its own, for the page: it goes on whatever the page does, over every core.

The page starts ``python -m research batch`` (the command line's run: its workers, its lock, its
resumable history) and watches the rows it writes to ``rows.jsonl`` as they finish. A rep who clicks
elsewhere, reloads or closes the tab does not stop it; uploading the same files again shows the run
still going (the folder's lock) or finishes at once (the history holds what is done).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from research.batch import lock
from research.batch.work import Row
from research.settings import PROJECT_ROOT

ROWS_NAME = "rows.jsonl"
LOG_NAME = "batch.log"


@dataclass(frozen=True)
class Job:
    """What the page asks of a batch run: the source, where its files go, and the sidebar's choices."""

    source: Path
    folder: Path
    lang: str
    profile: str = ""
    rep: str = ""
    offline: bool = False
    queue: bool = False  # a team server: the team's workers do the items (batch --queue)

    def command(self) -> list[str]:
        source, folder = self.source.resolve(), self.folder.resolve()  # never read as an option
        cmd = [sys.executable, "-m", "research", "batch", str(source), "--out-dir", str(folder)]
        cmd += ["--lang", self.lang, "--rows", str(folder / ROWS_NAME), "--no-progress", "--summary", "csv"]
        cmd += ["--profile", self.profile] if self.profile else []
        cmd += ["--rep", self.rep] if self.rep else []
        return cmd + (["--offline"] if self.offline else []) + (["--queue"] if self.queue else [])


@dataclass(frozen=True)
class Seen:
    """What the page has counted of a run's rows so far: how far into ``rows.jsonl`` it has read, how many
    rows were done and how many of them failed."""

    offset: int = 0
    done: int = 0
    errors: int = 0


@dataclass(frozen=True)
class Progress:
    """A run as the page shows it: the rows counted so far, whether it still runs, and how it stopped."""

    seen: Seen
    running: bool
    failure: str = ""  # the run's own last words in the rep's language when it stopped short


def start(job: Job) -> subprocess.Popen[bytes]:
    """Start the run in its own session (a Ctrl-C to the page's server does not reach it); its messages
    (already in the rep's language) go to ``batch.log`` in the folder."""
    job.folder.mkdir(parents=True, exist_ok=True)
    (job.folder / ROWS_NAME).unlink(missing_ok=True)  # rows of an earlier run are not this one's
    with (job.folder / LOG_NAME).open("wb") as log:
        return subprocess.Popen(  # noqa: S603 - our own command line, its arguments a list, no shell
            job.command(),
            env=_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
        )


def _env() -> dict[str, str]:
    # The page's own settings (its environment, its working folder for relative paths) and our package.
    path = os.pathsep.join(p for p in (str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}


def watch(folder: Path, process: subprocess.Popen[bytes] | None, seen: Seen | None = None) -> Progress:
    """The run's rows counted so far, from where ``seen`` left off; ``process`` is None when the page did
    not start it (another tab did)."""
    alive = process.poll() is None if process is not None else lock.running(folder)
    seen = count_rows(folder / ROWS_NAME, seen or Seen())  # after: a run that ended has written every row
    if alive:
        return Progress(seen, running=True)
    failed = process.returncode != 0 if process is not None else False
    return Progress(seen, running=False, failure=last_words(folder / LOG_NAME) if failed else "")


def count_rows(path: Path, seen: Seen) -> Seen:
    """``seen`` and the rows finished since: only the lines written after ``seen.offset`` are read, so a
    look each second costs the same at row 20 as at row 20,000. A last line still being written is left
    for the next look; a file shorter than what was read is a new run's, counted from its start."""
    try:
        with path.open("rb") as f:
            if os.fstat(f.fileno()).st_size < seen.offset:
                seen = Seen()
            f.seek(seen.offset)
            new = f.read()
    except FileNotFoundError:
        return Seen()
    whole = new[: new.rfind(b"\n") + 1]
    rows = _whole_rows(whole.decode("utf-8"))
    return Seen(seen.offset + len(whole), seen.done + len(rows), seen.errors + sum(bool(r.error) for r in rows))


def _whole_rows(text: str) -> list[Row]:
    """The rows of ``text`` whose line has ended; a last line still being written is left for the next look."""
    return [Row.from_json(line) for line in text.split("\n")[:-1] if line]


def read_rows(path: Path) -> list[Row]:
    """The rows written so far (for the table, once the run ends); a last line still being written is
    left for the next look."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return []
    return _whole_rows(text)


def last_words(log: Path) -> str:
    """The last message the run wrote: the command line's own, from the catalogs."""
    try:
        lines = [line for line in log.read_text("utf-8", errors="replace").splitlines() if line.strip()]
    except FileNotFoundError:
        return ""
    return lines[-1] if lines else ""
