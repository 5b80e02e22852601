"""Real Office files built in the tests: an OLE compound file writer and a VBA project, from the specs.

No macro-enabled sample can be downloaded at test time, and oletools' own test data are binary files
kept in its repository (not in the wheel). So this builds them: [MS-CFB] (the compound file: header,
FAT, directory, mini stream) and [MS-OVBA] (the ``dir`` stream's records, module streams, the
compression container written with literal tokens only, which every reader must accept). The
result is what Word or Excel save as ``vbaProject.bin``; olevba reads it as it reads Office's own.
"""

from __future__ import annotations

import io
import struct
import zipfile

_SECTOR, _MINI, _CUTOFF = 512, 64, 4096
_END, _FREE, _FATSECT, _NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF

Tree = dict[str, "bytes | Tree"]


# ------------------------------------------------------------------------------------ MS-OVBA


def compress(data: bytes) -> bytes:
    """An MS-OVBA compressed container of literal tokens: a zero flag byte before every 8 bytes."""
    out = bytearray(b"\x01")
    for start in range(0, max(len(data), 1), 3584):
        piece = data[start : start + 3584]
        body = b"".join(b"\x00" + piece[i : i + 8] for i in range(0, len(piece), 8))
        out += struct.pack("<H", (len(body) + 2 - 3) | 0xB000) + body
    return bytes(out)


def _rec(rid: int, data: bytes) -> bytes:
    return struct.pack("<HI", rid, len(data)) + data


def _dir_stream(modules: list[str]) -> bytes:
    out = _rec(0x0001, struct.pack("<I", 1))  # 32-bit Windows
    out += _rec(0x0002, struct.pack("<I", 0x409)) + _rec(0x0014, struct.pack("<I", 0x409))
    out += _rec(0x0003, struct.pack("<H", 1252)) + _rec(0x0004, b"VBAProject")
    out += _rec(0x0005, b"") + struct.pack("<HI", 0x0040, 0)
    out += _rec(0x0006, b"") + struct.pack("<HI", 0x003D, 0)
    out += _rec(0x0007, struct.pack("<I", 0)) + _rec(0x0008, struct.pack("<I", 0))
    out += struct.pack("<HIIH", 0x0009, 4, 1, 0)
    out += _rec(0x000C, b"") + struct.pack("<HI", 0x003C, 0)
    out += struct.pack("<HIH", 0x000F, 2, len(modules)) + struct.pack("<HIH", 0x0013, 2, 0xFFFF)
    for name in modules:
        raw, wide = name.encode("ascii"), name.encode("utf-16le")
        out += _rec(0x0019, raw) + _rec(0x0047, wide)
        out += _rec(0x001A, raw) + struct.pack("<HI", 0x0032, len(wide)) + wide
        out += _rec(0x001C, b"") + struct.pack("<HI", 0x0048, 0)
        out += _rec(0x0031, struct.pack("<I", 0))  # the source starts at offset 0: no p-code cache
        out += _rec(0x001E, struct.pack("<I", 0)) + _rec(0x002C, struct.pack("<H", 0xFFFF))
        out += struct.pack("<HI", 0x0021, 0) + struct.pack("<HI", 0x002B, 0)
    return out + struct.pack("<HI", 0x0010, 0)


def vba_project(code: str, module: str = "Module1") -> bytes:
    """``vbaProject.bin`` with one standard module holding ``code``."""
    project = f'ID="{{00000000-0000-0000-0000-000000000000}}"\r\nModule={module}\r\nName="VBAProject"\r\n'
    return cfb(
        {
            "PROJECT": project.encode("ascii"),
            "PROJECTwm": module.encode("ascii") + b"\x00" + module.encode("utf-16le") + b"\x00\x00\x00\x00",
            "VBA": {
                "dir": compress(_dir_stream([module])),
                "_VBA_PROJECT": b"\xcc\x61\xff\xff\x00\x00\x00",
                module: compress(f'Attribute VB_Name = "{module}"\r\n{code}'.encode("latin-1")),
            },
        }
    )


# ------------------------------------------------------------------------------------- MS-CFB


def _entries(tree: Tree) -> list[tuple[str, int, bytes, list[int]]]:
    """(name, type, data, children) in directory order; index 0 is the root storage."""
    out: list[tuple[str, int, bytes, list[int]]] = [("Root Entry", 5, b"", [])]

    def add(parent: int, items: Tree) -> None:
        for name, value in sorted(items.items(), key=lambda kv: (len(kv[0]), kv[0].upper())):
            out.append((name, 1 if isinstance(value, dict) else 2, b"" if isinstance(value, dict) else value, []))
            me = len(out) - 1
            out[parent][3].append(me)
            if isinstance(value, dict):
                add(me, value)

    add(0, tree)
    return out


