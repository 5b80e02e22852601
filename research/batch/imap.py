"""A mailbox over IMAP as batch items: a folder, only unread, or a date range; the mailbox is left as it
was (messages are read with BODY.PEEK, so unread stays unread).

``imaps://sales@imap.163.com/INBOX`` names the account and the folder (``imap://`` for plain text with
STARTTLS when offered). The password is never part of it: it comes from RESEARCH_IMAP_PASSWORD or a
prompt, and is kept in memory only for the login. Every connection says who it is with the IMAP ID
command when the server offers it: NetEase (163.com, 126.com) refuses to open a folder without it.
"""

from __future__ import annotations

import getpass
import os
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import unquote, urlsplit

from research.batch.items import Item, content_key, message_id, with_id
from research.errors import InputError
from research.settings import Settings

PASSWORD_ENV = "RESEARCH_IMAP_PASSWORD"  # noqa: S105 - the variable's name, not a password
CLIENT_ID = {"name": "buyer-research", "version": "1.0", "vendor": "buyer-research"}
_TIMEOUT_S = 30.0
_FETCH_CHUNK = 50  # messages per FETCH: a big inbox is read in pieces, never all in memory


@dataclass(frozen=True)
class Mailbox:
    host: str
    port: int
    user: str
    folder: str = "INBOX"
    tls: bool = True  # implicit TLS (imaps, port 993); otherwise STARTTLS when the server offers it

    @property
    def name(self) -> str:
        """Names the source in keys and labels: never the password."""
        return f"{self.user}@{self.host}/{self.folder}"


@dataclass(frozen=True)
class Query:
    unread: bool = False
    since: date | None = None  # arrival date, inclusive
    before: date | None = None  # exclusive, as IMAP's BEFORE

    def criteria(self) -> list[Any]:
        out: list[Any] = ["UNSEEN"] if self.unread else []
        if self.since:
            out += ["SINCE", self.since]
        if self.before:
            out += ["BEFORE", self.before]
        return out or ["ALL"]


def is_mailbox_url(text: str) -> bool:
    return text.lower().startswith(("imap://", "imaps://"))


def parse_url(text: str, folder: str = "") -> Mailbox:
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("imap", "imaps") or not parts.hostname or not parts.username:
        raise InputError(text, code="batch.bad_mailbox", value=text)
    if parts.password:
        # A password in a URL lands in shell history and process lists: refused, not used.
        raise InputError(text, code="batch.password_in_url")
    tls = parts.scheme.lower() == "imaps"
    path = unquote(parts.path.lstrip("/"))
    return Mailbox(parts.hostname, parts.port or (993 if tls else 143), unquote(parts.username),
                   folder or path or "INBOX", tls)  # fmt: skip


def password(mailbox: Mailbox) -> str:
    """From the environment, else asked at the terminal; never stored, never logged."""
    found = os.environ.get(PASSWORD_ENV)
    if found:
        return found
    try:
        return getpass.getpass(f"IMAP password for {mailbox.user}@{mailbox.host}: ")
    except (EOFError, OSError) as exc:
        raise InputError(mailbox.name, code="batch.no_password", env=PASSWORD_ENV) from exc


def _ssl_context(settings: Settings) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if settings.ca_bundle:
        ctx.load_verify_locations(cafile=settings.ca_bundle)
    return ctx


def connect(mailbox: Mailbox, secret: str, settings: Settings) -> Any:
    """A logged-in IMAPClient that has said who it is; InputError for a refused login."""
    from imapclient import IMAPClient  # only for mailboxes
    from imapclient.exceptions import IMAPClientError, LoginError

    context = _ssl_context(settings)
    try:
        client = IMAPClient(mailbox.host, port=mailbox.port, ssl=mailbox.tls, ssl_context=context, timeout=_TIMEOUT_S)
        if not mailbox.tls and client.has_capability("STARTTLS"):
            client.starttls(context)
        _say_who(client)
        client.login(mailbox.user, secret)
        _say_who(client)  # some servers (NetEase) want it after login too
    except LoginError as exc:
        raise InputError(mailbox.name, code="batch.imap_login", name=mailbox.name) from exc
    except (IMAPClientError, OSError) as exc:
        raise InputError(str(exc), code="batch.imap_failed", name=mailbox.name, detail=str(exc)) from exc
    return client


def _say_who(client: Any) -> None:
    if client.has_capability("ID"):
        client.id_(CLIENT_ID)


def mailbox_items(mailbox: Mailbox, query: Query, secret: str, settings: Settings) -> Iterator[Item]:
    """The messages that match, oldest first, keyed by the folder's UIDVALIDITY and each UID."""
    client = connect(mailbox, secret, settings)
    try:
        try:
            status = client.select_folder(mailbox.folder, readonly=True)
        except Exception as exc:  # no such folder, or not allowed
            raise InputError(mailbox.folder, code="batch.imap_folder", folder=mailbox.folder) from exc
        validity = int(status.get(b"UIDVALIDITY", 0))
        uids = sorted(client.search(query.criteria()))
        for start in range(0, len(uids), _FETCH_CHUNK):
            chunk = uids[start : start + _FETCH_CHUNK]
            answers = client.fetch(chunk, ["BODY.PEEK[]"])
            for offset, uid in enumerate(chunk):
                yield _item(mailbox, validity, uid, start + offset + 1, answers.get(uid, {}))
    finally:
        try:
            client.logout()
        except Exception:  # the batch has what it read; a dropped logout changes nothing
            client.shutdown()


def _item(mailbox: Mailbox, validity: int, uid: int, number: int, answer: dict[bytes, Any]) -> Item:
    data = answer.get(b"BODY[]")
    label = f"{mailbox.folder} uid {uid}"
    locator = f"imap:{mailbox.name}:{validity}:{uid}"
    if not isinstance(data, bytes):
        return Item(f"{locator}#unreadable", label, number, "eml", error="input.bad_email_file",
                    params={"name": label, "detail": "no message body"})  # fmt: skip
    return Item(content_key(locator, data), with_id(label, message_id(data)), number, "eml", data)
