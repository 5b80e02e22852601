"""Domain names: registrable part, public suffix, IDN display. Pure, offline.

tldextract runs on its bundled Public Suffix List snapshot: no download at
run time, so the same answer offline and online.
"""

from __future__ import annotations

import re
from functools import lru_cache

import idna
import tldextract

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=4096)
def _parts(host: str) -> tuple[str, str, str]:
    r = _EXTRACT(host)
    return r.subdomain, r.domain, r.suffix


def site_host(url: str) -> str:
    """The host of a web address as a form or a signature writes it ("https://www.x.com/en" -> ``x.com``):
    lower case, without scheme, port, path or "www."."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower())
    return re.split(r"[/:?#]", host, maxsplit=1)[0].removeprefix("www.")


def registrable(host: str) -> str:
    """``shop.example.co.uk`` -> ``example.co.uk``; the host itself when it has no known suffix."""
    host = host.strip().rstrip(".").lower()
    _, name, suffix = _parts(host)
    return f"{name}.{suffix}" if name and suffix else host


def label(host: str) -> str:
    """The name part without the suffix: ``walmart-us`` for ``walmart-us.com``."""
    return _parts(host.strip().rstrip(".").lower())[1]


def suffix(host: str) -> str:
    return _parts(host.strip().rstrip(".").lower())[2]


# idna's full UTS 46 checks cost ~0.1 ms a name; a batch asks for its few hundred names thousands of times.
@lru_cache(maxsize=4096)
def to_unicode(host: str) -> str:
    """Punycode labels shown as the rep would read them; unchanged if not IDN."""
    try:
        return idna.decode(host)
    except idna.IDNAError:
        return host


@lru_cache(maxsize=4096)
def to_ascii(host: str) -> str:
    try:
        return idna.encode(host.strip().rstrip(".").lower(), uts46=True).decode("ascii")
    except idna.IDNAError:
        return host.strip().rstrip(".").lower()
