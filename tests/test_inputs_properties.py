"""Whatever a stranger sends or a rep pastes, every input reader answers with an inquiry or an InputError.

Property-based (hypothesis) on each reader of input: pasted text, the e-mail field, .eml, .msg (real OLE
files written with extract-msg's own writer, then damaged), CSV and XLSX rows, platform fields and the
seller profile. Nothing escapes but the project's InputError, its code has a message in both catalogs,
and what was read can be kept (valid UTF-8, no longer than the limits). The pieces hypothesis mixes in:
emoji, RTL marks and overrides, NUL bytes, lone surrogates, IDN and punycode (malformed too), broken
RFC 2047 words, header look-alikes.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import math
import tempfile
import tomllib
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from research import inputs
from research.batch.items import Item, csv_items, to_inquiry, xlsx_items
from research.errors import InputError
from research.profile import load_profile, parse_profile
from research.render.i18n import catalog
from research.types import Inquiry, PlatformStats

NASTY = [
    "\x00", "\u202e", "\u202d", "\u200f", "\u200b", "\ufeff", "\ufffd", "🙂", "👨\u200d👩\u200d👧", "🇨🇳", "\ud800",
    "\udfff", "\udce9", "﷽", "שלום", "شركة النور", "询盘", "Ünïcödé", "bücher.de", "xn--bcher-kva.de", "xn--zz",
    "xn--", "xn--80ak6aa92e.com", "пример.рф", "@", "a@b.com", "<", ">", "\"", "'", "=?utf-8?B?k?=",
    "=?x-unknown?Q?=FF?=", "=?utf-8?Q?", "\r", "\n", "\r\n", "\t", " ", "From: ", "Subject: ", "Reply-To: ",
    "发件人：", "主题:", "http://", "https://", "www.", ".com", "http://[::1]/", "javascript:", "%00", "&#0;", "\\",
    "1,000,000", "-1", "1e400", "nan", "inf", "٣٤٥", "０１２",
]  # fmt: skip
PIECES = st.sampled_from(NASTY)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)
SHORT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=8).map("".join)
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def input_error_with_message(exc: InputError, codes: tuple[str, ...] = ()) -> None:
    """The error a rep sees: a code the zh and en catalogs both turn into a sentence."""
    assert exc.code in catalog("en") and exc.code in catalog("zh"), exc.code
    if codes:
        assert exc.code in codes, exc.code


def keepable(inquiry: Inquiry) -> Inquiry:
    """What was read can be saved in the history and shown: valid UTF-8 everywhere, the text within its limit."""
    for f in dataclasses.fields(inquiry):
        value = getattr(inquiry, f.name)
        if isinstance(value, str):
            value.encode("utf-8")  # a lone surrogate would make SQLite and the JSON report fail later
    for name, value in inquiry.headers:
        (name + value).encode("utf-8")
    for attachment in inquiry.attachments:
        attachment.filename.encode("utf-8")
    for link in inquiry.links:
        link.url.encode("utf-8")
    assert len(inquiry.body) <= inputs.MAX_TEXT_CHARS
    return inquiry


def read(fn: Any, *args: Any, codes: tuple[str, ...] = (), **kw: Any) -> Inquiry | None:
    try:
        return keepable(fn(*args, **kw))
    except InputError as exc:
        input_error_with_message(exc, codes)
        return None


# -- pasted text and form fields ----------------------------------------------------------------


@FAST
@given(text=TEXT, company=SHORT, subject=SHORT, website=SHORT)
def test_any_pasted_text_is_an_inquiry_or_a_message(text: str, company: str, subject: str, website: str) -> None:
    read(inputs.from_text, text, company=company, subject=subject, website=website, codes=("input.nothing",))


@FAST
@given(text=TEXT)
def test_pasted_headers_of_any_kind_are_read_or_refused(text: str) -> None:
    pasted = f"From: {text}\nSubject: {text}\nReply-To: {text}\n\n{text}"
    read(inputs.from_text, pasted, codes=("input.nothing",))


def test_text_over_the_limit_is_refused_with_its_size() -> None:
    with pytest.raises(InputError) as caught:
        inputs.from_text("x" * (inputs.MAX_TEXT_CHARS + 1))
    assert caught.value.code == "input.text_too_long"
    assert caught.value.params == {"size": inputs.MAX_TEXT_CHARS + 1, "limit": inputs.MAX_TEXT_CHARS}


@pytest.mark.parametrize("name", inputs.INQUIRY_FIELDS)
def test_a_field_over_its_limit_is_refused_and_names_the_field(name: str) -> None:
    """A megabyte "company" from a spreadsheet cell would be analysed and saved whole."""
    with pytest.raises(InputError) as caught:
        inputs.from_fields(body="hello", **{name: "A" * (inputs.MAX_FIELD_CHARS + 1)})
    assert caught.value.code == "input.field_too_long"
    assert caught.value.params["field"] == name
    input_error_with_message(caught.value)
    inputs.from_fields(body="hello", **{name: "A" * inputs.MAX_FIELD_CHARS})  # at the limit: fine


# -- the e-mail field ---------------------------------------------------------------------------


@FAST
@given(address=st.one_of(TEXT, st.emails(), st.builds("{}@{}".format, SHORT, SHORT)))
def test_the_email_field_is_an_address_or_a_message(address: str) -> None:
    try:
        value = inputs.check_email(address)
    except InputError as exc:
        input_error_with_message(exc, ("input.bad_email",))
        return
    # An accepted address is one address: no space or line break could smuggle in a second domain.
    assert value == address.strip()
    assert not any(c.isspace() for c in value)
    if value:
        inquiry = keepable(inputs.from_fields(email=value))
        assert inquiry.domain and "@" not in inquiry.domain


@pytest.mark.parametrize(
    ("address", "domain"),
    [
        ("ivan@bücher.de", "bücher.de"),
        ("ivan@xn--bcher-kva.de", "xn--bcher-kva.de"),
        ("ivan@пример.рф", "пример.рф"),
        ("IVAN@XN--80AK6AA92E.COM", "xn--80ak6aa92e.com"),
    ],
)
def test_idn_and_punycode_addresses_are_accepted_as_typed(address: str, domain: str) -> None:
    assert inputs.check_email(address) == address
    assert inputs.from_fields(email=address).domain == domain


@pytest.mark.parametrize("address", ["ivan@xn--zz.com", "ivan@xn--.com", "ivan@exa mple.com", "a@b.com\nc@evil.top"])
def test_malformed_punycode_and_smuggled_lines_are_refused(address: str) -> None:
    with pytest.raises(InputError) as caught:
        inputs.check_email(address)
    input_error_with_message(caught.value, ("input.bad_email",))


# -- .eml ---------------------------------------------------------------------------------------


def _eml(subject: str = "RFQ vases", sender: str = "Karen <karen@harborline-imports.com>", body: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["Subject"] = subject
    msg.set_content(body or "We need 2,400 ceramic vases, FOB Ningbo. https://harborline-imports.com")
    msg.add_attachment(b"%PDF-1.4 order", maintype="application", subtype="pdf", filename="PO 2291.pdf")
    return msg.as_bytes()


EML = _eml()


@FAST
@given(data=st.binary(max_size=2000))
def test_any_bytes_as_eml_are_an_inquiry_or_a_message(data: bytes) -> None:
    read(inputs.from_eml_bytes, data, "x.eml", codes=("input.bad_email_file", "input.nothing"))


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    """The original with bytes flipped, cut out, inserted, or the file cut short."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 12))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        how = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if how == "flip":
            data[at] = draw(st.integers(0, 255))
        elif how == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at:]
    return bytes(data)


