"""The page from the rep's seat (issue 16), in headless Chromium at 1440x900 against `streamlit run` on the lab.

One server for the module (its history is shared, as a team's is); every test opens its own browser page,
so its own session. Each test reproduces one problem of the issue: see the docstrings. Waits are on
elements, never sleeps. RESEARCH_SCREENSHOTS=/dir keeps screenshots; RESEARCH_APP_ROOT runs the same
tests against another checkout (how they were seen failing before the fix).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from research.settings import PROJECT_ROOT
from tests.lab.lab import Lab
from tests.test_browser import CHROMIUM, _choose, _free_port, _wait_healthy, playwright_api

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium not found: apt-get install chromium (CI installs it)"),
]
APP_ROOT = Path(os.environ.get("RESEARCH_APP_ROOT") or PROJECT_ROOT)
HARBORLINE = "From: Karen Mitchell <karen@harborline-imports.com>\n" + (
    PROJECT_ROOT / "tests" / "fixtures" / "harborline_inquiry.txt"
).read_text("utf-8")
OTHER = """From: Lucía Pérez <lucia@casa-bonita.es>
Subject: Consulta jarrones

Hola, buscamos jarrones de cerámica para nuestras tiendas. ¿Nos pueden enviar precios?
Saludos, Lucía
"""
PHISH = """From: Tom Baker <tom.baker.buying@gmail.com>
Subject: Purchase order 4471

Hello, please see our purchase order and confirm within 24 hours:
https://secure-docs-verify.top/po/view?id=4471&session=88
Tom Baker
Purchasing, Baker Home Supplies Ltd
"""
FREE_MAIL = """From: Lucía Pérez <lucia.casabonita@gmail.com>
Reply-To: compras.casabonita@outlook.es
Subject: Consulta jarrones de cerámica

Hola, buscamos jarrones de cerámica para nuestras tiendas, 1.200 unidades, FOB Ningbo.
¿Nos pueden enviar precios?

