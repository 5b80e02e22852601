"""Phones (with country, line type and fax), e-mails, postal address and social profiles. Pure."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache
from typing import Any, TypedDict
from urllib.parse import unquote, urlsplit

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from research.data.load import toml_table, word_list
from research.extract import site_structured as sd
from research.extract.domains import label as domain_label
from research.extract.domains import registrable, suffix
from research.extract.site_page import PageDoc
from research.extract.site_text import snippet
from research.facts import PhoneFact

_EMAIL = re.compile(r"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b", re.I)
_NOT_EMAIL = re.compile(r"\.(?:png|jpe?g|gif|webp|svg)$|@\dx\.", re.I)
_TYPES = {
    PhoneNumberType.FIXED_LINE: "fixed",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.SHARED_COST: "shared_cost",
}


@cache
def _contact_words(name: str) -> tuple[str, ...]:
    return tuple(toml_table("website/contacts.toml")[name])


def _label(lines: tuple[str, ...], i: int, start: int) -> str:
    """The words just before a number on its line ("Tel/Fax:"), or a short label line above it."""
    label = re.split(r"\d(?=[^\d]*$)", lines[i][max(0, start - 30) : start])[-1].lower()
    if not label.strip(" :：·|-") and i > 0 and len(lines[i - 1]) <= 20:
        label = lines[i - 1].lower()
    return label


class PhoneSeen(TypedDict):
    """One number as one page shows it; merge_phones makes one PhoneFact per number."""

    number: str
    country: str
    type: str
    fax: bool
    phone_and_fax: bool
    url: str
    snippet: str


def _phone_entry(num: phonenumbers.PhoneNumber, url: str, snip: str, label: str) -> PhoneSeen:
    fax_words = word_list("website/fax_words.txt")
    is_fax = any(w in label for w in fax_words)
    also_phone = any(w in label for w in _contact_words("phone_words")) and is_fax
    return {
        "number": phonenumbers.format_number(num, PhoneNumberFormat.E164),
        "country": phonenumbers.region_code_for_number(num) or "",
        "type": _TYPES.get(phonenumbers.number_type(num), "other"),
        "fax": is_fax,
        "phone_and_fax": also_phone,
        "url": url,
        "snippet": snip,
    }


# The shortest national number of any region has four digits (phonenumbers' metadata; the test of
# this module checks it), and a match must hold them: a line with fewer digits holds no valid number.
FEWEST_DIGITS = 4
_DIGITS = re.compile(rf"\d(?:\D*\d){{{FEWEST_DIGITS - 1}}}")
LineMatches = dict[tuple[str, str], list[phonenumbers.PhoneNumberMatch]]


def _line_matches(line: str, region: str, seen: LineMatches) -> list[phonenumbers.PhoneNumberMatch]:
    if not _DIGITS.search(line):
        return []
    if (line, region) not in seen:
        try:
            found = list(phonenumbers.PhoneNumberMatcher(line, region or "ZZ", leniency=phonenumbers.Leniency.VALID))
        except Exception:  # the matcher is defensive code over untrusted text
            found = []
        seen[line, region] = found
    return seen[line, region]


def phones(doc: PageDoc, region: str, seen: LineMatches | None = None) -> list[PhoneSeen]:
    """Valid phone numbers on a page; national formats read with the site's country.

    ``seen``: the matches of lines already read, shared by a site's pages (a header or footer line
    with the number is on each of them)."""
    out: list[PhoneSeen] = []
    seen = {} if seen is None else seen
    for i, line in enumerate(doc.lines):
        matches = _line_matches(line, region, seen)
        context = " ".join(doc.lines[max(0, i - 1) : i + 2])
        for m in matches:
            at = context.find(m.raw_string)
            snip = snippet(context, at, at + len(m.raw_string), 40) if at >= 0 else line[:160]
            out.append(_phone_entry(m.number, doc.url, snip, _label(doc.lines, i, m.start)))
    for href, _ in doc.links:
        if href.lower().startswith("tel:"):
            out.extend(_tel_link(href, doc.url, region))
    for org in sd.of_type(doc.structured, "Organization", "LocalBusiness", "Store", "Corporation", "WholesaleStore"):
        for key in ("telephone", "faxNumber"):
            out.extend(_structured_phone(sd.text_value(org.get(key)), doc.url, region, key == "faxNumber"))
    return out


def _tel_link(href: str, url: str, region: str) -> list[PhoneSeen]:
    raw = unquote(href[4:])
    try:
        num = phonenumbers.parse(raw, region or None)
    except phonenumbers.NumberParseException:
        return []
    return [_phone_entry(num, url, href, "tel")] if phonenumbers.is_valid_number(num) else []


def _structured_phone(raw: str, url: str, region: str, fax: bool) -> list[PhoneSeen]:
    if not raw:
        return []
    try:
        num = phonenumbers.parse(raw, region or None)
    except phonenumbers.NumberParseException:
        return []
    if not phonenumbers.is_valid_number(num):
        return []
    return [_phone_entry(num, url, f"schema.org {'faxNumber' if fax else 'telephone'}: {raw}", "fax" if fax else "")]


def merge_phones(entries: list[PhoneSeen]) -> tuple[list[PhoneFact], bool]:
    """One entry per number; and whether a number serves as both phone and fax (a small office)."""
    by_number: dict[str, PhoneFact] = {}
    as_phone: set[str] = set()
    as_fax: set[str] = set()
    for e in entries:
        n = e["number"]
        by_number.setdefault(
            n, {"number": n, "country": e["country"], "type": e["type"], "url": e["url"], "snippet": e["snippet"]}
        )
        (as_fax if e["fax"] else as_phone).add(n)
        if e["phone_and_fax"]:
            as_phone.add(n)
    for n, fact in by_number.items():
        fact["fax"] = n in as_fax
        fact["role"] = "phone_fax" if n in as_fax and n in as_phone else ("fax" if n in as_fax else "phone")
    merged = list(by_number.values())
    return merged, any(f.get("role") == "phone_fax" for f in merged)


def emails(doc: PageDoc) -> list[str]:
    """Addresses written out, in mailto: links, in schema.org "email", and spelled to dodge harvesters."""
    found = [m.group(0) for m in _EMAIL.finditer(doc.text)]
    for href, _ in doc.links:
        if href.lower().startswith("mailto:"):
            found += unquote(href[7:].split("?")[0]).split(",")
    found = [e.strip().lower() for e in found]
    found += unobfuscated_emails(doc.lines)
    for item in doc.structured:
        for raw in sd.text_value(item.get("email")).split(","):
            address = raw.strip().lower().removeprefix("mailto:")
            found += [address] if _EMAIL.fullmatch(address) else unobfuscated_emails((address,))
    return [e for e in dict.fromkeys(found) if _EMAIL.fullmatch(e) and not _NOT_EMAIL.search(e)]


_OPEN, _CLOSE, _SPACES = r"[(\[{<]", r"[)\]}>]", r"[ \t]*"
_BREAK = r"[ \t]*\n[ \t]*"  # text nodes apart: an address cut into <span>s
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _obfuscated() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(whole address, any dot separator, a spelled-out dot separator) with the words of contacts.toml."""
    at_words = _alternation(_contact_words("email_at_words"))
    dot_words = _alternation(_contact_words("email_dot_words"))
    at = (
        rf"(?P<at_br>{_SPACES}{_OPEN}{_SPACES}(?:@|{at_words}){_SPACES}{_CLOSE}{_SPACES})"
        rf"|(?P<at_bare>[ \t]+(?:{at_words})[ \t]+)|(?:{_BREAK})?@(?:{_BREAK})?"
    )
    spelled_dot = rf"{_SPACES}{_OPEN}{_SPACES}(?:\.|{dot_words}){_SPACES}{_CLOSE}{_SPACES}|[ \t]+(?:{dot_words})[ \t]+"
    dot = rf"{spelled_dot}|(?:{_BREAK})?\.(?:{_BREAK})?"
    local = r"(?<![\w.+%-])(?P<local>[a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9_-])?)"
    whole = rf"{local}(?:{at})(?P<domain>{_LABEL}(?:(?:{dot}){_LABEL}){{1,9}})(?![\w-])"
    return re.compile(whole, re.I), re.compile(dot, re.I), re.compile(spelled_dot, re.I)


