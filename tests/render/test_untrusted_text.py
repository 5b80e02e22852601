"""Untrusted text is shown as text by all four renderers, and stays text in the spreadsheets.

One report researched on the lab carries every hostile string in every place a stranger controls: the
company name, the buyer website's page title (hostile-text-buyer.com), the e-mail body, an evidence
snippet (the company name as the sender check quotes it) and the attachments' file names. Each place
tags its copy ("company:", "title:", "body:", "file:") so the table below says which copy is missing.
Each renderer's output is read back the way a reader gets it: the HTML export and the page's HTML parsed
by lxml, the Markdown export and the page's Markdown rendered by a GFM renderer (markdown-it, autolinks
on), the PDF through pdftotext and its link annotations. Expected everywhere: no element, attribute,
link or image from the input, and the hostile string readable as written (bidi overrides shown as
their code point, so "invoice<U+202E>fdp.exe" does not read "invoiceexe.pdf").
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from markdown_it import MarkdownIt

from research import research
from research.batch.outputs import csv_text, xlsx_bytes
from research.batch.work import Row
from research.extract.text import show_controls
from research.history_export import to_csv, to_xlsx
from research.inputs import from_eml_bytes
from research.render import html, markdown, pdf
from research.store import HistoryRow
from research.types import Report
from tests.helpers import lab_settings
from tests.lab.lab import Lab

HOSTILE = {
    "script": "<script>alert(1)</script>",
    "img_onerror": '<img src=x onerror="alert(2)">',
    "javascript_url": "javascript:alert(3)",
    "markdown_link": "[click](http://evil.example/phish)",
    "markdown_image": "![x](http://evil.example/x.png)",
    "html_entities": "&lt;b&gt;AT&amp;T",
    "rtl_override": "invoice\u202efdp.exe",
    "formula": '=HYPERLINK("http://evil.example","click")',
}
PLACES = ("company", "title", "body", "file")
GFM = MarkdownIt("gfm-like")


@pytest.fixture(scope="module")
def report(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> Report:
    msg = EmailMessage()
    msg["From"] = "Anna Berg <anna@hostile-text-buyer.com>"
    msg["Subject"] = "RFQ ceramic vases"
    body = ["Hello, we need 2,400 ceramic vases, FOB Ningbo.", *(f"body:{h}" for h in HOSTILE.values())]
    msg.set_content("\n".join(body))
    for h in HOSTILE.values():
        msg.add_attachment(b"plain text", maintype="application", subtype="octet-stream", filename=f"file:{h}")
    company = " ".join(f"company:{h}" for h in HOSTILE.values())
    inquiry = from_eml_bytes(msg.as_bytes(), company=company, website="https://hostile-text-buyer.com/")
    settings = lab_settings(lab, tmp_path_factory.mktemp("cache"))
    return research(inquiry, None, settings, save=False)


def _visible(text: str) -> str:
    """How a renderer must show the hostile string: as written, bidi overrides as code points."""
    return show_controls(text)


def _plain(text: str) -> str:
    # The word joiner that keeps "http://" from autolinking is invisible: read without it.
    return text.replace("\u2060", "")


def _no_markup(root: lxml.html.HtmlElement, where: str) -> None:
    """No element, handler or link the input could have added."""
    assert not root.xpath("//script|//img|//iframe|//object|//embed|//svg"), where
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        assert not [a for a in el.attrib if a.lower().startswith("on")], (where, el.tag, dict(el.attrib))
        for attr in ("href", "src", "action", "formaction"):
            value = (el.get(attr) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (where, value)
            # A search for the company may quote it; no link may lead to the stranger's host.
            assert "evil.example" not in (urlsplit(value).hostname or ""), (where, el.tag, value)


def _html_text(page: str) -> str:
    root = lxml.html.document_fromstring(page)
    _no_markup(root, "html")
    return _plain(root.text_content())


def _markdown_text(text: str) -> str:
    rendered = GFM.render(text)
    root = lxml.html.document_fromstring(f"<html><body>{rendered}</body></html>")
    _no_markup(root, "markdown")
    return _plain(root.text_content())


def _pdf_text(data: bytes, tmp: Path) -> str:
    from pypdf import PdfReader

    for page in PdfReader(io.BytesIO(data)).pages:
        for annot in page.get("/Annots") or []:
            uri = str(annot.get_object().get("/A", {}).get("/URI", ""))
            assert not uri.lower().startswith("javascript"), uri
            assert "evil.example" not in (urlsplit(uri).hostname or ""), uri
    path = tmp / "report.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", out.stdout)


def _page_text(report: Report, home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The Streamlit page showing the report reopened from the history, its Markdown and HTML read back."""
    from streamlit.testing.v1 import AppTest

    from research import save_report
    from research.settings import PROJECT_ROOT
    from research.store import Store

    monkeypatch.setenv("RESEARCH_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("RESEARCH_PROFILES_DIR", str(home / "profiles"))
    (home / "profiles").mkdir(exist_ok=True)
    report_id = save_report(Store(home / "cache" / "research.sqlite3"), report)
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60)
    at.session_state["open_id"] = report_id
    at.run()
    assert not at.exception, at.exception
    texts = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "subheader"):
        texts += [_markdown_text(str(e.value)) for e in at.get(kind)]
    texts += [_html_text(f"<html><body>{e.value}</body></html>") for e in at.get("html")]
    for frame in at.dataframe:  # cells are shown as text by the grid; only the bidi overrides matter there
        texts += [str(v) for v in frame.value.to_numpy().ravel()]
    return _plain(" ".join(texts))


