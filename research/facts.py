"""What every check hands to the assessment and the report: one typed record per source.

Each enricher's ``Finding.facts`` is one of the TypedDicts below, each fact under one name. Every key is
optional (``total=False``): a check that failed or was skipped has found nothing, and readers must say
"unknown" rather than guess. The contract's sections (``buyer-report/1``) are these records as they are;
nothing renames them on the way out.

Readers use :func:`facts_of` with the source's name and get the source's own type back, so mypy checks
both sides of the seam between ``research.enrich`` and ``research.assess``/``research.render``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, TypedDict, cast, get_type_hints, overload

from research.types import Finding

Source = Literal[
    "email",
    "sender",
    "domain",
    "website",
    "inquiry",
    "attachments",
    "platform",
    "history",
    "customs",
    "fit",
    "registers",
    "archive",
    "location",
    "sanctions",
]


# ------------------------------------------------------------------------------------------ email


class Lookalike(TypedDict):
    """A domain bent to look like a brand's or the buyer's website (the official domain is ``lookalike_of``)."""

    brand: str
    kind: str  # how it imitates: typo, homoglyph, added word, tld swap, subdomain, claimed
    target: str  # "brand" or "website"


class EmailFacts(TypedDict, total=False):
    address: str
    display_name: str
    valid: bool
    error: str
    local: str
    domain: str
    domain_unicode: str
    idn: bool
    free_mail: bool
    disposable: bool
    free_provider: str | None
    role: bool
    lookalike: Lookalike | None
    lookalike_of: str | None


# ----------------------------------------------------------------------------------------- sender


class HopFact(TypedDict, total=False):
    """One server the message passed, as a Received line records it."""

    ip: str
    host: str  # the best name for it: reverse DNS, else the name it gave
    country: str | None  # of the IP address, from the dataset named in SenderFacts.country_dataset
    hosting: str | None  # the rented-server network its name belongs to (Vultr, Amazon EC2 ...)
    mail_service: str | None  # a mail provider's own server (Google Workspace, Tencent Exmail ...)
    no_rdns: bool  # the receiving server found no reverse-DNS name for the address
    line: str  # the Received line, as evidence


class SpfFact(TypedDict, total=False):
    domain: str
    ip: str
    result: str  # pass, fail, softfail, neutral, none, permerror, temperror
    record: str


class DkimFact(TypedDict, total=False):
    domain: str  # the signature's d=
    selector: str
    result: str  # pass, fail, permerror, temperror
    aligned: bool  # d= is the From domain (or its parent)


class SenderFacts(TypedDict, total=False):
    from_domain: str
    origin: HopFact | None  # the first hop from outside the recipient's servers (trusted)
    origin_recorded_by: str  # the recipient-side server that recorded it
    inside: bool  # the message never left the recipient's own provider (same provider both ends)
    claimed_hops: list[HopFact]  # lines below the origin: what the sender's servers say (may be forged)
    client_ip: str | None  # the webmail user's address (X-Originating-IP)
    client_country: str | None
    country_dataset: str
    return_path: str | None
    reply_to: str | None
    message_id_domain: str | None
    auth_results: dict[str, str]  # the recipient's server's own Authentication-Results
    spf: SpfFact | None
    dkim: list[DkimFact]
    brand: str | None  # the famous buyer the sender claims to be (From domain, name or company)
    inconsistencies: list[str]  # what contradicts that claim (reply_to, hosting, spf, dkim, message_id ...)
    skipped: list[str]  # parts not checked, as reason codes (sender.offline_auth, sender.no_raw_message ...)


# ----------------------------------------------------------------------------------------- domain


class DomainFacts(TypedDict, total=False):
    domain: str
    mail_domain: str
    exists: bool
    mx: list[str]
    mx_provider: str | None
    spf: str | None
    dmarc: str | None
    dmarc_policy: str | None
    whois_status: str
    whois_server: str
    created: str | None
    age_days: int | None
    registrar: str | None
    registrant_org: str | None
    registrant_country: str | None
    privacy: bool | None
    name_servers: list[str]
    a: list[str]
    parked: bool
    parked_ns_host: str | None
    verifications: list[str]  # services the domain proved it owns in TXT records (Microsoft 365, Google ...)


# ---------------------------------------------------------------------------------------- website


class PageFact(TypedDict):
    url: str
    kind: str
    title: str
    status: int | str  # 200, or why it was not read (http_404, fetch.timeout ...)


class TriedFact(TypedDict):
    url: str
    error: str


class PhoneFact(TypedDict, total=False):
    number: str
    country: str
    type: str
    fax: bool
    role: str  # phone, fax or phone_fax
    url: str
    snippet: str


class SizeHint(TypedDict, total=False):
    kind: str  # employees, stores, warehouse_m2, brands, countries
    value: float
    text: str
    url: str


class SourcedText(TypedDict, total=False):
    """A value read on a page, with where: products, addresses, descriptions."""

    text: str
    url: str
    country: str


class MarketFact(TypedDict):
    code: str
    url: str
    snippet: str


class IdentifierFact(TypedDict, total=False):
    """A company number read in the mail or on the site, checked offline (python-stdnum)."""

    kind: str  # eu_vat, lei, gb_company, fr_siren, pl_nip, cz_ico, no_orgnr, cn_uscc ... (data/identifiers.toml)
    country: str
    number: str
    valid: bool  # format and check digit hold
    error: str  # checksum or format, when not valid
    where: str  # inquiry or website
    url: str  # the page it was read on
    snippet: str


class CertificateFact(TypedDict, total=False):
    """The website's TLS certificate: an organisation named in it was checked by the certificate authority."""

    organization: str | None  # the subject's O (OV and EV certificates); None on domain-validated ones
    country: str | None
    common_name: str
    issuer: str
    not_before: str
    validation: str  # "organization" (O present) or "domain"


