from __future__ import annotations

import codecs

import pytest

from research.extract.encoding import decode_body, looks_binary, normalize_charset

ZH = "<html><body><p>我们是一家位于深圳的电子产品进口商，主要经营数据线和充电器。</p></body></html>"
RU = "<html><body><p>Мы оптовая компания из Москвы, работаем с 1998 года. Каталог продукции.</p></body></html>"


def test_undeclared_gbk_is_detected() -> None:
    text, enc = decode_body(ZH.encode("gbk"))
    assert "深圳" in text and enc == "gb18030"


def test_undeclared_windows_1251_is_detected() -> None:
    text, _ = decode_body(RU.encode("cp1251"))
    assert "Москвы" in text


def test_header_charset_wins_when_it_fits() -> None:
    text, enc = decode_body("Grüße aus Köln".encode("cp1252"), "text/html; charset=ISO-8859-1")
    assert text == "Grüße aus Köln" and enc == "cp1252"


def test_meta_charset_for_shift_jis() -> None:
    page = '<meta charset="Shift_JIS"><p>会社概要</p>'.encode("cp932")
    text, enc = decode_body(page)
    assert "会社概要" in text and enc == "cp932"


def test_lying_declaration_is_not_trusted() -> None:
    page = ('<meta charset="utf-8">' + ZH).encode("gbk")
    text, _ = decode_body(page)
    assert "深圳" in text


def test_bom_wins() -> None:
    text, enc = decode_body(codecs.BOM_UTF8 + "Straße".encode())
    assert text == "Straße" and enc == "utf-8-sig"


def test_cut_in_the_middle_of_a_character_is_still_utf8() -> None:
    body = "深圳电子".encode()[:-1]
    text, enc = decode_body(body)
    assert enc == "utf-8" and text.startswith("深圳电")


def test_garbage_never_raises() -> None:
    text, _ = decode_body(bytes(range(256)) * 10, "text/html; charset=no-such-charset")
    assert isinstance(text, str)


def test_legacy_labels_map_to_browser_supersets() -> None:
    assert normalize_charset("GB2312") == "gb18030"
    assert normalize_charset("x-sjis") == "cp932"
    assert normalize_charset("bogus") is None
    assert normalize_charset("\x00utf-8") is None  # a NUL once raised ValueError out of the label lookup
    text, _ = decode_body(b"<p>Caf\xc3\xa9</p>", "text/html; charset=\x00utf-8")
    assert "Café" in text


def test_meta_utf16_on_an_ascii_page_is_read_as_utf8() -> None:
    # Odd and even lengths: UTF-16 without a BOM once raised UnicodeError and lost the whole site.
    for tail in (b"", b"x"):
        body = '<meta charset="utf-16"><title>Café Import</title>'.encode() + tail
        text, encoding = decode_body(body, "text/html")
        assert encoding == "utf-8" and "Café Import" in text


def test_utf16_declared_by_the_server_is_still_honoured() -> None:
    body = "<p>深圳海岸</p>".encode("utf-16-le")
    assert decode_body(body, "text/html; charset=utf-16le")[0] == "<p>深圳海岸</p>"
    assert not looks_binary(body, "text/html; charset=utf-16le")


@pytest.mark.parametrize(
    "body",
    [
        b"\x89PNG\r\n\x1a\n" + b"IHDR CE" * 50,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj CE RoHS",
        b"PK\x03\x04" + b"ISO 9001" * 40,
        bytes(range(256)) * 8,
    ],
)
def test_binary_is_recognised(body: bytes) -> None:
    assert looks_binary(body, "text/html; charset=utf-8")


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>plain page\x00 with one stray NUL among a lot of ordinary text" + b" text" * 400,
        "<p>深圳海岸贸易有限公司</p>".encode("gb18030") * 20,
        "<p>Строймаркет Урал</p>".encode("cp1251") * 20,
        b"",
    ],
)
def test_text_in_any_page_encoding_is_not_binary(body: bytes) -> None:
    assert not looks_binary(body, "text/html")
