"""Reading what is inside attachments: real files built here, read by their bytes, within bounds.

Each test builds the file a scammer (or a real buyer) would attach and checks what a rep would be told:
the program inside the ZIP, the macro that runs on opening, the PDF that is only a log-in link.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path
from types import SimpleNamespace

from research import inputs
from research.extract import mail
from research.extract.attachments import Reading, limits, read, read_all
from research.serialize import to_data
from research.types import Attachment
from tests.extract.attachment_files import (
    PROGRAM,
    eml,
    encrypted_zip,
    html_phish,
    html_smuggling,
    iso_with,
    pdf_link_only,
    pdf_specs,
    pdf_with_javascript,
    pdf_with_program,
    rtf_equation,
    zip_bomb,
    zip_of,
)
from tests.extract.office_files import docx, remote_template

LOGIN = "https://login.docs-view.example/auth?doc=PO-2291"


def reading(name: str, data: bytes, content_type: str = "") -> Reading:
    return read_all([Attachment(name, content_type, len(data), data)])[0]


def kinds(r: Reading) -> set[str]:
    return r.kinds()


def where(r: Reading, kind: str) -> list[str]:
    return [f.where for f in r.found if f.kind == kind]


# ------------------------------------------------------------------------------------------- PDF


def test_a_pdf_whose_only_content_is_a_link_says_so_and_keeps_the_link() -> None:
    r = reading("PO_2291.pdf", pdf_link_only(LOGIN))
    assert (r.kind, r.status) == ("pdf", "read")
    assert "link_only" in kinds(r)
    assert [lk.url for lk in r.links] == [LOGIN]


def test_an_ordinary_spec_sheet_is_read_as_text_with_nothing_found() -> None:
    r = reading("specification.pdf", pdf_specs())
    assert r.status == "read"
    assert kinds(r) == set()
    assert "CV-2031" in r.text and r.text_chars > 200


def test_javascript_in_a_pdf_is_found() -> None:
    r = reading("statement.pdf", pdf_with_javascript())
    assert "pdf_javascript" in kinds(r)


def test_a_program_embedded_in_a_pdf_is_a_hidden_program() -> None:
    r = reading("invoice.pdf", pdf_with_program("invoice.exe"))
    assert where(r, "hidden_program") == ["invoice.pdf/invoice.exe"]


def test_a_truncated_pdf_is_reported_unreadable_with_the_reason_and_its_link_still_found() -> None:
    whole = pdf_link_only(LOGIN)
    r = reading("PO.pdf", whole[: len(whole) // 2])
    assert r.status == "unreadable" and r.reason
    assert LOGIN in [lk.url for lk in r.links]  # the raw scan reads what pypdf could not


# ------------------------------------------------------------------------------------------ HTML


def test_a_log_in_page_with_an_atob_payload() -> None:
    r = reading("PO_2291.html", html_phish("https://collect.example/next.php"), "text/html")
    assert {"password_form", "credential_page", "form_action", "script"} <= kinds(r)
    assert "atob(" in next(f.detail for f in r.found if f.kind == "script")
    assert "https://collect.example/next.php" in [lk.url for lk in r.links]
    assert "link_only" not in kinds(r)  # the form explains its one link: not said twice


def test_html_smuggling_decodes_the_payload_and_finds_the_program_inside() -> None:
    inner = zip_of({"invoice.scr": PROGRAM, "readme.txt": b"open the invoice " * 40}, zipfile.ZIP_STORED)
    r = reading("document.htm", html_smuggling(inner))
    assert "encoded_payload" in kinds(r)
    assert any(w.endswith("/invoice.scr") for w in where(r, "hidden_program"))


def test_a_pdf_that_is_really_a_web_page_is_disguised() -> None:
    r = reading("quotation.pdf", html_phish(), "application/pdf")
    assert r.kind == "html"
    assert "disguised" in kinds(r) and "password_form" in kinds(r)


# -------------------------------------------------------------------------------------- archives


def test_a_zip_with_a_program_names_the_member() -> None:
    r = reading("PO_2291.zip", zip_of({"PO_2291.pdf.exe": PROGRAM, "note.txt": b"see order"}))
    assert where(r, "hidden_program") == ["PO_2291.zip/PO_2291.pdf.exe"]
    assert "disguised" in kinds(r)  # the double extension, too
    assert "PO_2291.zip/note.txt" in r.members


def test_a_nested_zip_is_opened_member_by_member() -> None:
    r = reading("order.zip", zip_of({"inner.zip": zip_of({"deep/setup.scr": PROGRAM})}))
    assert where(r, "hidden_program") == ["order.zip/inner.zip/deep/setup.scr"]


def test_archives_nested_beyond_the_limit_are_reported_not_opened() -> None:
    data = zip_of({"setup.txt": b"x"})
    for level in range(limits().max_depth + 2):
        data = zip_of({f"level{level}.zip": data})
    r = reading("deep.zip", data)
    assert "too_deep" in kinds(r)


def test_an_encrypted_zip_is_locked_and_its_names_still_read() -> None:
    data = encrypted_zip("invoice.pdf.exe", PROGRAM, "4821")
    assert zipfile.ZipFile(io.BytesIO(data)).read("invoice.pdf.exe", pwd=b"4821") == PROGRAM  # a real one
    r = reading("invoice.zip", data)
    assert "encrypted" in kinds(r)
    assert where(r, "hidden_program") == ["invoice.zip/invoice.pdf.exe"]


def test_a_zip_bomb_is_reported_and_not_unpacked() -> None:
    started = time.monotonic()
    r = reading("catalogue.zip", zip_bomb(20))
    assert "bomb" in kinds(r)
    assert time.monotonic() - started < 5  # it was not inflated to 20 MB and read


def test_an_iso_image_with_a_program() -> None:
    r = reading("order.iso", iso_with({"invoice.exe": PROGRAM, "readme.txt": b"read me"}))
    assert r.kind == "iso"
    assert "disk_image" in kinds(r) and "executable" not in kinds(r)
    assert where(r, "hidden_program") == ["order.iso/invoice.exe"]


def test_a_truncated_zip_is_unreadable_with_the_reason() -> None:
    r = reading("drawings.zip", zip_of({"a.pdf": pdf_specs()})[:300])
    assert r.status == "unreadable" and "zip" in r.reason.lower()


# ---------------------------------------------------------------------------------------- Office


def test_a_docm_with_an_auto_open_macro() -> None:
    code = 'Sub AutoOpen()\r\n  Shell "powershell -w hidden -enc SQBFAFgA"\r\nEnd Sub\r\n'
    r = reading("PO_2291.docm", docx(macro=code))
    assert r.kind == "ooxml"
    assert {"macro", "macro_autoexec", "macro_suspicious"} <= kinds(r)
    assert "AutoOpen" in [f.detail for f in r.found if f.kind == "macro_autoexec"]
    assert {"Shell", "powershell"} & {f.detail for f in r.found if f.kind == "macro_suspicious"}


def test_a_plain_docx_has_no_macro() -> None:
    r = reading("order.docx", docx("Order 500 pcs CV-2031 FOB Ningbo"))
    assert kinds(r) == set() and "CV-2031" in r.text


def test_a_docx_that_pulls_a_remote_template() -> None:
    r = reading("order.docx", docx(relations=(remote_template("http://203.0.113.9/t.dotm"),)))
    assert "remote_template" in kinds(r)
    assert "http://203.0.113.9/t.dotm" in [lk.url for lk in r.links]
    assert "link_only" not in kinds(r)


def test_an_rtf_with_an_equation_editor_object_is_an_exploit() -> None:
    r = reading("order.doc", rtf_equation())
    assert "exploit_object" in kinds(r)


# ------------------------------------------------------------------------------- names and bytes


def test_a_jpg_that_is_a_program() -> None:
    r = reading("photo_of_product.jpg", PROGRAM, "image/jpeg")
    assert r.kind == "exe"
    assert {"disguised", "executable"} <= kinds(r)


def test_broken_and_empty_files_never_raise() -> None:
    for name, data in (("x.docx", b"\x00\x01garbage" * 10), ("y.pdf", b""), ("z.xlsx", b"PK\x03\x04broken")):
        r = reading(name, data)
        assert r.status in ("read", "unreadable")


def test_a_spent_budget_reads_nothing_more_and_says_so() -> None:
    att = Attachment("order.zip", payload=zip_of({"a.txt": b"a", "b.txt": b"b"}))
    r = read(att, deadline=time.monotonic() - 1)
    assert r.status == "partial" and "not_finished" in kinds(r)


def test_names_only_are_listed_not_read() -> None:
    r = read_all([Attachment("PO.html", "text/html")])[0]
    assert (r.status, r.found) == ("not_read", ())


# ------------------------------------------------------------------------------------- from mail


def test_a_mail_keeps_the_attachment_bytes_but_never_stores_them() -> None:
    raw = eml({"PO_2291.pdf": (pdf_link_only(LOGIN), "application/pdf")})
    inquiry = inputs.from_eml_bytes(raw)
    (att,) = inquiry.attachments
    assert att.payload is not None and att.size == len(att.payload)
    data = to_data(inquiry)
    assert "payload" not in data["attachments"][0]
    assert "%PDF" not in json.dumps(data)


def test_a_20_mb_attachment_is_listed_too_large_and_the_mail_is_still_read(tmp_path: Path) -> None:
    big = bytes(range(256)) * (20_000_000 // 256)
    raw = eml(
        {"catalogue.zip": (big, "application/zip"), "PO.pdf": (pdf_link_only(LOGIN), "application/pdf")},
        body="Dear supplier, please quote 500 pcs of model CV-2031.",
    )
    path = tmp_path / "big.eml"
    path.write_bytes(raw)
    assert path.stat().st_size > inputs.MAX_FILE_MB * 1_000_000  # over the old whole-file limit
    inquiry = inputs.from_file(path)
    assert "CV-2031" in inquiry.body
    big_att, pdf_att = inquiry.attachments
    assert (big_att.skipped, big_att.payload) == ("too_large", None)
    assert big_att.size and big_att.size >= 19_000_000
    assert pdf_att.payload is not None  # the other attachment is still read
    assert [r.status for r in read_all(inquiry.attachments)] == ["too_large", "read"]


def test_the_total_cap_drops_later_attachments_only() -> None:
    room = [1000]
    first = mail.kept("a.pdf", "", b"x" * 800, 800, room)
    second = mail.kept("b.pdf", "", b"y" * 800, 800, room)
    assert first.payload is not None and (second.payload, second.skipped) == (None, "too_large")


def test_msg_attachments_keep_their_bytes() -> None:
    # extract-msg's attachment objects, as tests/test_inputs.py stands them in (no .msg writer exists).
    msg = SimpleNamespace(
        attachments=[SimpleNamespace(longFilename="PO.zip", shortFilename="", mimetype="application/zip", data=b"PK")]
    )
    (att,) = inputs._msg_attachments(msg)
    assert (att.filename, att.payload) == ("PO.zip", b"PK")