class WebsiteFacts(TypedDict, total=False):
    reachable: bool
    url: str
    final_url: str
    state: str  # ok, parked, for_sale, under_construction, default_page, js_shell, unreachable, unchecked
    state_phrase: str
    pages: list[PageFact]
    site_domain: str
    title: str
    description: str
    founded_year: int | None
    size_hints: list[SizeHint]
    phones: list[PhoneFact]
    emails: list[str]
    socials: dict[str, str]
    address: str
    address_source: SourcedText | None
    phone_is_fax: bool
    products: list[str]
    product_sources: list[SourcedText]
    markets: list[str]
    market_sources: list[MarketFact]
    regions: list[str]
    languages: list[str]
    currencies: list[str]
    business_model: list[str]
    certifications: list[str]
    found_via: str  # named, email, text or redirect
    # With no site to visit: domains guessed from the company name, and the one whose home page names the
    # company. Probably theirs, never proven (anyone can name a company): shown as such, weighs nothing.
    name_guesses: list[str]
    probable_url: str
    probable_title: str
    probable_from: str  # the company name the guess was made from
    redirects: list[str]
    tried: list[TriedFact]
    sitemap: bool
    fetches: int
    crawl_ms: int
    server: str
    identifiers: list[IdentifierFact]  # company numbers on the pages read (imprint, footer, legal notice)
    certificate: CertificateFact | None


# ---------------------------------------------------------------------------------------- inquiry


class Specific(TypedDict):
    kind: str  # product, model, quantity, spec, certification, incoterm, port, payment ...
    text: str


class Quantity(TypedDict):
    value: float
    unit: str
    text: str
    realistic: bool


class Wording(TypedDict):
    """The learned second opinion on the wording (research/extract/wording.py)."""

    scam_probability: float
    band: str  # decisive, high, look_again or low
    kind: str  # the nearest known kind of mail (research/data/model/kinds.toml)
    kind_similarity: float
    cues: list[str]


class InquiryFacts(TypedDict, total=False):
    language: str
    language_confidence: float
    specificity: int
    specifics: list[Specific]
    products: list[str]
    quantities: list[Quantity]
    incoterms: list[str]
    destination_country: str
    vague_phrases: list[str]
    scam_patterns: list[str]
    template: bool
    links: list[str]
    attachments: list[str]
    advice_hints: list[str]
    wording: Wording


# ------------------------------------------------------------------------------------ attachments


class FoundFact(TypedDict):
    """One thing seen inside a file (kinds: research/extract/attachments/model.py ``KINDS``)."""

    kind: str
    where: str  # the file, or the path inside it: order.zip/inner.zip/setup.exe
    detail: str  # the evidence: a member's name, a macro keyword, a form's target


class AttachmentFact(TypedDict, total=False):
    filename: str
    declared_type: str
    real_type: str  # by the file's first bytes: pdf, html, zip, ooxml, exe ...
    size: int | None
    status: str  # read, partial, unreadable, too_large, not_read
    reason: str  # why it could not be read
    found: list[FoundFact]
    links: list[str]
    members: list[str]
    text_chars: int


class AttachmentsFacts(TypedDict, total=False):
    files: list[AttachmentFact]
    links: list[str]  # every link found inside, all files together
    lure: str  # the mail's "see the attached order" words, if any


# --------------------------------------------------------------------------------------- platform


class PlatformFacts(TypedDict, total=False):
    platform: str
    verified: bool | None
    account_age_years: float | None
    products_viewed: int | None
    inquiries_sent: int | None
    suppliers_contacted: int | None
    ip_country: str | None
    stated_country: str | None
    advice_hints: list[str]


# ------------------------------------------------------------------------------ history, customs


class EarlierDecision(TypedDict):
    status: str  # pending, approved, rejected
    actions: list[str]
    by: str
    at: str
    note: str


class EarlierReport(TypedDict):
    id: int
    date: str
    category: str
    email: str
    rep: NotRequired[str]  # who of the team ran it
    company: NotRequired[str]
    decision: NotRequired[EarlierDecision]  # the manager's latest decision on it


class KnownCustomerFact(TypedDict):
    by: str
    at: str
    reason: str


class HistoryFacts(TypedDict, total=False):
    earlier: list[EarlierReport]
    known_customer: KnownCustomerFact  # a manager marked this sender as a customer we do business with


