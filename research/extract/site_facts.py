"""Everything a rep reads on a buyer's site, from the pages already read: the website facts. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from research.extract import site_company, site_contacts, site_markets, site_model, site_products
from research.extract.countries import cctld_country
from research.extract.domains import registrable
from research.extract.identifiers import find
from research.extract.site_page import PageDoc
from research.facts import IdentifierFact, WebsiteFacts


@dataclass(frozen=True)
class SiteReading:
    facts: WebsiteFacts
    models: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    certifications: list[dict[str, str]] = field(default_factory=list)
    markets: list[dict[str, str]] = field(default_factory=list)
    founded: dict[str, Any] | None = None
    phone_is_fax: bool = False


def region_of(url: str, docs: Sequence[PageDoc], markets: Sequence[str] = ()) -> str:
    """The country to read national phone numbers with: the address, the ccTLD, else the first market."""
    for doc in docs:
        addr = site_contacts.address(doc)
        if addr and addr["country"]:
            return addr["country"]
    if tld := cctld_country(urlsplit(url).hostname or ""):
        return tld
    return markets[0] if markets else ""


def _contacts(docs: Sequence[PageDoc], region: str) -> tuple[WebsiteFacts, bool]:
    seen: site_contacts.LineMatches = {}
    entries = [p for d in docs for p in site_contacts.phones(d, region, seen)]
    phones, phone_is_fax = site_contacts.merge_phones(entries)
    emails = list(dict.fromkeys(e for d in docs for e in site_contacts.emails(d)))
    socials: dict[str, str] = {}
    for d in docs:
        for network, url in site_contacts.socials(d).items():
            socials.setdefault(network, url)
    order = sorted(docs, key=lambda d: {"contact": 0, "home": 1, "about": 2}.get(d.kind, 3))
    address = next((a for d in order if (a := site_contacts.address(d))), None)
    facts: WebsiteFacts = {
        "phones": phones,
        "emails": emails[:20],
        "socials": socials,
        "address": address["text"] if address else "",
        "address_source": {"text": address["text"], "url": address["url"], "country": address["country"]}
        if address
        else None,
        "phone_is_fax": phone_is_fax,
    }
    return facts, phone_is_fax


def identifiers(docs: Sequence[PageDoc]) -> list[IdentifierFact]:
    """Company numbers on the pages (imprint, footer, legal notice), once each, with the page."""
    seen: dict[tuple[str, str], IdentifierFact] = {}
    for doc in docs:
        for i in find(doc.text):
            fact: IdentifierFact = {
                "kind": i.kind,
                "country": i.country,
                "number": i.number,
                "valid": i.valid,
                "error": i.error,
                "where": "website",
                "url": doc.url,
                "snippet": i.snippet,
            }
            seen.setdefault((i.kind, i.number), fact)
    return list(seen.values())[:12]


def read_site(docs: Sequence[PageDoc], this_year: int) -> SiteReading:
    """Facts per the contract; docs[0] is the home page."""
    home = docs[0]
    markets, regions = site_markets.markets(docs)
    region = region_of(home.url, docs, site_markets.market_codes(markets))
    contacts, phone_is_fax = _contacts(docs, region)
    founded = site_company.founded(docs, this_year)
    desc = site_company.description(docs)
    models = site_model.business_model(docs)
    certs = site_model.certifications(docs)
    site_name = home.opengraph.get("site_name", "")
    products = site_products.products(docs, site_name)
    facts: WebsiteFacts = {
        "site_domain": registrable(urlsplit(home.url).hostname or ""),
        "title": home.title,
        "description": desc["text"] if desc else "",
        "founded_year": founded["year"] if founded else None,
        "size_hints": site_company.size_hints(docs),
        **contacts,
        "products": [p["text"] for p in products],
        "product_sources": [{"text": p["text"], "url": p["url"]} for p in products],
        "markets": site_markets.market_codes(markets),
        "market_sources": [{"code": m["code"], "url": m["url"], "snippet": m["snippet"]} for m in markets],
        "regions": regions,
        "languages": site_markets.languages(docs),
        "currencies": site_markets.currencies(docs, region),
        "business_model": sorted(models),
        "certifications": [c["name"] for c in certs],
        "identifiers": identifiers(docs),
    }
    return SiteReading(facts, models, certs, markets, founded, phone_is_fax)
