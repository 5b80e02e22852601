"""Markdown as the page and the .md export show it: untrusted text stays text (issue 16 problem 4), codes are
said in words (problem 7)."""

from __future__ import annotations

import re

from research.render.facts import inquiry_rows, no_site_lines, where_found, where_said
from research.render.markdown import esc


def test_a_link_in_untrusted_text_cannot_become_clickable() -> None:
    said = esc("confirm at https://secure-docs-verify.top/po?id=4471 or www.secure-docs-verify.top [x](javascript:1)")
    # GFM autolinks "https://" and "www." even when escaped; what is left must match neither.
    assert not re.search(r"https?://|www\.", said)
    assert said.replace("\u2060", "").startswith("confirm at https://secure-docs-verify.top/po?id=4471")
    assert "\\[x\\]" in said


def test_codes_in_the_report_are_said_in_words() -> None:
    assert dict(inquiry_rows({"language": "es"}, "zh"))["report.field.language"] == "西班牙语"
    assert dict(inquiry_rows({"language": "xx"}, "zh"))["report.field.language"] == "xx"  # unknown: as it is
    assert where_said("inquiry", "zh") == "询盘" and where_said("https://a.com/p", "zh") == "https://a.com/p"
    assert where_found("text", "wording model", "zh") == "邮件措辞"
    assert where_found("text", "body", "en") == "the message"
    assert where_found("whois", "whois.godaddy.com", "zh") == "WHOIS whois.godaddy.com"


def test_a_probable_site_is_said_as_probable_and_guesses_are_listed() -> None:
    probable = {"reachable": False, "probable_url": "https://casa-bonita.es/", "probable_from": "Casa Bonita S.L."}
    (line,) = no_site_lines(probable, "en")  # type: ignore[arg-type]
    assert line.startswith("Probably their website: https://casa-bonita.es/") and "not confirmed" in line
    lines = no_site_lines({"reachable": False, "name_guesses": ["casabonita.es", "casa-bonita.es"]}, "zh")
    assert lines == ["没有找到对方的网站", "按公司名试过的域名：casabonita.es, casa-bonita.es"]
    assert no_site_lines({"reachable": False}, "zh") == ["没有检查网站"]
