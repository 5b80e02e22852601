"""One real server process for the tests: a temp dir it owns, a loopback port, a clean stop.

PostgreSQL refuses to run as root, and CI runs the tests as root, so when we are root every
server runs as ``nobody`` (one code path for all three); as a normal user they run as that user.
"""

from __future__ import annotations

import atexit
import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

LOOPBACK = "127.0.0.1"
START_TIMEOUT_S = 30.0  # CI has two cores shared with the whole suite
STOP_TIMEOUT_S = 10.0
POLL_S = 0.02
PORT_ATTEMPTS = 5  # a free port can be taken by another process before the server binds it
UNPRIVILEGED_USER = "nobody"
PORT_TAKEN = "Address already in use"
LOG_TAIL_LINES = 25


class ServerStartError(RuntimeError):
    """A lab server did not come up; the message carries the end of its log."""


class BinaryMissing(ServerStartError):
    """The server is not installed here (the fixtures skip the test with this reason)."""


class PortTaken(ServerStartError):
    """Another process bound the port between our check and the server's bind."""


@dataclass(frozen=True)
class Account:
    """The OS account the servers run as."""

    uid: int
    gid: int
    user: str
    group: str

    @property
    def drops_privileges(self) -> bool:
        return self.uid != os.getuid()


def server_account() -> Account:
    entry = pwd.getpwnam(UNPRIVILEGED_USER) if os.getuid() == 0 else pwd.getpwuid(os.getuid())
    return Account(entry.pw_uid, entry.pw_gid, entry.pw_name, grp.getgrgid(entry.pw_gid).gr_name)


def require_binary(name: str, *candidates: Path, hint: str) -> Path:
    """The first executable among ``candidates``, else ``name`` on PATH; BinaryMissing with ``hint``."""
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return path
    found = shutil.which(name)
    if found is None:
        raise BinaryMissing(f"{name} not found: {hint}")
    return Path(found)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def accepts(port: int, timeout_s: float = 1.0) -> bool:
    try:
        with socket.create_connection((LOOPBACK, port), timeout=timeout_s):
            return True
    except OSError:
        return False


class Daemon:
    """A temp dir owned by the server account, and at most one server process in its own session."""

    def __init__(self, name: str, stop_signal: signal.Signals = signal.SIGTERM, stop_group: bool = False) -> None:
        self.name = name
        self.account = server_account()
        self.stop_signal = stop_signal
        # Signal every process of the server at once (Dovecot); PostgreSQL wants it on the postmaster alone.
        self.stop_group = stop_group
        _check_reachable(Path(tempfile.gettempdir()), self.account)
        self.dir = Path(tempfile.mkdtemp(prefix=f"research-{name}-"))
        self.log_path = self.dir / f"{name}.log"
        self._process: subprocess.Popen[bytes] | None = None
        self._chown(self.dir)
        # A fixture's finaliser normally stops us; this catches a script or an interrupted session.
        atexit.register(self.stop)

    # -- files ---------------------------------------------------------------

    def path(self, relative: str) -> Path:
        return self.dir / relative

    def mkdir(self, relative: str) -> Path:
        path = self.dir / relative
        path.mkdir(parents=True, exist_ok=True)
        self._chown(path)
        return path

    def write(self, relative: str, content: str | bytes, mode: int = 0o600) -> Path:
        path = self.dir / relative
        data = content.encode() if isinstance(content, str) else content
        path.write_bytes(data)
        path.chmod(mode)
        self._chown(path)
        return path

    # -- processes -----------------------------------------------------------

    def run(self, argv: Sequence[str | Path], timeout_s: float = START_TIMEOUT_S) -> None:
        """Run a set-up command (initdb) as the server account; ServerStartError with its output."""
        done = subprocess.run(
            [str(arg) for arg in argv],
            capture_output=True,
            timeout=timeout_s,
            cwd=self.dir,
            env=self._env(),
            user=self._uid(),
            group=self._gid(),
            extra_groups=self._groups(),
        )
        if done.returncode != 0:
            output = (done.stdout + done.stderr).decode(errors="replace").strip()
            raise ServerStartError(f"{self.name}: {Path(str(argv[0])).name} failed ({done.returncode}):\n{output}")

    def start(self, argv: Sequence[str | Path], ready: Callable[[], bool], timeout_s: float = START_TIMEOUT_S) -> None:
        """Launch the server and wait until ``ready()``; PortTaken if it lost its port, else ServerStartError."""
        self.stop_process()
        # Created and handed over first: a server may reopen it by path (Dovecot's /dev/stderr).
        self.write(self.log_path.name, b"")
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                [str(arg) for arg in argv],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, so stop() reaches its children too
                cwd=self.dir,
                env=self._env(),
                user=self._uid(),
                group=self._gid(),
                extra_groups=self._groups(),
            )
        deadline = time.monotonic() + timeout_s
        while not ready():
            if self._process.poll() is not None:
                error = PortTaken if PORT_TAKEN in self.log_tail() else ServerStartError
                code = self._process.returncode
                self.stop_process()  # any child it left behind
                raise error(f"{self.name} exited ({code}) while starting:\n{self.log_tail()}")
            if time.monotonic() > deadline:
                self.stop_process()
                raise ServerStartError(f"{self.name} not ready after {timeout_s:.0f} s:\n{self.log_tail()}")
            time.sleep(POLL_S)

    def start_on_free_port(self, launch: Callable[[], None]) -> None:
        """Call ``launch`` (which picks its ports) again while the ports it picked were taken."""
        for attempt in range(PORT_ATTEMPTS):
            try:
                launch()
                return
            except PortTaken:
                if attempt == PORT_ATTEMPTS - 1:
                    raise

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def stop_process(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                if self.stop_group:
                    os.killpg(process.pid, self.stop_signal)
                else:
                    process.send_signal(self.stop_signal)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(STOP_TIMEOUT_S)
        # Whatever is left: a leader that would not stop, or children of one that died. A group
        # id is not handed out again while any process is in the group, so this hits only ours.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def stop(self) -> None:
        """Stop the server and remove its temp dir; safe to call twice."""
        self.stop_process()
        shutil.rmtree(self.dir, ignore_errors=True)
        atexit.unregister(self.stop)

    def log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return "(no log)"
        return "\n".join(lines[-LOG_TAIL_LINES:])

    # -- helpers -------------------------------------------------------------

    def _env(self) -> dict[str, str]:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.dir), "LC_ALL": "C"}
        if "TZ" in os.environ:
            env["TZ"] = os.environ["TZ"]
        return env

    def _uid(self) -> int | None:
        return self.account.uid if self.account.drops_privileges else None

    def _gid(self) -> int | None:
        return self.account.gid if self.account.drops_privileges else None

    def _groups(self) -> list[int] | None:
        return [] if self.account.drops_privileges else None  # root's extra groups must go too

    def _chown(self, path: Path) -> None:
        if self.account.drops_privileges:
            os.chown(path, self.account.uid, self.account.gid)


def _check_reachable(tmp: Path, account: Account) -> None:
    """The server account must be able to walk into the temp dir (TMPDIR may be private to root)."""
    if not account.drops_privileges:
        return
    for folder in (tmp, *tmp.parents):
        if not folder.stat().st_mode & 0o001:
            raise ServerStartError(
                f"{account.user} cannot reach {tmp}: {folder} is closed to others; point TMPDIR elsewhere"
            )
