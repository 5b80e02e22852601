"""One run at a time per batch folder: two runs writing one folder would each rewrite the other's tables.

The lock is the kernel's (``flock``) on a file in the folder, so a run killed any way (``kill -9``, a
power cut) leaves nothing to clean up: the lock goes with the process and its forked workers. On a
system without ``fcntl`` (Windows) runs are not locked.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from research.errors import ResearchError

if sys.platform == "win32":  # pragma: no cover - no flock there

    def _flock(fd: int) -> bool:
        return True

else:
    import fcntl

    def _flock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


LOCK_NAME = ".batch.lock"


@contextlib.contextmanager
def holding(folder: Path) -> Iterator[None]:
    """Hold the folder's lock for the block, or raise ``batch.already_running`` at once."""
    handle = _try_lock(folder)
    if handle is None:
        raise ResearchError(str(folder), code="batch.already_running", folder=str(folder))
    try:
        yield
    finally:
        handle.close()  # releases the lock (and the workers' inherited copies end with them)


def running(folder: Path) -> bool:
    """Whether a run holds the folder's lock now."""
    if not (folder / LOCK_NAME).is_file():
        return False
    handle = _try_lock(folder)
    if handle is None:
        return True
    handle.close()
    return False


def _try_lock(folder: Path) -> IO[bytes] | None:
    folder.mkdir(parents=True, exist_ok=True)
    handle = (folder / LOCK_NAME).open("ab")
    if _flock(handle.fileno()):
        return handle
    handle.close()
    return None
