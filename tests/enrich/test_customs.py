"""The customs enricher: signals from the buyer's shipments, and clean failures for bad files."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from research.enrich.customs import run
from research.profile import PROFILES_DIR, load_profile
from research.rules import load_rules
from research.settings import Settings, load_settings
from research.types import Finding, Inquiry, SellerProfile
from tests.helpers import weight

CSV = Path(__file__).parent.parent / "extract" / "customs_sample.csv"
DECOR = load_profile("home_decor")
NOW = datetime(2026, 11, 24, tzinfo=UTC)


def enrich(company: str, profile: SellerProfile = DECOR, settings: Settings | None = None) -> Finding:
    if not profile.customs_csv and settings is None:
        settings = Settings(customs_csv=str(CSV))
    ctx: Any = SimpleNamespace(profile=profile, settings=settings or Settings(), now=NOW, rules=load_rules())
    return asyncio.run(run(Inquiry(company=company), ctx))


def test_enricher_signals_value_votes_and_our_hs_codes() -> None:
    f = enrich("Acme Home Goods, Inc")
    codes = {s.code for s in f.signals}
    assert {"customs.seen_authentic", "customs.imports_our_products"} <= codes
    # 11 shipments from China in 3 years: 3.7 a year is below the "regular" knob (6).
    assert "customs.occasional_importer" in codes and "customs.regular_importer" not in codes
    assert f.facts["suppliers"][0].startswith("NINGBO")
    ev = next(s for s in f.signals if s.code == "customs.imports_our_products").evidence[0]
    assert ev.ref.startswith(str(CSV)) and "VASES" in ev.snippet


def test_no_record_is_neutral_and_a_bad_file_fails_cleanly(tmp_path: Path) -> None:
    none = enrich("Harborline Imports")
    assert [s.code for s in none.signals] == ["customs.no_record"] and weight(none.signals[0]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("Date;Buyer\n2026-01-01;X\n", encoding="utf-8")
    failed = enrich("Acme", settings=Settings(customs_csv=str(bad)))
    assert (failed.status, failed.reason) == ("failed", "customs.bad_file")


def test_csv_path_from_the_environment() -> None:
    settings = load_settings(env={"RESEARCH_CUSTOMS_CSV": str(CSV)})
    assert "customs.seen_authentic" in {s.code for s in enrich("Acme Home Goods", settings=settings).signals}


def test_skipped_without_a_file_or_a_company() -> None:
    assert enrich("Acme", settings=Settings()).reason == "customs.not_configured"
    assert enrich("  ").reason == "customs.no_company"


def test_profile_csv_path_is_relative_to_the_profile(tmp_path: Path) -> None:
    (tmp_path / "records.csv").write_text(CSV.read_text("utf-8"), encoding="utf-8")
    prof = tmp_path / "mine.toml"
    text = (PROFILES_DIR / "home_decor.toml").read_text("utf-8")
    prof.write_text(text.replace('csv = ""', 'csv = "records.csv"'), encoding="utf-8")
    profile = load_profile(prof)
    assert profile.customs_csv == str(tmp_path / "records.csv")
    assert "customs.seen_authentic" in {s.code for s in enrich("ACME Home Goods", profile).signals}
