"""Reading a batch's sources as a rep's files come: any line ending, encoding, size, a broken row."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest

from research.batch.items import Item, column_map, parse_columns, read_source, to_inquiry
from research.errors import InputError

HEADER = "email,company,text\n"


def rows(items: list[Item]) -> list[dict[str, str]]:
    return [dict(i.data) for i in items if not i.error]  # type: ignore[arg-type]


def test_old_mac_line_endings_are_rows(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"email,company\ra@harborline-imports.com,Harborline\rb@casa-bonita.es,Casa Bonita\r")
    found = list(read_source(path))
    assert [r["email"] for r in rows(found)] == ["a@harborline-imports.com", "b@casa-bonita.es"]
    assert [i.label for i in found] == ["mac.csv row 2", "mac.csv row 3"]


def test_a_field_over_128_kb_is_read_and_the_rows_after_it_too(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    long_text = "We need vases. " * 12_000  # 180 KB, over the csv module's own limit
    path.write_text(HEADER + f'a@x.com,X,"{long_text}"\nb@y.com,Y,short\n', encoding="utf-8")
    found = rows(list(read_source(path)))
    assert len(found[0]["text"]) > 131072 and found[1]["email"] == "b@y.com"
    assert to_inquiry(next(iter(read_source(path)))).body  # an inquiry, its text capped, not an error


def test_an_unclosed_quote_is_one_bad_row_not_the_end_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text(
        HEADER + 'a@x.com,X,"fine"\nb@y.com,Y,"never closed\nc@z.com,Z,"quoted, too"\nd@w.com,W,last\n',
        encoding="utf-8",
    )
    found = list(read_source(path))
    bad = [i for i in found if i.error]
    assert [i.params["row"] for i in bad] == [3] and bad[0].error == "batch.bad_row"
    assert [r["email"] for r in rows(found)] == ["a@x.com", "c@z.com", "d@w.com"]
    with pytest.raises(InputError) as raised:
        to_inquiry(bad[0])
    assert raised.value.code == "batch.bad_row"


def test_gbk_csv_from_excel_on_chinese_windows(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    text = "邮箱,公司名称,询盘内容\nli@qq.com,宁波贸易有限公司,我们需要500个陶瓷花瓶，请报价\n"
    path.write_bytes(text.encode("gbk"))
    (row,) = rows(list(read_source(path)))
    assert row == {"email": "li@qq.com", "company": "宁波贸易有限公司", "text": "我们需要500个陶瓷花瓶，请报价"}


def test_other_tools_headers_and_the_platform_card(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Buyer Email;Company Name;Message;Verified Buyer;Products Viewed;IP Country;Kundennummer\n"
        "a@x.com;X GmbH;Need 500 vases;yes;85;NG;4711\n",
        encoding="utf-8",
    )
    (item,) = list(read_source(path))
    inquiry = to_inquiry(item)
    assert (inquiry.email, inquiry.company) == ("a@x.com", "X GmbH")
    assert inquiry.platform.verified is True and inquiry.platform.products_viewed_90d == 85
    assert inquiry.platform.ip_country == "NG"


def test_a_reps_own_mapping_wins(tmp_path: Path) -> None:
    mapping = parse_columns("Kundenmail=email, Firma=company")
    assert column_map(["Kundenmail", "Firma", "email"], mapping) == {0: "email", 1: "company"}
    with pytest.raises(InputError):
        parse_columns("Kundenmail=e_mail")


def test_xlsx_rows(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["E-mail", "Company", "Inquiry", "Account age"])
    sheet.append(["a@x.com", "X Ltd", "Quote 1,200 pcs candle holders", 3.0])
    sheet.append([None, None, None, None])
    sheet.append(["b@y.com", "Y Ltd", "Catalogue please", None])
    book.save(tmp_path / "leads.xlsx")
    found = list(read_source(tmp_path / "leads.xlsx"))
    assert [i.label for i in found] == ["leads.xlsx row 2", "leads.xlsx row 4"]
    assert to_inquiry(found[0]).platform.account_age_years == 3.0


def test_mbox_messages_keyed_by_message_id(tmp_path: Path) -> None:
    box = mailbox.mbox(tmp_path / "inbox.mbox")
    for n in range(2):
        msg = EmailMessage()
        msg["From"], msg["Subject"], msg["Message-ID"] = f"b{n}@casa-bonita.es", "RFQ", f"<m{n}@casa-bonita.es>"
        msg.set_content("Please quote 300 vases.")
        box.add(msg)
    box.close()
    found = list(read_source(tmp_path / "inbox.mbox"))
    assert [to_inquiry(i).email for i in found] == ["b0@casa-bonita.es", "b1@casa-bonita.es"]
    assert "<m1@casa-bonita.es>" in found[1].label
    assert [i.key for i in found] == [i.key for i in read_source(tmp_path / "inbox.mbox")]  # stable keys


def test_a_bad_eml_is_an_item_error_and_keys_follow_content(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("From: li@qq.com\n\nNeed vases", encoding="utf-8")
    (tmp_path / "b.eml").write_bytes(b"\x00\x01 garbage")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")  # not an inquiry format: not an item
    a, b = read_source(tmp_path)
    assert to_inquiry(a).email == "li@qq.com"
    with pytest.raises(InputError):
        to_inquiry(b)
    key = a.key
    (tmp_path / "a.txt").write_text("From: li@qq.com\n\nNeed frames", encoding="utf-8")
    assert next(iter(read_source(tmp_path))).key != key
