"""Command line: ``python -m research check …`` and ``python -m research batch …`` (and the team server's
``db``, ``users`` and ``worker``, in cli_team.py).

Exit codes: 0 report made, 2 bad input (one-line reason on stderr), 1 internal error.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

from research import cli_team, inputs
from research.errors import ConfigError, InputError, ResearchError
from research.profile import load_profile
from research.render.formats import BINARY_FORMATS, PDF_ACTIONS, TEXT_FORMATS, render_text
from research.render.i18n import LANGS, t
from research.settings import Settings, load_settings
from research.types import Inquiry

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", help="seller profile: a TOML path or a name in profiles/")
    p.add_argument("--lang", choices=LANGS, default=None, help="report language (default zh)")
    p.add_argument("--offline", action="store_true", help="skip every network check")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("--no-save", action="store_true", help="do not keep the report in the history")
    p.add_argument("--config", help="settings file (TOML); RESEARCH_* variables override it")


def _check_parser(sub: Any) -> None:
    p = sub.add_parser("check", help="research one inquiry")
    p.add_argument("--email")
    p.add_argument("--name", dest="display_name")
    p.add_argument("--company")
    p.add_argument("--subject")
    p.add_argument("--text", help="the inquiry text")
    p.add_argument("--text-file", help="file with the inquiry text (UTF-8)")
    p.add_argument("--eml", help="the inquiry as a .eml file")
    p.add_argument("--msg", help="the inquiry as an Outlook .msg file")
    p.add_argument("--phone")
    p.add_argument("--country", help="the country the buyer states")
    p.add_argument("--website")
    p.add_argument("--reply-to", dest="reply_to")
    p.add_argument("--verified", choices=("yes", "no"), help="platform: verified buyer badge")
    p.add_argument("--account-age", dest="account_age_years", help="platform: account age in years")
    p.add_argument("--products-viewed", dest="products_viewed_90d", help="platform: products viewed in 90 days")
    p.add_argument("--inquiries-sent", dest="inquiries_sent_90d", help="platform: inquiries sent in 90 days")
    p.add_argument("--suppliers-contacted", dest="suppliers_contacted_90d")
    p.add_argument("--ip-country", dest="ip_country", help="platform: country of the buyer's IP")
    p.add_argument("--format", choices=sorted({*TEXT_FORMATS, *BINARY_FORMATS}), default="json")
    p.add_argument("--out", help="write the report here instead of stdout")
    p.add_argument("--rep", default="", help="the sales rep: kept with the report in the history, named in the PDF")
    p.add_argument(
        "--action",
        choices=PDF_ACTIONS,
        default="",
        help="pdf: the action asked for approval (default: what the category calls for)",
    )
    _common(p)


def _batch_parser(sub: Any) -> None:
    p = sub.add_parser(
        "batch",
        help="research many inquiries: a folder of .eml/.msg/.txt, an mbox, a CSV/XLSX sheet or a mailbox",
        description="Ranks every inquiry; writes ranked.csv, ranked.xlsx, summary.md and one report per "
        "inquiry to --out-dir. Run the same command again after an interruption: what is done is skipped.",
    )
    p.add_argument("source", help="folder, .mbox, .csv/.tsv/.xlsx, one file, or imaps://user@host/Folder")
    p.add_argument("--out-dir", help="where the tables and reports go (default: batch-<source name>)")
    p.add_argument("--format", choices=sorted(TEXT_FORMATS), default="html", help="format of each full report")
    p.add_argument("--summary", choices=("md", "csv", "json"), default="md", help="the ranked table on stdout")
    p.add_argument("--jobs", type=int, default=None, help="inquiries researched at once (default 64)")
    p.add_argument(
        "--processes", type=int, default=None, help="worker processes, each buyer in one (default: one per core)"
    )
    p.add_argument("--columns", default="", help='sheet headers of another tool: "Buyer Mail=email,Firma=company"')
    p.add_argument("--folder", default="", help="mailbox: the folder (default: the one in the address, or INBOX)")
    p.add_argument("--unread", action="store_true", help="mailbox: only unread messages (left unread)")
    p.add_argument("--since", type=_date, help="mailbox: arrived on or after YYYY-MM-DD")
    p.add_argument("--until", type=_date, help="mailbox: arrived on or before YYYY-MM-DD")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument("--rows", help="also write each finished row to this file as a JSON line (for a program watching)")
    p.add_argument("--rep", default="", help="who runs the batch: kept with each report in the history")
    p.add_argument(
        "--queue",
        action="store_true",
        help="team server: share the batch with the workers (RESEARCH_REDIS_URL, RESEARCH_DATABASE_URL)",
    )
    _common(p)


def _lists_parser(sub: Any) -> None:
    p = sub.add_parser("lists", help="the sanctions lists screened by the report (OFAC, EU, UN, UK)")
    p.add_argument("action", choices=("update", "show"), help="update: download them now; show: their dates")
    p.add_argument("--lang", choices=LANGS, default=None)
    p.add_argument("--config", help="settings file (TOML); RESEARCH_* variables override it")
    p.set_defaults(offline=False, no_cache=False)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m research", description="Buyer research for export sales reps")
    sub = parser.add_subparsers(dest="command", required=True)
    _check_parser(sub)
    _batch_parser(sub)
    _lists_parser(sub)
    cli_team.add_parsers(sub)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if args.offline:
        overrides["offline"] = True
    if args.no_cache:
        overrides["cache_enabled"] = False
    if args.lang:
        overrides["lang"] = args.lang
    return load_settings(args.config, **overrides)


def inquiry_from_args(args: argparse.Namespace) -> Inquiry:
    fields = {k: getattr(args, k) for k in inputs.INQUIRY_FIELDS if getattr(args, k, None)}
    inputs.check_email(fields.get("email", ""))  # a typo is an input error, never a verdict on the buyer
    platform = inputs.platform_stats({k: getattr(args, k) for k in inputs.PLATFORM_FIELDS})
    if not platform.is_empty():
        fields["platform"] = platform
    if args.eml:
        return inputs.from_eml_bytes(inputs.read_file(args.eml, inputs.MAX_MAIL_MB), Path(args.eml).name, **fields)
    if args.msg:
        return inputs.from_msg_bytes(inputs.read_file(args.msg, inputs.MAX_MAIL_MB), Path(args.msg).name, **fields)
    text = args.text or ""
    if args.text_file:
        text = inputs.decode_text(inputs.read_file(args.text_file))  # GBK or cp1251 files too
    if text:
        if args.subject:
            fields["subject"] = args.subject
        return inputs.from_text(text, **fields)
    return inputs.from_fields(**fields)


def _emit(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _emit_bytes(data: bytes, out: str | None) -> None:
    if out:
        Path(out).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from research import research

    inquiry = inquiry_from_args(args)
    profile = load_profile(args.profile or settings.profile or None)
    report = research(inquiry, profile, settings, save=not args.no_save, rep=args.rep)
    if args.format in BINARY_FORMATS:
        from research.render import pdf  # fpdf and the fonts only when a PDF is asked for

        approval = pdf.Approval(company=profile.company, rep=args.rep, action=args.action, terms=profile.terms)
        _emit_bytes(pdf.render(report, settings.lang, approval), args.out)
    else:
        _emit(render_text(report, args.format, settings.lang), args.out)
    return EXIT_OK


def cmd_batch(args: argparse.Namespace, settings: Settings) -> int:
    from research.batch import lock, outputs
    from research.batch.run import batch_key
    from research.batch.work import Output

    profile = load_profile(args.profile or settings.profile or None)
    folder = Path(args.out_dir or f"batch-{_folder_name(args.source)}")
    with lock.holding(folder):
        items, source = _batch_items(args, settings)
        out = Output(folder, args.format, settings.lang, save=not args.no_save, rep=args.rep)
        key = batch_key(source=source, profile=profile.name, columns=args.columns, out=str(folder.resolve()),
                        offline=settings.offline, format=args.format, lang=settings.lang)  # fmt: skip
        bar = _progress(len(items), settings.lang, args.no_progress)
        try:
            rows = _run_batch(args, items, settings, profile, out, key, bar)
        except KeyboardInterrupt:
            bar.close()
            sys.stderr.write(t("batch.interrupted", settings.lang, done=bar.n, total=len(items)) + "\n")
            return EXIT_INTERNAL
    bar.close()
    sys.stderr.write(t("batch.written", settings.lang, folder=str(folder)) + "\n")
    _emit(outputs.table(rows, args.summary, settings.lang), None)
    return EXIT_OK


def _run_batch(
    args: argparse.Namespace, items: list[Any], settings: Settings, profile: Any, out: Any, key: str, bar: Any
) -> list[Any]:
    """The batch in this process's workers (or the team's queue), each row counted on the bar and, with
    ``--rows``, written to that file as it finishes."""
    from research.batch.run import DEFAULT_JOBS
    from research.batch.spread import run_spread

    errors = 0
    with contextlib.ExitStack() as stack:
        rows_file = stack.enter_context(_rows_file(Path(args.rows))) if args.rows else None

        def on_row(event: Any) -> None:
            nonlocal errors
            errors += bool(event.row.error)
            bar.update(1)
            if errors:
                bar.set_postfix_str(f"✗ {errors}", refresh=False)
            if rows_file is not None:
                rows_file.write(event.row.to_json() + "\n")
                rows_file.flush()

        if args.queue:
            from research.batch.queue import run_queued

            return run_queued(items, settings, args.profile or settings.profile, out, batch=key, on_row=on_row)
        return run_spread(items, settings, profile, out, batch=key, jobs=args.jobs or DEFAULT_JOBS,
                          processes=args.processes, on_row=on_row)  # fmt: skip


def _rows_file(path: Path) -> IO[str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("w", encoding="utf-8")


def cmd_lists(args: argparse.Namespace, settings: Settings) -> int:
    """Download the sanctions lists into the cache (``update``) or say what is there (``show``)."""
    from research.net import lists

    lang = settings.lang
    shown: list[tuple[str, lists.ListInfo | None, str]]
    if args.action == "show":
        db = lists.ListsDb(lists.db_path(settings))
        try:
            shown = [(i.list, i, "") for i in db.lists()]
        finally:
            db.close()
    else:
        shown = [(n, i, e) for n, i, e in asyncio.run(lists.update(settings))]
    failed = False
    for name, info, error in shown:
        label = t(f"list.{name}", lang)
        if info is not None:
            _emit(t("lists.updated", lang, list=label, entries=info.entries, date=info.published), None)
        else:
            failed = failed or error != "lists.off"
            why = t(error, lang) if not error.startswith("http_") else t("net.http_status", lang, status=error[5:])
            _emit(t("lists.failed", lang, list=label, why=why), None)
    return EXIT_INTERNAL if failed else EXIT_OK


def _batch_items(args: argparse.Namespace, settings: Settings) -> tuple[list[Any], str]:
    """The items, read now (a progress bar needs the count), and what names the source in the batch's key."""
    from research.batch import imap, items

    if imap.is_mailbox_url(args.source):
        mailbox = imap.parse_url(args.source, args.folder)
        until = args.until + timedelta(days=1) if args.until else None
        query = imap.Query(unread=args.unread, since=args.since, before=until)
        found = list(imap.mailbox_items(mailbox, query, imap.password(mailbox), settings))
        return found, f"{mailbox.name}?{query}"
    columns = items.parse_columns(args.columns) if args.columns else None
    source = Path(args.source)
    return list(items.read_source(source, columns)), str(source.resolve())


