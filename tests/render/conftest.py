"""A report with Chinese, Russian, Arabic and hostile text, made offline (no network)."""

from __future__ import annotations

from pathlib import Path

import pytest

from research import research
from research.inputs import from_text
from research.settings import load_settings
from research.types import Report

ZH = "深圳市链力电子有限公司"
RU = "Нам нужен кабель"
AR = "شركة النور للتجارة"
LATIN = "Café Zürich Ångström"
HOSTILE = "<script>alert('x')</script> <b>bold</b> [click](javascript:alert(1))"

BODY = f"""Hello,
{RU} HDMI 2.1, 5000 pcs, FOB Shenzhen, T/T 30% deposit.
{AR}
{LATIN}
{HOSTILE}
"""


@pytest.fixture
def mixed_report(tmp_path: Path) -> Report:
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path)}, offline=True)
    inquiry = from_text(BODY, email="ivan@harborline-imports.com", company=f"{ZH} {HOSTILE}")
    return research(inquiry, None, settings, save=False)
