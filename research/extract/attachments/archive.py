"""Archives and disk images: ZIP, TAR, GZIP and ISO (pycdlib), read member by member within the limits.

Every member is handed back to the dispatcher (``read_member``), which reads it as a file of its own:
an archive inside an archive, a program, a web page. Encrypted members are judged by their names, which
a ZIP shows in the clear; a member that unpacks to far more than it weighs is a bomb and stays packed.
"""

from __future__ import annotations

import gzip
import tarfile
import zipfile
from collections.abc import Callable
from io import BytesIO

from research.extract.attachments.model import Collector
from research.extract.attachments.sniff import is_executable_name

ReadMember = Callable[[str, bytes, str], None]


def _too_many(count: int, where: str, c: Collector) -> None:
    if count > c.limits.max_members:
        c.add("too_many_members", where, str(count))


def _is_bomb(packed: int, unpacked: int, path: str, c: Collector) -> bool:
    if unpacked > c.limits.bomb_min_bytes and unpacked > packed * c.limits.max_ratio:
        c.add("bomb", path, f"{packed} bytes unpack to {unpacked}")
        return True
    return False


def _zip_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, c: Collector, read_member: ReadMember) -> None:
    path = f"{where}/{info.filename}"
    c.member(path)
    if info.flag_bits & 0x1:
        c.add("encrypted", where, info.filename)
        if is_executable_name(info.filename):
            c.add("hidden_program", path, info.filename)
        return
    if _is_bomb(info.compress_size, info.file_size, path, c):
        return
    if not c.unpack(min(info.file_size, c.limits.max_bytes), where):
        return
    with zf.open(info) as fh:
        blob = fh.read(c.limits.max_bytes)  # bounded whatever the header claims
    read_member(info.filename, blob, path)


def read_zip(data: bytes, where: str, c: Collector, read_member: ReadMember) -> None:
    with zipfile.ZipFile(BytesIO(data)) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        _too_many(len(infos), where, c)
        declared = sum(i.file_size for i in infos)
        if _is_bomb(len(data), declared, where, c):
            return
        for info in infos[: c.limits.max_members]:
            if c.out_of_time(where):
                break
            _zip_member(zf, info, where, c, read_member)
        c.add("archive", where, f"{len(infos)} files")


def read_tar(data: bytes, where: str, c: Collector, read_member: ReadMember) -> None:
    with tarfile.open(fileobj=BytesIO(data)) as tf:
        members = [m for m in tf.getmembers() if m.isfile()]
        _too_many(len(members), where, c)
        for m in members[: c.limits.max_members]:
            path = f"{where}/{m.name}"
            c.member(path)
            if c.out_of_time(where) or not c.unpack(min(m.size, c.limits.max_bytes), where):
                break
            fh = tf.extractfile(m)
            if fh is not None:
                read_member(m.name, fh.read(c.limits.max_bytes), path)
        c.add("archive", where, f"{len(members)} files")


def read_gzip(data: bytes, where: str, c: Collector, read_member: ReadMember) -> None:
    with gzip.GzipFile(fileobj=BytesIO(data)) as fh:
        blob = fh.read(c.limits.max_bytes + 1)
    inner = where.rsplit("/", 1)[-1].removesuffix(".gz").removesuffix(".tgz") or "content"
    if _is_bomb(len(data), len(blob), where, c) or not c.unpack(len(blob), where):
        return
    read_member(inner, blob[: c.limits.max_bytes], f"{where}/{inner}")


def _iso_files(iso: object) -> tuple[str, list[str]]:
    """The facade with the longest names (Joliet, then UDF, then plain ISO 9660) and its file paths."""
    for facade, present in (("joliet_path", "has_joliet"), ("udf_path", "has_udf"), ("iso_path", "")):
        if present and not getattr(iso, present)():
            continue
        paths = []
        for dirname, _dirs, files in iso.walk(**{facade: "/"}):  # type: ignore[attr-defined]
            paths += [f"{dirname.rstrip('/')}/{f}" for f in files]
        return facade, paths
    return "iso_path", []


def read_iso(data: bytes, where: str, c: Collector, read_member: ReadMember) -> None:
    import pycdlib  # imported late: disk images are rare

    c.add("disk_image", where, "ISO")
    iso = pycdlib.PyCdlib()
    iso.open_fp(BytesIO(data))
    try:
        facade, paths = _iso_files(iso)
        _too_many(len(paths), where, c)
        for path in paths[: c.limits.max_members]:
            name = path.rsplit("/", 1)[-1].split(";", 1)[0]
            member = f"{where}{path.split(';', 1)[0]}"
            c.member(member)
            size = iso.get_record(**{facade: path}).get_data_length()
            if c.out_of_time(where) or not c.unpack(min(size, c.limits.max_bytes), where):
                break
            if size > c.limits.max_bytes:
                read_member(name, b"", member)  # judged by its name
                continue
            out = BytesIO()
            iso.get_file_from_iso_fp(out, **{facade: path})
            read_member(name, out.getvalue(), member)
    finally:
        iso.close()
