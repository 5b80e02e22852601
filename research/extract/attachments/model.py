"""What reading an attachment yields, the limits it is read within, and the collector the readers share."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from research.data.load import toml_table
from research.types import Link

Status = str  # read | partial | unreadable | too_large | not_read


@dataclass(frozen=True)
class Found:
    """One thing seen inside a file.

    ``kind`` names it (see ``KINDS``); ``where`` is the file, or the path inside it
    (``order.zip/inner.zip/setup.exe``); ``detail`` is the evidence: a member's name, a macro keyword,
    a form's target, a script call."""

    kind: str
    where: str
    detail: str = ""


# Every kind a reader may report; the check and the catalogs name these.
KINDS = (
    "executable",  # a program or script (by its bytes or its name)
    "disguised",  # the name promises one type, the bytes are another; or a double extension
    "hidden_program",  # a program inside an archive, disk image, PDF or Office file
    "disk_image",  # an ISO/IMG/VHD disk image
    "encrypted",  # an archive or document locked with a password
    "bomb",  # unpacks to far more than it weighs
    "too_deep",  # archives nested deeper than the limit
    "too_many_members",  # more files inside than the limit
    "closed_archive",  # an archive kind this reader cannot open (RAR, 7z ...)
    "link_only",  # a document whose only content is a link or two
    "pdf_javascript",
    "pdf_launch",  # a PDF action that starts a program
    "pdf_form",
    "password_form",  # a web page asking for a password
    "credential_page",  # a form beside log-in words and brand names
    "form_action",  # a form that sends what is typed to another site
    "script",  # a script that decodes, builds or redirects
    "encoded_payload",  # a long base64 run in a web page
    "meta_refresh",  # a page that forwards itself elsewhere
    "data_uri",  # content embedded as a data: URI
    "web_page",  # an HTML or SVG file (nothing worse found)
    "archive",  # an archive of ordinary files
    "macro",  # VBA or Excel 4 (XLM) macros
    "macro_autoexec",  # a macro that runs when the file opens
    "macro_suspicious",  # a macro keyword that runs, downloads or writes files
    "remote_template",  # an Office file that fetches a template or object from the web when opened
    "ole_object",  # an embedded OLE object or package
    "exploit_object",  # an embedded object whose only use is an exploit (the old Equation Editor)
    "specs",  # readable text with concrete product detail
    "unreadable",  # a part that could not be read, with the reason
    "not_finished",  # the time or byte budget ran out
)


@dataclass(frozen=True)
class Reading:
    """One attachment as read: its real type, what was found, the links inside and a text excerpt."""

    filename: str
    declared_type: str
    kind: str  # the real type by its first bytes: pdf, html, svg, zip, ooxml, ole, exe, image, text ...
    size: int | None
    status: Status
    reason: str = ""  # why it could not be read
    found: tuple[Found, ...] = ()
    links: tuple[Link, ...] = ()
    text: str = ""  # the first characters of its text (bounded), for the specification reading
    text_chars: int = 0  # letters and digits in all its text
    members: tuple[str, ...] = ()  # names inside an archive (bounded)

    def kinds(self) -> set[str]:
        return {f.kind for f in self.found}


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_total_bytes: int
    max_members: int
    max_depth: int
    max_ratio: float
    bomb_min_bytes: int
    max_unpacked_bytes: int
    max_pdf_pages: int
    max_text_chars: int
    max_links: int
    budget_s: float
    min_encoded_chars: int


@cache
def table() -> dict[str, Any]:
    return toml_table("attachments.toml")


@cache
def limits() -> Limits:
    raw = table()["limits"]
    return Limits(**{k: raw[k] for k in Limits.__dataclass_fields__})


@cache
def password_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in table()["body"]["archive_password"])


_WORDISH = re.compile(r"\w")


@dataclass
class Collector:
    """What the readers of one attachment gather, within its limits (mutable while reading only)."""

    limits: Limits
    deadline: float
    found: list[Found] = field(default_factory=list)
    links: dict[str, Link] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    text_chars: int = 0
    members: list[str] = field(default_factory=list)
    unpacked: int = 0
    partial: bool = False

    def add(self, kind: str, where: str, detail: str = "") -> None:
        # Names inside hostile files carry control characters and shellcode: keep what prints.
        shown = "".join(ch if ch.isprintable() else "?" for ch in detail[:200])
        item = Found(kind, where, shown)
        if item not in self.found and len(self.found) < 200:
            self.found.append(item)

    def link(self, url: str, text: str = "") -> None:
        url = url.strip()
        if url.lower().startswith(("http://", "https://")) and len(self.links) < self.limits.max_links:
            self.links.setdefault(url[:2000], Link(url[:2000], text.strip()[:200]))

    def add_text(self, text: str) -> None:
        self.text_chars += len(_WORDISH.findall(text))
        kept = sum(len(t) for t in self.text)
        if kept < self.limits.max_text_chars:
            self.text.append(text[: self.limits.max_text_chars - kept])

    def member(self, name: str) -> None:
        if len(self.members) < self.limits.max_members:
            self.members.append(name[:200])

    def out_of_time(self, where: str) -> bool:
        if time.monotonic() < self.deadline:
            return False
        if not self.partial:
            self.add("not_finished", where, "time")
        self.partial = True
        return True

    def unpack(self, size: int, where: str) -> bool:
        """Count ``size`` more unpacked bytes; False (and reported) past the attachment's limit."""
        if self.unpacked + size > self.limits.max_unpacked_bytes:
            if not self.partial:
                self.add("not_finished", where, "bytes")
            self.partial = True
            return False
        self.unpacked += size
        return True