@FAST
@given(data=damaged(EML))
@example(data=EML.replace(b"charset=", b"charset=\x00", 1))  # found by the run above: a NUL in a charset label
def test_a_damaged_eml_is_an_inquiry_or_a_message(data: bytes) -> None:
    read(inputs.from_eml_bytes, data, "x.eml", codes=("input.bad_email_file", "input.nothing"))


@FAST
@given(subject=TEXT, name=SHORT, filename=SHORT, charset=st.sampled_from(["utf-8", "gbk", "x-unknown", "utf-16", ""]))
def test_raw_headers_with_any_text_are_read(subject: str, name: str, filename: str, charset: str) -> None:
    """Headers written by hand as scam kits write them: unencoded 8-bit, broken encoded words, filename*."""
    text = (
        f"From: {name} <buyer@xn--bcher-kva.de>\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        f'Content-Type: text/plain; charset="{charset}"\r\n\r\n{subject}\r\n--b\r\n'
        f"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*={filename};"
        f' filename="{filename}"\r\n\r\nabc\r\n--b--\r\n'
    )
    # 8-bit bytes as they are on the wire (a lone \udcXX is that byte), everything else as UTF-8
    raw = b"".join(bytes([ord(c) - 0xDC00]) if "\udc80" <= c <= "\udcff" else c.encode("utf-8", "surrogatepass")
                   for c in text)  # fmt: skip
    inquiry = read(inputs.from_eml_bytes, raw, "x.eml", codes=("input.bad_email_file", "input.nothing"))
    # A plain display name (no line break that would end the header): the address is read.
    if inquiry is not None and not set(name) & set('@<>",;:\\()[]\r\n'):
        assert inquiry.email == "buyer@xn--bcher-kva.de"


