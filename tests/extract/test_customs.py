"""Customs CSV: the buyer's shipments from China, suppliers and last shipment. Pure functions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from research.extract.customs import company_key, find_company, load_shipments, parse_date, summarize
from research.profile import load_profile

CSV = Path(__file__).with_name("customs_sample.csv")
COLUMNS = load_profile("home_decor").customs_columns


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
    s = summarize(mine, date(2026, 11, 24), 3, ["CN", "CHINA"])
    assert s is not None
    assert (s.from_china, s.per_year, s.last) == (11, 3.7, date(2026, 10, 2))  # Vietnam and pre-window rows left out
    assert s.suppliers[0] == "NINGBO EVERBRIGHT HOME DECOR CO LTD"
