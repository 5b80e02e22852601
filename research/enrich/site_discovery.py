"""Where the buyer's website may be: the site they name, their e-mail domain, or for free-mail
senders a company domain written in the inquiry or signature; failing all of those, domains guessed
from the company name (``name_guesses``), which are only ever "probably theirs"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from research.data.load import toml_table
from research.extract.countries import country_code
from research.extract.domains import registrable, suffix
from research.extract.mail_hosts import is_shared
from research.extract.signature import only_as_deep_link
from research.extract.text import fold
from research.types import Inquiry

# A host name written in text: "www.acme.de", "acme.com.au", "https://shop.acme.es/x".
_HOST = re.compile(r"(?<![@\w.-])(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-])", re.I)
# Suffixes that are also file extensions: "catalog.zip" is a file, not a site, unless written as a URL.
_FILE_LIKE = frozenset({"zip", "mov", "pdf", "doc", "xls", "rar", "png", "jpg", "exe", "py", "sh", "md"})


@dataclass(frozen=True)
class Candidate:
    host: str
    origin: str  # "named", "email" or "text"


@cache
def _not_company() -> frozenset[str]:
    return frozenset(toml_table("website/discovery.toml")["not_company"])


def _plausible_bare(sfx: str) -> bool:
    last = sfx.rsplit(".", 1)[-1]
    generic = toml_table("website/discovery.toml")["bare_generic_suffixes"]
    return sfx not in _FILE_LIKE and (len(last) == 2 or last in generic)


def _usable(host: str) -> bool:
    reg = registrable(host)
    return bool(reg) and not (host in _not_company() or reg in _not_company() or is_shared(reg))


def hosts_in_text(text: str) -> list[str]:
    """Company-looking host names written in a text, in order; never e-mail addresses or documents."""
    out = []
    for m in _HOST.finditer(text):
        host = m.group(1).lower().rstrip(".")
        written_as_url = m.group(0).lower().startswith(("http", "www."))
        sfx = suffix(host)
        if not sfx or (not written_as_url and not _plausible_bare(sfx)):
            continue
        if _usable(host):
            out.append(host)
    return list(dict.fromkeys(out))


def candidates(inquiry: Inquiry) -> list[Candidate]:
    found: list[Candidate] = []
    if named := inquiry.website.strip():
        host = urlsplit(named if "://" in named else "https://" + named).hostname or ""
        if host:
            found.append(Candidate(host.lower(), "named"))
    domain = inquiry.domain
    if domain and _usable(domain):
        found.append(Candidate(registrable(domain), "email"))
    elif domain or not found:
        text = "\n".join([inquiry.body, *(link.url for link in inquiry.links)])
        # A link to one page of a site (a login form, a "catalogue") is not the company's website.
        claimed = [h for h in hosts_in_text(text) if not only_as_deep_link(h, text)]
        found += [Candidate(h, "text") for h in claimed[:2]]
    seen: set[str] = set()
    unique = []
    for c in found:
        key = c.host.removeprefix("www.")
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return unique


def urls_for(host: str) -> list[str]:
    """https first, bare then www, then http: the order a browser would end up on."""
    bare = host.removeprefix("www.")
    hosts = [bare, f"www.{bare}"] if bare.count(".") >= 1 else [bare]
    return [f"{scheme}://{h}/" for scheme in ("https", "http") for h in hosts]


def _from_name() -> dict[str, Any]:
    return dict(toml_table("website/discovery.toml")["from_name"])


def name_words(company: str) -> list[str]:
    """The words of a company name that a domain would be made of: folded to ASCII, legal forms left out.
    Empty for a name in another script (a guess in Latin letters would be ours, not theirs)."""
    cfg = _from_name()
    folded = fold(company).replace(".", "")
    if not folded.isascii():
        return []
    words = [w for w in re.split(r"[^a-z0-9]+", folded) if w and w not in cfg["legal_forms"]]
    return words if 0 < len(words) <= int(cfg["max_words"]) else []


def _suffixes(country: str) -> list[str]:
    cfg = _from_name()
    code = country_code(country) if country.strip() else None
    own = [cfg["country_suffix"].get(code, code.lower())] if code else []
    return list(dict.fromkeys([*own, *cfg["generic_suffixes"]]))


def core_words(words: list[str]) -> list[str]:
    """The name without the words that say what the business does, when two words or more are left."""
    core = [w for w in words if w not in _from_name()["trade_words"]]
    return core if len(core) >= 2 and core != words else []


def name_guesses(inquiry: Inquiry) -> list[str]:
    """Domains the buyer's company would most likely own, for a sender on free mail (or with no address)
    who names a company and neither names nor writes a site: the whole name, then its core, joined then
    hyphenated, under the stated country's suffix first. Guesses only: the caller checks each one."""
    if candidates(inquiry) or (inquiry.domain and not is_shared(inquiry.domain)):
        return []
    cfg = _from_name()
    words = name_words(inquiry.company)
    labels = [sep.join(ws) for ws in (words, core_words(words)) if ws for sep in ("", "-")]
    labels = [lb for lb in dict.fromkeys(labels) if len(lb.replace("-", "")) >= int(cfg["min_label"])]
    hosts = [f"{lb}.{sfx}" for sfx in _suffixes(inquiry.country) for lb in labels]
    return [h for h in hosts if _usable(h)][: int(cfg["max_guesses"])]


def names_company(text: str, words: list[str]) -> bool:
    """Whether a page's text names the company: its words in order ("Baker Home Supplies", "baker-home
    supplies") or run together as in a logo ("BakerHome Supplies"); the core of the name will do
    ("Casa Bonita" for "Casa Bonita Distribuciones")."""
    folded = fold(text)
    for ws in (words, core_words(words)):
        spaced = r"[\W_]{0,3}".join(re.escape(w) for w in ws)
        if ws and re.search(rf"(?<![a-z0-9])(?:{spaced})(?![a-z0-9])", folded):
            return True
    return False
