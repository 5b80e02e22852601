"""Who the sender claims to be against the address they write from.

A display name that is another address, a company name that has nothing to do with the
domain, a famous brand claimed from Gmail, a domain bent to look like a brand's or like the
website the buyer names.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from research.extract.domains import label, registrable, site_host
from research.extract.lookalike import company_words, government_word, official_brand, same_name
from research.extract.text import EMAIL
from research.facts import EmailFacts
from research.signals import signal
from research.types import Evidence, Inquiry, Signal

SOURCE = "email"
_MIN_WORD = 4  # shorter company words (abc, usa) match too many domains by chance
_FUZZY_MATCH = 85


def claims(inquiry: Inquiry) -> list[str]:
    return [c for c in (inquiry.company, inquiry.display_name) if c.strip()]


def _lookalike_signal(facts: EmailFacts, inquiry: Inquiry) -> list[Signal]:
    look, official = facts.get("lookalike"), facts.get("lookalike_of") or ""
    if not look:
        return []
    domain, address = facts["domain"], facts["address"]
    if look["kind"] == "claimed":
        claim = next(iter(claims(inquiry)), "")
        ev = Evidence("text", "company", f"{claim} <{address}>")
        params = {"brand": look["brand"], "official": official, "domain": domain}
        return [signal(SOURCE, "email.brand_claim_mismatch", ev, **params)]
    ev = Evidence("list", "brands" if look["target"] == "brand" else "website", f"{domain} ~ {official}")
    code = "email.lookalike_brand" if look["target"] == "brand" else "email.lookalike_website"
    params = {"brand": look["brand"], "official": official, "domain": domain, "kind": look["kind"]}
    return [signal(SOURCE, code, ev, **params)]


def _display_name(facts: EmailFacts) -> list[Signal]:
    """ "support@paypal.com" <x@gmail.com>: the name shown is another address."""
    m = EMAIL.search(facts.get("display_name", ""))
    if not m or registrable(m[1].lower()) == registrable(facts["domain"]):
        return []
    ev = Evidence("header", "From", f"{facts['display_name']} <{facts['address']}>")
    return [signal(SOURCE, "email.display_name_address", ev, shown=m[0], address=facts["address"])]


def names_match(company: str, domain: str) -> bool | None:
    """Does the company name plausibly own the domain? Whole name, a distinctive word, initials,
    or a close spelling all count: firms shorten their names for domains. None: cannot tell."""
    words = company_words(company)
    name = re.sub(r"[^a-z0-9]", "", label(domain).lower())
    if not words or not name or not re.search(r"[a-z]", "".join(words)):
        # Nothing to compare (a name in Chinese or Cyrillic against a Latin domain): no question.
        return None
    squashed = "".join(words)
    initials = "".join(w[0] for w in words)
    if squashed in name or name in squashed or (len(words) > 1 and name.startswith(initials)):
        return True
    if any(len(w) >= _MIN_WORD and w in name for w in words):
        return True
    return fuzz.partial_ratio(squashed, name) >= _FUZZY_MATCH and min(len(squashed), len(name)) >= _MIN_WORD


def _corporate(facts: EmailFacts) -> bool:
    return not (facts.get("free_mail") or facts.get("disposable"))


def _company(facts: EmailFacts, inquiry: Inquiry) -> list[Signal]:
    company = inquiry.company.strip()
    if not company or not _corporate(facts) or facts.get("lookalike"):
        return []
    if official_brand(facts["domain"]):
        return []
    match = names_match(company, facts["domain"])
    if match is None:
        return []
    ev = Evidence("text", "company", f"{company} <{facts['address']}>")
    code = "email.company_matches_domain" if match else "email.company_domain_differs"
    return [signal(SOURCE, code, ev, company=company, domain=facts["domain"])]


def _brand_domain(facts: EmailFacts) -> list[Signal]:
    brand = official_brand(facts["domain"])
    if not brand or facts.get("free_mail"):  # anyone may write from naver.com or gmail.com: not the brand itself
        return []
    ev = Evidence("list", "brands", f"{facts['domain']} = {brand.name}")
    return [signal(SOURCE, "email.brand_domain", ev, brand=brand.name, domain=facts["domain"])]


def _website(facts: EmailFacts, inquiry: Inquiry) -> list[Signal]:
    """The buyer names a website on another, unrelated domain: fine for free mail, a question otherwise."""
    site = site_host(inquiry.website)
    if not site or "." not in site or not _corporate(facts) or facts.get("lookalike"):
        return []
    if registrable(site) == registrable(facts["domain"]) or same_name(site, facts["domain"]):
        return []
    ev = Evidence("text", "website", inquiry.website)
    return [signal(SOURCE, "email.website_domain_differs", ev, website=registrable(site), domain=facts["domain"])]


def _government(facts: EmailFacts) -> list[Signal]:
    """A ministry or tender office on a commercial domain (mm-gov-qa.com): public bodies write from .gov.xx."""
    if not (word := government_word(facts["domain"])):
        return []
    ev = Evidence("text", "email", facts["address"])
    return [signal(SOURCE, "email.government_lookalike", ev, domain=facts["domain"], word=word)]


def identity_signals(facts: EmailFacts, inquiry: Inquiry) -> list[Signal]:
    return [
        *_lookalike_signal(facts, inquiry),
        *_government(facts),
        *_display_name(facts),
        *_brand_domain(facts),
        *_company(facts, inquiry),
        *_website(facts, inquiry),
    ]
