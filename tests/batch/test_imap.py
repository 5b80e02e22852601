"""A mailbox read over IMAP from a real Dovecot: unread, a date range, a folder; the mailbox left as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from research.batch import imap
from research.batch.items import to_inquiry
from research.errors import InputError
from research.settings import Settings
from tests.lab.imap_server import ImapServer, MailAccount
from tests.lab.lab import Lab

ROOT = Path(__file__).resolve().parents[2]


def message(sender: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "sales@ningbo-everbright.cn", subject
    msg["Message-ID"] = f"<{subject.replace(' ', '-')}@{sender.split('@')[1]}>"
    msg.set_content(body)
    return msg


@pytest.fixture
def desk(imap_server: ImapServer) -> MailAccount:
    account = imap_server.add_account()
    imap_server.create_folder("询盘", account)
    day = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    mails = (
        ("sarah.miller@harborline-imports.com", "RFQ vases", "Please quote 2,400 ceramic vases.", False, 2),
        ("bestbuyer2024@gmail.com", "Price list", "Send your price list.", True, 2),
        ("procurement@walmart-us.com", "Urgent order", "20,000 units, pay in 60 days.", False, 5),
    )
    for sender, subject, body, seen, day_of_month in mails:
        imap_server.deliver(message(sender, subject, body), "INBOX", seen=seen,
                            date=day.replace(day=day_of_month), account=account)  # fmt: skip
    imap_server.deliver(message("li@casa-bonita.es", "Pedido", "300 jarrones."), "询盘", account=account)
    return account


def settings(lab: Lab) -> Settings:
    return Settings(ca_bundle=str(lab.ca_file))


def emails(items: list[object]) -> list[str]:
    return [to_inquiry(i).email for i in items]  # type: ignore[arg-type]


def test_unread_only_and_left_unread(imap_server: ImapServer, desk: MailAccount, lab: Lab) -> None:
    box = imap.parse_url(f"imaps://{desk.user}@{imap_server.host}:{imap_server.imaps_port}/INBOX")
    found = list(imap.mailbox_items(box, imap.Query(unread=True), desk.password, settings(lab)))
    assert emails(found) == ["sarah.miller@harborline-imports.com", "procurement@walmart-us.com"]
    assert "<RFQ-vases@harborline-imports.com>" in found[0].label
    client = imap_server.connect(desk)
    client.select_folder("INBOX", readonly=True)
    assert len(client.search(["UNSEEN"])) == 2  # read with BODY.PEEK: still unread for the rep
    client.logout()
    assert any("name=buyer-research" in line for line in imap_server.ids_received())  # NetEase asks for ID


def test_a_date_range_and_a_unicode_folder(imap_server: ImapServer, desk: MailAccount, lab: Lab) -> None:
    box = imap.parse_url(f"imap://{desk.user}@{imap_server.host}:{imap_server.imap_port}/INBOX")
    early = imap.Query(since=date(2026, 3, 1), before=date(2026, 3, 3))
    assert emails(list(imap.mailbox_items(box, early, desk.password, settings(lab)))) == [
        "sarah.miller@harborline-imports.com",
        "bestbuyer2024@gmail.com",
    ]
    folder = imap.parse_url(f"imap://{desk.user}@{imap_server.host}:{imap_server.imap_port}/", folder="询盘")
    assert emails(list(imap.mailbox_items(folder, imap.Query(), desk.password, settings(lab)))) == ["li@casa-bonita.es"]


def test_keys_are_stable_across_runs(imap_server: ImapServer, desk: MailAccount, lab: Lab) -> None:
    box = imap.parse_url(f"imaps://{desk.user}@{imap_server.host}:{imap_server.imaps_port}/INBOX")
    first = [i.key for i in imap.mailbox_items(box, imap.Query(), desk.password, settings(lab))]
    again = [i.key for i in imap.mailbox_items(box, imap.Query(), desk.password, settings(lab))]
    assert first == again and len(set(first)) == 3


def test_wrong_password_and_password_in_the_address(imap_server: ImapServer, desk: MailAccount, lab: Lab) -> None:
    box = imap.parse_url(f"imaps://{desk.user}@{imap_server.host}:{imap_server.imaps_port}/INBOX")
    with pytest.raises(InputError) as refused:
        list(imap.mailbox_items(box, imap.Query(), "wrong", settings(lab)))
    assert refused.value.code == "batch.imap_login"
    with pytest.raises(InputError) as in_url:
        imap.parse_url(f"imaps://{desk.user}:{desk.password}@{imap_server.host}/INBOX")
    assert in_url.value.code == "batch.password_in_url"


def test_the_command_line_ranks_the_unread_mail(
    imap_server: ImapServer, desk: MailAccount, lab: Lab, tmp_path: Path
) -> None:
    env = {**os.environ, **lab.env(), "RESEARCH_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    env["RESEARCH_IMAP_PASSWORD"] = desk.password
    url = f"imaps://{desk.user}@{imap_server.host}:{imap_server.imaps_port}/INBOX"
    cmd = [sys.executable, "-m", "research", "batch", url, "--unread", "--offline", "--summary", "json"]
    cmd += ["--out-dir", str(tmp_path / "out"), "--no-progress", "--lang", "en"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert {r["email"] for r in rows} == {"sarah.miller@harborline-imports.com", "procurement@walmart-us.com"}
    assert desk.password not in done.stdout + done.stderr
    assert desk.password not in "".join(
        p.read_text("utf-8") for p in (tmp_path / "out").rglob("*.*") if p.suffix != ".xlsx"
    )
