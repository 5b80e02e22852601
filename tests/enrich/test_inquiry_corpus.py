"""The whole pipeline, offline, over the hand-written corpus and the 24 real scam e-mails.

Offline means no DNS, WHOIS or website: what is measured here is what the
message itself (plus the address and platform data) tells a rep.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from research import Report, load_settings, research
from research.inputs import from_file
from research.settings import Settings
from tests.corpus.corpus import Case, load_corpus

CATEGORIES = "ABCX"
# Measured: 68 of 68; the closest call is a bike shop ordering 40 batteries, on the B/C line (value 35).
CATEGORY_FLOOR = 0.90
# Measured: 38 of 43 genuine inquiries (88 %); the misses are bare "send your catalog" mails that say
# nothing of who writes (unknown, where the corpus says retailer) and a café chain asking for logo cups.
BUYER_TYPE_FLOOR = 0.85


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    cache = tmp_path_factory.mktemp("cache")
    return load_settings(env={"RESEARCH_CACHE_DIR": str(cache)}, offline=True)


@pytest.fixture(scope="module")
def corpus_reports(offline: Settings) -> list[tuple[Case, Report]]:
    return [(case, research(case.inquiry, settings=offline, save=False)) for case in load_corpus()]


def _table(pairs: list[tuple[str, str]]) -> str:
    counts = Counter(pairs)
    lines = ["expected \\ got  " + "  ".join(CATEGORIES)]
    for exp in CATEGORIES:
        lines.append(f"{exp:>15}  " + "  ".join(str(counts[(exp, got)]) for got in CATEGORIES))
    return "\n".join(lines)


def test_corpus_is_big_and_varied() -> None:
    cases = load_corpus()
    assert len(cases) >= 60
    assert len({c.meta["language"] for c in cases}) >= 9
    kinds = {c.kind.split(":", 1)[1] for c in cases if c.kind.startswith("scam:")}
    assert {"phishing_link", "risky_attachment", "advance_fee", "visa_request", "free_sample_demand"} <= kinds
    assert {"bank_change", "pressure", "gov_tender", "doc_share_link", "link_mismatch"} <= kinds
    types = {c.meta["expected_buyer_type"] for c in cases if c.genuine}
    assert {"retailer", "wholesaler", "oem_importer", "chain"} <= types


def test_no_genuine_specific_inquiry_is_x(corpus_reports: list[tuple[Case, Report]]) -> None:
    bad = [c.id for c, r in corpus_reports if c.genuine and c.kind == "specific" and r.verdict.category == "X"]
    assert bad == []


def test_every_scam_is_x_or_high_risk(corpus_reports: list[tuple[Case, Report]]) -> None:
    missed = [
        (c.id, r.verdict.category, r.verdict.risk)
        for c, r in corpus_reports
        if not c.genuine and not (r.verdict.category == "X" or r.verdict.risk == "high")
    ]
    assert missed == []


def test_category_confusion_table(corpus_reports: list[tuple[Case, Report]]) -> None:
    pairs = [(c.expected, r.verdict.category) for c, r in corpus_reports]
    right = sum(exp == got for exp, got in pairs)
    print(f"\ncategory: {right}/{len(pairs)} right\n{_table(pairs)}")
    wrong = [(c.id, c.expected, r.verdict.category) for c, r in corpus_reports if c.expected != r.verdict.category]
    assert right / len(pairs) >= CATEGORY_FLOOR, wrong


def test_language_is_detected_for_every_corpus_inquiry(corpus_reports: list[tuple[Case, Report]]) -> None:
    wrong = [
        (c.id, f.facts.get("language"))
        for c, r in corpus_reports
        if (f := r.finding("inquiry")) and c.inquiry.body and f.facts.get("language") != c.meta["language"]
    ]
    assert wrong == []


def test_buyer_type_agrees_on_most_genuine_inquiries(corpus_reports: list[tuple[Case, Report]]) -> None:
    genuine = [(c, r) for c, r in corpus_reports if c.genuine]
    right = sum(r.buyer_type.label == c.meta["expected_buyer_type"] for c, r in genuine)
    print(f"\nbuyer type: {right}/{len(genuine)} genuine inquiries right")
    assert right / len(genuine) >= BUYER_TYPE_FLOOR


def test_real_scam_mails_are_all_x_or_high_risk(shared_data: Path, offline: Settings) -> None:
    folder = shared_data / "inquiries" / "real"
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    results = {}
    for item in labels:
        report = research(from_file(folder / item["file"]), settings=offline, save=False)
        results[item["file"]] = (report.verdict.category, report.verdict.risk)
    caught = [name for name, (cat, risk) in results.items() if cat == "X" or risk == "high"]
    print(f"\nreal scam e-mails rated X or high risk: {len(caught)}/{len(results)}")
    assert len(results) == 24
    assert sorted(caught) == sorted(results), {k: v for k, v in results.items() if k not in caught}
