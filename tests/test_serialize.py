from __future__ import annotations

from pathlib import Path

from research import research
from research.render.json import to_json
from research.serialize import dumps, loads
from research.settings import load_settings
from research.types import Attachment, Inquiry, PlatformStats


def test_report_survives_the_history_round_trip(tmp_path: Path) -> None:
    inquiry = Inquiry(
        email="li@qq.com",
        body="Need 500 pcs FOB Ningbo",
        attachments=(Attachment("PO.html", "text/html", 10),),
        platform=PlatformStats(verified=True, account_age_years=3.5),
    )
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path)}, offline=True)
    report = research(inquiry, settings=settings, save=False)
    again = loads(dumps(report))
    assert again == report
    assert to_json(again, "en") == to_json(report, "en")