def _folder_name(source: str) -> str:
    """ "inbox" for inbox/, "leads" for leads.csv, "sales-imap.163.com-INBOX" for a mailbox."""
    name = source.split("://", 1)[-1] if "://" in source else Path(source).stem
    return "".join(c if c.isalnum() or c in ".-_" else "-" for c in name.strip("/"))[-60:] or "inbox"


def _progress(total: int, lang: str, off: bool) -> Any:
    from tqdm import tqdm  # a bar with counts and the time left, on stderr

    return tqdm(total=total, desc=t("batch.progress", lang), unit="", file=sys.stderr, disable=off, dynamic_ncols=True)


def _fail(exc: ResearchError, lang: str) -> int:
    message = t(exc.code, lang, exc.message_params())
    sys.stderr.write(message.replace("\n", " ") + "\n")
    return EXIT_INPUT


def _open_history(settings: Settings) -> None:
    """Open the history before the run: a damaged file is set aside and rebuilt, and the rep is told where."""
    from research.context import open_store
    from research.store import Store

    if settings.database_url:  # the team's PostgreSQL: no file to repair
        return
    store = open_store(settings)
    if isinstance(store, Store) and store.set_aside is not None:  # only the SQLite file is repaired here
        params = {"path": str(store.path), "aside": str(store.set_aside), "saved": store.salvaged}
        sys.stderr.write(t("store.set_aside", settings.lang, params) + "\n")
    _open_lists(settings)


