"""An IMAP server for the tests: Dovecot with a throwaway config, IMAP and IMAPS on loopback.

    with ImapServer(ca=lab.ca) as imap:
        imap.create_folder("询盘")
        imap.deliver(message, folder="询盘", seen=False, date=datetime(2026, 3, 1, tzinfo=UTC))
        client = imap.connect(tls=True)      # an imapclient.IMAPClient, logged in
        imap.ids_received()                  # what clients said in IMAP ID, in order

Nothing of the system's Dovecot is used: its own config, base_dir, passwd-file and Maildirs,
all in a temp dir. Messages go in by IMAP APPEND, so flags and dates are the server's own.
"""

from __future__ import annotations

import re
import secrets
import signal
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from email.policy import SMTP
from pathlib import Path
from string import Template
from types import TracebackType

from imapclient import IMAPClient

from tests.lab.daemon import LOOPBACK, Daemon, accepts, free_port, require_binary
from tests.lab.tls import LabCA

HINT = "apt-get install dovecot-imapd (CI installs it)"
TIMEOUT_S = 5.0
PROBE_TIMEOUT_S = 1.0  # the wait loop probes again
CERT_NAMES = ("localhost", LOOPBACK)
SEEN = b"\\Seen"
USER_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*")  # also a file name in users/
APPENDUID = re.compile(rb"\[APPENDUID \d+ (\d+)\]")
# Logged by imap_id_log = * : `ID sent: name=x, version=y`, by imap-login (before login, with the
# connection's details after it) or by imap (after login).
ID_LINE = re.compile(r"Info: ID sent: (.*?)(?:: user=<.*)?$")

# Dovecot 2.3 syntax (Debian bookworm). `chroot =` and the internal users let it run unprivileged.
CONFIG = Template("""\
base_dir = $dir/run
state_dir = $dir/state
instance_name = research-lab-imap-$imap_port
log_path = /dev/stderr
protocols = imap
listen = $host
default_internal_user = $user
default_internal_group = $group
default_login_user = $user
first_valid_uid = 1
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
imap_id_log = *
ssl = yes
ssl_cert = <$dir/imap-cert.pem
ssl_key = <$dir/imap-key.pem
ssl_min_protocol = TLSv1.2
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users/%u
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = $host
    port = $imap_port
  }
  inet_listener imaps {
    address = $host
    port = $imaps_port
    ssl = yes
  }
}
service anvil {
  chroot =
}
""")


@dataclass(frozen=True)
class MailAccount:
    user: str
    password: str


