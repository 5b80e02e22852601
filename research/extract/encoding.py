"""Turn the bytes of a web page into text, whatever its author declared.

Order of trust, as browsers do it: byte-order mark, then the HTTP header,
then a <meta> charset in the first bytes, then statistical detection.
Legacy labels map to the superset browsers really use (GB2312 -> GB18030).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A <meta> that could be read at all was written in an ASCII-compatible encoding, so one that
# says UTF-16 or UTF-32 is wrong: browsers take UTF-8 then (HTML standard, "prescan").
_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
# File signatures of formats that are never a web page's text.
_MAGIC = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",  # JPEG
    b"PK\x03\x04",  # ZIP, DOCX, XLSX
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",  # OLE: DOC, XLS, MSG
    b"OggS",
    b"wOFF",
    b"wOF2",
)
# Bytes no text encoding a page may use produces (the MIME Sniffing standard's "binary data
# bytes"); a few stray ones happen in real pages, noise has them everywhere.
_BINARY_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_BINARY_SHARE = 0.01
_SNIFF_BYTES = 8192


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for ``label``, or None when we do not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):  # ValueError: a NUL in the label ("embedded null character")
        return None
    return _SUPERSETS.get(name, name)


def charset_from_content_type(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*([^;\s]+)", content_type or "", re.I)
    return match.group(1) if match else None


def sniff_declared(body: bytes) -> str | None:
    head = body[:4096]
    match = _META.search(head) or _XML_DECL.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "ignore")
    return "utf-8" if normalize_charset(label) in _WIDE else label


def looks_binary(body: bytes, content_type: str = "") -> bool:
    """True for bytes that are no text in any encoding a page may use: an image, an archive,
    noise. Text declared UTF-16 or UTF-32 by the server (or by its BOM) is not judged."""
    head = body[:_SNIFF_BYTES]
    if not head or any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return False
    if normalize_charset(charset_from_content_type(content_type)) in _WIDE:
        return False
    if head.startswith(_MAGIC):
        return True
    return sum(head.count(b) for b in _BINARY_BYTES) > _BINARY_SHARE * len(head)


def _valid(body: bytes, encoding: str) -> bool:
    # Incremental, so a page cut at our byte cap mid-character still counts as valid.
    try:
        codecs.getincrementaldecoder(encoding)().decode(body, final=False)
    except (UnicodeError, LookupError):  # UnicodeError: UTF-16 without a BOM says only that
        return False
    return True


def decode_body(body: bytes, content_type: str = "") -> tuple[str, str]:
    """(text, encoding used). Never raises; undecodable bytes become U+FFFD."""
    for bom, enc in _BOMS:
        if body.startswith(bom):
            return body.decode(enc, "replace"), enc
    for label in (charset_from_content_type(content_type), sniff_declared(body)):
        declared = normalize_charset(label)
        # Declarations lie often (a "utf-8" page saved in GBK); trust them only if they fit.
        if declared and _valid(body, declared):
            return body.decode(declared, "replace"), declared
    if _valid(body, "utf-8"):
        return body.decode("utf-8", "replace"), "utf-8"
    best = from_bytes(body[:200_000]).best()
    enc = normalize_charset(best.encoding if best else None) or "cp1252"
    return body.decode(enc, "replace"), enc
