"""The HTML export: self-contained, escaped, no scripts; phrases highlighted."""

from __future__ import annotations

import re
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from research.render import html
from research.render.highlight import segments
from research.render.json import to_dict
from research.types import Report
from tests.render.conftest import AR, RU, ZH


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_html_is_self_contained_and_has_no_script(mixed_report: Report) -> None:
    page = html.render(mixed_report, "zh")
    tags = _tags(page)
    names = {t for t, _ in tags}
    assert "script" not in names  # the hostile <script> and <b> stay text
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert not any("src" in a for _, a in tags)  # nothing loaded from anywhere
    assert all((a.get("href") or "").startswith(("http://", "https://")) for t, a in tags if t == "a")
    assert "Content-Security-Policy" in page


def test_html_has_the_report_sections_in_the_language_asked(mixed_report: Report) -> None:
    zh = html.render(mixed_report, "zh")
    en = html.render(mixed_report, "en")
    for text in ("结论", "主要理由", "发件人与域名", "网站", "买家类型", "询盘", "建议", "已执行的检查", "已跳过"):
        assert text in zh
    assert "What to do" in en and "Checks run" in en and "skipped" in en
    for s in (ZH, RU, AR):
        assert s in zh


def test_own_check_links_are_clickable_and_only_http(mixed_report: Report) -> None:
    page = html.render(mixed_report, "en")
    hrefs = [a["href"] for t, a in _tags(page) if t == "a"]
    assert hrefs and all(h and h.startswith("https://") for h in hrefs)
    assert any("baidu.com" in (h or "") for h in hrefs)


def test_matched_phrases_are_highlighted_in_the_inquiry(mixed_report: Report) -> None:
    d = to_dict(mixed_report, "en")
    body = html.inquiry_html(d)
    marked = re.findall(r'<mark class="(\w+)">([^<]*)</mark>', body)
    assert ("specific", "FOB") in marked or any(k == "specific" and "FOB" in s for k, s in marked)
    assert "&lt;script&gt;" in body and "<script>" not in body


def test_segments_cover_the_text_and_prefer_scam_patterns() -> None:
    text = "Please view the PO here: click to view PO. FOB Ningbo."
    marks = [("view the PO", "scam"), ("the PO here", "specific"), ("fob ningbo", "specific")]
    segs = segments(text, marks)
    assert "".join(s for s, _ in segs) == text
    assert ("view the PO", "scam") in segs and ("FOB Ningbo", "specific") in segs
    assert not any(k == "specific" and "PO here" in s for s, k in segs)


@pytest.mark.parametrize(
    ("text", "phrase", "marked"),
    [
        ("FOB NINGBO, fob ningbo.", "Fob Ningbo", ["FOB NINGBO", "fob ningbo"]),
        ("Größe 30 cm — 30 CM bitte", "30 cm", ["30 cm", "30 CM"]),
        ("5\u212a pcs and 5k pcs", "5k pcs", ["5\u212a pcs", "5k pcs"]),  # the Kelvin sign is a k to a regex
        ("\u0130STANBUL port, istanbul port", "istanbul port", ["\u0130STANBUL port", "istanbul port"]),
        ("aaaa", "aa", ["aa", "aa"]),
    ],
)
def test_a_phrase_is_marked_in_any_case_wherever_it_is(text: str, phrase: str, marked: list[str]) -> None:
    segs = segments(text, [(phrase, "specific")])
    assert "".join(s for s, _ in segs) == text
    assert [s for s, k in segs if k] == marked


def test_phrases_with_markup_are_escaped_when_marked() -> None:
    d = {
        "inquiry": {"body": "buy <img src=x onerror=alert(1)> now"},
        "inquiry_analysis": {"specifics": [{"kind": "x", "text": "<img src=x onerror=alert(1)>"}]},
        "signals": [],
    }
    body = html.inquiry_html(d)
    assert "<img" not in body and '<mark class="specific">&lt;img src=x onerror=alert(1)&gt;</mark>' in body


