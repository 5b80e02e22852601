"""The measured table: per lab buyer site, the pages found and the facts read, against what a
human reads there. Each row is what a rep would note after visiting the site by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from research.assess.verdict import weigh
from research.context import open_context
from research.enrich import website
from research.rules import load_rules
from research.types import Finding, Inquiry
from tests.helpers import lab_settings
from tests.lab.lab import Lab


@dataclass(frozen=True)
class Expect:
    state: str = "ok"
    kinds: frozenset[str] = frozenset()  # page kinds found
    founded: int | None = None
    size: dict[str, int] = field(default_factory=dict)  # kind -> value
    phones: frozenset[str] = frozenset()  # E.164
    phone_is_fax: bool = False
    emails: frozenset[str] = frozenset()
    socials: frozenset[str] = frozenset()
    address_has: str = ""
    products_have: frozenset[str] = frozenset()
    markets: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()
    models: frozenset[str] = frozenset()
    certifications: frozenset[str] = frozenset()
    signals: frozenset[str] = frozenset()
    no_signals: frozenset[str] = frozenset()


PAGES = frozenset({"home", "products", "about", "contact"})

TABLE: dict[str, Expect] = {
    # A small Shopify shop: a retailer, six people, ships to the US and Canada.
    "brightnest-home.com": Expect(
        kinds=PAGES,
        founded=2019,
        size={"employees": 6},
        phones=frozenset({"+15035550186"}),
        emails=frozenset({"hello@brightnest-home.com"}),
        socials=frozenset({"instagram", "pinterest"}),
        address_has="2231 SE Division St",
        products_have=frozenset({"Amber Woods Soy Candle 8 oz", "Waffle Cotton Blanket – Sage", "Throws & Blankets"}),
        markets=frozenset({"US", "CA"}),
        languages=frozenset({"en"}),
        currencies=frozenset({"USD"}),
        models=frozenset({"shop"}),
        signals=frozenset({"website.reachable", "website.shop", "website.small_company", "website.contacts_found"}),
    ),
    # A trade-only distributor of 45 brands, 120 staff, 8,500 m² warehouse; bare domain redirects to www.
    "pacific-trade-supply.com.au": Expect(
        kinds=PAGES,
        founded=1994,
        size={"employees": 120, "brands": 45, "warehouse_m2": 8500},
        phones=frozenset({"+61298765432", "+61298765499", "+6494152260"}),
        emails=frozenset({"sales@pacific-trade-supply.com.au"}),
        socials=frozenset({"linkedin"}),
        address_has="14 Beaumont Road",
        products_have=frozenset({"Cookware", "Food Storage", "Carbon Steel Wok 35 cm"}),
        markets=frozenset({"AU", "NZ"}),
        languages=frozenset({"en"}),
        currencies=frozenset({"AUD"}),
        models=frozenset({"wholesale", "distributor", "china_office"}),
        signals=frozenset({"website.wholesale", "website.distributor", "website.large_company", "website.established"}),
    ),
    # A brand owner designing in Hamburg, sourcing through a Shenzhen office, sold in 23 countries.
    "vantoro-outdoor.com": Expect(
        kinds=PAGES | {"other"},  # the dealer finder
        founded=2008,
        size={"employees": 85, "countries": 23},
        phones=frozenset({"+494038612290", "+494038612299", "+8675583274410"}),
        emails=frozenset({"info@vantoro-outdoor.com", "sourcing@vantoro-outdoor.com"}),
        socials=frozenset({"instagram", "youtube", "linkedin"}),
        address_has="Große Elbstraße 145",
        products_have=frozenset({"Trailhead 2 Ultralight Tent", "Tents", "Backpacks"}),
        markets=frozenset({"DE", "AT", "CH", "FR", "NL", "SE", "NO"}),
        languages=frozenset({"en", "de", "fr"}),
        currencies=frozenset({"EUR"}),
        models=frozenset({"oem", "china_office"}),
        certifications=frozenset({"BSCI", "REACH", "CE"}),
        signals=frozenset({"website.oem", "website.china_office", "website.certifications", "website.wide_market"}),
    ),
    # A French garden-centre chain: 118 stores, 2,400 staff, store locator, buying office in Ningbo.
    "maisonvert.fr": Expect(
        kinds=PAGES | {"stores"},  # the store locator ("Trouver un magasin", /nos-magasins): a stores page now
        founded=1972,
        size={"stores": 118, "employees": 2400},
        phones=frozenset({"+33241884500"}),
        emails=frozenset({"achats@maisonvert.fr"}),
        socials=frozenset({"facebook", "instagram", "youtube"}),
        address_has="12 rue des Pépinières",
        products_have=frozenset({"Mobilier de jardin", "Décoration de Noël"}),
        markets=frozenset({"FR", "BE", "CH"}),
        languages=frozenset({"fr"}),
        currencies=frozenset({"EUR"}),
        models=frozenset({"chain", "china_office", "oem", "shop"}),  # "Mon panier": it sells online too
        signals=frozenset({"website.chain", "website.large_company", "website.established"}),
    ),
    # A German family wholesaler: 12 staff, one number for phone and fax, microdata address.
    "nordhaus-moebel.de": Expect(
        kinds=PAGES,
        founded=1989,
        size={"employees": 12, "warehouse_m2": 1800},
        phones=frozenset({"+494060943310", "+491712345678"}),
        phone_is_fax=True,
        emails=frozenset({"info@nordhaus-moebel.de"}),
        address_has="Billbrookdeich 216",
        products_have=frozenset({"Bistrostühle", "Barhocker", "Stapelstuhl „Elbe“ Stahlrohr"}),
        markets=frozenset({"DE", "AT", "CH"}),
        languages=frozenset({"de"}),
        currencies=frozenset({"EUR"}),
        models=frozenset({"wholesale"}),
        signals=frozenset({"website.wholesale", "website.phone_is_fax", "website.established"}),
    ),
    # A Russian wholesaler on an old Windows-1251 site without any charset declaration.
    "stroymarket-ural.ru": Expect(
        kinds=PAGES,
        founded=2003,
        size={"employees": 45, "warehouse_m2": 3500},
        phones=frozenset({"+73432194567", "+73432194568", "+79123456789"}),
        emails=frozenset({"opt@stroymarket-ural.ru"}),
        socials=frozenset({"vk", "whatsapp"}),
        address_has="ул. Шаумяна, д. 83",
        products_have=frozenset({"Керамическая плитка", "Сантехника"}),
        markets=frozenset({"RU", "KZ", "BY"}),
        languages=frozenset({"ru"}),
        currencies=frozenset({"RUB"}),
        models=frozenset({"wholesale", "distributor"}),
        certifications=frozenset({"EAC", "GOST"}),
        signals=frozenset({"website.wholesale", "website.established", "website.contacts_found"}),
    ),
    # An Arabic wholesaler in Dubai whose menu links are /p/2, /p/3: only the link text says what they are.
    "alnoor-trading.ae": Expect(
        kinds=PAGES,
        founded=1998,
        size={"warehouse_m2": 2400},
        phones=frozenset({"+97143214567", "+97143214568"}),
        emails=frozenset({"sales@alnoor-trading.ae"}),
        socials=frozenset({"whatsapp", "instagram"}),
        address_has="القصيص الصناعية",
        products_have=frozenset({"أواني الطبخ", "حافظات الطعام"}),
        markets=frozenset({"SA", "KW", "QA", "BH", "OM"}),
        languages=frozenset({"ar"}),
        currencies=frozenset({"AED"}),
        models=frozenset({"wholesale", "distributor"}),
        signals=frozenset({"website.wholesale", "website.wide_market", "website.large_company"}),
    ),
    # A Spanish distributor: the 1,800 shops it serves are customers, not a chain of its own.
    "casa-bonita.es": Expect(
        kinds=PAGES,  # and a customer login that answers 404
        founded=1985,
        size={"employees": 35, "warehouse_m2": 6000},
        phones=frozenset({"+34912345678", "+34912345679"}),
        emails=frozenset({"pedidos@casa-bonita.es"}),
        socials=frozenset({"facebook"}),
        address_has="Calle de la Industria 42",
        products_have=frozenset({"Menaje de cocina", "Textil hogar"}),
        markets=frozenset({"ES", "PT", "AD"}),
        languages=frozenset({"es"}),
        currencies=frozenset({"EUR"}),
        models=frozenset({"wholesale", "distributor", "oem"}),
        signals=frozenset({"website.wholesale", "website.distributor", "website.large_company"}),
        no_signals=frozenset({"website.chain"}),
    ),
    "sunrise-global-trading.com": Expect(
        state="for_sale", kinds=frozenset({"home"}), signals=frozenset({"website.for_sale"})
    ),
    "novaquip-app.com": Expect(state="js_shell", kinds=frozenset({"home"}), signals=frozenset({"website.js_shell"})),
    "kelvin-supplies.com": Expect(
        state="default_page", kinds=frozenset({"home"}), signals=frozenset({"website.default_page"})
    ),
}


@pytest.fixture(scope="module")
def results(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Finding]:
    import asyncio

    async def crawl_all() -> dict[str, Finding]:
        settings = lab_settings(lab, tmp_path_factory.mktemp("cache"), cache_enabled=False)
        async with open_context(settings) as ctx:
            return {site: await website.run(Inquiry(email=f"buyer@{site}"), ctx) for site in TABLE}

    return asyncio.run(crawl_all())


def _size(facts: dict[str, Any]) -> dict[str, int]:
    return {h["kind"]: h["value"] for h in facts["size_hints"]}


@pytest.mark.parametrize("site", list(TABLE))
def test_site_reads_as_a_human_reads_it(site: str, results: dict[str, Finding]) -> None:
    f, want = results[site], TABLE[site]
    facts = dict(f.facts)
    ok_pages = {p["kind"] for p in facts["pages"] if p["status"] == 200}
    assert facts["state"] == want.state
    assert ok_pages == want.kinds
    assert want.signals <= {s.code for s in f.signals}
    assert not want.no_signals & {s.code for s in f.signals}
    if want.state != "ok":
        assert len(facts["pages"]) == 1 and facts["fetches"] <= 2  # no crawling a placeholder
        return
    assert facts["founded_year"] == want.founded
    assert {k: v for k, v in _size(facts).items() if k in want.size} == want.size
    assert {p["number"] for p in facts["phones"]} == want.phones
    assert facts["phone_is_fax"] is want.phone_is_fax
    assert want.emails <= set(facts["emails"])
    assert set(facts["socials"]) == want.socials
    assert want.address_has in facts["address"]
    assert want.products_have <= set(facts["products"])
    assert set(facts["markets"]) == want.markets
    assert set(facts["languages"]) == want.languages
    assert set(facts["currencies"]) == want.currencies
    assert set(facts["business_model"]) == want.models
    assert set(facts["certifications"]) == want.certifications


def test_every_signal_shows_where_it_comes_from(results: dict[str, Finding]) -> None:
    for f in results.values():
        for s in f.signals:
            assert s.evidence and all(e.ref for e in s.evidence), s.code


def test_pages_fetched_stay_within_the_limits(results: dict[str, Finding]) -> None:
    for site, f in results.items():
        assert len(f.facts["pages"]) <= 8, site
        assert f.facts["fetches"] <= 8 + 1, site  # eight pages and the sitemap
        urls = [p["url"] for p in f.facts["pages"]]
        assert len(urls) == len(set(urls)), site


def test_value_evidence_moves_the_value_score(results: dict[str, Finding]) -> None:
    def value(f: Finding) -> float:
        return sum(s.weight for s in weigh(f.signals, load_rules()) if s.dimension == "value")

    chain, distributor, shop = (
        results["maisonvert.fr"],
        results["pacific-trade-supply.com.au"],
        results["brightnest-home.com"],
    )
    assert value(chain) >= 20 and value(distributor) >= 20
    assert value(shop) < value(distributor)


@pytest.mark.parametrize(
    ("site", "label"),
    [
        ("brightnest-home.com", "retailer"),
        ("pacific-trade-supply.com.au", "wholesaler"),
        ("vantoro-outdoor.com", "oem_importer"),
        ("maisonvert.fr", "chain"),
        ("nordhaus-moebel.de", "wholesaler"),
        ("stroymarket-ural.ru", "wholesaler"),
        ("alnoor-trading.ae", "wholesaler"),
        ("casa-bonita.es", "wholesaler"),
    ],
)
def test_website_votes_for_the_buyer_type_a_rep_would_pick(site: str, label: str, results: dict[str, Finding]) -> None:
    votes: dict[str, float] = {}
    for s in results[site].signals:
        for name, weight in load_rules().signal(s.code).votes.items():
            votes[name] = votes.get(name, 0.0) + weight
    assert max(votes, key=lambda k: votes[k]) == label
