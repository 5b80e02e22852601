"""The history check on both backends: who of the team had this buyer, when, with what verdict and decision."""

from __future__ import annotations

from research import research
from research.inputs import from_text
from research.render.i18n import t
from research.render.json import to_dict
from research.types import Report
from tests.store_backends import Backend

HARBORLINE = "Please quote 2,400 pcs ceramic vases FOB Ningbo.\n\nKaren Mitchell\nHarborline Imports LLC"


def _said(report: Report, code: str, lang: str = "en") -> list[str]:
    return [s["message"] for s in to_dict(report, lang)["signals"] if s["code"] == code]


def test_a_buyer_another_rep_handled_is_named_before_the_reply(backend: Backend) -> None:
    settings = backend.settings(offline=True, lang="en")
    first = research(from_text(HARBORLINE, email="karen@harborline-imports.com", company="Harborline Imports LLC"),
                     settings=settings, rep="王小明")  # fmt: skip
    store = backend.open()
    (row,) = store.search("harborline")
    asked = store.request_approval(row.id, ["quote", "samples"], by="王小明")
    store.decide_approval(asked, "approved", by="Manager Li", note="samples ok")
    # The same company a week later, to another rep, from a free-mail address and without the domain.
    again = from_text("Hello, we need a price for ceramic vases.", email="karen.m@gmail.com",
                      company="HARBORLINE IMPORTS", website="https://www.harborline-imports.com")  # fmt: skip
    second = research(again, settings=settings, rep="李娜")
    (said,) = _said(second, "history.handled_by")
    category = first.verdict.category
    assert said.startswith(f"Already handled by 王小明 on {row.created_at[:10]}: category {category}")
    assert "Manager Li approved: Quote, Send samples" in said
    (earlier,) = second.finding("history").facts["earlier"]  # type: ignore[union-attr,typeddict-item]
    assert earlier["rep"] == "王小明" and earlier["decision"]["status"] == "approved"
    (zh,) = _said(second, "history.handled_by", "zh")
    assert "王小明 已于" in zh and "Manager Li 已批准" in zh
    assert [r.rep for r in store.search("harborline")] == ["李娜", "王小明"]  # who ran each report


def test_a_scam_caught_by_one_rep_warns_every_other(backend: Backend) -> None:
    settings = backend.settings(offline=True, lang="en")
    scam = "URGENT order 20,000 units. Pay the registration fee by Western Union to proceed. Reply fast."
    research(from_text(scam, email="procurement@walmart-us.com", company="Walmart Inc."), settings=settings, rep="张伟")
    store = backend.open()
    (row,) = store.search("walmart")
    if row.category != "X":  # the verdict is the rules'; the manager's override is what the team sees
        store.override_verdict(row.id, "X", reason="fee before order", by="Manager Li")
    later = research(from_text("Please send your price list.", email="buyer@walmart-us.com"), settings=settings,
                     rep="李娜")  # fmt: skip
    (warned,) = _said(later, "history.seen_as_scam")
    assert "by 张伟" in warned
    assert any(s.code == "history.seen_as_scam" and s.red_flag for s in later.signals)


def test_nothing_is_said_of_a_buyer_nobody_handled(backend: Backend) -> None:
    settings = backend.settings(offline=True, lang="en")
    report = research(from_text(HARBORLINE, email="karen@harborline-imports.com"), settings=settings, rep="王小明")
    assert _said(report, "history.handled_by") == [] and report.finding("history").facts == {"earlier": []}  # type: ignore[union-attr]
    assert t("history.decision.none", "en") in t(
        "history.handled_by", "en", {"decision": {"code": "history.decision.none"}, "others": ""}
    )
