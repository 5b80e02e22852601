"""Many inquiries at once: a folder of .eml/.msg/.txt files or a CSV of form fields.

One bad item becomes an error row; the batch goes on.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from research import inputs
from research.errors import InputError, ResearchError
from research.render.formats import render_text
from research.render.i18n import t
from research.settings import Settings
from research.types import Inquiry, SellerProfile

_SUFFIXES = (".eml", ".msg", ".txt")


@dataclass(frozen=True)
class BatchRow:
    item: str
    email: str = ""
    company: str = ""
    category: str = ""
    risk: str = ""
    authenticity: int | None = None
    value: int | None = None
    fit: int | None = None
    intent: int | None = None
    reason: str = ""
    error: str = ""


def _csv_items(path: Path) -> Iterator[tuple[str, Any]]:
    text = inputs.read_file(path).decode("utf-8-sig", "replace")
    for i, row in enumerate(csv.DictReader(io.StringIO(text)), 1):
        yield f"{path.name}:{i}", {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}


def items(source: Path) -> Iterator[tuple[str, Any]]:
    """(name, path or CSV row) for each inquiry in ``source``."""
    if source.is_dir():
        for p in sorted(source.iterdir()):
            if p.suffix.lower() in _SUFFIXES and p.is_file():
                yield p.name, p
    elif source.suffix.lower() == ".csv":
        yield from _csv_items(source)
    elif source.is_file():
        yield source.name, source
    else:
        raise InputError(str(source), code="input.file_missing", path=str(source))


def to_inquiry(item: Any) -> Inquiry:
    if isinstance(item, Path):
        return inputs.from_file(item)
    fields = {k: item[k] for k in inputs.INQUIRY_FIELDS if item.get(k)}
    platform = inputs.platform_stats(item)
    if not platform.is_empty():
        fields["platform"] = platform
    text = item.get("text") or item.get("body") or ""
    return inputs.from_text(text, **fields) if text else inputs.from_fields(**fields)


async def _one(name: str, item: Any, profile: SellerProfile, settings: Settings, args: argparse.Namespace) -> BatchRow:
    from research import research_async

    try:
        inquiry = to_inquiry(item)
        report = await research_async(inquiry, profile, settings, save=not args.no_save)
    except ResearchError as exc:
        return BatchRow(name, error=t(exc.code, settings.lang, exc.message_params()))
    if args.out_dir:
        target = Path(args.out_dir) / f"{Path(name).stem.replace(':', '_')}.{args.format}"
        await asyncio.to_thread(_write, target, render_text(report, args.format, settings.lang))
    v = report.verdict
    top = t(v.reasons[0].code, settings.lang, v.reasons[0].params) if v.reasons else ""
    s = v.scores
    return BatchRow(
        name,
        inquiry.email,
        inquiry.company,
        v.category,
        v.risk,
        s["authenticity"],
        s["value"],
        s["fit"],
        s["intent"],
        reason=top,
    )


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


async def run_batch(
    source: Path, profile: SellerProfile, settings: Settings, args: argparse.Namespace
) -> list[BatchRow]:
    gate = asyncio.Semaphore(max(1, args.jobs))

    async def guarded(name: str, item: Any) -> BatchRow:
        async with gate:
            return await _one(name, item, profile, settings, args)

    return list(await asyncio.gather(*(guarded(n, i) for n, i in items(source))))


def summary(rows: list[BatchRow], fmt: str, lang: str) -> str:
    if fmt == "json":
        return json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(BatchRow.__dataclass_fields__))
        writer.writeheader()
        writer.writerows(asdict(r) for r in rows)
        return buf.getvalue()
    from research.render.markdown import esc

    head = [
        "#",
        t("report.field.email", lang),
        t("report.field.company", lang),
        t("report.category", lang),
        t("report.risk", lang),
        t("report.reasons", lang),
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [
            r.item,
            r.email,
            r.company,
            r.category or "-",
            t(f"risk.{r.risk}", lang) if r.risk else "-",
            r.error or r.reason,
        ]
        lines.append("| " + " | ".join(esc(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
