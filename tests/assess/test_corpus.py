"""The real scam corpus (../shared/data/inquiries/real): none of them may come out as A.

Rating them X is the inquiry enricher's job (scam patterns, issue 04); this test pins the
assessment's side: whatever the signals, a scam never gets "reply now, full effort".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from research import research
from research.errors import ResearchError
from research.inputs import from_eml_bytes
from research.profile import load_profile
from research.settings import load_settings
from tests.conftest import SHARED_DATA

CORPUS = SHARED_DATA / "inquiries" / "real"
LABELS = json.loads((CORPUS / "labels.json").read_text("utf-8")) if (CORPUS / "labels.json").exists() else []


@pytest.mark.skipif(not LABELS, reason="shared corpus not available")
def test_no_scam_in_the_real_corpus_is_rated_a(tmp_path: Path) -> None:
    settings = load_settings(env={}, offline=True, cache_dir=tmp_path, cache_enabled=False)
    given = {}
    for item in LABELS:
        try:
            inquiry = from_eml_bytes((CORPUS / item["file"]).read_bytes(), item["file"])
        except (ResearchError, AttributeError, ValueError):
            continue  # a message the parser cannot read yet is the inputs' test, not this one
        for profile in ("home_decor", "hdmi_accessories"):
            report = research(inquiry, load_profile(profile), settings, save=False)
            given[(item["file"], profile)] = report.verdict.category
    assert len(given) >= 20
    assert [k for k, cat in given.items() if cat == "A"] == []
