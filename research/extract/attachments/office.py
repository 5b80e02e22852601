"""Office files: VBA and Excel 4 macros (oletools' olevba), embedded OLE objects and packages, remote
templates fetched when a document opens, hyperlinks and text.

OOXML (.docx/.xlsx/.pptx and their macro-enabled kin) is a ZIP of XML parts; the older formats are OLE
compound files; RTF carries objects as hex. A macro that runs on opening, a template pulled from the web
and a program packed as an object are what phishing "orders" carry.
"""

from __future__ import annotations

import logging
import re
import warnings
import zipfile
from collections.abc import Callable
from functools import cache
from io import BytesIO
from xml.etree import ElementTree

from research.extract.attachments.model import Collector, table

ReadMember = Callable[[str, bytes, str], None]

_MSI_CLSID = "000C1084-0000-0000-C000-000000000046"
_TAGS = re.compile(rb"<[^>]+>")
_TEXT_PARTS = re.compile(r"^(?:word/document\.xml|xl/sharedStrings\.xml|ppt/slides/slide\d+\.xml)$")
_RTF_OBJECT = re.compile(rb"\\objdata|\\objemb|\\objlink|\\objautlink")
_RTF_CLASS = re.compile(rb"\\objclass\s+([A-Za-z0-9._ -]{1,40})")
_RTF_LINK = re.compile(rb'HYPERLINK\s+\\?"?(https?://[^"\\}\s]+)')
_RTF_CONTROL = re.compile(rb"\\[a-z]+-?\d* ?|[{}]|\\'[0-9a-f]{2}")

for _name in ("olevba", "oleobj", "olefile", "msoffcrypto"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)  # they log every oddity of a malformed file


@cache
def _office(key: str) -> tuple[str, ...]:
    return tuple(str(r).lower() for r in table()["office"][key])


def _macros(data: bytes, where: str, c: Collector) -> None:
    with warnings.catch_warnings():  # oletools 0.60 still calls pyparsing's old names
        warnings.simplefilter("ignore", DeprecationWarning)
        from oletools.olevba import VBA_Parser  # imported late: heavy, and most mail has no Office file

    parser = VBA_Parser(where, data=data)
    try:
        if not parser.detect_macros():
            return
        kinds = "VBA" if parser.contains_vba_macros else "Excel 4 (XLM)"
        c.add("macro", where, kinds)
        for kind, keyword, _description in parser.analyze_macros() or ():
            if kind == "AutoExec":
                c.add("macro_autoexec", where, keyword)
            elif kind == "Suspicious":
                c.add("macro_suspicious", where, keyword)
            elif kind == "IOC":
                c.link(keyword)
    finally:
        parser.close()


def _relations(xml: bytes, part: str, where: str, c: Collector) -> None:
    try:
        root = ElementTree.fromstring(xml)  # noqa: S314 - relationship parts are tiny; entities are not expanded
    except ElementTree.ParseError:
        return
    for rel in root:
        if (rel.attrib.get("TargetMode") or "").lower() != "external":
            continue
        target = rel.attrib.get("Target", "")
        kind = rel.attrib.get("Type", "").rsplit("/", 1)[-1].lower()
        if kind in _office("remote_relations"):
            c.add("remote_template", f"{where}/{part}", f"{kind}: {target[:160]}")
        c.link(target)


def _package(blob: bytes, path: str, c: Collector, read_member: ReadMember) -> None:
    """An embedded OLE object: a packaged file (Ole10Native) is read as the file it carries."""
    import olefile
    from oletools.oleobj import OleNativeStream

    if not olefile.isOleFile(blob):
        read_member(path.rsplit("/", 1)[-1], blob, path)
        return
    with olefile.OleFileIO(blob) as ole:
        if (ole.root.clsid or "").lower() in _office("exploit_clsids"):
            c.add("exploit_object", path, "Equation Editor")
            return
        for entry in ole.listdir():
            if entry[-1] == "\x01Ole10Native":
                native = OleNativeStream(ole.openstream(entry).read())
                name = str(native.filename or "package")
                c.add("ole_object", path, name)
                if isinstance(native.data, bytes):
                    read_member(name, native.data, f"{path}/{name}")
            elif entry[-1] in ("Package", "CONTENTS"):
                c.add("ole_object", path, entry[-1])


def read_ooxml(data: bytes, where: str, c: Collector, read_member: ReadMember) -> None:
    _macros(data, where, c)
    with zipfile.ZipFile(BytesIO(data)) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()][: c.limits.max_members]
        for info in infos:
            name = info.filename
            if c.out_of_time(where) or not c.unpack(min(info.file_size, c.limits.max_bytes), where):
                break
            if name.endswith(".rels"):
                _relations(zf.read(info)[:1_000_000], name, where, c)
            elif _TEXT_PARTS.match(name):
                with zf.open(info) as fh:
                    xml = fh.read(c.limits.max_bytes)
                c.add_text(_TAGS.sub(b" ", xml).decode("utf-8", "replace"))
            elif "/embeddings/" in name or name.endswith("activeX.bin"):
                with zf.open(info) as fh:
                    blob = fh.read(c.limits.max_bytes)
                c.member(f"{where}/{name}")
                _package(blob, f"{where}/{name}", c, read_member)


def read_ole(data: bytes, where: str, c: Collector, read_member: ReadMember) -> None:
    import olefile

    with olefile.OleFileIO(data) as ole:
        clsid = (ole.root.clsid or "").upper()
        if clsid == _MSI_CLSID:
            c.add("executable", where, "Windows installer (MSI)")
            return
        if clsid.lower() in _office("exploit_clsids"):
            c.add("exploit_object", where, "Equation Editor")
        streams = ole.listdir()
        if any(s[0] == "ObjectPool" or s[-1] == "\x01Ole10Native" for s in streams):
            c.add("ole_object", where, "embedded object")
        if ["EncryptedPackage"] in streams:
            c.add("encrypted", where, "Office document")
    _macros(data, where, c)


def read_rtf(data: bytes, where: str, c: Collector, read_member: ReadMember) -> None:
    if _RTF_OBJECT.search(data):
        found = _RTF_CLASS.search(data)
        name = found.group(1).decode("latin-1").strip() if found else "object"
        exploit = name.lower() in _office("exploit_classes") or b"02CE020000000000C000000000000046" in data.upper()
        c.add("exploit_object" if exploit else "ole_object", where, name)
    for m in _RTF_LINK.finditer(data):
        c.link(m.group(1).decode("latin-1"))
    c.add_text(_RTF_CONTROL.sub(b" ", data[: c.limits.max_text_chars * 4]).decode("latin-1"))
