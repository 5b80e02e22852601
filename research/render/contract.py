"""The report contract ``buyer-report/1`` as types: what ``render.json.to_dict`` returns and every renderer
(Markdown, HTML, PDF, the page) reads. The sections are the checks' own fact records (research/facts.py),
so mypy follows a fact from the check that finds it to the line that shows it.
"""

from __future__ import annotations

from typing import Any, TypedDict

from research.facts import (
    ArchiveFacts,
    AttachmentsFacts,
    DomainFacts,
    EmailFacts,
    InquiryFacts,
    LocationFacts,
    RegistersFacts,
    SanctionsFacts,
    WebsiteFacts,
)


class EvidenceDict(TypedDict):
    kind: str
    ref: str
    snippet: str


class ReasonDict(TypedDict):
    code: str
    message: str
    weight: float
    evidence: list[EvidenceDict]


class SignalDict(TypedDict):
    source: str
    code: str
    dimension: str
    weight: float
    red_flag: bool
    message: str
    params: dict[str, Any]
    evidence: list[EvidenceDict]


class FindingDict(TypedDict):
    source: str
    status: str
    reason: str
    reason_code: str
    detail: str
    elapsed_ms: int


class AdviceDict(TypedDict):
    code: str
    kind: str
    message: str
    url: str


class VerdictDict(TypedDict):
    category: str
    category_label: str
    risk: str
    scores: dict[str, int]
    reasons: list[ReasonDict]
    rule: str
    rule_params: dict[str, Any]
    rule_text: str
    look_again: str  # "" or why the learned second opinion disagrees with the rules
    look_again_text: str
    unverified: list[str]  # what would prove who the sender is (messages), when risk is held at medium


class BuyerTypeDict(TypedDict):
    label: str
    label_text: str
    confidence: float
    evidence: list[ReasonDict]


class ProductMatchDict(TypedDict):
    buyer_product: str
    our_line: str
    score: float
    matched_terms: list[str]
    where: str


class FitDict(TypedDict):
    product_overlap: float | None
    matched_products: list[ProductMatchDict]
    market_overlap: list[str]
    market_excluded: list[str]


class SignalNote(TypedDict):
    code: str
    message: str


class WebsiteSection(WebsiteFacts, total=False):
    signals: list[SignalNote]  # the website check's own signals, in the report's language


class InquiryDict(TypedDict, total=False):
    """The input as the rep gave it (``types.Inquiry`` as data)."""

    email: str
    display_name: str
    company: str
    subject: str
    body: str
    phone: str
    country: str
    website: str
    reply_to: str
    attachments: list[dict[str, Any]]
    links: list[dict[str, Any]]
    platform: dict[str, Any]
    headers: list[list[str]]
    source: str


class ReportDict(TypedDict):
    schema: str
    lang: str
    generated_at: str
    profile: str
    offline: bool
    inquiry: InquiryDict
    verdict: VerdictDict
    buyer_type: BuyerTypeDict
    email: EmailFacts
    domain: DomainFacts
    website: WebsiteSection
    inquiry_analysis: InquiryFacts
    attachments: AttachmentsFacts
    fit: FitDict
    findings: list[FindingDict]
    signals: list[SignalDict]
    advice: list[AdviceDict]
    timings: dict[str, int]
    # Proof of identity (issue 14): the checks' own records, empty when they did not run.
    registers: RegistersFacts
    archive: ArchiveFacts
    location: LocationFacts
    sanctions: SanctionsFacts
