"""Page kinds from link text and URLs in the 13 languages buyers write their sites in."""

from __future__ import annotations

import pytest

from research.extract.site_kinds import is_page_url, link_kind, page_kind, url_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Products", "products"),
        ("产品中心", "products"),
        ("Productos", "products"),
        ("Produtos", "products"),
        ("Nos produits", "products"),
        ("Produkte", "products"),
        ("Prodotti", "products"),
        ("Продукция", "products"),
        ("منتجاتنا", "products"),
        ("Ürünlerimiz", "products"),
        ("Produkty", "products"),
        ("製品情報", "products"),
        ("제품소개", "products"),
        ("About Us", "about"),
        ("关于我们", "about"),
        ("Quiénes somos", "about"),
        ("Quem somos", "about"),
        ("Qui sommes-nous ?", "about"),
        ("Über uns", "about"),
        ("Chi siamo", "about"),
        ("О компании", "about"),
        ("من نحن", "about"),
        ("Hakkımızda", "about"),
        ("O nas", "about"),
        ("会社概要", "about"),
        ("회사소개", "about"),
        ("Contact us", "contact"),
        ("联系我们", "contact"),
        ("Contáctenos", "contact"),
        ("Fale conosco", "contact"),
        ("Kontakt", "contact"),
        ("Contatti", "contact"),
        ("Контакты", "contact"),
        ("اتصل بنا", "contact"),
        ("İletişim", "contact"),
        ("お問い合わせ", "contact"),
        ("문의하기", "contact"),
    ],
)
def test_link_text_names_the_kind(text: str, kind: str) -> None:
    assert link_kind("https://example.com/x", text) == kind


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://a.de/ueber-uns", "about"),
        ("https://a.ru/o-kompanii.html", "about"),
        ("https://a.es/quienes-somos/", "about"),
        ("https://a.com.tr/urunler", "products"),
        ("https://a.com/en/product/led-panel-600", "products"),
        ("https://a.pl/kontakt", "contact"),
        ("https://a.com/blog/2024/new-year", None),
    ],
)
def test_url_names_the_kind(url: str, kind: str | None) -> None:
    assert url_kind(url) == kind


def test_unlabelled_links_and_files() -> None:
    assert link_kind("https://a.com/p?id=7", "Read more") is None
    assert not is_page_url("https://a.com/catalogue-2026.pdf")
    assert not is_page_url("mailto:info@a.com")
    # The root is the home page whatever it is called; a page reached by a link keeps the link's kind.
    assert page_kind("https://a.com/", "Products | A", "Products", "products") == "home"
    assert page_kind("https://a.com/x1", "Über uns – A GmbH", "", None) == "about"
