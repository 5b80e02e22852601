"""The approval PDF: A4, every script readable, nothing from the input taken as markup."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from research.render import pdf
from research.render.pdf_fonts import FAMILIES, font_path, runs
from research.types import Report
from tests.render.conftest import AR, LATIN, RU, ZH

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext missing: apt-get install poppler-utils (CI installs it)"
)
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2068\u2069"))


def _text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    # Arabic comes out as presentation forms with direction marks; NFKC gives the letters back.
    return unicodedata.normalize("NFKC", out.stdout.decode("utf-8").translate(_BIDI))


def test_each_script_gets_a_font_that_has_it() -> None:
    found = list(runs(f"HDMI {ZH} {RU} {AR} {LATIN}"))
    assert {fam for fam, _ in found} == {"noto", "cjk", "arabic"}
    assert "".join(chunk for _, chunk in found) == f"HDMI {ZH} {RU} {AR} {LATIN}"
    assert ("cjk", ZH + " ") in found or any(fam == "cjk" and ZH in chunk for fam, chunk in found)


def test_control_characters_are_dropped_and_unknown_glyphs_marked() -> None:
    assert "".join(c for _, c in runs("a\x00b\x1bc\nd")) == "abc\nd"
    assert "".join(c for _, c in runs("\U0001d11e")) == "?"  # no bundled font has the G clef


def test_bundled_fonts_and_licences_ship() -> None:
    for fam in FAMILIES:
        assert font_path(fam.regular).is_file() and font_path(fam.bold).is_file()
    assert font_path("OFL-1.1.txt").is_file() and font_path("Apache-2.0.txt").is_file()
    total = sum(p.stat().st_size for p in font_path("README.md").parent.iterdir())
    assert total < 20_000_000


@needs_pdftotext
def test_pdf_shows_chinese_russian_arabic_and_accents(mixed_report: Report, tmp_path: Path) -> None:
    approval = pdf.Approval(
        company="深圳链力 Linkpower", rep="王小明", action="samples", seen_before=("2026-10-01 09:30 · ivan@x.ru · X",)
    )
    data = pdf.render(mixed_report, "zh", approval)
    assert data.startswith(b"%PDF") and len(data) < 1_000_000
    text = _text(data, tmp_path)
    for s in (ZH, RU, AR, LATIN, "王小明", "深圳链力 Linkpower", "以前出现过", "ivan@x.ru · X"):
        assert s in text, s
    # The approval block a manager signs.
    for s in ("审批", "寄送样品", "给予账期", "邀请验厂", "审批人", "签字", "日期"):
        assert s in text


@needs_pdftotext
def test_pdf_in_english_and_untrusted_text_stays_text(mixed_report: Report, tmp_path: Path) -> None:
    text = _text(pdf.render(mixed_report, "en", pdf.Approval(action="credit")), tmp_path)
    assert "Requested action" in text and "Credit terms" in text and "Signature" in text
    # The hostile markup is printed literally, not interpreted.
    assert "<script>alert('x')</script>" in text.replace("\n", " ")


def test_pdf_pages_are_a4(mixed_report: Report) -> None:
    data = pdf.render(mixed_report, "en")
    assert b"/MediaBox [0 0 595.28 841.89]" in data


@needs_pdftotext
def test_long_unbroken_chinese_and_urls_wrap_inside_the_page(tmp_path: Path) -> None:
    from research import research
    from research.inputs import from_text
    from research.settings import load_settings

    body = "我们是一家大型连锁超市需要高清线" * 40 + " https://example.com/" + "a" * 300
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path)}, offline=True)
    report = research(from_text(body, email="li@qq.com"), None, settings, save=False)
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf.render(report, "zh"))
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout.decode()
    lines = [line for line in out.splitlines() if "大型连锁超市" in line]
    assert len(lines) > 5  # wrapped over many lines, not cut off at the margin
    assert "".join(out.split()).count("我们是一家大型连锁超市需要高清线") >= 30