class CustomsFacts(TypedDict, total=False):
    matched_name: str
    shipments: int
    from_china: int
    per_year: float
    suppliers: list[str]
    last_shipment: str


# -------------------------------------------------------------------------------------------- fit


class FitFacts(TypedDict, total=False):
    product_overlap: float | None
    matched_lines: list[str]
    buyer_markets: list[str]
    market_overlap: list[str]
    market_excluded: list[str]


# ------------------------------------------------------------------- proof of identity


class RegisterRecord(TypedDict, total=False):
    """What an official register says about one number, and how it compares with what the buyer claims."""

    register: str  # vies, gleif, fr, no, cz, pl, uk
    kind: str  # the identifier's kind
    number: str
    status: str  # found, not_found or unknown (then ``reason`` says why)
    reason: str  # a catalog code
    name: str
    address: str
    country: str
    registered: str | None  # ISO date of registration or incorporation
    active: bool | None
    legal_status: str
    parent: str | None  # GLEIF: the direct parent's legal name
    url: str  # where a rep can look at the record
    checked: str  # ISO date of the look-up
    name_match: bool | None  # None: nothing to compare
    address_match: bool | None


class RegistersFacts(TypedDict, total=False):
    identifiers: list[IdentifierFact]
    records: list[RegisterRecord]
    claimed_since: int | None  # the year the buyer says they were founded (site or mail)


class ArchiveFacts(TypedDict, total=False):
    domain: str
    first_capture: str | None  # ISO date of the Wayback Machine's first capture
    captures_url: str
    old_url: str  # the first capture read, when one was
    old_title: str
    other_business: bool
    checked: str


class LocationFacts(TypedDict, total=False):
    address: str
    address_from: str  # website, register or inquiry
    lat: float
    lon: float
    kind: str  # office, industrial, commercial, residential, none
    place: str  # the map's class/type of the place found (building=industrial ...)
    display_name: str
    map_url: str
    checked: str


class SanctionsList(TypedDict):
    list: str  # ofac, eu, un, uk
    date: str  # the list's own publication date, else the download date
    downloaded: str  # when `lists update` fetched it
    entries: int


class SanctionMatch(TypedDict, total=False):
    list: str
    entry: str  # the entry's id on its list
    listed_name: str
    screened: str  # our name that matched
    score: float
    program: str
    listed_on: str
    entity: str  # person or organization
    hit: bool  # True: a hit; False: a near miss for the rep to judge


class SanctionsFacts(TypedDict, total=False):
    screened: list[str]
    lists: list[SanctionsList]
    matches: list[SanctionMatch]


Facts = (
    EmailFacts
    | SenderFacts
    | DomainFacts
    | WebsiteFacts
    | InquiryFacts
    | AttachmentsFacts
    | PlatformFacts
    | HistoryFacts
    | CustomsFacts
    | FitFacts
    | RegistersFacts
    | ArchiveFacts
    | LocationFacts
    | SanctionsFacts
)
RECORDS: Mapping[Source, type] = {
    "email": EmailFacts,
    "sender": SenderFacts,
    "domain": DomainFacts,
    "website": WebsiteFacts,
    "inquiry": InquiryFacts,
    "attachments": AttachmentsFacts,
    "platform": PlatformFacts,
    "history": HistoryFacts,
    "customs": CustomsFacts,
    "fit": FitFacts,
    "registers": RegistersFacts,
    "archive": ArchiveFacts,
    "location": LocationFacts,
    "sanctions": SanctionsFacts,
}


@overload
def facts_of(findings: Sequence[Finding], source: Literal["email"]) -> EmailFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["sender"]) -> SenderFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["domain"]) -> DomainFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["website"]) -> WebsiteFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["inquiry"]) -> InquiryFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["attachments"]) -> AttachmentsFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["platform"]) -> PlatformFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["history"]) -> HistoryFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["customs"]) -> CustomsFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["fit"]) -> FitFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["registers"]) -> RegistersFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["archive"]) -> ArchiveFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["location"]) -> LocationFacts: ...
@overload
def facts_of(findings: Sequence[Finding], source: Literal["sanctions"]) -> SanctionsFacts: ...
def facts_of(findings: Sequence[Finding], source: Source) -> Facts:
    """The facts of the first finding from ``source``; empty when the check did not run or found nothing."""
    found = next((f.facts for f in findings if f.source == source), {})
    return cast(Facts, found)


def fact(findings: Sequence[Finding], path: str) -> Any:
    """``"website.address"`` -> that fact, or None when absent or empty.

    For rules written as data (advice.toml names facts by path); :func:`known_path` checks the names."""
    source, _, key = path.partition(".")
    found: Mapping[str, Any] = next((f.facts for f in findings if f.source == source), {})
    return found.get(key) or None


def known_path(path: str) -> bool:
    """Whether ``source.key`` names a fact some check can produce."""
    source, _, key = path.partition(".")
    record = RECORDS.get(cast(Source, source))
    return record is not None and key in get_type_hints(record)
