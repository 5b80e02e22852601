"""Is a sender's domain a bent copy of a famous brand's, or of the website the buyer names?

Pure and offline. The brands, add-on words, homoglyphs and typo limits are data
(``research/data/brands.toml``, ``research/data/lookalike.toml``); this module only reads
a domain the way a hurried rep would: digits as letters, hyphens ignored, "-us"/"-group"
add-ons dropped, the TLD not checked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from research.data.load import toml_table
from research.extract.domains import label, registrable, site_host, suffix, to_ascii, to_unicode

# Lookalike.kind: typo | homoglyph | hyphen | added_word | tld_swap | claimed (a claim from another domain)


@dataclass(frozen=True)
class Brand:
    id: str
    name: str
    keys: tuple[str, ...]
    claims: tuple[str, ...]
    domains: frozenset[str]
    main_domain: str
    generic: bool
    country_sites: bool
    allow: frozenset[str] = frozenset()
    marketplace: bool = False
    notices: bool = False  # sends notices to suppliers: its name with any add-on is an impersonation
    sub_brands: frozenset[str] = frozenset()  # its own other names, an add-on like "vendors" (tjx-homegoods-...)


@dataclass(frozen=True)
class Lookalike:
    brand: str  # what it imitates: the brand's name, or the website's domain
    official_domain: str
    kind: str
    target: str = "brand"  # "brand" or "website"


@dataclass(frozen=True)
class _Rules:
    corporate: frozenset[str]
    distinctive: frozenset[str]
    other_trades: frozenset[str]
    one_edit: int
    two_edits: int
    suspect_suffixes: frozenset[str]
    single: Mapping[str, str]
    pairs: Mapping[str, str]
    alternatives: Mapping[str, str]
    legal_forms: frozenset[str]
    government_words: frozenset[str]
    government_suffix_labels: frozenset[str]


@cache
def _rules() -> _Rules:
    t = toml_table("lookalike.toml")
    return _Rules(
        corporate=frozenset(t["affixes"]["corporate"]),
        distinctive=frozenset(t["affixes"]["distinctive"]),
        other_trades=frozenset(t["affixes"]["other_trades"]),
        one_edit=int(t["typos"]["min_length_one_edit"]),
        two_edits=int(t["typos"]["min_length_two_edits"]),
        suspect_suffixes=frozenset(t["suffixes"]["suspect"]),
        single=dict(t["homoglyphs"]["single"]),
        pairs=dict(t["homoglyphs"]["pairs"]),
        alternatives=dict(t["homoglyphs"]["alternatives"]),
        legal_forms=frozenset(t["company"]["legal_forms"]),
        government_words=frozenset(t["government"]["words"]),
        government_suffix_labels=frozenset(t["government"]["suffix_labels"]),
    )


@cache
def brands() -> tuple[Brand, ...]:
    out = []
    for bid, raw in toml_table("brands.toml")["brands"].items():
        out.append(
            Brand(
                id=bid,
                name=str(raw["name"]),
                keys=tuple(raw["keys"]),
                claims=tuple(raw.get("claims", ())),
                domains=frozenset(registrable(to_ascii(d)) for d in raw["domains"]),
                main_domain=registrable(to_ascii(raw["domains"][0])),
                generic=bool(raw.get("generic", False)),
                country_sites=bool(raw.get("country_sites", False)),
                allow=frozenset(raw.get("allow", ())),
                marketplace=bool(raw.get("marketplace", False)),
                notices=bool(raw.get("notices", False)),
                sub_brands=frozenset(raw.get("sub_brands", ())),
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- reading a name


def _fold(text: str) -> str:
    """Lower case, accents dropped (nestlé -> nestle); other scripts kept for the homoglyph map."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def readings(text: str) -> frozenset[str]:
    """How a glance may read ``text``: homoglyphs replaced, with pair and alternative readings.

    Cached: every brand asks about the same few strings."""
    rules = _rules()
    base = "".join(rules.single.get(ch, ch) for ch in _fold(text))
    alt = "".join(rules.alternatives.get(ch, rules.single.get(ch, ch)) for ch in _fold(text))
    out = {base, alt}
    for reading in list(out):
        paired = reading
        for pair, single in rules.pairs.items():
            paired = paired.replace(pair, single)
        out.add(paired)
    return frozenset(r for r in out if r)


def company_words(name: str) -> list[str]:
    """Words of a company or display name without legal forms: "Walmart Inc." -> ["walmart"]."""
    words = re.findall(r"[^\W_]+", _fold(name.replace("&", " and ")))
    return [w for w in words if w not in _rules().legal_forms]


# --------------------------------------------------------------------------- brand claims


@lru_cache(maxsize=4096)
def _brand_lookalike_cached(domain: str) -> Lookalike | None:
    """Remembered per domain: a batch asks it for every inquiry from the same buyer."""
    return _brand_lookalike(domain)