def _chain(fat: list[int], start: int, count: int) -> int:
    for i in range(count):
        fat[start + i] = start + i + 1 if i < count - 1 else _END
    return start if count else _END


def cfb(tree: Tree) -> bytes:
    """A version 3 compound file: streams under 4096 bytes in the mini stream, the rest in sectors.
    Siblings hang off each other's right pointer in name order: a valid (if unbalanced) tree."""
    entries = _entries(tree)
    mini, minifat, mini_start = bytearray(), [], {}
    big = [(i, e[2]) for i, e in enumerate(entries) if e[1] == 2 and len(e[2]) >= _CUTOFF]
    for i, (_name, kind, data, _kids) in enumerate(entries):
        if kind == 2 and 0 < len(data) < _CUTOFF:
            count = -(-len(data) // _MINI)
            mini_start[i] = len(minifat)
            minifat += [len(minifat) + k + 1 if k < count - 1 else _END for k in range(count)]
            mini += data.ljust(count * _MINI, b"\x00")
    n_dir = -(-len(entries) * 128 // _SECTOR)
    n_minifat = -(-len(minifat) * 4 // _SECTOR)
    n_mini = -(-len(mini) // _SECTOR)
    n_big = [-(-len(d) // _SECTOR) for _, d in big]
    rest = n_dir + n_minifat + n_mini + sum(n_big)
    n_fat = 1
    while n_fat * 128 < n_fat + rest:
        n_fat += 1
    fat = [_FREE] * (n_fat * 128)
    for i in range(n_fat):
        fat[i] = _FATSECT
    pos = n_fat
    dir_start = _chain(fat, pos, n_dir)
    pos += n_dir
    minifat_start = _chain(fat, pos, n_minifat)
    pos += n_minifat
    mini_sector = _chain(fat, pos, n_mini)
    pos += n_mini
    big_start = {}
    for (i, _data), count in zip(big, n_big, strict=True):
        big_start[i] = _chain(fat, pos, count)
        pos += count

    def entry(i: int) -> bytes:
        name, kind, data, kids = entries[i]
        wide = name.encode("utf-16le") + b"\x00\x00"
        parent_kids = next((k for _, _, _, k in entries if i in k), [])
        right = parent_kids[parent_kids.index(i) + 1] if i in parent_kids[:-1] else _NONE
        child = kids[0] if kids else _NONE
        if i == 0:
            start, size = (mini_sector, len(mini)) if mini else (_END, 0)
        elif kind == 2:
            start = big_start.get(i, mini_start.get(i, _END))
            size = len(data)
        else:
            start, size = 0, 0
        head = wide.ljust(64, b"\x00") + struct.pack("<HBB", len(wide), kind, 1)
        return head + struct.pack("<III", _NONE, right, child) + b"\x00" * 36 + struct.pack("<IQ", start, size)

    directory = b"".join(entry(i) for i in range(len(entries))).ljust(n_dir * _SECTOR, b"\xff")
    difat = [i for i in range(n_fat)] + [_FREE] * (109 - n_fat)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    counts = (0, n_fat, dir_start, 0, _CUTOFF, minifat_start, n_minifat, _END, 0)
    header += b"\x00" * 6 + struct.pack("<IIIIIIIII", *counts)
    header += struct.pack("<109I", *difat)
    body = struct.pack(f"<{len(fat)}I", *fat) + directory
    body += struct.pack(f"<{len(minifat)}I", *minifat).ljust(n_minifat * _SECTOR, b"\xff")
    body += bytes(mini).ljust(n_mini * _SECTOR, b"\x00")
    body += b"".join(d.ljust(c * _SECTOR, b"\x00") for (_, d), c in zip(big, n_big, strict=True))
    return header + body


# ---------------------------------------------------------------------------------- documents

_WORD_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def _document(text: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )


def _rels(*relations: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(relations)
        + "</Relationships>"
    )


def docx(text: str = "Purchase order", *, macro: str = "", relations: tuple[str, ...] = ()) -> bytes:
    """A Word document; with ``macro`` it is a .docm carrying that VBA code."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _WORD_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("word/document.xml", _document(text))
        rels = list(relations)
        if macro:
            z.writestr("word/vbaProject.bin", vba_project(macro))
            rels.append(
                '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                'Target="vbaProject.bin"/>'
            )
        z.writestr("word/_rels/document.xml.rels", _rels(*rels))
    return buf.getvalue()


def remote_template(url: str) -> str:
    return (
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'attachedTemplate" Target="{url}" TargetMode="External"/>'
    )
