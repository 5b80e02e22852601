"""What a rep reads on a page, from saved markup: founding years, phones, markets, states, encodings."""

from __future__ import annotations

import pytest

from research.extract.encoding import decode_body
from research.extract.site_company import founded, size_hints
from research.extract.site_contacts import merge_phones, phones, socials
from research.extract.site_facts import read_site
from research.extract.site_markets import currencies, markets
from research.extract.site_model import business_model, site_state
from research.extract.site_page import read_page

YEAR = 2026


def _doc(body: str, url: str = "https://buyer.example/", kind: str = "home", lang: str = "en") -> object:
    return read_page(url, f'<html lang="{lang}"><head><title>T</title></head><body>{body}</body></html>', kind)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Family owned since 1989.", 1989),
        ("Established in 1995 in Leeds", 1995),
        ("Seit 1989 Ihr Partner für Objektmöbel", 1989),
        ("Desde 1978 distribuimos menaje", 1978),
        ("Fondée en 1964 à Lyon", 1964),
        ("Fondata nel 1955", 1955),
        ("Fundada em 2001", 2001),
        ("Работаем с 2003 года", 2003),
        ("منذ 1998 نخدم عملاءنا", 1998),
        ("1987 yılından beri", 1987),
        ("Od 1992 roku", 1992),
        ("公司成立于2006年", 2006),
        ("1972年創業", 1972),
        ("1999년 설립", 1999),
        ("Since 2031 we will ...", None),  # not yet
    ],
)
def test_founding_year_in_many_languages(text: str, year: int | None) -> None:
    found = founded([_doc(f"<p>{text}</p>", kind="about")], YEAR)
    assert (found["year"] if found else None) == year
    if found:
        assert str(year) in found["snippet"]


def test_size_hints_read_numbers_with_separators() -> None:
    doc = _doc(
        "<p>Mit 1.250 Mitarbeitern und 86 Filialen.</p><p>Our 120,000 sq ft warehouse in Ohio.</p>"
        "<p>Over 40 brands.</p>"
    )
    hints = {h["kind"]: h["value"] for h in size_hints([doc])}  # type: ignore[list-item]
    assert hints == {"employees": 1250, "stores": 86, "warehouse_m2": 11148, "brands": 40}


def test_customers_served_are_not_own_stores() -> None:
    doc = _doc("<p>Servimos a más de 1.800 tiendas y ferreterías.</p><p>We supply 650 stores across Texas.</p>")
    assert size_hints([doc]) == []  # type: ignore[list-item]
    doc = _doc("<p>Today we run 240 stores in six countries.</p>")
    assert [(h["kind"], h["value"]) for h in size_hints([doc])] == [("stores", 240)]  # type: ignore[list-item]


def test_store_count_alone_makes_a_chain() -> None:
    from research.enrich.website_signals import model_signals

    reading = read_site([_doc("<p>Founded in 1990, today we run 240 stores in six countries.</p>")], YEAR)
    chain = [s for s in model_signals(reading) if s.code == "website.chain"]
    assert chain and "240 stores" in chain[0].evidence[0].snippet


def test_phone_and_fax_on_one_number_is_a_small_office() -> None:
    doc = _doc("<p>Tel./Fax: 040 6094 3310</p><p>Mobil: 0171 2345678</p>", url="https://x.de/kontakt")
    merged, phone_is_fax = merge_phones(phones(doc, "DE"))  # type: ignore[arg-type]
    assert phone_is_fax
    by_number = {p["number"]: p for p in merged}
    assert by_number["+494060943310"]["role"] == "phone_fax" and by_number["+494060943310"]["type"] == "fixed"
    assert by_number["+491712345678"]["type"] == "mobile" and by_number["+491712345678"]["country"] == "DE"


def test_separate_fax_is_not_phone_equals_fax() -> None:
    doc = _doc("<p>Phone: +44 20 7946 0321</p><p>Fax: +44 20 7946 0322</p>")
    merged, phone_is_fax = merge_phones(phones(doc, "GB"))  # type: ignore[arg-type]
    assert not phone_is_fax and {p["role"] for p in merged} == {"phone", "fax"}


def test_share_buttons_are_not_the_company_profile() -> None:
    doc = _doc(
        '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a>'
        '<a href="https://twitter.com/intent/tweet?url=x">Tweet</a>'
        '<a href="https://x.com/acme_tools">X</a><a href="https://wa.me/4917112345678">WhatsApp</a>'
    )
    assert socials(doc) == {"x": "https://x.com/acme_tools", "whatsapp": "https://wa.me/4917112345678"}  # type: ignore[arg-type]


def test_markets_are_where_they_sell_not_where_they_buy() -> None:
    doc = _doc("<p>We import from China and Vietnam and ship to Canada and Mexico.</p><p>Germany is great.</p>")
    found, _ = markets([doc])  # type: ignore[list-item]
    assert [m["code"] for m in found] == ["CA", "MX"]


def test_markets_in_russian_and_arabic() -> None:
    ru = _doc("<p>Доставка по России, Казахстану и Узбекистану.</p>", lang="ru")
    ar = _doc("<p>نشحن إلى السعودية والكويت وقطر</p>", lang="ar")
    assert [m["code"] for m in markets([ru])[0]] == ["RU", "KZ", "UZ"]  # type: ignore[list-item]
    assert {m["code"] for m in markets([ar])[0]} == {"SA", "KW", "QA"}  # type: ignore[list-item]


