"""PDF: text, link annotations and their URIs, JavaScript, launch actions, forms and embedded files.

pypdf reads the structure; a raw scan of the bytes (as pdfid does) still finds active content and URIs
in a file too broken for pypdf, so a truncated lure is reported rather than lost.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from io import BytesIO
from typing import Any

from research.extract.attachments.model import Collector

ReadMember = Callable[[str, bytes, str], None]  # (name, data, where) -> read it as a file inside

_HEX = re.compile(rb"#([0-9a-fA-F]{2})")
_RAW_URI = re.compile(rb"/URI\s*\(([^)]{4,2000})\)")
_RAW_ACTIVE = {b"/JavaScript": "pdf_javascript", b"/JS": "pdf_javascript", b"/Launch": "pdf_launch"}
_RAW_NAME = re.compile(rb"/(?:JavaScript|JS|Launch)(?![A-Za-z])")

logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed files are our daily bread, not news


def _raw_scan(data: bytes, where: str, c: Collector) -> None:
    names = _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), data)
    for m in _RAW_NAME.finditer(names):
        c.add(_RAW_ACTIVE[m.group(0)], where, m.group(0).decode())
    for m in _RAW_URI.finditer(names):
        c.link(m.group(1).decode("latin-1").replace("\\", ""))


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def _action(action: Any, where: str, c: Collector) -> None:
    action = _resolve(action)
    if not isinstance(action, dict):
        return
    kind = str(action.get("/S", ""))
    if kind == "/URI":
        c.link(str(_resolve(action.get("/URI", ""))))
    elif kind == "/JavaScript":
        c.add("pdf_javascript", where, str(_resolve(action.get("/JS", "")))[:120])
    elif kind == "/Launch":
        target = _resolve(action.get("/F", "")) or _resolve(action.get("/Win", ""))
        c.add("pdf_launch", where, str(target)[:120])
    elif kind in ("/SubmitForm", "/GoToR", "/ImportData"):
        target = _resolve(action.get("/F", ""))
        url = str(_resolve(target.get("/F", "")) if isinstance(target, dict) else target)
        c.link(url)
    if (nxt := action.get("/Next")) is not None:
        for item in nxt if isinstance(nxt, list) else [nxt]:
            _action(item, where, c)


def _annotations(page: Any, where: str, c: Collector) -> None:
    for ref in _resolve(page.get("/Annots")) or ():
        annot = _resolve(ref)
        if isinstance(annot, dict):
            if (act := annot.get("/A")) is not None:
                _action(act, where, c)
            for act in (_resolve(annot.get("/AA")) or {}).values():
                _action(act, where, c)


def _document_actions(reader: Any, where: str, c: Collector) -> None:
    root = _resolve(reader.trailer["/Root"])
    if (open_action := root.get("/OpenAction")) is not None and isinstance(_resolve(open_action), dict):
        _action(open_action, where, c)
    for act in (_resolve(root.get("/AA")) or {}).values():
        _action(act, where, c)
    names = _resolve(root.get("/Names")) or {}
    if "/JavaScript" in names:
        c.add("pdf_javascript", where, "document JavaScript")
    if fields := reader.get_fields():
        c.add("pdf_form", where, f"{len(fields)} fields")


def _embedded(reader: Any, where: str, c: Collector, read_member: ReadMember) -> None:
    for name, blobs in reader.attachments.items():
        for blob in blobs[:1]:
            c.member(f"{where}/{name}")
            if c.unpack(len(blob), where):
                read_member(name, blob, f"{where}/{name}")


def read_pdf(data: bytes, where: str, c: Collector, read_member: ReadMember) -> None:
    from pypdf import PdfReader  # imported late: only mail with a PDF needs it

    _raw_scan(data, where, c)
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            c.add("encrypted", where, "PDF")
            return
        for number, page in enumerate(reader.pages):
            if number >= c.limits.max_pdf_pages or c.out_of_time(where):
                break
            c.add_text(page.extract_text() or "")
            _annotations(page, where, c)
        _document_actions(reader, where, c)
        _embedded(reader, where, c, read_member)
    except Exception as exc:  # pypdf raises many kinds on broken files; the raw scan above still counts
        c.add("unreadable", where, f"PDF: {exc.__class__.__name__}: {exc}")
