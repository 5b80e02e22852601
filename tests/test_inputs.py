"""Turning what the rep pastes or drops into an Inquiry: text with a signature, .eml, .msg."""

from __future__ import annotations

import base64
from email.message import EmailMessage
from pathlib import Path

import pytest

from research import inputs
from research.errors import InputError

SIGNED = """From: Anna Schmidt <anna.schmidt@lichtwerk-handel.de>
Subject: LED panels for Hamburg

Hello,

we need 2,000 pcs LED panel 600x600, CIF Hamburg.

Mit freundlichen Grüßen
Anna Schmidt
Einkauf
Lichtwerk Handels GmbH
Industriestr. 12, 20095 Hamburg, Germany
Tel: +49 40 1234567
www.lichtwerk-handel.de
"""


def test_pasted_text_fills_the_sender_fields_from_headers_and_signature() -> None:
    inq = inputs.from_text(SIGNED)
    assert inq.email == "anna.schmidt@lichtwerk-handel.de"
    assert inq.display_name == "Anna Schmidt"
    assert inq.subject == "LED panels for Hamburg"
    assert inq.company == "Lichtwerk Handels GmbH"
    assert inq.phone == "+49401234567"
    assert inq.website == "www.lichtwerk-handel.de"
    assert inq.country == "DE"
    assert inq.body.startswith("Hello,")


def test_pasted_form_with_labels_and_no_headers() -> None:
    text = (
        "Name: Faisal Rahman\nCompany: Al Noor Auto Parts Trading LLC\nCountry/Region: United Arab Emirates\n"
        "Email: faisal@alnoor-autoparts.ae\nMobile: 050 418 2267\n\nPlease quote 1 x 40HQ truck tyres."
    )
    inq = inputs.from_text(text)
    assert (inq.display_name, inq.company, inq.country) == ("Faisal Rahman", "Al Noor Auto Parts Trading LLC", "AE")
    assert inq.email == "faisal@alnoor-autoparts.ae"
    assert inq.phone == "+971504182267"


def test_chinese_paste_and_fields_given_by_the_rep_win() -> None:
    text = (
        "发件人: 陈伟明 <caigou@huamei-trading.com.sg>\n主题: 询价\n\n"
        "您好，请报价 6000个保温杯。\n\n谢谢！\n陈伟明\n华美贸易有限公司"
    )
    inq = inputs.from_text(text, company="Huamei Trading Pte Ltd")
    assert inq.email == "caigou@huamei-trading.com.sg" and inq.subject == "询价"
    assert inq.company == "Huamei Trading Pte Ltd"
    assert inputs.from_text(text).company == "华美贸易有限公司"


def test_free_mail_site_is_not_taken_as_the_buyers_website() -> None:
    inq = inputs.from_text("Hi, price for 300 jars?\nThanks\nHannah\nhannah.shop@gmail.com\nwww.gmail.com")
    assert inq.email == "hannah.shop@gmail.com" and inq.website == ""


def _multipart() -> bytes:
    msg = EmailMessage()
    msg["From"] = "=?utf-8?q?Jos=C3=A9_P=C3=A9rez?= <jose@ferreteria-elsol.com.pe>"
    msg["To"] = "sales@example.cn"
    msg["Subject"] = "=?utf-8?b?" + base64.b64encode("Cotización alicates".encode()).decode() + "?="
    msg["Reply-To"] = "jose.perez@gmail.com"
    msg.set_content(
        "Necesitamos 500 alicates.\n\nSaludos,\nJosé Pérez\nFerretería El Sol S.A.C.\nArequipa, Perú",
        cte="quoted-printable",
    )
    msg.add_alternative("<p>Necesitamos 500 alicates.</p><a href='https://x.example/po'>view</a>", subtype="html")
    msg.add_attachment(b"MZ\x90\x00", maintype="application", subtype="octet-stream", filename="pedido.pdf.exe")
    return msg.as_bytes()


def test_eml_with_quoted_printable_rfc2047_and_attachments() -> None:
    inq = inputs.from_eml_bytes(_multipart())
    assert inq.display_name == "José Pérez" and inq.subject == "Cotización alicates"
    assert inq.reply_to == "jose.perez@gmail.com"
    assert inq.body.startswith("Necesitamos 500 alicates.")
    assert inq.company == "Ferretería El Sol S.A.C." and inq.country == "PE"
    assert [(a.filename, a.content_type, a.size) for a in inq.attachments] == [
        ("pedido.pdf.exe", "application/octet-stream", 4)
    ]
    assert [(lk.url, lk.text) for lk in inq.links] == [("https://x.example/po", "view")]
    assert ("To", "sales@example.cn") in inq.headers and inq.source == "eml"


def test_html_only_gbk_base64_body_becomes_text_with_lines() -> None:
    html = "<html><head><style>p{}</style></head><body><p>您好，</p><p>请报价 5000个 保温杯</p><br>陈先生</body></html>"
    raw = (
        "From: chen@huamei.com.sg\nSubject: test\nMIME-Version: 1.0\n"
        'Content-Type: text/html; charset="gbk"\nContent-Transfer-Encoding: base64\n\n'
        + base64.encodebytes(html.encode("gbk")).decode()
    ).encode()
    inq = inputs.from_eml_bytes(raw)
    assert inq.body.splitlines()[:2] == ["您好，", "请报价 5000个 保温杯"]
    assert "p{}" not in inq.body


def test_wrong_charset_label_is_read_anyway() -> None:
    raw = (
        b"From: a@b.ru\nSubject: x\nContent-Type: text/plain; charset=x-unknown-8\nContent-Transfer-Encoding: 8bit\n\n"
    ) + "Нужна цена на 500 стульев, доставка до Москвы.".encode("cp1251")
    assert "стульев" in inputs.from_eml_bytes(raw).body


