"""The team server's commands: the database migrated by one command on either backend, accounts added."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from research import accounts
from research.cli import main
from research.store import SCHEMA_VERSION
from tests.store_backends import Backend


def test_one_command_migrates_the_database(
    backend: Backend, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RESEARCH_CACHE_DIR", str(backend.tmp / "cache"))
    if backend.url:
        monkeypatch.setenv("RESEARCH_DATABASE_URL", backend.url)
    assert main(["db", "status", "--lang", "en"]) == 0
    assert main(["db", "migrate", "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].endswith(f"schema version {SCHEMA_VERSION} (0 migrations applied now)")
    assert ("postgresql://127.0.0.1:" if backend.url else "research.sqlite3") in out[-1]
    password = urlsplit(backend.url).password
    assert not password or password not in "\n".join(out)  # the database's password is never shown


def test_an_unreachable_team_database_is_said_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.lab.raw import closed_port

    monkeypatch.setenv("RESEARCH_DATABASE_URL", f"postgresql://research:secret-pw@127.0.0.1:{closed_port()}/research")
    monkeypatch.setattr("research.store_pg.CONNECT_TIMEOUT_S", 1.0)
    assert main(["db", "migrate", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("The team's history database at 127.0.0.1:") and "secret-pw" not in err


def test_users_add_keeps_a_hash_and_the_role(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    users = tmp_path / "users.toml"
    monkeypatch.setenv("RESEARCH_USERS_FILE", str(users))
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-enough-secret\n"))
    add = ["users", "add", "Li", "--name", "李经理", "--role", "manager", "--password-stdin", "--lang", "en"]
    assert main(add) == 0
    assert accounts.verify(users, "li", "a-long-enough-secret") == accounts.User("li", "李经理", "manager")
    assert main(["users", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "li\t李经理\tmanager\tpassword"
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["users", "add", "wang", "--password-stdin", "--lang", "en"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err
