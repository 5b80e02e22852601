"""What is inside a mail's attachments, read from their bytes. Pure, bounded, never raises.

Each attachment's real type comes from its first bytes (``sniff``), never its name: a ``.pdf`` that is a
web page, a ``.jpg`` that is a program. Then the reader of that type looks inside: PDF (``pdf``), HTML and
SVG (``web``), ZIP/TAR/GZIP/ISO (``archive``), Office and RTF (``office``). Files inside files go round
again, up to ``max_depth``. Everything is bounded by research/data/attachments.toml (bytes, members,
pages, seconds); a file that cannot be read is reported with the reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from research.extract.attachments import archive, office, pdf, web
from research.extract.attachments.model import (
    KINDS,
    Collector,
    Found,
    Limits,
    Reading,
    limits,
    password_patterns,
    table,
)
from research.extract.attachments.sniff import disguise, extension, is_closed_archive_name, is_executable_name, kind_of
from research.types import Attachment

__all__ = ["KINDS", "Found", "Reading", "limits", "password_patterns", "read", "read_all", "table"]

Reader = Callable[[bytes, str, Collector, Callable[[str, bytes, str], None]], None]
_READERS: dict[str, Reader] = {
    "pdf": pdf.read_pdf,
    "html": web.read_web,
    "svg": web.read_web,
    "zip": archive.read_zip,
    "jar": archive.read_zip,
    "tar": archive.read_tar,
    "gzip": archive.read_gzip,
    "iso": archive.read_iso,
    "ooxml": office.read_ooxml,
    "ole": office.read_ole,
    "rtf": office.read_rtf,
}
_DOCUMENTS = {"pdf", "html", "svg", "ooxml", "ole", "rtf"}


def _programs(name: str, kind: str, where: str, depth: int, c: Collector) -> None:
    """A program or script, by its bytes or its name; inside a container it is a hidden one."""
    # A disk image is its own finding at the top; inside an archive it is one more wrapper for a program.
    image = kind in ("iso", "disk_image")
    program = kind in ("exe", "jar") or (is_executable_name(name) and not (image and not depth))
    if program and depth:
        c.add("hidden_program", where, name)
    elif program:
        c.add("executable", where, "program" if kind == "exe" else extension(name) or kind)
    if kind in ("disk_image",):
        c.add("disk_image", where, extension(name) or kind)
    if kind == "closed_archive" or (kind in ("unknown", "empty") and is_closed_archive_name(name)):
        c.add("closed_archive", where, extension(name) or kind)


def _read_part(name: str, data: bytes, where: str, c: Collector, depth: int) -> str:
    kind = kind_of(data)
    if why := disguise(name, kind):
        c.add("disguised", where, why)
    _programs(name, kind, where, depth, c)
    reader = _READERS.get(kind)
    if reader is None or not data:
        if kind == "text":
            c.add_text(data[: c.limits.max_text_chars * 4].decode("utf-8", "replace"))
        return kind
    if depth > c.limits.max_depth:
        c.add("too_deep", where, str(depth))
        return kind
    if c.out_of_time(where):
        return kind

    def inner(member: str, blob: bytes, path: str) -> None:
        _read_part(member, blob, path, c, depth + 1)

    try:
        reader(data, where, c, inner)
    except Exception as exc:  # every library raises its own kinds on broken files
        c.add("unreadable", where, f"{exc.__class__.__name__}: {exc}")
    return kind


# Findings that already say what the one link is for: a log-in form's target, a remote template.
_EXPLAINED = {"password_form", "credential_page", "remote_template"}


def _link_only(kind: str, c: Collector, where: str) -> None:
    if kind not in _DOCUMENTS or any(f.kind in _EXPLAINED for f in c.found):
        return
    rule = table()["link_only"]
    hosts = {link.url for link in c.links.values()}
    if 1 <= len(hosts) <= rule["max_links"] and c.text_chars <= rule["max_chars"]:
        c.add("link_only", where, next(iter(c.links)))


def _not_read(att: Attachment) -> Reading:
    status = "too_large" if att.skipped == "too_large" else "not_read"
    return Reading(att.filename, att.content_type, "", att.size, status)


def read(att: Attachment, deadline: float, bounds: Limits | None = None) -> Reading:
    """One attachment as read, by ``deadline`` (``time.monotonic()``)."""
    if att.payload is None:
        return _not_read(att)
    c = Collector(bounds or limits(), deadline)
    where = att.filename or "attachment"
    try:
        kind = _read_part(att.filename, att.payload, where, c, 0)
        _link_only(kind, c, where)
    except Exception as exc:  # a reader bug must cost one attachment, never the mail
        return Reading(att.filename, att.content_type, "", att.size, "unreadable", f"{exc.__class__.__name__}: {exc}")
    top_broken = next((f.detail for f in c.found if f.kind == "unreadable" and f.where == where), "")
    status = "unreadable" if top_broken else "partial" if c.partial else "read"
    return Reading(
        att.filename,
        att.content_type,
        kind,
        len(att.payload),
        status,
        top_broken,
        tuple(c.found),
        tuple(c.links.values()),
        "\n".join(c.text)[: c.limits.max_text_chars],
        c.text_chars,
        tuple(c.members),
    )


def read_all(attachments: Iterable[Attachment], bounds: Limits | None = None) -> list[Reading]:
    """Every attachment as read, all within ``budget_s`` together."""
    rules = bounds or limits()
    deadline = time.monotonic() + rules.budget_s
    return [read(att, deadline, rules) for att in attachments]
