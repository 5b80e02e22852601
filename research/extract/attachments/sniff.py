"""An attachment's real type by its first bytes, never by its name or declared type; and names that lie."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import PurePosixPath

from research.extract.attachments.model import table

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LNK = b"L\x00\x00\x00\x01\x14\x02\x00"
_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "exe"),
    (b"\x7fELF", "exe"),
    (b"\xcf\xfa\xed\xfe", "exe"),
    (b"\xce\xfa\xed\xfe", "exe"),
    (_LNK, "exe"),
    (_OLE, "ole"),
    (b"Rar!\x1a\x07", "closed_archive"),
    (b"7z\xbc\xaf\x27\x1c", "closed_archive"),
    (b"MSCF", "closed_archive"),
    (b"\xfd7zXZ\x00", "closed_archive"),
    (b"BZh", "closed_archive"),
    (b"\x1f\x8b", "gzip"),
    (b"{\\rt", "rtf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"conectix", "disk_image"),
    (b"vhdxfile", "disk_image"),
)
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|script|meta|form|iframe|title|div|a\s|p>|table|style|center|font|noscript|base)\b",
    re.I | re.S,
)
_SVG = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+svg[^>]*>\s*)?<svg\b", re.I | re.S
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|script|form|iframe)\b", re.I)
_BMP = re.compile(rb"^BM.{4}\x00\x00\x00\x00", re.S)


def _zip_kind(head: bytes, data: bytes) -> str:
    window = data[:200_000]
    if b"[Content_Types].xml" in window:
        return "ooxml"
    if b"META-INF/MANIFEST.MF" in window and b".class" in window:
        return "jar"
    return "zip"


def _is_iso(data: bytes) -> bool:
    return any(data[off : off + 5] in (b"CD001", b"BEA01", b"NSR02", b"NSR03") for off in (32769, 34817, 36865))


def _is_fat_image(data: bytes) -> bool:
    return len(data) >= 512 and data[510:512] == b"\x55\xaa" and (b"FAT" in data[54:62] or b"FAT32" in data[82:90])


def _text_kind(data: bytes) -> str:
    head = data[:4096]
    if _SVG.match(head):
        return "svg"
    if _HTML_START.match(head) or _HTML_ANYWHERE.search(head):
        return "html"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "unknown"
    return "text"


def kind_of(data: bytes) -> str:
    """pdf, html, svg, zip, ooxml, jar, ole, rtf, exe, gzip, tar, iso, disk_image, closed_archive, image,
    text or unknown."""
    if not data:
        return "empty"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data[:4], data)
    for prefix, kind in _PREFIXES:
        if data.startswith(prefix):
            return kind
    if _BMP.match(data[:10]) or data[8:12] in (b"WEBP",) or data[4:12] in (b"ftypheic", b"ftypmif1", b"ftypheix"):
        return "image"
    if data[257:262] == b"ustar":
        return "tar"
    if _is_iso(data):
        return "iso"
    if _is_fat_image(data):
        return "disk_image"
    return _text_kind(data)


# --------------------------------------------------------------------------------------------- names


@cache
def _names() -> dict[str, object]:
    return dict(table()["names"])


def extension(name: str) -> str:
    return PurePosixPath(name.strip().lower().rstrip(". ")).suffix


def is_executable_name(name: str) -> bool:
    exts = _names()["executable_extensions"]
    return isinstance(exts, list) and extension(name) in exts


def is_closed_archive_name(name: str) -> bool:
    exts = _names()["closed_archive_extensions"]
    return isinstance(exts, list) and extension(name) in exts


_DOC_EXT = re.compile(r"(?i)\.(?:pdf|docx?|xlsx?|pptx?|rtf|txt|csv|jpe?g|png|gif)\s*\.\w{2,5}$")


def disguise(name: str, kind: str) -> str:
    """Why a name lies about its file ("" when it does not): a right-to-left mark, a document extension
    before a program's, or an extension that promises a type the bytes are not."""
    if any(unicodedata.bidirectional(ch) in ("RLO", "RLE", "LRO", "RLI") for ch in name):
        return "right-to-left mark in the name"
    if _DOC_EXT.search(name.strip()) and (is_executable_name(name) or kind == "exe"):
        return "double extension"
    expected = _names()["expected"]
    want = expected.get(extension(name)) if isinstance(expected, dict) else None
    if want and kind not in want and kind not in ("empty", "unknown", "text"):
        return f"named {extension(name)}, really {kind}"
    return ""
