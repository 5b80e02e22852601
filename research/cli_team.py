"""The team server's commands: ``db migrate|status``, ``users add|list``, ``worker``.

``python -m research db migrate`` brings the database named by RESEARCH_DATABASE_URL (else the SQLite file)
to the schema this version needs, once, whoever else is starting at the same moment.
``python -m research users add wang --name 王小明 --role rep`` asks the password twice (or reads one line
from stdin with ``--password-stdin``) and keeps only its argon2 hash in RESEARCH_USERS_FILE.
``python -m research worker --processes 2`` starts batch workers (Dramatiq) on RESEARCH_REDIS_URL.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from research.errors import ConfigError
from research.render.i18n import LANGS, t
from research.settings import Settings

EXIT_OK = 0


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("db", help="the history database: migrate it to this version's schema, or show its version")
    p.add_argument("action", choices=("migrate", "status"))
    _plain(p)
    p = sub.add_parser("users", help="local accounts of a team server (argon2-hashed passwords)")
    p.add_argument("action", choices=("add", "list"))
    p.add_argument("login", nargs="?", default="", help="the user name (or the e-mail of an identity-provider user)")
    p.add_argument("--name", default="", help="the name the team knows them by (reports, decisions)")
    p.add_argument("--role", choices=("rep", "manager"), default="rep")
    p.add_argument("--no-password", action="store_true", help="signs in only with the company's identity provider")
    p.add_argument("--password-stdin", action="store_true", help="read the password from one line of stdin")
    _plain(p)
    p = sub.add_parser("worker", help="batch workers: research queued inquiries (RESEARCH_REDIS_URL)")
    p.add_argument("--processes", type=int, default=2, help="worker processes on this machine")
    p.add_argument("--threads", type=int, default=16, help="inquiries in flight per process")
    _plain(p)


def _plain(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=LANGS, default=None)
    p.add_argument("--config", help="settings file (TOML); RESEARCH_* variables override it")
    p.set_defaults(offline=False, no_cache=False)


def cmd_db(args: argparse.Namespace, settings: Settings) -> int:
    from research.context import open_store

    store = open_store(settings)
    if store is None:
        raise ConfigError(str(settings.cache_path), code="config.bad_value", key="cache_dir", value=settings.cache_dir)
    before = store.schema_version()
    version = store.migrate() if args.action == "migrate" else before
    where = _where(settings)
    sys.stdout.write(t("db.version", settings.lang, where=where, version=version, applied=version - before) + "\n")
    return EXIT_OK


def _where(settings: Settings) -> str:
    if not settings.database_url:
        return str(settings.cache_path)
    from research.store_pg import _host

    return "postgresql://" + _host(settings.database_url)


def cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    from research import accounts

    if not settings.users_file:
        raise ConfigError("users_file", code="accounts.no_file")
    if args.action == "list":
        for entry in accounts.load(settings.users_file).values():
            how = "password" if entry.password else "oidc"
            sys.stdout.write(f"{entry.login}\t{entry.name}\t{entry.role}\t{how}\n")
        return EXIT_OK
    if not args.login:
        raise ConfigError("login", code="accounts.no_login")
    password = "" if args.no_password else _password(args.password_stdin, settings.lang)
    accounts.set_account(settings.users_file, args.login, name=args.name, role=args.role, password=password)
    sys.stdout.write(t("accounts.saved", settings.lang, login=args.login.lower(), role=args.role) + "\n")
    return EXIT_OK


def _password(from_stdin: bool, lang: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(t("accounts.ask", lang) + " ")
    if getpass.getpass(t("accounts.again", lang) + " ") != first:
        raise ConfigError("passwords differ", code="accounts.differ")
    return first


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from research.batch import queue

    return queue.run_workers(settings, processes=max(1, args.processes), threads=max(1, args.threads))


COMMANDS = {"db": cmd_db, "users": cmd_users, "worker": cmd_worker}