def test_odd_address_groups_in_headers_do_not_break_parsing() -> None:
    raw = (
        b"From: Sinara <sinara-group@bk.ru>\nTo: undisclosed-recipients:;\nCc: list: a@b.c, ;\n"
        b"Reply-To: sinara-group@list.ru\nSubject: Inquiry\n\nSend catalog"
    )
    inq = inputs.from_eml_bytes(raw)
    assert (inq.email, inq.reply_to) == ("sinara-group@bk.ru", "sinara-group@list.ru")
    assert inq.header("To") == ["undisclosed-recipients:;"]


def test_files_are_chosen_by_extension_and_bad_ones_explained(tmp_path: Path) -> None:
    eml = tmp_path / "m.eml"
    eml.write_bytes(_multipart())
    assert inputs.from_file(eml).source == "eml"
    txt = tmp_path / "m.txt"
    txt.write_bytes(SIGNED.encode("utf-8-sig"))
    assert inputs.from_file(txt).email == "anna.schmidt@lichtwerk-handel.de"
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("您好，请报价不锈钢保温杯5000个，交货期30天。谢谢！陈先生 chen@huamei.com.sg".encode("gbk"))
    assert "保温杯" in inputs.from_file(gbk).body
    bad = tmp_path / "bad.msg"
    bad.write_bytes(b"not an outlook file")
    with pytest.raises(InputError) as err:
        inputs.from_file(bad)
    assert err.value.code == "input.not_outlook_msg"  # said in the rep's words, no Python errno
    with pytest.raises(InputError):
        inputs.from_eml_bytes(b"\n\nno headers at all")


def test_real_scam_eml_parses(shared_data: Path) -> None:
    inq = inputs.from_file(shared_data / "inquiries" / "real" / "ML10.eml")
    assert [a.filename for a in inq.attachments] == ["INQUIRY_4178916..xlsx"]
    inq = inputs.from_file(shared_data / "inquiries" / "real" / "ML02.eml")
    assert inq.company == "E-cloth Co.,LTD" and inq.reply_to == "julian.smith@list.ru"


def test_signature_is_read_from_the_newest_message_not_the_quoted_one() -> None:
    text = (
        "Thanks, please quote 1,000 pcs as discussed.\n\nBest regards\nTom Baker\nBaker Supplies Ltd\n"
        "Leeds, United Kingdom\n\nOn Mon, 3 Mar 2025 at 10:12, Lily Wu <lily@ourfactory.cn> wrote:\n"
        "> Dear Tom, here is our catalog.\n> Best regards\n> Lily Wu\n> Ningbo Ourfactory Co., Ltd.\n> China"
    )
    inq = inputs.from_text(text)
    assert (inq.display_name, inq.company, inq.country) == ("Tom Baker", "Baker Supplies Ltd", "GB")


def test_outlook_msg_fields_html_only_body_and_headers() -> None:
    from email.message import Message
    from types import SimpleNamespace

    header = Message()
    header["Reply-To"] = "other@gmail.com"
    header["To"] = "sales@example.cn"
    msg = SimpleNamespace(
        sender="Ivan Petrov <ivan@teplodom-opt.ru>",
        subject="Запрос цены",
        body="",
        htmlBody="<p>Просим цену на 3 000 шт.</p><p>С уважением,<br>Иван Петров<br>ООО Теплодом Опт</p>".encode(),
        header=header,
        attachments=[SimpleNamespace(longFilename="spec.zip", shortFilename="SPEC~1.ZIP", mimetype="application/zip")],
    )
    fields = inputs._msg_fields(msg)
    assert (fields["email"], fields["display_name"]) == ("ivan@teplodom-opt.ru", "Ivan Petrov")
    assert fields["body"].splitlines()[0] == "Просим цену на 3 000 шт."
    assert fields["company"] == "ООО Теплодом Опт" and fields["reply_to"] == "other@gmail.com"
    assert [(a.filename, a.content_type) for a in fields["attachments"]] == [("spec.zip", "application/zip")]


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Purchasing Manager, Harborline Imports LLC", "Harborline Imports LLC"),
        ("Einkaufsleiter - Nordhaus Möbel GmbH", "Nordhaus Möbel GmbH"),
        ("Head of Sourcing at Vantoro Outdoor Inc.", "Vantoro Outdoor Inc."),
        ("Buyer | Casa Bonita S.L.", "Casa Bonita S.L."),
        ("ACME Trading Co., Ltd", "ACME Trading Co., Ltd"),
    ],
)
def test_the_senders_job_title_is_not_taken_for_the_company(line: str, company: str) -> None:
    text = f"Hello,\nplease quote 500 pcs of item 42.\n\nBest regards,\nKaren Mitchell\n{line}\n+1 214-555-0147\n"
    got = inputs.from_text(text)
    assert got.company == company and got.display_name == "Karen Mitchell"


def test_platform_card_accepts_the_names_other_tools_use() -> None:
    from research.inputs import platform_stats

    stats = platform_stats(
        {"account_age_days": "73", "products_viewed": "12", "inquiries_sent": "140", "name": "made-in-china"}
    )
    assert stats.account_age_years == 0.2
    assert (stats.products_viewed_90d, stats.inquiries_sent_90d, stats.platform) == (12, 140, "made-in-china")
    # The canonical name wins when both are given.
    assert platform_stats({"inquiries_sent": "140", "inquiries_sent_90d": "3"}).inquiries_sent_90d == 3