def test_bare_dollar_is_the_sites_own_dollar() -> None:
    doc = _doc("<p>Minimum order $300 ex GST</p>")
    assert currencies([doc], "AU") == ["AUD"]  # type: ignore[list-item]
    assert currencies([doc], "US") == ["USD"]  # type: ignore[list-item]


@pytest.mark.parametrize(
    "text",
    [
        "Our quality control team in Yiwu checks every order.",
        "Unser Büro in Ningbo betreut die Lieferanten.",
        "У нас есть представительство в Гуанчжоу.",
        "我们在深圳设有办事处。",
    ],
)
def test_china_office_from_city_and_office_word(text: str) -> None:
    assert "china_office" in business_model([_doc(f"<p>{text}</p>")])  # type: ignore[list-item]


def test_buying_from_a_chinese_city_is_not_an_office() -> None:
    assert business_model([_doc("<p>Our ceramics come from factories near Foshan.</p>")]) == {}  # type: ignore[list-item]


def test_business_model_needs_whole_words() -> None:
    doc = _doc("<p>A poem about a boat: the odmarket of B2Bee.</p>")
    assert business_model([doc]) == {}  # type: ignore[list-item]
    doc = _doc("<p>Wir liefern nur an den Fachhandel. Eigene Marke seit 2010.</p>", lang="de")
    assert set(business_model([doc])) == {"wholesale", "oem"}  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("<h1>example.com</h1><p>This domain is for sale! Make an offer.</p>", "for_sale"),
        ("<h1>Related searches</h1><a href='/?q=1'>Cheap flights</a>", "parked"),
        ("<h1>Website coming soon</h1>", "under_construction"),
        ("<h1>Sitio en construcción</h1>", "under_construction"),
        ("<h1>网站建设中</h1>", "under_construction"),
        ("<h1>Apache2 Ubuntu Default Page</h1><p>It works!</p>", "default_page"),
        ('<div id="app"></div><script src="/app.js"></script>', "js_shell"),
    ],
)
def test_placeholder_states(body: str, state: str) -> None:
    assert site_state(_doc(body))[0] == state  # type: ignore[arg-type]


def test_a_small_real_page_mentioning_coming_soon_is_ok() -> None:
    body = (
        "<h1>Lumen Lighting</h1><p>Pendant lamps, wall lights and table lamps for hotels and restaurants.</p>"
        "<p>Call +44 20 7946 0321 or write to sales@lumen.example. Showroom in Leeds, open Monday to Friday.</p>"
        "<h2>Outdoor range</h2><p>Our new outdoor range is coming soon.</p>"
    )
    assert site_state(_doc(body))[0] == "ok"  # type: ignore[arg-type]


def test_a_real_page_mentioning_coming_soon_is_ok() -> None:
    text = "".join(["<p>Our garden furniture range is made from FSC certified acacia wood.</p>"] * 80)
    assert site_state(_doc(f"{text}<p>New colours coming soon.</p>"))[0] == "ok"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("encoding", "html"),
    [  # national phone formats are read with the site's country (.tw, .jp, .cn, .fr)
        ("big5", "<html><body><a href='/a'>關於我們</a><p>本公司成立於1988年，電話 +886 2 2712 3456</p></body></html>"),
        (
            "shift_jis",
            "<html><body><a href='/a'>会社概要</a><p>1972年創業の卸売会社です。TEL 03-3211-4567</p></body></html>",
        ),
        (
            "gbk",
            "<html><body><a href='/a'>关于我们</a>"
            "<p>公司成立于2006年，主营批发业务。电话 020-8765 4321</p></body></html>",
        ),
        (
            "cp1252",
            "<html><body><a href='/a'>Qui sommes-nous</a>"
            "<p>Fondée en 1964, société française. Tél. 01 42 68 53 00</p></body></html>",
        ),
    ],
)
def test_undeclared_legacy_encodings(encoding: str, html: str) -> None:
    tld = {"big5": "tw", "shift_jis": "jp", "gbk": "cn", "cp1252": "fr"}[encoding]
    text, _ = decode_body(html.encode(encoding), "text/html")
    doc = read_page(f"https://buyer.com.{tld}/", text)
    assert doc.links[0][1] == html.split("'>")[1].split("<")[0]
    reading = read_site([doc], YEAR)
    assert reading.facts["founded_year"] and reading.facts["phones"]


def test_hostile_structured_data_is_ignored() -> None:
    deep = "[" * 5000 + "]" * 5000
    page = f'<script type="application/ld+json">{deep}</script><script type="application/ld+json">{{bad json</script>'
    doc = read_page("https://x.com/", f"<html><body>{page}<p>Since 1990</p></body></html>")
    assert doc.structured == () and founded([doc], YEAR) is not None  # type: ignore[list-item]


def test_broken_markup_is_read_not_fatal() -> None:
    broken = (
        "<html><body><div><p>Tel: +49 40 6094 3310<table><tr><td>Kontakt</a></b></i><p>seit 1989<script>var x = '</p>"
    )
    doc = read_page("https://x.de/", broken)
    reading = read_site([doc], YEAR)
    assert reading.facts["founded_year"] == 1989 and reading.facts["phones"][0]["number"] == "+494060943310"
    assert read_site([read_page("https://x.de/", "\x00\x01<<<>>>")], YEAR).facts["phones"] == []