@lru_cache(maxsize=8192)
def _claim_words(claim: str) -> str:
    return " ".join(company_words(claim)) or claim


def claimed_brand(names: Iterable[str]) -> Brand | None:
    """The brand a company or display name claims to be, if any.

    An everyday-word brand (Metro, Target) is claimed only by the whole name ("Metro AG"),
    not by "Metro Home Textiles"; a distinctive one also inside a longer name
    ("Walmart Procurement Dept"). Marketplaces need the whole name too: "Amazon seller" is
    what many genuine small buyers are."""
    for name in names:
        words = company_words(name)
        if not words:
            continue
        joined = " ".join(words)
        for brand in brands():
            for claim in brand.claims:
                claim_words = _claim_words(claim)
                inside = not (brand.generic or brand.marketplace) and f" {claim_words} " in f" {joined} "
                if joined == claim_words or inside:
                    return brand
    return None


# --------------------------------------------------------------------------- domain vs brand


def official_brand(domain: str) -> Brand | None:
    """The brand whose own domain this is (mail really from walmart.com)."""
    return _by_domain().get(registrable(domain))


@cache
def _by_domain() -> dict[str, Brand]:
    """Each official domain and its brand (the first listed, as a scan of ``brands()`` would find): a
    link's host and each of its subdomains are looked up, not compared with every brand."""
    found: dict[str, Brand] = {}
    for brand in brands():
        for domain in brand.domains:
            found.setdefault(domain, brand)
    return found


@lru_cache(maxsize=1024)
def _split(domain: str) -> tuple[str, tuple[str, ...], str]:
    """(squashed label, hyphen tokens, suffix) in Unicode, as a person reads the name."""
    reg = registrable(to_ascii(domain))
    name = to_unicode(label(reg))
    tokens = tuple(t for t in re.split(r"[-_.]+", name) if t)
    return "".join(tokens), tokens, suffix(reg)


def _typo_limit(key: str) -> int:
    rules = _rules()
    return 2 if len(key) >= rules.two_edits else 1 if len(key) >= rules.one_edit else 0


def _near(text: str, key: str) -> str | None:
    """ "same" if ``text`` reads as ``key`` exactly, "homoglyph" via look-alike characters,
    "typo" within the key's edit allowance."""
    if text == key:
        return "same"
    reads = readings(text)
    if key in reads:
        return "homoglyph"
    limit = _typo_limit(key)
    if limit and any(OSA.distance(r, key, score_cutoff=limit) <= limit for r in reads):
        return "typo"
    return None


# Glued to any word only from this length: "amazonas" (a Brazilian state) is not Amazon.
_GLUED_NOTICE_MIN = 7
_SHORT_KEY = 3  # keys this short (hm, pg, jd) are everyday letters: treated as generic words


def _strict(brand: Brand, key: str) -> bool:
    return brand.generic or len(key) <= _SHORT_KEY


def _affix_words(word: str, allowed: frozenset[str]) -> bool:
    """Whether ``word`` is one add-on word or several glued (procurementdept, supplierportal)."""
    if word in allowed:
        return True
    return any(word[:i] in allowed and _affix_words(word[i:], allowed) for i in range(2, len(word) - 1))


def _affix_ok(extra: Sequence[str], strict: bool, notices: bool = False, exact: bool = True) -> bool:
    # Platforms, payment and courier brands write to suppliers; "alibaba-tradeassurance-pay" is never them.
    if notices and not strict:
        return True
    rules = _rules()
    allowed = rules.corporate if strict else rules.corporate | rules.distinctive
    if exact and not strict and not any(_affix_words(w, rules.other_trades) for w in extra):
        # The brand's exact name with any add-on word: a famous name is not a family name to build
        # on. A near spelling (samsun-tours, a Turkish city) needs a listed add-on.
        return True
    # Distinctive names with a one- or two-letter tail (asda-c, tesco-uk) are still the brand.
    return all(_affix_words(w, allowed) or (not strict and len(w) <= 2) for w in extra)


def _tokens_match(tokens: tuple[str, ...], brand: Brand, key: str) -> str | None:
    """walmart-us, us-walmart, wallmart-procurement: the brand as one token among add-ons."""
    if len(tokens) < 2:
        return None
    for i, token in enumerate(tokens):
        how = _near(token, key)
        extra = tuple(t for t in tokens[:i] + tokens[i + 1 :] if t not in brand.sub_brands)
        if how and _affix_ok(extra, _strict(brand, key), brand.notices, exact=how in ("same", "homoglyph")):
            return "added_word" if how == "same" else how
    return None