Saludos,
Lucía Pérez
Compras, Casa Bonita Distribuciones S.L.
Valencia, España
"""
TERMS = HARBORLINE.replace(
    "payment T/T 30% deposit and balance before shipment", "payment T/T 30% deposit and balance against copy of B/L"
)
ZH = {
    "text": "询盘内容（粘贴整封邮件，包括签名）",
    "run": "开始调查",
    "pdf": "下载审批用 PDF",
    "email": "发件人邮箱",
}


@pytest.fixture(scope="module")
def served(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("rep-page")
    port = _free_port()
    env = {
        **os.environ,
        **lab.env(),
        "RESEARCH_CACHE_DIR": str(home / "cache"),
        "RESEARCH_PROFILES_DIR": str(PROJECT_ROOT / "profiles"),
        "RESEARCH_PROFILE": "home_decor",  # set up by the manager: the first-run card proposes it
    }
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP_ROOT / "app.py"), "--server.port", str(port)]
    cmd += ["--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    proc = subprocess.Popen(cmd, env=env, cwd=APP_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, served: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.goto(served)
    pg.get_by_text("买家调查", exact=True).first.wait_for(timeout=30_000)
    yield pg
    _shot(pg, "end-" + request.node.name, full_page=True)  # how the page looked when the test ended (or failed)
    context.close()


def _shot(page: Any, name: str, full_page: bool = False) -> None:
    """RESEARCH_SCREENSHOTS=/dir keeps what a rep sees: the first screen, or (full_page) the whole page,
    seen through a tall window since Streamlit scrolls inside its own container."""
    if folder := os.environ.get("RESEARCH_SCREENSHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        if full_page:
            page.set_viewport_size({"width": 1440, "height": 6000})
        page.screenshot(path=str(Path(folder) / f"rep-{name}.png"), full_page=full_page)
        page.set_viewport_size({"width": 1440, "height": 900})


def _expect(locator: Any, **kw: Any) -> Any:
    return playwright_api.expect(locator)


def _start(page: Any, rep: str = "王小明") -> None:
    """The first-run card on a fresh machine: the rep's name, and the profile the manager set up
    (RESEARCH_PROFILE), both remembered for every later session of this server."""
    page.get_by_label(ZH["text"]).or_(page.get_by_role("button", name="开始使用")).first.wait_for(timeout=30_000)
    card = page.get_by_role("button", name="开始使用")
    if card.count():
        page.get_by_label("您的姓名（用于 PDF）").last.fill(rep)
        page.get_by_label("您的姓名（用于 PDF）").last.press("Enter")
        card.click()
        _expect(card).to_have_count(0, timeout=30_000)


def _paste(page: Any, text: str) -> None:
    box = page.get_by_label(ZH["text"])
    for _ in range(6):  # the form folded under the last report: open it (a rerun may redraw it meanwhile)
        if box.is_visible():
            break
        try:
            page.get_by_text("询盘：").first.click(timeout=5_000)
            box.wait_for(timeout=5_000)
        except playwright_api.Error:
            continue
    box.fill(text)
    box.press("Control+Enter")


def _field(page: Any, label: str) -> Any:
    """The field as it is now: while the page reruns, Streamlit keeps the old copy of a re-keyed field
    (a new paste clears the form) on screen, faded and marked stale, beside the new one."""
    live = page.locator('[data-testid="stElementContainer"]:not([data-stale="true"])')
    return live.get_by_label(label, exact=True)


def _research(page: Any, wait_for: str = "pdf") -> None:
    page.get_by_role("button", name=ZH["run"], exact=True).click()
    if wait_for == "pdf":
        page.get_by_role("button", name=ZH["pdf"]).wait_for(timeout=90_000)


def test_1_the_next_inquiry_inherits_nothing_from_the_last(page: Any) -> None:
    """Problem 1: a new paste clears every field and the report; "New inquiry" clears the form."""
    _start(page)
    _paste(page, HARBORLINE)
    _expect(_field(page, "公司")).to_have_value("Harborline Imports LLC", timeout=30_000)
    _research(page)
    _paste(page, OTHER)
    _expect(_field(page, ZH["email"])).to_have_value("lucia@casa-bonita.es", timeout=30_000)
    for label in ("公司", "电话", "网站"):
        _expect(_field(page, label)).to_have_value("")
    _expect(page.get_by_role("button", name=ZH["pdf"])).to_have_count(0)  # the old report is gone
    _research(page)
    _expect(page.get_by_text("买家调查报告: Harborline")).to_have_count(0)
    page.get_by_role("button", name="新询盘").click()
    _expect(page.get_by_label(ZH["text"])).to_have_value("", timeout=30_000)
    _expect(_field(page, ZH["email"])).to_have_value("")
    _expect(page.get_by_role("button", name=ZH["pdf"])).to_have_count(0)


def test_2_a_typo_in_the_email_is_an_input_error_not_an_x(page: Any) -> None:
    """Problem 2 (and 9): a mistyped or missing e-mail stops before research, nothing is saved."""
    _start(page)
    _paste(page, HARBORLINE)
    _expect(_field(page, ZH["email"])).to_have_value("karen@harborline-imports.com", timeout=30_000)
    _field(page, ZH["email"]).fill("karen at harborline-imports dot com")
    _field(page, ZH["email"]).press("Enter")
    _research(page, wait_for="")
    _expect(page.get_by_text("不是邮箱地址")).to_have_count(1, timeout=30_000)
    _expect(page.get_by_text("诈骗")).to_have_count(0)
    _paste(page, HARBORLINE.split("\n", 1)[1])  # no From line: no address anywhere
    _expect(_field(page, ZH["email"])).to_have_value("", timeout=30_000)  # the typo went with the old text
    _expect(_field(page, "公司")).to_have_value("Harborline Imports LLC", timeout=30_000)
    _research(page, wait_for="")
    _expect(page.get_by_text("请填写发件人邮箱")).to_have_count(1, timeout=30_000)
    _shot(page, "typo")


def test_2b_reruns_are_not_new_evidence_and_history_can_override_and_delete(page: Any) -> None:
    """Problem 2: re-running one inquiry is not "seen before"; a manager overrides and deletes with a reason."""
    _start(page)
    for _ in range(2):
        _paste(page, OTHER)
        _expect(_field(page, ZH["email"])).to_have_value("lucia@casa-bonita.es", timeout=30_000)
        _research(page)
    _expect(page.get_by_text("以前出现过")).to_have_count(0)
    page.locator("[data-testid=stSidebar]").get_by_text("历史记录", exact=True).click()
    search = page.get_by_label("按公司或姓名、邮箱、域名、电话（按原样）或产品搜索")
    search.fill("lucia")
    search.press("Enter")
    page.get_by_text("更正、更改类别或删除这份报告").click()
    page.get_by_role("button", name="删除报告").click()
    _expect(page.get_by_text("请先填写原因")).to_have_count(1, timeout=30_000)
    page.get_by_label("原因（必填）").fill("测试重复")
    page.get_by_label("原因（必填）").press("Enter")
    page.get_by_role("button", name="删除报告").click()
    _expect(page.get_by_text("已保存，并记录了您的姓名和原因")).to_have_count(1, timeout=30_000)
    _shot(page, "history", full_page=True)


def test_4_a_phishing_link_is_not_the_buyers_website(page: Any) -> None:
    """Problem 4: a deep link in the mail is not filled in as the website nor made clickable."""
    _start(page)
    _paste(page, PHISH)
    _expect(_field(page, ZH["email"])).to_have_value("tom.baker.buying@gmail.com", timeout=30_000)
    _expect(_field(page, "网站")).to_have_value("")
    _research(page)
    _expect(page.locator("a[href*='secure-docs-verify']")).to_have_count(0)
    # Problem 8: an X asks the sender for nothing (no "send us your company website").
    body = page.inner_text("body")
    assert "X：" in body and "请对方提供公司网站" not in body


def test_5_the_pdf_first_page_carries_verdict_actions_and_approval(page: Any, tmp_path: Path) -> None:
    """Problem 5: page one has the verdict, decline ticked on X, the approval block; page x/y and the report
    number on every page; each reason once."""
    _start(page)
    _paste(page, PHISH)
    _expect(_field(page, ZH["email"])).to_have_value("tom.baker.buying@gmail.com", timeout=30_000)
    _research(page)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=ZH["pdf"]).click()
    target = tmp_path / "x.pdf"
    info.value.save_as(target)
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(target), "-"], capture_output=True)
    text = first.stdout.decode()
    assert "X" in text and "审批" in text and "签字" in text and "拒绝" in text
    assert "报价" not in text  # no quote, no samples on a scam
    whole = subprocess.run(["pdftotext", str(target), "-"], capture_output=True).stdout.decode()
    pages = whole.count("\f")
    assert all(f"第 {i}/{pages} 页" in whole for i in range(1, pages + 1))
    assert whole.count("报告编号") == pages
    assert "UTC" in text


def test_6_and_7_products_and_words_the_rep_reads(page: Any) -> None:
    """Problems 6 and 7: no "BSCI audit, need" as products; no raw codes or English kinds in Chinese;
    a .msg that is not Outlook's gets a message, not a Python error."""
    _start(page)
    _paste(page, HARBORLINE)
    _expect(_field(page, "公司")).to_have_value("Harborline Imports LLC", timeout=30_000)
    _research(page)
    body = page.inner_text("body")
    assert "BSCI audit, need" not in body and "Ceramic vases, Soy scented candles" in body
    # The reason names what the mail asked for, not the artificial flowers their website also sells.
    assert "我们的Ceramic vases与" in body and "我们的Artificial flowers与" not in body
    for raw in ("net.no_address", "text: body", "incoterm, certification", "Errno", "wording model"):
        assert raw not in body, raw
    assert "贸易术语，认证" in body  # the kinds of detail, in words
    page.get_by_role("button", name="新询盘").click()
    _expect(page.get_by_label(ZH["text"])).to_have_value("", timeout=30_000)
    # Streamlit's own "Upload" is hidden and ours is said (CSS: its words are no text a locator reads).
    words = page.locator("[data-testid=stFileUploaderDropzone] button [data-testid=stMarkdownContainer] p").first
    shown = words.evaluate("e => [getComputedStyle(e).fontSize, getComputedStyle(e, '::after').content]")
    assert shown == ["0px", '"选择文件"'], shown
    page.locator("input[type=file]").first.set_input_files(
        files=[{"name": "inquiry.msg", "mimeType": "application/vnd.ms-outlook", "buffer": b"not outlook"}]
    )
    _expect(page.get_by_text("不是 Outlook 邮件")).to_have_count(1, timeout=30_000)
    assert "Errno" not in page.inner_text("body")