def test_contract_facts_render_with_links_and_without_unsafe_urls(mixed_report: Report) -> None:
    d = to_dict(mixed_report, "en")
    d["website"].update(
        url="https://harborline-imports.com/",
        pages=[{"url": "https://harborline-imports.com/about", "kind": "about", "title": "About <us>"}],
        size_hints=[{"kind": "stores", "value": 120, "text": "120 stores in Texas"}],
        phones=[{"number": "+12145550147", "country": "US", "type": "fixed"}],
        socials={"linkedin": "https://www.linkedin.com/company/harborline", "evil": "javascript:alert(1)"},
        business_model=["wholesale", "chain"],
    )
    d["inquiry_analysis"].update(quantities=[{"value": 2400, "unit": "pcs", "text": "2,400 pcs"}], incoterms="FOB")
    page = html.render_dict(d)
    for text in ("120 stores in Texas", "+12145550147", "wholesale, store chain", "2,400 pcs", "About &lt;us&gt;"):
        assert text in page
    hrefs = [a["href"] for t, a in _tags(page) if t == "a"]
    assert "https://harborline-imports.com/about" in hrefs
    assert "https://www.linkedin.com/company/harborline" in hrefs
    assert not any((h or "").lower().startswith("javascript") for h in hrefs)
    assert "evil" not in re.findall(r"<a [^>]*>([^<]*)</a>", page)  # shown as text, not a link


def test_cli_writes_html_and_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from research.cli import main

    monkeypatch.setenv("RESEARCH_CACHE_DIR", str(tmp_path / "cache"))
    base = ["check", "--offline", "--no-save", "--email", "ivan@harborline-imports.com", "--text", "Нужен кабель"]
    assert main([*base, "--format", "html", "--out", str(tmp_path / "r.html"), "--lang", "en"]) == 0
    assert "Нужен кабель" in (tmp_path / "r.html").read_text("utf-8")
    assert main([*base, "--format", "pdf", "--out", str(tmp_path / "r.pdf"), "--rep", "Li", "--action", "visit"]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_evidence_says_where_in_words_and_links_nothing(mixed_report: Report) -> None:
    """Issue 16 problems 4 and 7: "text · body:" and "finding.offline" were codes; a lure's URL was a link."""
    from research.render import markdown

    d = to_dict(mixed_report, "zh")
    lure = {"kind": "url", "ref": "https://secure-docs-verify.top/po?id=1", "snippet": "purchase order"}
    d["verdict"]["reasons"][0]["evidence"] = [lure]
    page = html._verdict(d, "zh") + html._findings(d, "zh")
    assert "secure-docs-verify.top/po?id=1" in page
    assert not any("secure-docs-verify" in (a.get("href") or "") for t, a in _tags(page) if t == "a")
    whole = html.render(mixed_report, "zh") + markdown.render(mixed_report, "zh")
    for code in ("text · body", "text: body", "body:", "finding.offline", "domain.none"):
        assert code not in whole, code


def test_what_two_checks_say_alike_is_said_once(mixed_report: Report) -> None:
    from dataclasses import replace

    from research.types import BuyerType, Reason

    free = Reason("email.free_mail", {"domain": "gmail.com"}, -5.0)
    report = replace(mixed_report, buyer_type=BuyerType("unknown", 0.0, (free, free)))
    assert len(to_dict(report, "zh")["buyer_type"]["evidence"]) == 1


def test_page_and_place_kinds_are_said_in_words_not_codes() -> None:
    """A Chinese report named its pages "home", "contact" and the map's place "(industrial)"."""
    from research.extract.site_kinds import KINDS
    from research.render.facts import page_kind, place_kind
    from research.render.i18n import catalog

    for kind in ("home", *KINDS, "other"):
        assert page_kind(kind, "zh") != kind and page_kind(kind, "en") != kind
    for kind in tomllib.loads((Path(__file__).parents[2] / "research/data/place_kinds.toml").read_text("utf-8")):
        assert f"report.place_kind.{kind}" in catalog("zh"), kind
    assert place_kind("industrial", "zh") == "工业区或仓库" and page_kind("home", "zh") == "首页"
    assert page_kind("newkind", "zh") == "newkind" and place_kind("", "en") == ""  # nothing lost


def test_a_sites_business_models_are_said_in_words() -> None:
    """经营模式 read "distributor, oem, wholesale" in a Chinese report."""
    from research.extract.site_model import business_models
    from research.render.facts import website_rows
    from research.render.i18n import catalog

    for model in business_models():
        assert f"term.{model}" in catalog("zh") and f"term.{model}" in catalog("en"), model
    rows = dict(website_rows({"business_model": ["distributor", "oem", "wholesale"]}, "zh"))  # type: ignore[typeddict-item]
    assert rows["report.field.business_model"] == ["分销商", "贴牌/OEM", "批发"]