def _glued_match(squashed: str, strict: bool, key: str, notices: bool = False) -> str | None:
    """walmartus, tescogroup, usacostco: the brand glued to an add-on without a hyphen.

    Only whole add-on words count here: a glued "er" or "s" makes another word (wayfairer);
    a long notice-sending name (madeinchina-verify) counts with anything glued to it."""
    if notices and not strict and len(key) >= _GLUED_NOTICE_MIN and squashed != key and key in squashed:
        return "added_word"
    rules = _rules()
    words = rules.corporate if strict else rules.corporate | rules.distinctive
    for reading in readings(squashed) | {squashed}:
        if reading.startswith(key) and _affix_words(reading[len(key) :], words):
            return "added_word"
        if reading.endswith(key) and _affix_words(reading[: -len(key)], words):
            return "added_word"
    return None


def _swap_ok(sfx: str, brand: Brand) -> bool:
    """A suffix the brand may really use: a country site, for brands that run them."""
    rules = _rules()
    country = len(sfx.rsplit(".", 1)[-1]) == 2
    return brand.country_sites and country and sfx not in rules.suspect_suffixes


def _brand_match(domain: str, brand: Brand) -> str | None:
    squashed, tokens, sfx = _split(domain)
    if squashed in brand.allow:
        return None
    for key in brand.keys:
        strict = _strict(brand, key)
        how = _near(squashed, key)
        if how == "same":
            if len(tokens) > 1:
                return "hyphen"
            return None if _swap_ok(sfx, brand) else "tld_swap"
        found = how if how == "homoglyph" else None
        found = found or _tokens_match(tokens, brand, key) or _glued_match(squashed, strict, key, brand.notices)
        found = found or (how if how == "typo" else None)
        if found and not (strict and found == "typo"):
            return found
    return None


def _brand_lookalike(domain: str) -> Lookalike | None:
    for brand in brands():
        kind = _brand_match(domain, brand)
        if kind:
            return Lookalike(brand.name, brand.main_domain, kind)
    return None


# --------------------------------------------------------------------------- government


@lru_cache(maxsize=4096)
def government_word(domain: str) -> str:
    """The word of a public body ("gov", "ministry") a commercial domain wears as a word of its own
    (mm-gov-qa.com), or "" (a real government domain, or no such word)."""
    rules = _rules()
    if rules.government_suffix_labels.intersection(suffix(domain).split(".")):
        return ""
    return next((w for w in re.split(r"[-_]", label(domain)) if w in rules.government_words), "")


# --------------------------------------------------------------------------- domain vs website


def website_lookalike(domain: str, website: str) -> Lookalike | None:
    """The sender's domain imitates the website the buyer names (harb0rline-imports.com)."""
    site = registrable(to_ascii(site_host(website)))
    mine = registrable(to_ascii(domain))
    if not site or not mine or site == mine or "." not in site:
        return None
    s_squashed, s_tokens, _ = _split(site)
    m_squashed, m_tokens, _ = _split(mine)
    kind: str | None = None
    if m_squashed == s_squashed:
        # acme.de writing about acme.com is one firm with two country sites; acme.co is not.
        swap = m_tokens == s_tokens
        kind = None if swap and suffix(mine) not in _rules().suspect_suffixes else "tld_swap" if swap else "hyphen"
    elif s_squashed in readings(m_squashed):
        kind = "homoglyph"
    elif _typo_limit(s_squashed) and OSA.distance(m_squashed, s_squashed) <= _typo_limit(s_squashed):
        kind = "typo"
    elif m_squashed.startswith(s_squashed) and m_squashed[len(s_squashed) :] in _rules().corporate:
        kind = "added_word"
    return Lookalike(site, site, kind, target="website") if kind else None


def same_name(domain: str, other: str) -> bool:
    """One name under two endings (acme.de, acme.com): the same firm, for a rep's purposes."""
    return _split(domain)[1] == _split(other)[1]


# --------------------------------------------------------------------------- entry point


def find_lookalike(domain: str, claims: Sequence[str] = (), website: str = "") -> Lookalike | None:
    """What ``domain`` imitates, if anything: a brand (typo, homoglyph, hyphen, add-on, TLD
    swap), a brand the sender claims to be while writing from another domain, or the website
    the buyer names."""
    if not domain:
        return None
    if official := official_brand(domain):
        # The brand's own domain is no lookalike; but from naver.com (a portal's free mail) a claim to be
        # Walmart is still a claim from the wrong domain.
        claimed = claimed_brand(claims)
        return Lookalike(claimed.name, claimed.main_domain, "claimed") if claimed and claimed != official else None
    found = _brand_lookalike_cached(domain)
    if found:
        return found
    claimed = claimed_brand(claims)
    if claimed:
        return Lookalike(claimed.name, claimed.main_domain, "claimed")
    return website_lookalike(domain, website) if website else None
