"""A batch over the machine's cores: one process per core, each buyer's inquiries in one process.

A batch in one process is held to one core by the interpreter's lock: once the network answers, reading
sites, weighing inquiries and writing reports are CPU. Here the parent loads the rules, patterns and
models once (``warm_up``) and then forks one worker per core, so the workers share those pages instead
of loading them each. Items are dealt by buyer (``buyer_of``): every inquiry of a buyer goes to the
same worker, whose context then asks that buyer's DNS, WHOIS and pages once, as one process would.
Each worker records its items in the history as ``run_batch`` does (resumable, idempotent by key)
and sends the parent each row; the parent alone writes the tables and moves the progress bar.

The limits per remote host are divided between the workers, so a host shared by every buyer (the web
archive, the geocoder, a WHOIS server) sees no more requests at once than from one process.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import importlib
import multiprocessing
import os
import signal
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from email.parser import BytesHeaderParser
from multiprocessing.connection import Connection, wait
from typing import Any, cast

from research.batch.items import Item
from research.batch.outputs import Tables
from research.batch.run import DEFAULT_JOBS, Event, OnRow, run_batch, warm_up
from research.batch.work import Output, Row
from research.context import open_context
from research.errors import ResearchError
from research.extract.mail_hosts import is_shared
from research.extract.text import EMAIL
from research.net.http import make_ssl_context
from research.settings import Settings
from research.types import SellerProfile

MIN_ITEMS_A_PROCESS = 20  # fewer, and forking costs more than it saves
_HEAD_BYTES = 64 * 1024  # where a mail's sender is: its headers, or a pasted text's first lines
_ERROR, _ROW = "error", "row"
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
# What the network checks import on first use (a check that never goes online never pays for them): each
# worker would import its own copy, so a batch that goes online imports them once, before the fork.
_ONLINE_MODULES = ("dns.asyncresolver", "dns.resolver", "spf", "dkim", "extruct", "iptocc")


def cores() -> int:
    """The cores this process may run on (a container's limit, not the host's count)."""
    with contextlib.suppress(AttributeError, OSError):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def workers_for(count: int, processes: int | None) -> int:
    """How many worker processes a batch of ``count`` items gets: ``processes`` or one per core,
    fewer when the batch is small; 1 means the batch runs in this process."""
    wanted = cores() if processes is None else max(1, processes)
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # Windows: a spawned worker pays every import again; one process is faster there
    return max(1, min(wanted, count // MIN_ITEMS_A_PROCESS))


def buyer_of(item: Item) -> str:
    """The buyer an item is from (its sender's domain, or address at a free mail service), to keep a
    buyer's inquiries in one worker; an item with no sender to read is a buyer of its own."""
    if isinstance(item.data, bytes):
        head = item.data[:_HEAD_BYTES]
        if item.kind == "eml":
            headers = BytesHeaderParser().parsebytes(head)
            head = f"{headers.get('From', '')} {headers.get('Reply-To', '')}".encode()
        text = head.decode("utf-8", "replace")
    else:
        text = " ".join(str(item.data.get(k) or "") for k in ("email", "website", "text"))
    found = EMAIL.search(text)
    if found:  # a free mailbox's domain is everyone's: there the buyer is the address
        domain = found.group(1).lower()
        return found.group(0).lower() if is_shared(domain) else domain
    company = item.data.get("company") if not isinstance(item.data, bytes) else None
    return (company or item.key).strip().lower()


def deal(items: Sequence[Item], workers: int) -> list[list[Item]]:
    """The items in ``workers`` shares, each buyer's in one share, the shares near equal in size; each
    share keeps the source's order."""
    buyers = [buyer_of(i) for i in items]  # once each: a mail's headers are parsed to find it
    load = [0] * workers
    home: dict[str, int] = {}
    for buyer, n in Counter(buyers).most_common():
        home[buyer] = share = load.index(min(load))
        load[share] += n
    shares: dict[int, list[Item]] = defaultdict(list)
    for item, buyer in zip(items, buyers, strict=True):
        shares[home[buyer]].append(item)
    return [shares[i] for i in range(workers) if shares[i]]


def divided(settings: Settings, workers: int) -> Settings:
    """Each worker's share of the limits per remote host."""
    return replace(
        settings,
        max_connections_per_site=max(1, settings.max_connections_per_site // workers),
        max_whois_per_server=max(1, settings.max_whois_per_server // workers),
    )


async def _warm(settings: Settings, profile: SellerProfile) -> None:
    # No store: a database connection opened here would be inherited by every worker.
    async with open_context(settings, profile, history=False) as ctx:
        await warm_up(ctx)
    if not settings.offline:
        for name in _ONLINE_MODULES:
            with contextlib.suppress(ImportError):
                importlib.import_module(name)
        make_ssl_context(settings)  # the CA store, read once here rather than once in each worker


def run_spread(
    items: Sequence[Item],
    settings: Settings,
    profile: SellerProfile,
    out: Output,
    *,
    batch: str,
    jobs: int = DEFAULT_JOBS,
    processes: int | None = None,
    on_row: OnRow | None = None,
) -> list[Row]:
    """``run_batch`` over ``processes`` worker processes (default one per core); the same rows, files and
    history, in the order they finished."""
    workers = workers_for(len(items), processes)
    if workers == 1:
        return asyncio.run(run_batch(items, settings, profile, out, batch=batch, jobs=jobs, on_row=on_row))
    asyncio.run(_warm(settings, profile))
    gc.freeze()  # the loaded rules and models stay shared with the workers, not copied by the collector
    shares = deal(items, workers)
    share_settings = divided(settings, len(shares))
    share_jobs = max(1, jobs // len(shares))
    fork = multiprocessing.get_context("fork")
    children: dict[Connection, Any] = {}
    for share in shares:
        receive, send = fork.Pipe(duplex=False)
        child = fork.Process(
            target=_worker, args=(share, share_settings, profile, out, batch, share_jobs, send, os.getpid())
        )
        child.start()
        send.close()  # the parent's copy: the pipe ends when the worker does
        children[receive] = child
    return _gather(children, out, on_row, len(items))


def _how(exitcode: int | None) -> str:
    """A worker's end as a rep can pass it on: the signal that killed it, or its exit code."""
    if exitcode is not None and exitcode < 0:
        with contextlib.suppress(ValueError):
            return signal.Signals(-exitcode).name
    return f"exit {exitcode}"


def _gather(children: dict[Connection, Any], out: Output, on_row: OnRow | None, total: int) -> list[Row]:
    """Every worker's rows as they come; the tables written here, once for the whole batch."""
    tables = Tables(out.folder, out.lang) if out.folder is not None else None
    rows: list[Row] = []
    failure: ResearchError | None = None
    try:
        while children:
            for ready in wait(list(children)):
                conn = cast(Connection, ready)
                try:
                    message: tuple[Any, ...] = conn.recv()
                except EOFError:
                    child = children.pop(conn)
                    child.join()
                    if child.exitcode != 0 and failure is None:  # killed (out of memory?) or crashed
                        failure = ResearchError(
                            code="batch.worker_died", how=_how(child.exitcode), done=len(rows), total=total
                        )
                    continue
                if message[0] == _ERROR:
                    _, code, params, detail = message
                    failure = failure or ResearchError(detail, code=code, **params)
                    continue
                row, resumed = Row.from_json(message[1]), bool(message[2])
                rows.append(row)
                if tables is not None:
                    tables.add(row)
                if on_row is not None:
                    on_row(Event(row, len(rows), resumed))
    finally:
        for child in children.values():  # Ctrl-C or a failure here: no worker outlives the batch
            child.terminate()
            child.join()
        if tables is not None:
            tables.finish()
    if failure is not None:
        raise failure
    return rows


def _worker(
    share: list[Item],
    settings: Settings,
    profile: SellerProfile,
    out: Output,
    batch: str,
    jobs: int,
    send: Connection,
    parent: int,
) -> None:
    """One worker process: its share of the batch, each row sent to the parent as it finishes. A parent
    killed (kill -9) takes its workers with it; what they recorded stays done for the next run."""
    _die_with_parent(parent)

    def forward(event: Event) -> None:
        send.send((_ROW, event.row.to_json(), event.resumed))

    try:
        asyncio.run(run_batch(share, settings, profile, out, batch=batch, jobs=jobs, on_row=forward, tables=False))
    except KeyboardInterrupt:
        os._exit(130)  # the parent got the same Ctrl-C and says so
    except BrokenPipeError:
        os._exit(1)
    except Exception as exc:
        error = exc if isinstance(exc, ResearchError) else ResearchError(f"{exc.__class__.__name__}: {exc}")
        detail = error.params.get("detail", str(error)) if error.code == "error.internal" else str(error)
        with contextlib.suppress(OSError):
            send.send((_ERROR, error.code, _plain(error.message_params()), detail))
        os._exit(1)
    finally:
        send.close()


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this worker when its parent dies, however it dies. Elsewhere the worker
    stops at its next row, when the pipe to the gone parent breaks."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)  # this process: libc is in it (find_library would run ldconfig)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above: nobody would read our rows
        os._exit(1)


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    """Parameters that cross a pipe: what is not a plain value goes as its text."""
    return {k: v if isinstance(v, str | int | float | bool | type(None)) else str(v) for k, v in params.items()}
