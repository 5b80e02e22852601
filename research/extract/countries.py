"""Countries by name: one table (research/data/countries.toml) for every field that names one. Pure.

WHOIS answers, form fields, signatures and platform cards spell countries every way ("US", "U.S.A.",
"Deutschland", "China (CN)", "中国"); all of them are read here. Country names in prose (a website's
"we ship to Germany and Austria") are another job: research/extract/site_markets.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from research.data.load import toml_table

_FILE = "countries.toml"


def _key(raw: str) -> str:
    """Key for look-ups: case, dots, apostrophes and other punctuation ignored."""
    text = unicodedata.normalize("NFKC", raw).casefold().replace("&", " and ")
    text = re.sub(r"[.'’]", "", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _unaccented(key: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


@cache
def _names() -> Mapping[str, str]:
    names: dict[str, str] = {}
    for code, spellings in toml_table(_FILE)["names"].items():
        names[_key(code)] = code
        for spelling in spellings:
            names.setdefault(_key(spelling), code)
    # A rep types "Espana" as often as "España".
    for key, code in list(names.items()):
        names.setdefault(_unaccented(key), code)
    return MappingProxyType(names)


def country_code(value: str, exact: bool = False) -> str | None:
    """ISO 3166 alpha-2 code for "US", "CHINA", "United Kingdom", "China (CN)", "FR (FRANCE)".

    With ``exact`` only a whole-value match counts (used on unlabelled address lines)."""
    names = _names()
    whole = _key(value)
    if whole in names:
        return names[whole]
    if exact:
        return None
    for part in [*re.findall(r"\(([^)]*)\)", value), re.sub(r"\([^)]*\)", " ", value)]:
        key = _key(part)
        if key in names:
            return names[key]
    return None


@cache
def _state_codes() -> frozenset[str]:
    return frozenset(toml_table(_FILE)["address"]["state_codes"])


def is_state_code(value: str) -> bool:
    """A state or province abbreviation that is also a country's code ("NC", "SA", "SK"): [address]."""
    return value.strip().upper() in _state_codes()


def cctld_country(host: str) -> str:
    """The country a host's ccTLD names (``.co.uk`` -> GB), ``""`` for generic and vanity TLDs."""
    table = toml_table(_FILE)["cctld"]
    tld = host.strip().rstrip(".").lower().rsplit(".", 1)[-1]
    if len(tld) != 2 or not tld.isalpha() or tld in table["generic"]:
        return ""
    return str(table["aliases"].get(tld, tld.upper()))