class ImapServer:
    """One Dovecot; ``account`` exists from the start, ``add_account`` makes more (a clean mailbox each)."""

    def __init__(self, ca: LabCA | None = None, user: str = "sales-desk") -> None:
        self.binary = require_binary("dovecot", Path("/usr/sbin/dovecot"), hint=HINT)
        # The lab's CA by default, so one RESEARCH_CA_BUNDLE trusts the web sites and the mailbox.
        self.ca = ca if ca is not None else LabCA(lambda _name: False)
        self.host = LOOPBACK
        self.imap_port = self.imaps_port = 0
        self.account = MailAccount(user, secrets.token_hex(12))
        self.accounts: list[MailAccount] = []
        self.ca_file = Path()
        self._daemon: Daemon | None = None

    def __enter__(self) -> ImapServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        # SIGKILL to every process: on SIGTERM a login process that served a probe can linger, and
        # Dovecot's master waits up to 6 s for it. Nothing here needs a clean shutdown.
        self._daemon = daemon = Daemon("dovecot", stop_signal=signal.SIGKILL, stop_group=True)
        try:
            daemon.mkdir("mail")
            daemon.mkdir("users")
            cert, key = self.ca.issue_pem(*CERT_NAMES)
            daemon.write("imap-cert.pem", cert)
            daemon.write("imap-key.pem", key)
            self.ca_file = self.ca.write_pem(daemon.path("ca.pem"))
            self.accounts = []
            self.add_account(self.account.user, self.account.password)
            daemon.start_on_free_port(lambda: self._launch(daemon))
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self._daemon is not None:
            self._daemon.stop()
            self._daemon = None

    @property
    def running(self) -> bool:
        return self._daemon is not None and self._daemon.running

    # -- accounts and clients ----------------------------------------------

    def add_account(self, user: str | None = None, password: str | None = None) -> MailAccount:
        """A new user with an empty INBOX, usable at once.

        One passwd-file per user: Dovecot checks a changed file at most once a second, but opens
        a file it has not seen yet on the first login.
        """
        account = MailAccount(user or f"desk{len(self.accounts) + 1}", password or secrets.token_hex(12))
        if not USER_NAME.fullmatch(account.user) or account in self.accounts:
            raise ValueError(f"bad or existing account name {account.user!r}")
        self.accounts.append(account)
        self._workdir().write(f"users/{account.user}", f"{account.user}:{{PLAIN}}{account.password}\n")
        return account

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts the server's CA (and nothing else)."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def connect(self, account: MailAccount | None = None, tls: bool = False) -> IMAPClient:
        """An IMAPClient logged in as ``account`` (the default one), over IMAPS if ``tls``."""
        login = account or self.account
        port = self.imaps_port if tls else self.imap_port
        context = self.ssl_context() if tls else None
        client = IMAPClient(self.host, port=port, ssl=tls, ssl_context=context, timeout=TIMEOUT_S)
        try:
            client.login(login.user, login.password)
        except BaseException:
            client.shutdown()
            raise
        return client

    # -- mailbox content ---------------------------------------------------

    def create_folder(self, name: str, account: MailAccount | None = None) -> None:
        """``name`` may be any Unicode (sent as modified UTF-7) and nest with ``/``."""
        client = self.connect(account)
        try:
            client.create_folder(name)
        finally:
            client.logout()

    def deliver(
        self,
        message: bytes | Message,
        folder: str = "INBOX",
        seen: bool = False,
        date: datetime | None = None,
        flags: tuple[str, ...] = (),
        account: MailAccount | None = None,
    ) -> int:
        """Put ``message`` into an existing ``folder``; ``date`` is its arrival (INTERNALDATE).

        Returns the message's UID in that folder.
        """
        if date is not None and date.tzinfo is None:
            raise ValueError("date needs a time zone: IMAP would read it as the server's local time")
        raw = message.as_bytes(policy=SMTP) if isinstance(message, Message) else message
        all_flags = [*flags, SEEN.decode()] if seen else list(flags)
        client = self.connect(account)
        try:
            answer = client.append(folder, raw, flags=all_flags, msg_time=date)
        finally:
            client.logout()
        found = APPENDUID.search(answer)
        assert found is not None, f"Dovecot always answers APPENDUID (UIDPLUS); got {answer!r}"
        return int(found.group(1))

    def ids_received(self) -> list[str]:
        """What clients sent in IMAP ID, oldest first, as Dovecot logs it (``name=x, version=y``)."""
        log = self._workdir().log_path
        lines = log.read_text(errors="replace").splitlines() if log.exists() else []
        return [found.group(1) for line in lines if (found := ID_LINE.search(line))]

    # -- start-up -----------------------------------------------------------

    def _launch(self, daemon: Daemon) -> None:
        self.imap_port, self.imaps_port = free_port(), free_port()
        account = daemon.account
        config = CONFIG.substitute(
            dir=daemon.dir,
            host=self.host,
            imap_port=self.imap_port,
            imaps_port=self.imaps_port,
            user=account.user,
            group=account.group,
            uid=account.uid,
            gid=account.gid,
        )
        path = daemon.write("dovecot.conf", config)
        # -F: stay in the foreground, so the daemon holds the master process itself.
        daemon.start([self.binary, "-F", "-c", path], ready=self._greets)

    def _greets(self) -> bool:
        try:
            with socket.create_connection((self.host, self.imap_port), timeout=PROBE_TIMEOUT_S) as sock:
                greeting = sock.recv(512)
        except OSError:
            return False
        return greeting.startswith(b"* OK") and accepts(self.imaps_port)

    def _workdir(self) -> Daemon:
        assert self._daemon is not None, "not started"
        return self._daemon
