"""The Streamlit page through AppTest: paste, upload, language switch, history, export, profiles.

Offline tests need no network; the lab test researches a buyer of the lab
internet end to end. Each test gets its own history database and profiles folder.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from research.render.i18n import t
from research.settings import PROJECT_ROOT
from research.store import Store
from tests.lab.fixtures import lab, lab_env  # noqa: F401

APP = str(PROJECT_ROOT / "app.py")
PASTED = """From: Karen Mitchell <karen@harborline-imports.com>
Subject: RFQ ceramic vases

Hello, we need ceramic vases, 2,400 pcs, FOB Ningbo, T/T 30% deposit.
<script>alert('x')</script> [click me](javascript:alert(1))
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RESEARCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("RESEARCH_PROFILES_DIR", str(tmp_path / "profiles"))
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "decor.toml").write_text(
        (PROJECT_ROOT / "profiles" / "home_decor.toml").read_text("utf-8"), "utf-8"
    )
    return tmp_path


def _app(offline: bool = True) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    if offline:
        at.checkbox(key="offline").check().run()
    return at


def _research(at: AppTest, text: str = PASTED) -> AppTest:
    at.text_area(key="paste").input(text).run()
    at.button(key="run").click().run()
    assert not at.exception, at.exception
    return at


def test_paste_fills_the_fields_and_research_shows_the_report(home: Path) -> None:
    at = _app()
    at.text_area(key="paste").input(PASTED).run()
    assert at.text_input(key="f_email").value == "karen@harborline-imports.com"
    assert at.text_input(key="f_display_name").value == "Karen Mitchell"
    at.text_input(key="f_company").input("Harborline Imports LLC")  # the rep corrects a field
    at.button(key="run").click().run()
    assert not at.exception
    # Live progress: one line per check, with its outcome and why it was skipped.
    status = at.get("status")[0]
    assert status.label.startswith("完成")
    lines = [str(c.value) for c in status.children.values() if hasattr(c, "value")]
    assert any("**域名**: 已跳过 — 离线模式" in line for line in lines)
    assert any("**询盘内容**: 完成" in line for line in lines)
    assert [m.label for m in at.metric] == ["真实性", "价值", "匹配度", "购买意向"]
    heads = [h.value for h in at.subheader]
    for head in ("发件人与域名", "网站", "产品与市场", "买家类型", "询盘", "建议", "已执行的检查"):
        assert head in heads
    assert any("Harborline Imports LLC" in h.value for h in at.subheader)
    # Offline: the skipped network checks are said plainly.
    assert any("已跳过" in w.value for w in at.warning)
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["下载审批用 PDF", "下载 HTML", "下载 JSON", "下载 Markdown", "回复草稿（.txt）"]


def test_untrusted_text_is_never_markup(home: Path) -> None:
    at = _research(_app())
    page = "".join(str(e.value) for e in at.get("html"))
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert '<mark class="specific">' in page  # the matched phrases are highlighted
    marked = [m.value for m in at.markdown if "click me" in str(m.value)]
    assert all("](javascript" not in v for v in marked)


