"""The attachments check: what a rep is told about the files, and the verdict that follows.

Mails are built with real attachments and researched offline, as a rep would run them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from research import inputs, research
from research.enrich.attachments import analyse
from research.facts import AttachmentsFacts
from research.render.html import render as render_html
from research.render.markdown import render as render_md
from research.settings import Settings, load_settings
from research.types import Attachment, Inquiry, Report, Signal
from tests.extract.attachment_files import (
    PROGRAM,
    eml,
    encrypted_zip,
    html_phish,
    pdf_link_only,
    pdf_specs,
    zip_of,
)
from tests.extract.office_files import docx
from tests.test_facts import conforms

LOGIN = "https://secure-docs.example/login?id=PO2291"
BUYER = "Maria Keller <maria.keller@keller-interiors.de>"


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path_factory.mktemp("att"))}, offline=True)


def check(raw: bytes, settings: Settings) -> Report:
    return research(inputs.from_eml_bytes(raw), settings=settings, save=False)


def codes(report: Report, prefix: str = "") -> list[str]:
    return [s.code for s in report.signals if s.code.startswith(prefix)]


def test_see_the_attached_order_with_a_link_only_pdf_is_a_scam(offline: Settings) -> None:
    raw = eml({"PO_2291.pdf": (pdf_link_only(LOGIN), "application/pdf")}, body="Please see the attached order.")
    report = check(raw, offline)
    assert "attachments.phishing_document" in codes(report)
    assert report.verdict.category == "X" and report.verdict.rule == "veto"
    sig = next(s for s in report.signals if s.code == "attachments.phishing_document")
    assert sig.params["url"] == LOGIN
    assert any(e.kind == "attachment" and e.ref == "PO_2291.pdf" for e in sig.evidence)


def test_a_link_only_pdf_without_a_lure_is_a_red_flag_not_a_veto_and_nothing_to_the_senders_own_site() -> None:
    body = "Hello, we are interior retailers in Munich."
    elsewhere = Attachment("catalogue.pdf", payload=pdf_link_only("https://catalogue-host.example/keller", "Catalogue"))
    _facts, signals = analyse(Inquiry(email="maria.keller@keller-interiors.de", body=body, attachments=(elsewhere,)))
    assert [s.code for s in signals] == ["attachments.link_only"]
    own = Attachment("catalogue.pdf", payload=pdf_link_only("https://www.keller-interiors.de/catalogue", "Catalogue"))
    _facts, signals = analyse(Inquiry(email="maria.keller@keller-interiors.de", body=body, attachments=(own,)))
    assert signals == []


def test_a_spec_sheet_from_a_real_buyer_raises_nothing_but_a_small_positive(offline: Settings) -> None:
    body = (
        "Dear Sir, we are Keller Interiors, a home decor retailer with 12 stores in Bavaria. Please quote FOB "
        "Ningbo for the ceramic vases in the attached specification, 500 pcs per model, CE required.\n"
        "Best regards, Maria Keller, Purchasing, Keller Interiors GmbH"
    )
    raw = eml({"specification.pdf": (pdf_specs(), "application/pdf")}, body=body, sender=BUYER, subject="RFQ vases")
    report = check(raw, offline)
    assert codes(report, "attachments.") == ["attachments.specs"]
    assert not [s for s in report.signals if s.source == "attachments" and s.red_flag]
    assert report.verdict.category != "X"


def test_a_program_in_a_zip_is_a_scam_with_the_member_named(offline: Settings) -> None:
    raw = eml({"PO_2291.zip": (zip_of({"PO_2291.pdf.exe": PROGRAM}), "application/zip")})
    report = check(raw, offline)
    assert report.verdict.category == "X"
    sig = next(s for s in report.signals if s.code == "attachments.hidden_program")
    assert sig.veto and sig.params["filename"] == "PO_2291.zip"
    assert [e.ref for e in sig.evidence] == ["PO_2291.zip/PO_2291.pdf.exe"]


def test_an_auto_open_macro_is_a_scam(offline: Settings) -> None:
    raw = eml(
        {"order.docm": (docx(macro='Sub Document_Open()\r\n Shell "cmd /c x"\r\nEnd Sub\r\n'), "application/zip")}
    )
    report = check(raw, offline)
    assert {"attachments.macro_autoexec", "attachments.macro"} <= set(codes(report))
    assert report.verdict.category == "X"


def test_a_locked_zip_with_its_password_in_the_mail(offline: Settings) -> None:
    body = "Please find our order attached. The file is protected, password: 4821"
    raw = eml({"order.zip": (encrypted_zip("order.pdf", b"%PDF-1.4 order", "4821"), "application/zip")}, body=body)
    report = check(raw, offline)
    sig = next(s for s in report.signals if s.code == "attachments.encrypted_with_password")
    assert "4821" in " ".join(e.snippet for e in sig.evidence)
    assert report.verdict.category == "X"


def test_a_locked_zip_without_a_password_is_only_a_red_flag() -> None:
    att = Attachment("drawings.zip", payload=encrypted_zip("drawing.pdf", b"%PDF-1.4 x", "s3cret"))
    _facts, signals = analyse(Inquiry(body="Drawings attached; I will call you with the password.", attachments=(att,)))
    assert [s.code for s in signals] == ["attachments.encrypted"]


def _page_signals(filename: str, text: bytes, links: bytes, body: str) -> dict[str, Signal]:
    """The signals of a mail from li@buyer-co.com with a web page attached: ``text`` twenty times, then ``links``."""
    page = b"<html><body>" + (b"<p>" + text + b"</p>") * 20 + links + b"</body></html>"
    inquiry = Inquiry(email="li@buyer-co.com", body=body, attachments=(Attachment(filename, payload=page),))
    _facts, signals = analyse(inquiry)
    return {s.code: s for s in signals}


def test_links_inside_go_through_the_link_checks_with_the_file_as_evidence() -> None:
    links = b'<a href="https://bit.ly/3xYz">price list</a><a href="https://docs.google.com/d/1">order</a>'
    found = _page_signals("profile.htm", b"Our company profile and product range.", links, "Profile attached.")
    assert {"attachments.short_link", "attachments.doc_share_link"} <= set(found)
    assert found["attachments.short_link"].params["filename"] == "profile.htm"
    assert "attachments.web_page" in found  # a web page with nothing worse inside: said once, weakly


def test_a_link_inside_dressed_as_a_signing_service_is_named_with_the_service() -> None:
    links = b'<a href="https://docusign-secure-envelope.net/sign?env=8F2C">Review and sign</a>'
    found = _page_signals("contract.htm", b"Supply agreement for your signature.", links, "Contract attached.")
    assert found["attachments.brand_lookalike_link"].params["detail"] == "DocuSign"
    assert found["attachments.brand_lookalike_link"].params["filename"] == "contract.htm"


def test_a_link_the_mail_already_shows_is_not_counted_again() -> None:
    page = b"<html><body>" + b"<p>Company profile.</p>" * 40 + b'<a href="https://bit.ly/3xYz">x</a></body></html>'
    inquiry = inputs.from_fields(
        email="li@buyer-co.com",
        body="See https://bit.ly/3xYz and the profile attached.",
        attachments=(Attachment("profile.htm", payload=page),),
    )
    _facts, signals = analyse(inquiry)
    assert "attachments.short_link" not in {s.code for s in signals}


def test_no_file_is_judged_twice(offline: Settings) -> None:
    """A file we read is judged by what is inside (attachments); a name alone by the name rule (inquiry)."""
    read = check(eml({"PO_2291.html": (html_phish(), "text/html")}), offline)
    assert "inquiry.risky_attachment" not in codes(read)
    assert "attachments.credential_form" in codes(read)
    named = research(
        Inquiry(email="a@b.com", body="See the attached order.", attachments=(Attachment("PO.html", "text/html"),)),
        settings=offline,
        save=False,
    )
    assert "inquiry.risky_attachment" in codes(named) and codes(named, "attachments.") == []


def test_too_large_and_broken_files_are_said_and_weigh_nothing(offline: Settings) -> None:
    inquiry = Inquiry(
        email="a@b.com",
        body="Catalogue attached.",
        attachments=(
            Attachment("catalogue.zip", "application/zip", 20_000_000, None, "too_large"),
            Attachment("spec.pdf", "application/pdf", 40, b"%PDF-1.7\n1 0 obj << /Type /Catalog"),
        ),
    )
    report = research(inquiry, settings=offline, save=False)
    weights = {s.code: s.weight for s in report.signals if s.source == "attachments"}
    assert weights == {"attachments.too_large": 0.0, "attachments.unreadable": 0.0}
    assert "inquiry.risky_attachment" in codes(report)  # the unread ZIP is still judged by its name
    finding = report.finding("attachments")
    assert finding is not None and finding.status == "partial"


def test_the_facts_conform_to_their_record_and_the_reports_show_the_files(offline: Settings) -> None:
    raw = eml(
        {
            "PO_2291.zip": (zip_of({"setup.exe": PROGRAM}), "application/zip"),
            "PO.pdf": (pdf_link_only(LOGIN), "application/pdf"),
        }
    )
    report = check(raw, offline)
    finding = report.finding("attachments")
    assert finding is not None
    assert conforms(dict(finding.facts), AttachmentsFacts, "attachments") == []
    md = render_md(report, "en")
    assert "## Attachments" in md and "program inside: setup.exe" in md and "only a link" in md
    html = render_html(report, "zh")
    assert "附件" in html and "内藏程序" in html
    assert f'href="{LOGIN}"' not in html  # a link inside a hostile file is shown, never clickable


def test_hostile_names_are_escaped_in_every_report(offline: Settings, tmp_path: Path) -> None:
    name = "<img src=x onerror=alert(1)>.zip"
    report = check(eml({name: (zip_of({"a.exe": PROGRAM}), "application/zip")}), offline)
    assert "<img src=x" not in render_html(report, "en")
    assert "<img" not in render_md(report, "en").replace("\\<img", "")
