from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType

from research import research
from research.render.json import to_json
from research.serialize import dumps, loads, to_data
from research.settings import load_settings
from research.types import Attachment, Evidence, Finding, Inquiry, PlatformStats, Report


def _offline_report(tmp_path: Path) -> Report:
    inquiry = Inquiry(
        email="li@qq.com",
        body="Need 500 pcs FOB Ningbo",
        attachments=(Attachment("PO.html", "text/html", 10, payload=b"<html>"),),
        platform=PlatformStats(verified=True, account_age_years=3.5),
    )
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path)}, offline=True)
    return research(inquiry, settings=settings, save=False)


def test_the_history_holds_the_reports_plain_data(tmp_path: Path) -> None:
    """What is saved is the report as plain data, whatever a check put in its facts; never the attachments' bytes."""
    facts = {
        "seen": datetime(2024, 5, 6, 7, 8, 9),
        "founded": date(1998, 3, 12),
        "kinds": frozenset({"oem"}),
        "by_page": MappingProxyType({"https://a.com/": [Evidence("url", "https://a.com/", "Über uns")]}),
    }
    report = _offline_report(tmp_path)
    report = replace(report, findings=(*report.findings, Finding("extra", "ok", facts=facts)))
    assert dumps(report) == json.dumps(to_data(report), ensure_ascii=False)
    assert "<html>" not in dumps(report)


def test_report_survives_the_history_round_trip(tmp_path: Path) -> None:
    report = _offline_report(tmp_path)
    again = loads(dumps(report))
    assert again == report
    assert to_json(again, "en") == to_json(report, "en")