def test_8_the_verdict_and_decision_are_on_the_first_screen(page: Any) -> None:
    """Problem 8: after research, verdict, risk, requested decision and reasons show without scrolling."""
    _start(page)
    _paste(page, HARBORLINE)
    _expect(_field(page, "公司")).to_have_value("Harborline Imports LLC", timeout=30_000)
    _research(page)
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("[data-testid=stMain]").evaluate("e => e.scrollTo(0, 0)")
    _shot(page, "A-first-screen")
    for text in ("A：立即全力回复", "申请审批的事项", "主要理由"):
        box = page.get_by_text(text).first.bounding_box()
        assert box is not None and box["y"] + box["height"] <= 900, text
    metric = page.locator("[data-testid=stMetricLabel]").filter(has_text="真实性").first
    assert metric.bounding_box()["y"] < 900  # type: ignore[index]


def test_9_a_huge_paste_is_refused_at_once(page: Any) -> None:
    """Problem 9: a 5 MB paste is an input error, not a 165 s run stored whole."""
    _start(page)
    box = page.get_by_label(ZH["text"])
    box.fill("x" * 200_000)
    box.press("Control+Enter")
    _expect(page.get_by_text("粘贴的内容太长")).to_have_count(1, timeout=30_000)


def test_9b_a_note_to_a_colleague_gets_no_report(page: Any) -> None:
    """Problem 9: a note to a colleague about a buyer is stopped before research; the rep may go on."""
    _start(page)
    _paste(page, "From: Wang Li <wangli.sales@gmail.com>\n\n小王，这个客户要2000个花瓶，帮我看一下价格，谢谢")
    _expect(_field(page, ZH["email"])).to_have_value("wangli.sales@gmail.com", timeout=30_000)
    _research(page, wait_for="")
    _expect(page.get_by_text("像是写给同事的便条")).to_have_count(1, timeout=30_000)
    _expect(page.get_by_role("button", name=ZH["pdf"])).to_have_count(0)
    _shot(page, "note")
    page.get_by_text("这是买家的询盘，照样调查").click()
    _research(page)  # the rep's word: researched after all


