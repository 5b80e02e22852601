"""Page kinds from a hand-written navigation bar per language group: link text, URL, product detail
pages, and store lists (a chain's evidence)."""

from __future__ import annotations

import re

import pytest

from research.enrich.site_crawl import rank_links
from research.extract.site_kinds import link_kind, page_kind, text_kind, url_kind
from research.extract.site_page import read_page

NAVS = {
    "nl": """<a href="/collectie">Collectie</a><a href="/assortiment">Ons assortiment</a>
        <a href="/producten">Producten</a><a href="/over-ons">Over ons</a><a href="/x1">Wie zijn wij</a>
        <a href="/contact">Contact</a><a href="/winkels">Onze winkels</a>""",
    "de": """<a href="/sortiment">Sortiment</a><a href="/prospekt">Prospekt</a><a href="/angebote">Angebote</a>
        <a href="/ueber-uns">Über uns</a><a href="/x2">Unternehmen</a><a href="/impressum">Impressum</a>
        <a href="/standorte">Standorte</a><a href="/x3">Filialen</a>""",
    "pl": """<a href="/oferta">Oferta</a><a href="/produkty">Produkty</a><a href="/katalog">Katalog</a>
        <a href="/o-firmie">O firmie</a><a href="/x4">O nas</a><a href="/kontakt">Kontakt</a>
        <a href="/sklepy">Nasze sklepy</a>""",
    "it": """<a href="/prodotti">Prodotti</a><a href="/catalogo">Catalogo</a><a href="/chi-siamo">Chi siamo</a>
        <a href="/x5">Azienda</a><a href="/contatti">Contatti</a><a href="/dove-siamo">Dove siamo</a>
        <a href="/negozi">I nostri negozi</a>""",
    "es": """<a href="/productos">Productos</a><a href="/x6">Catálogo</a><a href="/quienes-somos">Quiénes somos</a>
        <a href="/nosotros">Nosotros</a><a href="/x7">Empresa</a><a href="/contacto">Contacto</a>
        <a href="/tiendas">Nuestras tiendas</a>""",
    "fr": """<a href="/produits">Produits</a><a href="/catalogue">Catalogue</a><a href="/x8">Nos collections</a>
        <a href="/qui-sommes-nous">Qui sommes-nous</a><a href="/x9">À propos</a><a href="/x10">L'entreprise</a>
        <a href="/nous-contacter">Nous contacter</a><a href="/mentions-legales">Mentions légales</a>
        <a href="/nos-magasins">Nos magasins</a>""",
    "pt": """<a href="/produtos">Produtos</a><a href="/quem-somos">Quem somos</a><a href="/x11">Institucional</a>
        <a href="/contato">Fale conosco</a><a href="/lojas">Nossas lojas</a>""",
    "sv": """<a href="/produkter">Produkter</a><a href="/om-oss">Om oss</a><a href="/kontakt">Kontakta oss</a>
        <a href="/butiker">Våra butiker</a>""",
    "da": """<a href="/produkter">Produkter</a><a href="/om-os">Om os</a><a href="/kontakt">Kontakt os</a>
        <a href="/butikker">Vores butikker</a>""",
    "cs": """<a href="/produkty">Výrobky</a><a href="/o-nas">O nás</a><a href="/kontakty">Kontakty</a>
        <a href="/prodejny">Naše prodejny</a>""",
    "tr": """<a href="/urunler">Ürünlerimiz</a><a href="/hakkimizda">Hakkımızda</a><a href="/iletisim">İletişim</a>
        <a href="/magazalar">Mağazalarımız</a>""",
    "ar": """<a href="/p">منتجاتنا</a><a href="/a">من نحن</a><a href="/c">اتصل بنا</a><a href="/s">فروعنا</a>""",
    "ja": """<a href="/p">製品</a><a href="/a">会社概要</a><a href="/c">お問い合わせ</a><a href="/s">店舗一覧</a>""",
    "zh": """<a href="/p">产品中心</a><a href="/a">关于我们</a><a href="/c">联系我们</a><a href="/s">门店查询</a>""",
    "en": """<a href="/shop">Shop</a><a href="/about-us">About us</a><a href="/contact">Contact</a>
        <a href="/stores">Store locator</a><a href="/x12">Our stores</a>""",
}
WANT = {
    "nl": ["products", "products", "products", "about", "about", "contact", "stores"],
    "de": ["products", "products", "products", "about", "about", "contact", "stores", "stores"],
    "pl": ["products", "products", "products", "about", "about", "contact", "stores"],
    "it": ["products", "products", "about", "about", "contact", "contact", "stores"],
    "es": ["products", "products", "about", "about", "about", "contact", "stores"],
    "fr": ["products", "products", "products", "about", "about", "about", "contact", "contact", "stores"],
    "pt": ["products", "about", "about", "contact", "stores"],
    "sv": ["products", "about", "contact", "stores"],
    "da": ["products", "about", "contact", "stores"],
    "cs": ["products", "about", "contact", "stores"],
    "tr": ["products", "about", "contact", "stores"],
    "ar": ["products", "about", "contact", "stores"],
    "ja": ["products", "about", "contact", "stores"],
    "zh": ["products", "about", "contact", "stores"],
    "en": ["products", "about", "contact", "stores", "stores"],
}


