"""E-mail addresses spelled to dodge harvesters, read back as plain addresses; prose stays prose."""

from __future__ import annotations

import pytest

from research.extract.site_contacts import emails
from research.extract.site_page import read_page


def _emails(body: str) -> list[str]:
    return emails(read_page("https://example.com/kontakt", f"<html><body>{body}</body></html>"))


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("<p>E-Mail: info(at)gartenwelt-hofmann.de</p>", "info@gartenwelt-hofmann.de"),
        ("<p>Scrivici: ordini [at] lumeacasa [dot] it</p>", "ordini@lumeacasa.it"),
        ("<p>Napisz: import (małpa) hurtpol-import.pl</p>", "import@hurtpol-import.pl"),
        ("<p>Write to sales at acme-trading dot com for prices.</p>", "sales@acme-trading.com"),
        ("<p>name{at}domain.com</p>", "name@domain.com"),
        ("<p>Export [AT] Nordic-Goods [DOT] SE</p>", "export@nordic-goods.se"),
        ("<p>お問い合わせ：info＠kaisha.co.jp</p>", "info@kaisha.co.jp"),
        ("<p>ventas (arroba) casabonita.es</p>", "ventas@casabonita.es"),
        ("<p>ventas arroba casabonita punto es</p>", "ventas@casabonita.es"),
        ("<p>Mail: einkauf (ät) handel-wien.at</p>", "einkauf@handel-wien.at"),
        ("<p>einkauf ät handel-wien punkt at</p>", "einkauf@handel-wien.at"),
        ("<p>office(at)firma.de.</p>", "office@firma.de"),
        ("<p>office (at) firma (dot) de</p>", "office@firma.de"),
        ("<p>info (at) lumeacasa.it</p>", "info@lumeacasa.it"),
        ("<p>objednavky (zavináč) obchod (tečka) cz</p>", "objednavky@obchod.cz"),
        ("<p>info&#64;maison-vert.fr</p>", "info@maison-vert.fr"),
        ("<p>info&amp;#64;maison-vert.fr</p>", "info@maison-vert.fr"),  # entity written twice over
        (
            "<p><span>info</span><span>@</span><span>firma-nord</span><span>.</span><span>de</span></p>",
            "info@firma-nord.de",
        ),
        ("<p>E-Mail: <span>vertrieb</span>@<span>firma-nord.de</span></p>", "vertrieb@firma-nord.de"),
        (
            '<a href="mailto:Einkauf@Firma-Nord.de?subject=Anfrage&amp;body=Hallo">Schreiben Sie uns</a>',
            "einkauf@firma-nord.de",
        ),
        ('<a href="mailto:%20a@firma-nord.de,b@firma-nord.de">Mail</a>', "b@firma-nord.de"),
    ],
)
def test_obfuscated_and_hidden_addresses_are_read(body: str, address: str) -> None:
    assert address in _emails(body)


def test_schema_org_email_is_read() -> None:
    ld = '{"@context": "https://schema.org", "@type": "Organization", "email": "mailto:Ordini@LumeaCasa.it"}'
    assert "ordini@lumeacasa.it" in _emails(f'<script type="application/ld+json">{ld}</script><p>Benvenuti</p>')
    point = (
        '{"@context": "https://schema.org", "@type": "Organization", "name": "H",'
        ' "contactPoint": {"@type": "ContactPoint", "email": "import(at)hurtpol-import.pl"}}'
    )
    assert "import@hurtpol-import.pl" in _emails(f'<script type="application/ld+json">{point}</script>')


@pytest.mark.parametrize(
    "body",
    [
        "<p>Meet us at the fair dot com stand in hall 4.</p>",
        "<p>Come and see us at expo dot com this spring.</p>",  # "us" is no mailbox
        "<p>Our range is available at amazon.com and ebay.de.</p>",  # bare "at" needs a spelled dot too
        "<p>Gruenwald Handel GmbH, Wien (AT) · www.gruenwald-handel.at</p>",  # a country code, a web address
        "<p>Offices in Vienna (AT) and Graz (AT).</p>",
        "<p>Price: 12 (at) 4.99 per unit</p>",
        "<p>contact(at)example.invalidtld</p>",  # no real TLD
        "<p>name{at}domain.tld</p>",
        "<p>Lieferung ab 5 Stück ät 3 punkt 50 Euro</p>",
        "<p>Order 10 pcs at 2 dot 5 kg each</p>",
    ],
)
def test_prose_is_not_an_address(body: str) -> None:
    assert _emails(body) == []


def test_plain_addresses_are_unchanged_and_lower_case() -> None:
    assert _emails("<p>Sales@Pacific-Trade.com.au, info(at)pacific-trade.com.au</p>") == [
        "sales@pacific-trade.com.au",
        "info@pacific-trade.com.au",
    ]