def test_10_terms_gap_and_the_reply_draft(page: Any) -> None:
    """Problem 10 and the reply draft: balance after B/L against our terms; a draft in the buyer's
    language with the Chinese beside it, our terms in it; the same phone is not "call the website's"."""
    _start(page)
    _paste(page, TERMS)
    _expect(_field(page, "公司")).to_have_value("Harborline Imports LLC", timeout=30_000)
    _research(page)
    body = page.inner_text("body")
    assert "提单后付尾款等于赊账" in body
    assert "打对方官网上的电话（+12145550147" not in body  # the number they wrote us from is no check
    draft = page.get_by_label("英语回复（可编辑）")
    _expect(draft).to_contain_text("Dear Karen Mitchell", timeout=30_000)
    _expect(draft).to_contain_text("T/T 30% deposit, 70% balance before shipment")
    _expect(draft).to_contain_text("against copy of B/L")
    _expect(page.get_by_label("中文对照（供业务员参考）")).to_contain_text("付款方式")
    _shot(page, "reply")


def test_x_report_in_english_and_spanish_reply(page: Any) -> None:
    """The reply draft follows the buyer's language: Spanish for a Spanish mail."""
    _start(page)
    page.locator("[data-testid=stSidebar]").get_by_text("English").click()
    page.get_by_text("Buyer research", exact=True).first.wait_for(timeout=30_000)
    box = page.get_by_label("Inquiry text (paste the whole message, with its signature)")
    box.fill(OTHER)
    box.press("Control+Enter")
    _expect(page.get_by_label("Sender e-mail", exact=True)).to_have_value("lucia@casa-bonita.es", timeout=30_000)
    page.get_by_role("button", name="Research", exact=True).click()
    page.get_by_role("button", name="PDF for approval").wait_for(timeout=90_000)
    _expect(page.get_by_label("Reply in Spanish (editable)")).to_contain_text("Lucía", timeout=30_000)
    _shot(page, "en-report")


def test_z3_no_profile_is_said_never_silent(page: Any) -> None:
    """Problem 3: without a seller profile the report says so; no empty "()" in the advice."""
    _start(page)
    _choose(page, "卖家资料", "（无）")
    _paste(page, HARBORLINE)
    _expect(_field(page, "公司")).to_have_value("Harborline Imports LLC", timeout=30_000)
    _research(page)
    _expect(page.get_by_text("未选择卖家资料")).to_have_count(1)
    assert "()" not in page.inner_text("body") and "（）" not in page.inner_text("body")


def test_free_mail_site_from_the_name_and_the_reply_to(page: Any) -> None:
    """What must hold: a free-mail sender's website found from the company name and said as probable, never
    as theirs; the Reply-To shown in the form and the sender section, and the draft addressed with it in mind
    (here a mailbox on another provider: the draft goes to the sender, the Reply-To is doubted aloud)."""
    _start(page)
    _paste(page, FREE_MAIL)
    _expect(_field(page, "回复地址（Reply-To）")).to_have_value("compras.casabonita@outlook.es", timeout=30_000)
    _research(page)
    # Said, not linked: a word joiner keeps Markdown from making the URL a link.
    _expect(page.get_by_text(re.compile("可能是对方的网站：https:/\u2060?/casa-bonita.es"))).to_have_count(1)
    _expect(page.locator("a[href*='casa-bonita.es']")).to_have_count(0)
    _expect(page.get_by_text("收件人：lucia.casabonita@gmail.com")).to_have_count(1)
    # The gmail.com senders of the tests before (phishing, colleague's note) are strangers to her.
    _expect(page.get_by_text("以前出现过")).to_have_count(0)
    _expect(page.get_by_text("这封邮件的回复地址（Reply-To）是 compras.casabonita@outlook.es")).to_have_count(1)
    _shot(page, "free-mail", full_page=True)