def _open_lists(settings: Settings) -> None:
    """The sanctions lists file, when there is one: a damaged one is set aside, and the rep told to download again."""
    from research.net import lists

    path = lists.db_path(settings)
    if not path.is_file():
        return
    db = lists.ListsDb(path)
    db.close()
    if db.set_aside is not None:
        sys.stderr.write(t("lists.set_aside", settings.lang, path=str(path), aside=str(db.set_aside)) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    lang = args.lang or "zh"
    try:
        settings = _settings(args)
        lang = settings.lang
        if args.command in ("check", "batch"):
            _open_history(settings)
        elif args.command == "lists":
            _open_lists(settings)
        commands = {"check": cmd_check, "batch": cmd_batch, "lists": cmd_lists, **cli_team.COMMANDS}
        return commands[args.command](args, settings)
    except (InputError, ConfigError) as exc:
        return _fail(exc, lang)
    except ResearchError as exc:
        sys.stderr.write(t(exc.code, lang, exc.message_params()) + "\n")
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        return EXIT_INTERNAL
    except Exception as exc:  # the last line of defence: a message, not a traceback
        logging.getLogger("research").debug("internal error", exc_info=True)
        sys.stderr.write(t("error.internal", lang, detail=f"{exc.__class__.__name__}: {exc}") + "\n")
        return EXIT_INTERNAL
