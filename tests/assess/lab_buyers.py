"""The lab's fixture buyers (tests/lab/README.md), each with a realistic inquiry and what a rep would decide.

Expected answers were written from the buyer's story (site, domain, words), before running the tool.
``buyer_type`` None: not judged (a scam's "type" means nothing to the rep).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from research.types import Inquiry

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class LabBuyer:
    site: str
    category: str
    buyer_type: str | None
    inquiry: Inquiry
    # A known miss: what the tool says today instead, and why (pinned, so a fix shows up here).
    now: tuple[str, str | None] | None = None
    why: str = ""

    def pinned(self) -> tuple[str, str | None]:
        """The answer the test holds the tool to: the expected one, or today's documented miss."""
        return self.now or (self.category, self.buyer_type)


def _mail(email: str, subject: str, body: str, company: str = "", country: str = "") -> Inquiry:
    return Inquiry(email=email, company=company, subject=subject, body=body, country=country)


LAB_BUYERS = [
    LabBuyer(
        "harborline-imports.com",
        "A",
        "wholesaler",
        _mail(
            "purchasing@harborline-imports.com",
            "RFQ ceramic vases and scented candles",
            (FIXTURES / "harborline_inquiry.txt").read_text("utf-8"),
            "Harborline Imports LLC",
            "US",
        ),
    ),
    LabBuyer(
        "brightnest-home.com",
        "B",
        "retailer",
        _mail(
            "hello@brightnest-home.com",
            "Soy candles for our shop",
            "Hi! We run a small home shop in Portland (online and one store). We'd like to try your soy scented "
            "candles in glass jars, 3 scents, about 300 pcs mixed for a first order. Can you mix scents, and what "
            "is the price and lead time to Portland?\n\nThanks,\nMegan, Brightnest Home",
            "Brightnest Home",
            "US",
        ),
    ),
    LabBuyer(
        "pacific-trade-supply.com.au",
        "A",
        "wholesaler",
        _mail(
            "buying@pacific-trade-supply.com.au",
            "Ceramic planters - quotation request",
            "Good afternoon,\n\nWe are a wholesale distributor of kitchenware and homewares supplying retailers "
            "across Australia and New Zealand. Please quote ceramic flower pots / planters, glazed, 3 sizes "
            "(12, 15, 20 cm), 3,000 pcs per size, FOB Ningbo, delivery to Sydney in May. Payment T/T 30/70.\n\n"
            "Regards,\nDaniel Wong\nCategory Buyer, Pacific Trade Supply Pty Ltd",
            "Pacific Trade Supply Pty Ltd",
            "AU",
        ),
    ),
    LabBuyer(
        "vantoro-outdoor.com",
        "A",
        "oem_importer",
        _mail(
            "sourcing@vantoro-outdoor.com",
            "Citronella candles in tins - private label",
            "Hello,\n\nVANTORO is an outdoor brand from Hamburg; our sourcing office in Shenzhen handles our "
            "suppliers. We want citronella scented candles in tin cans, 200 g, with our own brand and logo on "
            "the lid and a printed gift box, 5,000 pcs for the first order. Please quote FOB Shenzhen with "
            "lead time and your MOQ.\n\nBest regards,\nJonas Becker, Sourcing Manager",
            "VANTORO Outdoor GmbH",
            "DE",
        ),
    ),
    LabBuyer(
        "maisonvert.fr",
        "A",
        "chain",
        _mail(
            "achats@maisonvert.fr",
            "Cache-pots céramique - programme printemps",
            "Bonjour,\n\nMaison Vert exploite 118 magasins (jardineries) en France. Pour notre programme de "
            "printemps, nous cherchons des cache-pots en céramique émaillée, 3 tailles, 4 coloris, 12 000 pièces "
            "au total, livraison FOB Ningbo en janvier. Merci de nous envoyer votre offre et vos certificats "
            "BSCI.\n\nCordialement,\nClaire Martin, Acheteuse décoration",
            "Maison Vert SAS",
            "FR",
        ),
    ),
    LabBuyer(
        "nordhaus-moebel.de",
        "A",
        "wholesaler",
        _mail(
            "einkauf@nordhaus-moebel.de",
            "Anfrage Keramikvasen für Gastronomie",
            "Sehr geehrte Damen und Herren,\n\nals Großhändler für Gastronomie-Einrichtung suchen wir "
            "Keramikvasen, weiß matt, 15 cm, 1.500 Stück, sowie Teelichthalter aus Glas, 3.000 Stück. "
            "Bitte senden Sie uns Ihr Angebot FOB Ningbo mit Lieferzeit.\n\nMit freundlichen Grüßen\nKlaus Nordhaus",
            "Nordhaus Möbel GmbH",
            "DE",
        ),
    ),
    LabBuyer(
        "stroymarket-ural.ru",
        "B",
        "wholesaler",
        _mail(
            "zakupki@stroymarket-ural.ru",
            "Запрос каталога",
            "Здравствуйте!\n\nМы оптовая компания в Екатеринбурге, работаем со строительными и садовыми "
            "магазинами. Интересуют керамические кашпо и вазы. Пришлите, пожалуйста, каталог и прайс-лист.\n\n"
            "С уважением,\nИгорь Смирнов",
            "СтройМаркет-Урал",
            "RU",
        ),
    ),
    LabBuyer(
        "alnoor-trading.ae",
        "A",
        "wholesaler",
        _mail(
            "purchase@alnoor-trading.ae",
            "Scented candles and candle holders - 2 x 40HQ",
            "Dear Sir,\n\nWe are a household goods wholesaler in Dubai. We need scented candles in glass jars "
            "(oud and rose, 180 g) and glass candle holders, 2 x 40HQ, CIF Jebel Ali, delivery before Ramadan. "
            "Payment by L/C at sight.\n\nRegards,\nAhmed Al Noor",
            "Al Noor General Trading LLC",
            "AE",
        ),
    ),
    LabBuyer(
        "casa-bonita.es",
        "A",
        "wholesaler",
        _mail(
            "compras@casa-bonita.es",
            "Jarrones de cerámica - 2.000 unidades",
            "Buenos días,\n\nSomos distribuidores de menaje y decoración para tiendas en toda España. Necesitamos "
            "jarrones de cerámica blancos, 25 cm, 2.000 unidades, y velas aromáticas en vaso, 4.000 unidades. "
            "Precio FOB Ningbo y plazo de entrega, por favor.\n\nSaludos,\nLaura García, Casa Bonita Distribuciones",
            "Casa Bonita Distribuciones S.L.",
            "ES",
        ),
    ),
    LabBuyer(
        "berger-haushalt.com",
        "A",
        "wholesaler",
        _mail(
            "m.berger@berger-haushalt.com",
            "Anfrage Duftkerzen 4.000 Stück",
            "Guten Tag,\n\nwir sind Importeur für Haushaltswaren und beliefern den Fachhandel in Deutschland und "
            "Österreich. Wir suchen Duftkerzen im Glas, 200 g, Sojawachs, 4 Düfte, 4.000 Stück, Lieferung DDP "
            "Hamburg im März. Bitte um Ihr Angebot.\n\nMit freundlichen Grüßen\nMarkus Berger",
            "Berger Haushaltswaren GmbH",
            "DE",
        ),
    ),
    LabBuyer(
        "no-website-corp.com",
        "B",
        None,
        _mail(
            "info@no-website-corp.com",
            "Photo frames",
            "Hello, we are interested in your photo frames (wood, 10x15 and 13x18 cm). Please send prices and MOQ.\n"
            "Thanks, Sam",
            "No Website Corp",
            "US",
        ),
    ),
    LabBuyer(
        "gmail.com (no site)",
        "C",
        "unknown",
        _mail("john.smith1984@gmail.com", "", "Hi, send me your catalog and best price"),
    ),
    LabBuyer(
        "walmart-us.com",
        "X",
        None,
        _mail(
            "procurement@walmart-us.com",
            "Purchase order - vases and candles",
            "Dear supplier, we need ceramic vases and scented candles for our stores. Send catalog and price list.",
            "Walmart",
            "US",
        ),
    ),
    LabBuyer(
        "sunrise-global-trading.com",
        "X",
        None,
        _mail(
            "manager@sunrise-global-trading.com",
            "Business inquiry",
            "Dear Sir, we are interested in your products. Kindly send your catalogue and best prices. "
            "We are established in 1990 and import to 30 countries.",
            "Sunrise Global Trading",
        ),
    ),
    LabBuyer(
        "fresh-buyer-group.com",
        "X",
        None,
        _mail(
            "ceo@fresh-buyer-group.com",
            "Urgent order",
            "Dear friend, our company was established 30 years ago. We want to place a big order of vases "
            "urgently. Please send free samples first to our office, we will pay the shipping later.",
            "Fresh Buyer Group Ltd",
        ),
    ),
    LabBuyer(
        "parked-trading.com",
        "X",
        None,
        _mail(
            "sales@parked-trading.com",
            "Inquiry",
            "Hello, please send your price list for candles. We order monthly.",
            "Parked Trading",
        ),
    ),
]
