"""Who may use a team server, and as what: reps and managers, from a local users file.

The file (``Settings.users_file``, TOML) has one table per login::

    [users.wang]
    name = "王小明"
    role = "rep"
    password = "$argon2id$v=19$m=65536,t=3,p=4$..."   # set by `python -m research users add wang`

    [users."li@example.com"]       # signs in with the company's identity provider: no password here
    name = "李经理"
    role = "manager"

Passwords are kept only as argon2id hashes (argon2-cffi); ``python -m research users add`` writes them.
Someone signed in by the identity provider (Streamlit's OIDC sign-in) is looked up by e-mail: listed,
with that role; not listed, a rep (the provider already decided they belong to the company).
"""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from research.errors import ConfigError

Role = Literal["rep", "manager"]
ROLES: tuple[Role, ...] = ("rep", "manager")
MIN_PASSWORD = 10  # characters: a phrase, not a PIN


@dataclass(frozen=True)
class User:
    login: str  # the account name, or the e-mail the identity provider vouched for
    name: str  # as the team knows them: on every report they run and every decision they make
    role: Role
    via: str = "password"  # password | oidc

    @property
    def manager(self) -> bool:
        return self.role == "manager"


@dataclass(frozen=True)
class _Entry:
    login: str
    name: str
    role: Role
    password: str  # the argon2 hash, or "" for an identity-provider account


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id, the library's current recommended parameters


def load(path: str | Path) -> dict[str, _Entry]:
    """The accounts in the file; ConfigError when it is missing or wrong (a team page must not open then)."""
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(str(file), code="config.missing_file", path=str(file)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: {exc}", code="config.bad_file", path=str(file)) from exc
    out: dict[str, _Entry] = {}
    for login, table in dict(data.get("users", {})).items():
        role = str(table.get("role", "rep"))
        if role not in ROLES:
            raise ConfigError(f"{login}: role {role}", code="config.bad_value", key=f"users.{login}.role", value=role)
        name = str(table.get("name") or login)
        out[login.strip().lower()] = _Entry(login.strip().lower(), name, role, str(table.get("password", "")))
    return out


def verify(path: str | Path, login: str, password: str) -> User | None:
    """The user when the login and password match, else None (the same work either way)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    entry = load(path).get(login.strip().lower())
    hasher = _hasher()
    if entry is None or not entry.password:
        # Hash anyway, so an unknown login takes as long as a wrong password.
        hasher.hash(password or "-")
        return None
    try:
        hasher.verify(entry.password, password)
    except (VerificationError, InvalidHashError):
        return None
    return User(entry.login, entry.name, entry.role)


def from_identity_provider(path: str | Path | None, email: str, name: str = "") -> User:
    """Someone the company's identity provider signed in: their role from the file, else a rep."""
    login = email.strip().lower()
    entry = load(path).get(login) if path else None
    if entry is not None:
        return User(login, entry.name, entry.role, via="oidc")
    return User(login, name.strip() or login, "rep", via="oidc")


def set_account(path: str | Path, login: str, *, name: str = "", role: Role = "rep", password: str = "") -> None:
    """Add or change an account; the password (when given) is stored as its argon2 hash only."""
    login = login.strip().lower()
    if not login or any(c in login for c in '"\n\r'):
        raise ConfigError(login, code="config.bad_value", key="login", value=login)
    if role not in ROLES:
        raise ConfigError(role, code="config.bad_value", key="role", value=role)
    if password and len(password) < MIN_PASSWORD:
        raise ConfigError("password too short", code="accounts.short_password", min=MIN_PASSWORD)
    file = Path(path)
    entries = load(file) if file.exists() else {}
    old = entries.get(login)
    hashed = _hasher().hash(password) if password else (old.password if old else "")
    entries[login] = _Entry(login, name or (old.name if old else login), role, hashed)
    _write(file, entries)


def _write(file: Path, entries: dict[str, _Entry]) -> None:
    def q(text: str) -> str:  # a TOML basic string: JSON's escapes are TOML's
        return json.dumps(text, ensure_ascii=False)

    lines = ["# Accounts of the team server: python -m research users add LOGIN (passwords are argon2 hashes).", ""]
    for e in sorted(entries.values(), key=lambda e: e.login):
        lines += [f"[users.{q(e.login)}]", f"name = {q(e.name)}", f"role = {q(e.role)}"]
        if e.password:
            lines.append(f"password = {q(e.password)}")
        lines.append("")
    file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".users-", suffix=".toml")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    os.chmod(tmp, 0o600)  # hashes only, but nobody else's business
    os.replace(tmp, file)
