"""The unit of work of a batch: one item -> one result row (and its report), idempotent by the item's key.

Nothing here knows how items are scheduled: the runner calls ``research_item`` a few at a time in
one process today; a task queue (one worker per core, or a team server) can call it the same way,
with the item's key as the task's id and ``Store.finish_batch_item`` making a second delivery a no-op.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from research import history_meta, research_async
from research.batch.items import Item, to_inquiry
from research.context import Context
from research.errors import ResearchError
from research.render.formats import render_text
from research.render.i18n import t
from research.serialize import dumps
from research.types import Report

TOP_REASONS = 3
_SLUG = re.compile(r"[^\w.@-]+")
_CATEGORY_ORDER = {"A": 0, "B": 1, "C": 2, "X": 3}
_RISK_ORDER = {"low": 0, "medium": 1, "high": 2}


@dataclass(frozen=True)
class Row:
    """One line of the ranked table, in the language of the batch."""

    key: str
    item: str
    number: int
    category: str = ""
    risk: str = ""
    authenticity: int | None = None
    value: int | None = None
    fit: int | None = None
    intent: int | None = None
    buyer_type: str = ""
    email: str = ""
    company: str = ""
    subject: str = ""
    reasons: tuple[str, ...] = ()
    red_flags: tuple[tuple[str, str], ...] = ()  # (code, message) of each red flag
    report: str = ""  # the full report, relative to the batch's folder
    error: str = ""
    history_id: int = 0
    meta: dict[str, Any] = field(default_factory=dict)

    def rank_key(self) -> tuple[int, int, int, int]:
        """Best prospects first: category, then lower risk, then the scores; errors last."""
        if self.error:
            return (9, 9, 0, self.number)
        total = sum(s or 0 for s in (self.authenticity, self.value, self.fit, self.intent))
        return (_CATEGORY_ORDER.get(self.category, 8), _RISK_ORDER.get(self.risk, 8), -total, self.number)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Row:
        data = json.loads(text)
        data["reasons"] = tuple(data.get("reasons", ()))
        data["red_flags"] = tuple(tuple(f) for f in data.get("red_flags", ()))
        return cls(**data)


@dataclass(frozen=True)
class Output:
    """Where and how a batch writes each full report; ``folder`` None writes none."""

    folder: Path | None
    fmt: str = "html"
    lang: str = "zh"
    save: bool = True  # keep each report in the history
    rep: str = ""  # who runs the batch, kept with each report


def error_row(item: Item, exc: BaseException, lang: str) -> Row:
    if isinstance(exc, ResearchError):
        message = t(exc.code, lang, exc.message_params())
    else:  # the batch's last line of defence: one item's crash is that item's error
        message = t("error.internal", lang, detail=f"{exc.__class__.__name__}: {exc}")
    return Row(item.key, item.label, item.number, error=message)


def report_row(item: Item, report: Report, lang: str, path: str) -> Row:
    v, inq = report.verdict, report.inquiry
    # The signal that decided an X by itself (a veto, or the wording's decisive band) leads the red flags
    # even when it is no red flag: a manager reads the summary's flags to see why the X's are X's.
    decided = v.rule_params.get("signal", {}).get("code", "") if v.category == "X" else ""
    flags = tuple(
        (s.code, t(s.code, lang, s.params)) for s in report.signals if s.red_flag or s.veto or s.code == decided
    )
    return Row(
        item.key,
        item.label,
        item.number,
        v.category,
        v.risk,
        v.scores.get("authenticity"),
        v.scores.get("value"),
        v.scores.get("fit"),
        v.scores.get("intent"),
        t(f"buyer.{report.buyer_type.label}", lang),
        inq.email,
        inq.company,
        inq.subject,
        tuple(t(r.code, lang, r.params) for r in v.reasons[:TOP_REASONS]),
        flags,
        path,
    )


def report_name(item: Item, report: Report, fmt: str) -> str:
    return report_file_name(item.number, item.label, report, fmt)


def report_file_name(number: int, label: str, report: Report, fmt: str) -> str:
    who = report.inquiry.email.split("@")[-1] or report.inquiry.company or Path(label).stem
    return f"{number:05d}-{_SLUG.sub('_', who)[:60] or 'inquiry'}.{fmt}"


def _new_file(folder: Path, suffix: str) -> tuple[int, Path]:
    """A new hidden file beside the target, opened with the mode any file the rep writes gets (the umask
    applies: a batch folder on a shared drive is read by the manager too; ``mkstemp`` would make it 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = folder / f".{secrets.token_hex(8)}{suffix}"
        with contextlib.suppress(FileExistsError):
            return os.open(tmp, flags, 0o666), tmp


def write_atomic(path: Path, data: str | bytes) -> None:
    """Written whole or not at all: a batch killed mid-write leaves no half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _new_file(path.parent, path.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


async def research_item(item: Item, ctx: Context, batch: str, out: Output) -> Row:
    """Research one item in the batch's context, write its report, record it (with the report in the
    history) under ``batch``; a bad item becomes an error row, recorded too, so it is not retried."""
    try:
        inquiry = to_inquiry(item)
        report = await research_async(inquiry, ctx=ctx, save=False)
        path = report_name(item, report, out.fmt) if out.folder is not None else ""
        if out.folder is not None:
            write_atomic(out.folder / "reports" / path, render_text(report, out.fmt, out.lang))
        row = report_row(item, report, out.lang, f"reports/{path}" if path else "")
    except Exception as exc:
        row = error_row(item, exc, out.lang)
        report = None
    if ctx.store is None:
        return row
    saved = (history_meta(report, out.rep), dumps(report)) if report is not None and out.save else None
    history_id = ctx.store.finish_batch_item(batch, item.key, row.to_json(), saved)
    return replace(row, history_id=history_id) if history_id else row