def _nav(lang: str) -> list[tuple[str, str]]:
    return list(read_page("https://shop.example/", f"<html><body><nav>{NAVS[lang]}</nav></body></html>").links)


@pytest.mark.parametrize("lang", sorted(NAVS))
def test_navigation_link_texts_name_the_kind(lang: str) -> None:
    assert [link_kind(url, text) for url, text in _nav(lang)] == WANT[lang]


@pytest.mark.parametrize("lang", sorted(NAVS))
def test_navigation_urls_alone_name_the_kind(lang: str) -> None:
    """Without the text (a menu of icons), the URL is read; the placeholder /x1 paths say nothing."""
    for (url, _), kind in zip(_nav(lang), WANT[lang], strict=True):
        if not re.fullmatch(r"x\d+|[pacs]", url.rsplit("/", 1)[-1]):
            assert url_kind(url) == kind, url


@pytest.mark.parametrize(
    "url",
    [
        "https://a.com/product/oak-dining-table",
        "https://a.com/en/products/oak-dining-table",
        "https://a.de/produkt/gartenstuhl-teak-120",
        "https://a.it/prodotto/lampada-da-tavolo",
        "https://a.es/producto/silla-plegable.html",
        "https://a.pt/produto/cadeira",
        "https://a.fr/produit/table-de-jardin",
        "https://a.pl/produkt/krzeslo",
    ],
)
def test_product_detail_pages_are_products(url: str) -> None:
    assert url_kind(url) == "products"
    assert page_kind(url, "Oak table | A", "Oak table", None) == "products"


def test_the_last_and_whole_segment_is_the_most_specific() -> None:
    assert url_kind("https://a.com/company/contact") == "contact"
    assert url_kind("https://a.fr/fr/nos-magasins") == "stores"
    assert url_kind("https://a.de/unternehmen/standorte") == "stores"


def test_longer_phrase_wins_over_a_word_of_another_kind() -> None:
    assert text_kind("Store locator") == "stores"  # not "store", a shop
    assert text_kind("Store") == "products"
    assert text_kind("Trouver un magasin") == "stores"
    assert text_kind("Boutique") == "products"  # an e-shop, not a store list


@pytest.mark.parametrize(
    "text",
    ["Read more", "Over 500 brands in stock", "Login", "Nieuws", "Aktuelles", "Blog", "Warenkorb", "Carrello"],
)
def test_other_links_have_no_kind_or_stay_products(text: str) -> None:
    assert text_kind(text) in (None, "products")
    assert text_kind(text) != "about"


def test_a_store_list_is_crawled_as_its_own_kind() -> None:
    links = _nav("de")
    ranked = rank_links(links, "shop.example")
    firsts = [kind for _, _, kind in ranked[:4]]
    assert set(firsts) == {"products", "about", "contact", "stores"}