RENDERERS: dict[str, Callable[..., str]] = {
    "html": lambda r, tmp, mp: _html_text(html.render(r, "en")),
    "markdown": lambda r, tmp, mp: _markdown_text(markdown.render(r, "en")),
    "pdf": lambda r, tmp, mp: _pdf_text(pdf.render(r, "en"), tmp),
    "page": lambda r, tmp, mp: _page_text(r, tmp, mp),
}
# Where each renderer shows what: the PDF and the Markdown export leave the inquiry's full text to the
# HTML and the page; every renderer names the company, the page title and the files.
SHOWN = {
    "html": PLACES,
    "markdown": ("company", "title", "file"),
    "pdf": ("company", "title", "body", "file"),
    "page": PLACES,
}


@pytest.mark.parametrize("renderer", RENDERERS)
def test_hostile_text_is_shown_as_text(
    renderer: str, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if renderer == "pdf" and shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = RENDERERS[renderer](report, tmp_path, monkeypatch)
    missing = [
        (case, place)
        for case, hostile in HOSTILE.items()
        for place in SHOWN[renderer]
        if _visible(f"{place}:{hostile}") not in text
    ]
    assert not missing, f"{renderer}: not shown as written: {missing}"
    assert "\u202e" not in text  # no override left to turn a file name around


def test_the_evidence_snippet_quotes_the_hostile_company_as_text(report: Report) -> None:
    """The sender check quotes the company name as its evidence; the HTML export's evidence lines show it."""
    from research.render.json import to_dict

    snippets = [ev["snippet"] for s in to_dict(report, "en")["signals"] for ev in s["evidence"]]
    (quoted,) = [s for s in snippets if s.startswith("company:<script>")]
    root = lxml.html.document_fromstring(html.render(report, "en"))
    _no_markup(root, "html evidence")
    shown = " ".join(_plain(e.text_content()) for e in root.find_class("ev"))
    assert _visible(quoted[:240]) in shown  # the export shows the first 240 characters of a snippet
    assert "company:<script>alert(1)</script> company:<img src=x onerror=" in shown


# -- spreadsheets: the batch table and the history export -------------------------------------------


def _batch_row(hostile: str) -> Row:
    return Row(key="k", item=hostile, number=1, category="B", risk="medium", email=hostile, company=hostile,
               subject=hostile, reasons=(hostile,), red_flags=(("x", hostile),))  # fmt: skip


def _history_row(hostile: str) -> HistoryRow:
    return HistoryRow(id=1, created_at="2026-01-01T00:00:00+00:00", email=hostile, domain="d", company=hostile,
                      phone=hostile, category="B", risk="medium", note=hostile, stars=0, products=hostile)  # fmt: skip


FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", " =1+1", "\r=1"]


def _csv_cells(data: str) -> list[str]:
    return [c for row in list(csv.reader(io.StringIO(data.lstrip("\ufeff"))))[1:] for c in row]


def _xlsx_cells(data: bytes) -> list[object]:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    return [c.value for row in sheet.iter_rows(min_row=2) for c in row]


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize("export", ["batch.csv", "batch.xlsx", "history.csv", "history.xlsx"])
def test_a_formula_from_the_buyer_stays_text_in_every_spreadsheet(export: str, formula: str) -> None:
    hostile = f"{formula}\x00"  # a NUL too: a workbook cannot hold it, the export must not fail on it
    cells: list[object] = {
        "batch.csv": lambda: _csv_cells(csv_text([_batch_row(hostile)], "en")),
        "batch.xlsx": lambda: _xlsx_cells(xlsx_bytes([_batch_row(hostile)], "en")),
        "history.csv": lambda: _csv_cells(to_csv([_history_row(hostile)]).decode("utf-8")),
        "history.xlsx": lambda: _xlsx_cells(to_xlsx([_history_row(hostile)])),
    }[export]()
    texts = [c for c in cells if isinstance(c, str) and formula.strip() in c]
    assert texts, cells
    for cell in texts:
        assert cell.startswith("'"), (export, cell)  # Excel, LibreOffice and Sheets show it as text