def test_upload_eml_fills_fields_and_a_broken_file_gets_a_message(home: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Олег Петров <oleg@harborline-imports.com>"
    msg["Subject"] = "Запрос: кабель HDMI"
    msg.set_content("Нужно 5000 шт. HDMI 2.1, FOB Shenzhen")
    at = _app()
    at.file_uploader(key="upload_0").upload("inquiry.eml", msg.as_bytes(), "message/rfc822").run()
    assert at.text_input(key="f_email").value == "oleg@harborline-imports.com"
    assert at.text_input(key="f_subject").value == "Запрос: кабель HDMI"
    at.button(key="run").click().run()
    assert not at.exception and len(at.metric) == 4

    at = _app()
    at.file_uploader(key="upload_0").upload("broken.eml", b"\x00\x01 not mail", "message/rfc822").run()
    assert not at.exception
    assert any("broken.eml" in e.value for e in at.error)


def test_scam_inquiry_shows_red_flags_first_and_marks_the_lure(home: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Purchasing <orders@harborline-imports.com>"
    msg["Subject"] = "New order"
    msg.set_content("Dear supplier, please View the PO here: https://po-docs.example/login and confirm today.")
    msg.add_attachment(b"<html><form></form></html>", maintype="text", subtype="html", filename="PO_2291.html")
    at = _app()
    at.file_uploader(key="upload_0").upload("po.eml", msg.as_bytes(), "message/rfc822").run()
    at.button(key="run").click().run()
    assert not at.exception
    heads = [h.value for h in at.subheader]
    assert heads.index("⚠️ 危险信号") < heads.index("发件人与域名")
    flags = " ".join(e.value for e in at.error).replace("\\", "")  # Markdown escapes, e.g. PO\\_2291
    assert "PO_2291.html" in flags and "view the po" in flags.lower()
    page = "".join(str(e.value) for e in at.get("html"))
    assert re.search(r'<mark class="scam">[^<]*View the PO[^<]*</mark>', page)


def test_history_date_filter(home: Path) -> None:
    at = _research(_app())
    at.radio(key="view").set_value("history").run()
    assert len(at.dataframe[0].value) == 1
    at.selectbox(key="h_period").set_value("today").run()
    assert len(at.dataframe[0].value) == 1


def test_nothing_to_research_is_a_message_not_a_traceback(home: Path) -> None:
    at = _app()
    at.button(key="run").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [t("input.nothing", "zh")]
    at.text_input(key="f_email").input("li@qq.com")
    at.text_input(key="f_account_age_years").input("three")
    at.button(key="run").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [t("input.bad_number", "zh", field="账号年限（年）", value="three")]


def test_a_server_set_offline_stays_offline(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """RESEARCH_OFFLINE on the server: the switch shows it ticked and fixed, and the report says offline
    (the page used to research online whatever the server said)."""
    monkeypatch.setenv("RESEARCH_OFFLINE", "1")
    at = _research(_app(offline=False))
    box = at.checkbox(key="offline")
    assert box.value and box.disabled
    assert t("report.offline_note", "zh") in [c.value for c in at.caption]


def test_switch_to_english(home: Path) -> None:
    at = _research(_app())
    at.radio(key="lang").set_value("en").run()
    assert at.title[0].value == "Buyer research"
    assert [m.label for m in at.metric] == ["Authenticity", "Value", "Fit", "Intent"]
    assert "What to do" in [h.value for h in at.subheader]


def test_history_search_note_stars_reopen_and_seen_before(home: Path) -> None:
    at = _research(_app())
    assert not any("以前出现过" in w.value for w in at.warning)
    at = _research(at, PASTED + "\nAlso 500 candles.")  # the same sender, another inquiry: a repeat
    assert any("以前出现过" in w.value for w in at.warning)

    at.radio(key="view").set_value("history").run()
    at.text_input(key="h_text").input("harborline").run()
    rows = at.dataframe[0].value
    assert len(rows) == 2
    at.text_input(key="h_text").input("nobody-like-this").run()
    assert any("没有符合条件" in i.value for i in at.info)
    at.text_input(key="h_text").input("karen@").run()
    first = at.selectbox(key="h_pick").value
    at.text_area(key=f"h_note_{first}").input("called, real buyer")
    at.get("feedback")[0].set_value(3)
    at.button(key="h_save").click().run()
    store = Store(home / "cache" / "research.sqlite3")
    row = store.search("karen")[0]
    assert (row.note, row.stars) == ("called, real buyer", 4)
    assert any("以前出现过" in w.value for w in at.warning)  # the older report shows under this one

    at.button(key="h_open").click().run()
    assert at.radio(key="view").value == "research"
    assert [m.label for m in at.metric] == ["真实性", "价值", "匹配度", "购买意向"]


def test_profile_is_edited_and_saved_in_the_sidebar(home: Path) -> None:
    at = _app()
    at.selectbox(key="profile").set_value("decor").run()
    editor = at.text_area(key="profile_toml_decor")
    assert "[company]" in editor.value
    at.text_input(key="profile_name_decor").input("decor_v2")
    editor.input(editor.value.replace("moq =", 'moq = "500 pcs"\nold_moq =', 1))
    at.button(key="profile_save").click().run()
    assert (home / "profiles" / "decor_v2.toml").is_file()
    assert at.selectbox(key="profile").value == "decor_v2"

    at.text_area(key="profile_toml_decor_v2").input("[company\nname = ")
    at.button(key="profile_save").click().run()
    assert not at.exception and at.sidebar.error
    assert (home / "profiles" / "decor_v2.toml").read_text("utf-8").startswith("#")


def test_export_pdf_bytes_for_the_shown_report(home: Path) -> None:
    from research.render.pdf import Approval
    from ui.export import pdf_bytes

    at = _research(_app())
    report = at.session_state["report"]
    data = pdf_bytes(report, "zh", Approval(company="Linkpower", rep="王", action="visit"))
    assert data.startswith(b"%PDF")
    assert at.multiselect[0].options[:3] == ["报价", "回复", "寄送样品"]


@pytest.mark.usefixtures("lab_env")
def test_lab_report_shows_website_pages_with_links(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESEARCH_CACHE_DIR", str(home / "cache"))
    at = _app(offline=False)
    at = _research(at)
    assert not at.exception
    frames = [f.value for f in at.dataframe]
    urls = [u for frame in frames if "url" in frame.columns for u in frame["url"]]
    assert any("harborline-imports.com" in u for u in urls)
    checks = next(f for f in frames if "检查项" in f.columns)
    status = dict(zip(checks["检查项"], checks["状态"], strict=True))
    assert status["域名"] == status["网站"] == status["邮箱地址"] == "完成"


@pytest.mark.usefixtures("lab_env")
def test_markup_from_a_buyer_website_stays_text(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from research.render import html
    from research.render.json import to_dict

    monkeypatch.setenv("RESEARCH_CACHE_DIR", str(home / "cache"))
    at = _app(offline=False)
    at.text_input(key="f_email").input("anna@markup-trap-buyer.com")
    at.text_input(key="f_website").input("https://markup-trap-buyer.com/")
    at.button(key="run").click().run()
    assert not at.exception
    report = at.session_state["report"]
    assert "onerror" in str(to_dict(report, "en")["website"])  # the site's markup did reach the report
    shown = [str(m.value) for m in at.markdown] + [str(e.value) for kind in (at.error, at.warning) for e in kind]
    # st.markdown runs with HTML off; we also escape, so not even Markdown links or emphasis get through.
    unescaped = re.compile(r"(?<!\\)<(img|script|iframe|b>)|(?<!\\)\]\(javascript")
    assert not any(unescaped.search(v) for v in shown)
    assert any("\\<img src=x onerror=alert(1)\\>" in v for v in shown)
    page = html.render(report, "en")
    assert "<img" not in page and "<script" not in page and "<iframe" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