def test_an_attachment_over_its_limit_is_listed_and_the_mail_still_read() -> None:
    msg = EmailMessage()
    msg["From"] = "buyer@harborline-imports.com"
    msg["Subject"] = "big drawing"
    msg.set_content("see the drawing")
    msg.add_attachment(b"\0" * 10_500_000, maintype="application", subtype="octet-stream", filename="big.dwg")
    inquiry = keepable(inputs.from_eml_bytes(msg.as_bytes()))
    (big,) = inquiry.attachments
    assert (big.filename, big.skipped, big.payload) == ("big.dwg", "too_large", None)
    assert inquiry.body == "see the drawing"


# -- .msg: real OLE files written with extract-msg's own writer -----------------------------------


def msg_bytes(subject: str, body: str, sender: str, name: str, headers: str = "") -> bytes:
    from extract_msg.ole_writer import OleWriter

    def utf16(text: str) -> bytes:
        return text.encode("utf-16-le", "surrogatepass")

    writer = OleWriter()
    writer.addEntry("__properties_version1.0", b"\0" * 32)
    writer.addEntry("__substg1.0_001A001F", utf16("IPM.Note"))
    writer.addEntry("__substg1.0_0037001F", utf16(subject))
    writer.addEntry("__substg1.0_1000001F", utf16(body))
    writer.addEntry("__substg1.0_0C1F001F", utf16(sender))
    writer.addEntry("__substg1.0_0C1A001F", utf16(name))
    writer.addEntry("__substg1.0_007D001F", utf16(headers or f"From: {name} <{sender}>\r\nSubject: {subject}\r\n\r\n"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


MSG = msg_bytes("RFQ vases", "We need 2,400 vases, FOB Ningbo.", "karen@harborline-imports.com", "Karen Mitchell")


def test_a_real_outlook_file_is_read() -> None:
    inquiry = keepable(inputs.from_msg_bytes(MSG))
    assert (inquiry.email, inquiry.subject, inquiry.source) == ("karen@harborline-imports.com", "RFQ vases", "msg")


@FAST
@given(data=st.binary(max_size=4000))
def test_any_bytes_as_msg_are_refused_with_a_message(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        inputs.from_msg_bytes(data, "x.msg")
    input_error_with_message(caught.value, ("input.not_outlook_msg",))


@FAST
@given(data=damaged(MSG))
def test_a_damaged_outlook_file_is_an_inquiry_or_a_message(data: bytes) -> None:
    read(inputs.from_msg_bytes, data, "x.msg", codes=("input.not_outlook_msg", "input.nothing"))


@FEW
@given(subject=TEXT, body=TEXT, sender=SHORT, name=SHORT, headers=TEXT)
def test_outlook_fields_with_any_text_are_read(subject: str, body: str, sender: str, name: str, headers: str) -> None:
    data = msg_bytes(subject, body, sender, name, headers)
    read(inputs.from_msg_bytes, data, "x.msg", codes=("input.not_outlook_msg", "input.nothing"))


# -- CSV and XLSX rows ----------------------------------------------------------------------------


def _items_read(items: list[Item]) -> None:
    for item in items:
        if item.error:
            assert item.error in catalog("en") and item.error in catalog("zh"), item.error
        read(to_inquiry, item)


@FAST
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".tsv"]))
def test_any_bytes_as_a_sheet_give_rows_or_messages(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"leads{suffix}"
        path.write_bytes(data)
        _items_read(list(csv_items(path)))


ROW_FIELDS = ("email", "company", "text", "phone", "website", "verified", "account_age_years", "ip_country")


@FAST
@given(
    rows=st.lists(st.fixed_dictionaries({k: SHORT for k in ROW_FIELDS}), max_size=5),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gbk", "utf-16"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_csv_rows_of_any_text_give_inquiries_or_messages(
    rows: list[dict[str, str]], encoding: str, newline: str
) -> None:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, ROW_FIELDS, lineterminator=newline)
    writer.writeheader()
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "leads.csv"
        path.write_bytes(out.getvalue().encode(encoding, "replace"))
        _items_read(list(csv_items(path)))


