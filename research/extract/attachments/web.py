"""HTML and SVG attachments: forms and password fields, scripts, forwarding, encoded payloads, links.

A web page sent as "the attached order" is a log-in form in disguise, or it builds a file in the browser
from an encoded blob (HTML smuggling). Base64 runs long enough to be a file are decoded and read as one.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from functools import cache
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from research.extract.attachments.model import Collector, table
from research.extract.mail import html_to_text

ReadMember = Callable[[str, bytes, str], None]

_URL = re.compile(r"""https?://[^\s"'<>()\\]+""", re.I)
_DATA_URI = re.compile(
    r"(?i)\bdata:(?!image/(?:png|jpe?g|gif|webp|bmp|x-icon))[a-z]+/[a-z0-9.+-]+(?:;[a-z0-9=.-]+)*;base64,"
)
_REFRESH_URL = re.compile(r"(?i)url\s*=\s*['\"]?([^'\";]+)")


@cache
def _rules() -> dict[str, object]:
    return dict(table()["html"])


def _words(key: str) -> list[str]:
    value = _rules()[key]
    return [str(v) for v in value] if isinstance(value, list) else []


def _forms(tree: LexborHTMLParser, where: str, c: Collector) -> tuple[bool, bool]:
    """(has a form or input, has a password field)."""
    password = bool(tree.css('input[type="password" i]'))
    if password:
        c.add("password_form", where, "password field")
    forms = tree.css("form")
    for form in forms:
        action = (form.attributes.get("action") or "").strip()
        if action.lower().startswith(("http://", "https://")):
            c.add("form_action", where, urlsplit(action).hostname or action[:80])
            c.link(action)
    return bool(forms or tree.css("input")), password


def _scripts(tree: LexborHTMLParser, where: str, c: Collector) -> str:
    """The code on the page (inline scripts and event handlers); scripts from elsewhere are links."""
    code = []
    for node in tree.css("script"):
        if src := (node.attributes.get("src") or "").strip():
            c.link(src)
            c.add("script", where, f"script from {urlsplit(src).hostname or src[:60]}")
        code.append(node.text(deep=True) or "")
    handlers = _words("handler_attributes")
    for node in tree.css("*"):
        for name, value in node.attributes.items():
            if name.lower() in handlers and value:
                code.append(value)
    joined = "\n".join(code)
    low = joined.lower()
    if hits := [m for m in _words("script_markers") if m in low]:
        c.add("script", where, ", ".join(hits[:6]))
    for m in _URL.finditer(joined):
        c.link(m.group(0))
    return joined


def _refresh(tree: LexborHTMLParser, where: str, c: Collector) -> None:
    for node in tree.css("meta"):
        if (node.attributes.get("http-equiv") or "").strip().lower() == "refresh":
            content = node.attributes.get("content") or ""
            url = m.group(1).strip() if (m := _REFRESH_URL.search(content)) else ""
            c.add("meta_refresh", where, url or content[:80])
            c.link(url)


def _links(tree: LexborHTMLParser, base: str, c: Collector) -> None:
    for selector, attr in (("a", "href"), ("area", "href"), ("iframe", "src"), ("embed", "src"), ("object", "data")):
        for node in tree.css(selector):
            # SVG links name their target xlink:href.
            target = (node.attributes.get(attr) or node.attributes.get("xlink:href") or "").strip()
            c.link(urljoin(base, target) if base else target, node.text(strip=True) if selector == "a" else "")


def _payloads(raw: str, where: str, c: Collector, read_member: ReadMember) -> None:
    """Long base64 runs: decoded and read as the files they are (a ZIP or a program built in the browser)."""
    if uri := _DATA_URI.search(raw):
        c.add("data_uri", where, uri.group(0)[:60])
    least = c.limits.min_encoded_chars
    run = re.compile(rf"[A-Za-z0-9+/]{{{least},}}={{0,2}}")
    for i, m in enumerate(run.finditer(raw)):
        if i >= 5 or c.out_of_time(where):
            break
        text = m.group(0)[: c.limits.max_bytes * 4 // 3]
        try:
            blob = base64.b64decode(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            continue
        c.add("encoded_payload", where, f"{len(text)} base64 characters")
        if c.unpack(len(blob), where):
            read_member(f"payload{i + 1}", blob, f"{where}/base64#{i + 1}")


def _credentials(tree: LexborHTMLParser, text: str, has_form: bool, where: str, c: Collector) -> None:
    fields = " ".join(
        f"{n.attributes.get('placeholder') or ''} {n.attributes.get('name') or ''} {n.attributes.get('value') or ''}"
        for n in tree.css("input, button")
    )
    title = tree.css_first("title")
    hay = f"{text} {fields} {title.text() if title else ''}".lower()
    words = [w for w in _words("credential_words") if w in hay]
    least = _rules()["credential_min_words"]
    if has_form and isinstance(least, int) and len(words) >= least:
        c.add("credential_page", where, ", ".join(words[:5]))


def read_web(data: bytes, where: str, c: Collector, read_member: ReadMember) -> None:
    raw = data.decode("utf-8", "replace")
    tree = LexborHTMLParser(raw)
    base_node = tree.css_first("base[href]")
    base = (base_node.attributes.get("href") or "") if base_node else ""
    has_form, _password = _forms(tree, where, c)
    _scripts(tree, where, c)
    _refresh(tree, where, c)
    _links(tree, base, c)
    _payloads(raw, where, c, read_member)
    text = html_to_text(raw)
    c.add_text(text)
    _credentials(tree, text, has_form, where, c)
    c.add("web_page", where)