def _real_domain(domain: str) -> str | None:
    """The longest leading run of labels that ends in a real public suffix ("firma.de" of "firma.de.bitte")."""
    labels = domain.split(".")[:10]
    while len(labels) >= 2:
        name = ".".join(labels)
        if suffix(name) and domain_label(name) and not name.startswith("www."):
            return name
        labels.pop()
    return None


def unobfuscated_emails(lines: tuple[str, ...]) -> list[str]:
    """ "info(at)firma.de", "sales [at] acme [dot] com", "import (małpa) x.pl", "name＠domain", an address
    cut into <span>s: as plain lower-case addresses, only when the domain ends in a real suffix."""
    text = unicodedata.normalize("NFKC", "\n".join(lines))
    if "&#" in text or "&commat;" in text.lower():
        text = html.unescape(text)
    whole, any_dot, spelled_dot = _obfuscated()
    prose = set(_contact_words("email_prose_locals"))
    out = []
    for m in whole.finditer(text):
        local = m.group("local").lower()
        if m.group("at_bare") is not None and (
            local in prose or not re.search(r"[a-z]", local) or not spelled_dot.search(m.group("domain"))
        ):
            continue  # "available at amazon.com", "meet us at the fair dot com": prose
        domain = _real_domain(any_dot.sub(".", m.group("domain")).lower())
        if domain and ".." not in local:
            out.append(f"{local}@{domain}")
    return out