@FEW
@given(data=st.binary(max_size=3000))
def test_any_bytes_as_a_workbook_are_refused_with_a_message(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "leads.xlsx"
        path.write_bytes(data)
        with pytest.raises(InputError) as caught:
            list(xlsx_items(path))
    input_error_with_message(caught.value, ("batch.bad_sheet",))


@FEW
@given(rows=st.lists(st.lists(st.one_of(SHORT, st.integers(), st.floats()), min_size=8, max_size=8), max_size=4))
def test_workbook_rows_of_any_value_give_inquiries_or_messages(rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(ROW_FIELDS))
    for row in rows:  # what a workbook can hold: no control characters, no lone surrogates
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v).encode("utf-8", "replace").decode() if isinstance(v, str)
                      else v for v in row])  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "leads.xlsx"
        book.save(path)
        _items_read(list(xlsx_items(path)))


# -- platform fields ------------------------------------------------------------------------------

NUMBERS = st.one_of(
    SHORT,
    st.sampled_from(["", "12", "0", "-3", "1.5", "1e400", "nan", "-inf", "Infinity", "1_000", "٣", " 7 ", "yes"]),
    st.integers().map(str),
    st.floats().map(str),
)
PLATFORM_KEYS = (*inputs.PLATFORM_FIELDS, "account_age_days", "account_age_months", "products_viewed", "name")


@FAST
@given(values=st.dictionaries(st.sampled_from(PLATFORM_KEYS), NUMBERS))
def test_platform_fields_are_numbers_a_rep_can_read_or_a_message(values: dict[str, str]) -> None:
    try:
        stats = inputs.platform_stats(values)
    except InputError as exc:
        input_error_with_message(exc, ("input.bad_number",))
        assert exc.params["field"] in PLATFORM_KEYS
        return
    assert isinstance(stats, PlatformStats)
    for name in ("account_age_years", "products_viewed_90d", "inquiries_sent_90d", "suppliers_contacted_90d"):
        number = getattr(stats, name)
        assert number is None or (math.isfinite(number) and number >= 0), (name, number)
    stats.ip_country and stats.ip_country.encode("utf-8")


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "1e400", "-0.5"])
def test_impossible_platform_numbers_are_refused(value: str) -> None:
    with pytest.raises(InputError) as caught:
        inputs.platform_stats({"account_age_years": value})
    assert (caught.value.code, caught.value.params["field"]) == ("input.bad_number", "account_age_years")


# -- the seller profile ---------------------------------------------------------------------------

TOML_VALUES = st.recursive(
    st.one_of(st.text(max_size=8), st.integers(), st.floats(allow_nan=False), st.booleans()),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=10,
)
PROFILE_KEYS = st.sampled_from(["company", "markets", "product_lines", "terms", "customs", "customs_columns", "x"])


@FAST
@given(data=st.dictionaries(PROFILE_KEYS, TOML_VALUES, max_size=5))
def test_any_profile_table_is_a_profile_or_a_message(data: dict[str, Any]) -> None:
    try:
        profile = parse_profile(data, "p")
    except InputError as exc:
        input_error_with_message(exc, ("input.bad_profile",))
        return
    assert all(isinstance(line.name, str) for line in profile.product_lines)


@FAST
@given(data=st.one_of(st.binary(max_size=500), TEXT.map(lambda s: s.encode("utf-8", "surrogatepass"))))
def test_any_profile_file_is_a_profile_or_a_message(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.toml"
        path.write_bytes(data)
        try:
            load_profile(path)
        except InputError as exc:
            input_error_with_message(exc, ("input.bad_profile",))


def test_the_shipped_profiles_still_read() -> None:
    from research.profile import list_profiles

    for path in list_profiles():
        assert load_profile(path).product_lines, path
        tomllib.loads(path.read_text("utf-8"))
