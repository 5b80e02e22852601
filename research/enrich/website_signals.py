"""From what the site says to signals a rep can act on; every one carries its URL and snippet."""

from __future__ import annotations

from research.data.load import toml_table
from research.enrich.base import signal
from research.extract.company_names import same_company, tokens
from research.extract.site_facts import SiteReading
from research.extract.site_model import business_models
from research.facts import WebsiteFacts
from research.types import Evidence, Signal

SOURCE = "website"


def _ev(url: str, snippet: str) -> Evidence:
    return Evidence("url", url, snippet[:300])


def state_signal(state: str, url: str, phrase: str) -> Signal:
    # Each state of website/states.toml raises website.<state>.
    return signal(SOURCE, f"website.{state}", _ev(url, phrase), url=url, phrase=phrase)


def _store_count_hits(reading: SiteReading) -> list[dict[str, str]]:
    """A chain without a store locator phrase still says "240 stores"."""
    least = toml_table("website/thresholds.toml")["large"]["stores"]
    stores = [h for h in reading.facts.get("size_hints", []) if h["kind"] == "stores" and h["value"] >= least]
    return [{"url": h["url"], "text": f"{h['value']} stores", "snippet": h["text"]} for h in stores]


def model_signals(reading: SiteReading) -> list[Signal]:
    """Each business model of website/business_model.toml the site shows raises website.<model>."""
    out = []
    for model in business_models():
        hits = reading.models.get(model) or (_store_count_hits(reading) if model == "chain" else [])
        if hits:
            evidence = [_ev(h["url"], h["snippet"]) for h in hits[:3]]
            words = ", ".join(dict.fromkeys(h["text"] for h in hits[:4]))
            out.append(signal(SOURCE, f"website.{model}", *evidence, phrases=words, url=hits[0]["url"]))
    if reading.certifications:
        names = ", ".join(c["name"] for c in reading.certifications)
        evidence = [_ev(c["url"], c["snippet"]) for c in reading.certifications[:4]]
        out.append(signal(SOURCE, "website.certifications", *evidence, names=names))
    return out


def _size_signals(facts: WebsiteFacts) -> list[Signal]:
    limits = toml_table("website/thresholds.toml")
    hints = facts.get("size_hints", [])
    big = [h for h in hints if h["value"] >= limits["large"].get(h["kind"], 10**9)]
    out = []
    if big:
        # Each hint is a message of its own ("118 stores"), said in the report's language.
        what = [{"code": f"website.size.{h['kind']}", "params": {"value": h["value"]}} for h in big]
        out.append(signal(SOURCE, "website.large_company", *(_ev(h["url"], h["text"]) for h in big), hints=what))
    small = [h for h in hints if h["kind"] == "employees" and h["value"] < limits["small"]["employees_below"]]
    if small and not big:
        out.append(
            signal(SOURCE, "website.small_company", _ev(small[0]["url"], small[0]["text"]), employees=small[0]["value"])
        )
    return out


def company_signals(reading: SiteReading, this_year: int) -> list[Signal]:
    facts = reading.facts
    limits = toml_table("website/thresholds.toml")
    out = _size_signals(facts)
    if reading.founded and this_year - reading.founded["year"] >= limits["established"]["min_years"]:
        f = reading.founded
        out.append(
            signal(
                SOURCE, "website.established", _ev(f["url"], f["snippet"]), year=f["year"], years=this_year - f["year"]
            )
        )
    if len(reading.markets) >= limits["markets"]["wide_min_countries"]:
        codes = ", ".join(m["code"] for m in reading.markets)
        out.append(
            signal(
                SOURCE,
                "website.wide_market",
                *(_ev(m["url"], m["snippet"]) for m in reading.markets[:3]),
                markets=codes,
            )
        )
    if reading.phone_is_fax:
        both = next(p for p in facts["phones"] if p["role"] == "phone_fax")
        out.append(signal(SOURCE, "website.phone_is_fax", _ev(both["url"], both["snippet"]), number=both["number"]))
    return out + _contact_signals(facts)


def _contact_signals(facts: WebsiteFacts) -> list[Signal]:
    phones, emails, address = facts.get("phones", []), facts.get("emails", []), facts.get("address", "")
    if not (phones or emails or address):
        return [signal(SOURCE, "website.no_contacts", Evidence("url", facts.get("final_url", "")))]
    if phones and (address or emails):
        p = phones[0]
        ev = [_ev(p["url"], p["snippet"])]
        if src := facts.get("address_source"):
            ev.append(_ev(src["url"], src["text"]))
        return [signal(SOURCE, "website.contacts_found", *ev, phone=p["number"], address=address or "-")]
    return []


def other_domain_signal(email_domain: str, site_domain: str, url: str, live: bool = True) -> list[Signal]:
    if email_domain and email_domain == site_domain:
        if not live:  # a parked or unfinished site on the sender's domain proves nothing
            return []
        # The company's own site on the sender's domain: one way to show who the sender is.
        ev = Evidence("url", url, f"e-mail and website on {site_domain}")
        return [signal(SOURCE, "website.matches_sender", ev, site_domain=site_domain)]
    if not email_domain or not site_domain:
        return []
    ev = Evidence("url", url, f"e-mail domain {email_domain}, website {site_domain}")
    return [signal(SOURCE, "website.other_domain", ev, email_domain=email_domain, site_domain=site_domain)]


def found_in_text_signal(origin: str, site_domain: str, url: str) -> list[Signal]:
    """A free-mail sender's site taken from their signature: anyone can paste a real company's address."""
    if origin != "text":
        return []
    ev = Evidence("url", url, f"found in the inquiry text: {site_domain}")
    return [signal(SOURCE, "website.found_in_text", ev, site_domain=site_domain)]


def certificate_signals(facts: WebsiteFacts, company: str, url: str) -> list[Signal]:
    """An organisation-validated certificate: the authority checked who runs the site. Naming the
    company the buyer claims is proof of identity; naming another (a host, a parent) is shown only."""
    cert = facts.get("certificate") or {}
    org = cert.get("organization")
    if not org:
        return []
    ev = Evidence("url", url, f"TLS O={org}; C={cert.get('country') or '-'}; issuer {cert.get('issuer', '')}")
    claims = [company, facts.get("title", "")]
    if any(same_company(org, c) for c in claims if c.strip()) or _org_in_title(org, facts.get("title", "")):
        return [
            signal(SOURCE, "website.certificate_names_company", ev, organization=org, issuer=cert.get("issuer", ""))
        ]
    return [signal(SOURCE, "website.certificate_organization", ev, organization=org, issuer=cert.get("issuer", ""))]


def _org_in_title(org: str, title: str) -> bool:
    words = set(tokens(org))
    return bool(words) and words <= set(tokens(title))
