"""The reply draft (issue 16): templates per language as data, what goes in it by category, and where
it goes (the Reply-To shown and used, or doubted)."""

from __future__ import annotations

import tomllib
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest

from research import research
from research.inputs import from_text
from research.profile import load_profile
from research.render import decision, reply
from research.render.contract import ReportDict
from research.render.json import to_dict
from research.settings import PROJECT_ROOT, load_settings

FIXTURE = (PROJECT_ROOT / "tests" / "fixtures" / "harborline_inquiry.txt").read_text("utf-8")
DECOR = load_profile("home_decor")


@pytest.fixture(scope="module")
def harborline(tmp_path_factory: pytest.TempPathFactory) -> ReportDict:
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path_factory.mktemp("reply"))}, offline=True)
    text = "From: Karen Mitchell <karen@harborline-imports.com>\n" + FIXTURE.replace(
        "balance before shipment", "balance against copy of B/L"
    )
    return to_dict(research(from_text(text), DECOR, settings, save=False), "zh")


def _as(d: ReportDict, **changes: Any) -> ReportDict:
    out: Any = deepcopy(d)
    for path, value in changes.items():
        section, _, key = path.partition("__")
        if key:
            out[section][key] = value
        else:
            out[section] = value
    return out  # type: ignore[no-any-return]


def test_every_language_file_has_the_same_sentences() -> None:
    folder = PROJECT_ROOT / "research" / "data" / "reply"
    keys = {p.stem: set(tomllib.loads(p.read_text("utf-8"))) for p in folder.glob("*.toml")}
    assert {"en", "zh", "es", "de", "fr", "ar"} <= set(keys)
    assert all(k == keys["en"] for k in keys.values()), {lang: keys["en"] ^ k for lang, k in keys.items()}


def test_a_quote_carries_what_they_asked_our_terms_and_the_gap(harborline: ReportDict) -> None:
    text = reply.draft(harborline, "en", DECOR.terms)
    assert text.startswith("Dear Karen Mitchell,")
    assert "2,400 pcs" in text and "T/T 30% deposit, 70% balance before shipment" in text
    assert "against copy of B/L" in text  # their credit terms come back as a question
    zh = reply.draft(harborline, "zh", DECOR.terms)
    assert "付款" in zh and "Dear" not in zh


def test_an_x_gets_a_refusal_and_nothing_else(harborline: ReportDict) -> None:
    x = _as(harborline, verdict={**harborline["verdict"], "category": "X"})
    text = reply.draft(x, "en", DECOR.terms)
    assert "not able to take up" in text and "Payment" not in text and "?" not in text
    assert [a.code for a in decision.actions(x)] == ["decline", "blacklist"]
    assert [a.code for a in decision.actions(x, ["quote", "decline"])] == ["decline"]  # never a quote on X


def test_the_reply_goes_to_the_reply_to_when_it_belongs_with_the_sender(harborline: ReportDict) -> None:
    assert reply.recipient(harborline) == reply.Recipient("karen@harborline-imports.com")
    same_company = _as(harborline, inquiry__reply_to="sales@harborline-imports.com")
    to = reply.recipient(same_company)
    assert (to.address, to.note) == ("sales@harborline-imports.com", "page.reply.to_reply_to")


def test_a_doubted_reply_to_is_shown_but_the_draft_goes_to_the_sender(harborline: ReportDict) -> None:
    doubted = {"code": "email.reply_to_differs", "weight": -20, "message": "", "params": {}}
    d = _as(harborline, inquiry__reply_to="karen.harborline@gmail.com", signals=[*harborline["signals"], doubted])
    to = reply.recipient(d)
    assert to.address == "karen@harborline-imports.com" and to.note == "page.reply.not_reply_to"
    from research.render.i18n import t

    said = t(to.note, "zh", to.params)
    assert "karen.harborline@gmail.com" in said and "karen@harborline-imports.com" in said
    only = _as(d, inquiry__email="")
    assert reply.recipient(only).address == "karen.harborline@gmail.com"


def test_the_requested_decision_names_amounts_and_our_terms(harborline: ReportDict) -> None:
    quote = next(a for a in decision.actions(harborline, ["quote"], DECOR.terms))
    assert "2,400 pcs" in quote.detail and "FOB" in quote.detail and "T/T 30% deposit, 70%" in quote.detail


def test_the_draft_file_in_the_pdf_says_where_it_goes(harborline: ReportDict, tmp_path: Path) -> None:
    import shutil
    import subprocess

    from research.render.pdf import Approval, render_dict

    d = _as(harborline, inquiry__reply_to="sales@harborline-imports.com")
    data = render_dict(d, Approval(rep="王", reply=reply.draft(d, "en", DECOR.terms)))
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    (tmp_path / "r.pdf").write_bytes(data)
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, check=True).stdout.decode()
    assert "收件人：sales@harborline-imports.com" in text and "回复地址（Reply-To）" in text