@cache
def _social_hosts() -> tuple[dict[str, str], tuple[str, ...]]:
    table = toml_table("website/socials.toml")
    return dict(table["hosts"]), tuple(table["skip_paths"]["paths"])


def _country_site(reg: str, hosts: dict[str, str]) -> str | None:
    """pinterest.com.au, pinterest.de: a network's country domain, for the networks listed as such."""
    name = domain_label(reg) if reg else ""
    return hosts.get(f"{name}.com") if name in _country_networks() else None


@cache
def _country_networks() -> frozenset[str]:
    return frozenset(toml_table("website/socials.toml").get("country_sites", {}).get("labels", ()))


def social_network(url: str) -> str | None:
    hosts, skip = _social_hosts()
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    reg = registrable(host) if host else ""
    network = hosts.get(host.removeprefix("www.")) or hosts.get(reg) or _country_site(reg, hosts)
    path = parts.path.rstrip("/").lower()
    if not network or (not path and network != "whatsapp") or any(path.startswith(s) for s in skip):
        return None
    return network


def socials(doc: PageDoc) -> dict[str, str]:
    urls = [h for h, _ in doc.links]
    for org in sd.of_type(doc.structured, "Organization", "LocalBusiness", "Store", "Corporation"):
        same = org.get("sameAs") or []
        urls += same if isinstance(same, list) else [same]
    out: dict[str, str] = {}
    for url in urls:
        network = social_network(str(url))
        if network:
            out.setdefault(network, str(url))
    return out


def _postal(value: Any) -> str:
    if isinstance(value, dict):
        keys = ("streetAddress", "postalCode", "addressLocality", "addressRegion", "addressCountry")
        return ", ".join(sd.text_value(value.get(k)) for k in keys if value.get(k))
    return sd.text_value(value)


def address(doc: PageDoc) -> dict[str, str] | None:
    """Postal address: schema.org first, then <address>-like labelled lines."""
    for org in sd.of_type(doc.structured, "Organization", "LocalBusiness", "Store", "Corporation", "PostalAddress"):
        raw = org if "PostalAddress" in org.get("@type", []) else org.get("address")
        text = _postal(raw) if raw else ""
        if text:
            country = sd.text_value(raw.get("addressCountry")) if isinstance(raw, dict) else ""
            return {"text": text, "country": country.upper() if len(country) == 2 else "", "url": doc.url}
    return _labelled_address(doc) or _street_line(doc)


def _labelled_address(doc: PageDoc) -> dict[str, str] | None:
    labels = _contact_words("address_labels")
    for i, line in enumerate(doc.lines):
        low = line.lower()
        # One startswith over all the labels first: nearly no line starts with one.
        label = next((w for w in labels if _labels(low, w)), None) if low.startswith(labels) else None
        if label and len(line) < 200:
            rest = line[len(label) :].lstrip(" :：.-")
            if len(rest) < 12 and i + 1 < len(doc.lines):
                rest = " ".join(doc.lines[i + 1 : i + 3])
            if re.search(r"\d", rest) and len(rest) >= 12:
                return {"text": rest[:200], "country": "", "url": doc.url}
    return None


def _labels(low: str, word: str) -> bool:
    """'Address: ...', 'Adresse : ...', '地址：...' - the word, then a colon."""
    return low.startswith(word) and re.match(r"\s*[:：]", low[len(word) :]) is not None


def _street_line(doc: PageDoc) -> dict[str, str] | None:
    """An unlabelled line with a street word, a house number and a postal code."""
    streets = word_list("website/street_words.txt")
    for line in doc.lines:
        if len(line) > 220 or not re.search(r"\b\d{4,6}\b", line):
            continue
        words = set(re.findall(r"[\w.]+", line.lower()))
        if words & streets and re.search(r"\b\d{1,5}[a-z]?\b", line):
            parts = [p.strip() for p in re.split(r"\s[·|]\s", line)]
            best = next((p for p in parts if set(re.findall(r"[\w.]+", p.lower())) & streets), line)
            text = best.split(":", 1)[-1].strip() if ":" in best[:40] else best
            return {"text": text[:200], "country": "", "url": doc.url}
    return None
