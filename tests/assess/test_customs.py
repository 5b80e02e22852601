"""Customs CSV: the buyer's shipments from China, suppliers and last shipment; signals and failures."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from research.assess.customs import company_key, find_company, load_shipments, parse_date, summarize
from research.enrich.customs import run
from research.profile import PROFILES_DIR, load_profile
from research.settings import Settings, load_settings
from research.types import Finding, Inquiry, SellerProfile

CSV = Path(__file__).with_name("customs_sample.csv")
DECOR = load_profile("home_decor")
COLUMNS = DECOR.customs_columns
NOW = datetime(2026, 11, 24, tzinfo=UTC)


def enrich(company: str, profile: SellerProfile = DECOR, settings: Settings | None = None) -> Finding:
    if not profile.customs_csv and settings is None:
        settings = Settings(customs_csv=str(CSV))
    ctx: Any = SimpleNamespace(profile=profile, settings=settings or Settings(), now=NOW)
    return asyncio.run(run(Inquiry(company=company), ctx))


def test_company_names_compare_without_legal_forms_case_or_accents() -> None:
    assert company_key("ACME HOME GOODS, INC.") == company_key("Acme Home Goods LLC") == "acme home goods"
    assert company_key("Müller & Söhne GmbH & Co. KG") == "muller sohne"
    assert company_key("Inc.") == "inc"  # nothing but a legal form: keep it rather than match everything


def test_parse_dates_in_common_export_formats() -> None:
    assert parse_date("2026-10-02") == parse_date("10/02/2026") == date(2026, 10, 2)
    assert parse_date("02.10.2026") == date(2026, 10, 2)
    assert parse_date("soon") is None


def test_regular_importer_with_suppliers_and_last_shipment() -> None:
    mine = find_company(load_shipments(CSV, COLUMNS), "Acme Home Goods LLC", 90)
    assert len(mine) == 13  # not "ACME HOLDINGS GROUP"
    s = summarize(mine, NOW.date(), 3, ["CN", "CHINA"])
    assert s is not None
    assert (s.from_china, s.per_year, s.last) == (11, 3.7, date(2026, 10, 2))  # Vietnam and pre-window rows left out
    assert s.suppliers[0] == "NINGBO EVERBRIGHT HOME DECOR CO LTD"


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
    assert [s.code for s in none.signals] == ["customs.no_record"] and none.signals[0].weight == 0
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
