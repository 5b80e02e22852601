"""The data that flows through the library: all frozen, all plain.

Nothing here is localized: a ``code`` plus ``params`` is rendered by
``research.render.i18n`` in the language the rep asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Dimension = Literal["authenticity", "value", "fit", "intent"]
DIMENSIONS: tuple[Dimension, ...] = ("authenticity", "value", "fit", "intent")
Status = Literal["ok", "partial", "failed", "skipped"]
Category = Literal["A", "B", "C", "X"]
Risk = Literal["low", "medium", "high"]
BUYER_TYPES = ("retailer", "wholesaler", "oem_importer", "chain", "end_user", "unknown")


# A field with this mark stays in memory only: serialize.to_data leaves it out of the history and the
# JSON report (an attachment's bytes are evidence to read, not to keep).
TRANSIENT = {"transient": True}


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str = ""
    size: int | None = None
    # The attachment's bytes when the mail reader kept them (within research/data/attachments.toml's
    # limits); None for names only (a form, a corpus file) or when ``skipped`` says why not.
    payload: bytes | None = field(default=None, repr=False, compare=False, metadata=TRANSIENT)
    skipped: str = ""  # "too_large": over the per-file or per-mail limit, listed but not read


@dataclass(frozen=True)
class Link:
    url: str
    text: str = ""


@dataclass(frozen=True)
class PlatformStats:
    """What a B2B platform shows on the buyer's card; every field optional."""

    verified: bool | None = None
    account_age_years: float | None = None
    products_viewed_90d: int | None = None
    inquiries_sent_90d: int | None = None
    suppliers_contacted_90d: int | None = None
    ip_country: str | None = None
    platform: str = ""

    def is_empty(self) -> bool:
        return all(getattr(self, f) in (None, "") for f in self.__dataclass_fields__)


@dataclass(frozen=True)
class Inquiry:
    email: str = ""
    display_name: str = ""
    company: str = ""
    subject: str = ""
    body: str = ""
    phone: str = ""
    country: str = ""
    website: str = ""
    reply_to: str = ""
    attachments: tuple[Attachment, ...] = ()
    links: tuple[Link, ...] = ()
    platform: PlatformStats = field(default_factory=PlatformStats)
    headers: tuple[tuple[str, str], ...] = ()
    source: str = "form"
    # The message as received (.eml), for checks that need its exact bytes (DKIM). Never saved
    # or shown: a run's input, not part of the report.
    raw: bytes = field(default=b"", repr=False, compare=False, metadata={"transient": True})

    @property
    def domain(self) -> str:
        """The sender's domain as typed (lower case), or ``""``."""
        _, _, dom = self.email.rpartition("@")
        return dom.strip().strip(".").lower()

    def header(self, name: str) -> list[str]:
        low = name.lower()
        return [v for k, v in self.headers if k.lower() == low]


@dataclass(frozen=True)
class Evidence:
    """Where a judgement comes from, so a rep can check it.

    ``kind`` is one of url, header, dns, whois, text, platform, list.
    ``ref`` is the URL, header name, record name or list name.
    """

    kind: str
    ref: str
    snippet: str = ""


@dataclass(frozen=True)
class Signal:
    """What a check saw, with its evidence. What it weighs is for the scoring rules to say."""

    source: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class ScoredSignal:
    """A signal as the rules weigh it: the score it moves, by how much, and whether it is a red flag."""

    source: str
    code: str
    dimension: Dimension
    weight: float
    red_flag: bool = False
    veto: bool = False
    params: Mapping[str, Any] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One enricher's result. A failure is a Finding with a reason, never None."""

    source: str
    status: Status
    reason: str = ""
    detail: str = ""
    facts: Mapping[str, Any] = field(default_factory=dict)
    signals: tuple[Signal, ...] = ()
    elapsed_ms: int = 0


@dataclass(frozen=True)
class Reason:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    weight: float = 0.0
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Verdict:
    category: Category
    risk: Risk
    scores: Mapping[str, int]
    reasons: tuple[Reason, ...] = ()
    # The rule of scoring.toml that decided the category: "veto", "red_flags", "a_min", "b_all" ...,
    # with what it compared (the signal, the count, the route), so a rep can trace an X to its cause.
    rule: str = ""
    rule_params: Mapping[str, Any] = field(default_factory=dict)
    # The learned second opinion disagrees with the rules: "wording_scam" or "wording_genuine" ("" when not).
    look_again: str = ""
    # Risk held at medium for want of proof of identity: the checks that would settle it (catalog codes).
    unverified: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuyerType:
    label: str = "unknown"
    confidence: float = 0.0
    evidence: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class ProductMatch:
    buyer_product: str
    our_line: str
    score: float
    matched_terms: tuple[str, ...] = ()
    where: str = ""


@dataclass(frozen=True)
class Fit:
    product_overlap: float | None = None
    matched_products: tuple[ProductMatch, ...] = ()
    market_overlap: tuple[str, ...] = ()
    market_excluded: tuple[str, ...] = ()


@dataclass(frozen=True)
class Advice:
    """One piece of advice; ``kind`` is reply, verify, terms or link."""

    code: str
    kind: str = "reply"
    params: Mapping[str, Any] = field(default_factory=dict)
    url: str = ""


@dataclass(frozen=True)
class ProductLine:
    name: str
    keywords: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    hs_codes: tuple[str, ...] = ()
    moq: str = ""


@dataclass(frozen=True)
class SellerProfile:
    """Our side of the deal: what we make and where we sell it."""

    name: str = "default"
    company: str = ""
    product_lines: tuple[ProductLine, ...] = ()
    certifications: tuple[str, ...] = ()
    target_markets: tuple[str, ...] = ()
    excluded_markets: tuple[str, ...] = ()
    moq: str = ""
    customs_columns: Mapping[str, str] = field(default_factory=dict)
    customs_csv: str = ""  # bill-of-lading export; columns mapped by customs_columns
    # Languages the product keywords and synonyms are written in ("en" for the plain keyword lists).
    languages: tuple[str, ...] = ("en",)
    # Our standard terms as the rep quotes them: payment, samples, incoterms, lead_time (free text).
    terms: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Report:
    inquiry: Inquiry
    findings: tuple[Finding, ...]
    verdict: Verdict
    buyer_type: BuyerType
    fit: Fit
    advice: tuple[Advice, ...]
    timings: Mapping[str, int]
    created_at: datetime
    profile: str = "default"
    offline: bool = False
    signals: tuple[ScoredSignal, ...] = ()  # every finding's signals, as the rules weighed them

    def finding(self, source: str) -> Finding | None:
        return next((f for f in self.findings if f.source == source), None)
