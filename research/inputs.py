"""Normalize what the rep gives us (form fields, pasted text, .eml, .msg) into an Inquiry.

Bad input raises InputError with a code the catalogs turn into a message the
rep can act on.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr
from pathlib import Path
from typing import Any

from research.errors import InputError
from research.extract import html as htmlx
from research.types import Attachment, Inquiry, Link, PlatformStats

MAX_FILE_MB = 25
_URL = re.compile(r"""https?://[^\s<>"'()\[\]]+""", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HEADER_LINE = re.compile(r"^(From|To|Reply-To|Subject|Date|Cc)\s*:\s*(.*)$", re.I)


def links_in_text(text: str) -> list[Link]:
    seen = dict.fromkeys(m.group(0).rstrip(".,;:!?") for m in _URL.finditer(text))
    return [Link(u) for u in seen]


def _check_any(inquiry: Inquiry) -> Inquiry:
    if not (inquiry.email.strip() or inquiry.company.strip() or inquiry.body.strip() or inquiry.website.strip()):
        raise InputError("nothing to research", code="input.nothing")
    return inquiry


def from_fields(**fields: Any) -> Inquiry:
    """From form or CLI fields; unknown names are a programming error."""
    platform = fields.pop("platform", None) or PlatformStats()
    body = str(fields.get("body", "") or "")
    links = fields.pop("links", None) or tuple(links_in_text(body))
    clean: dict[str, Any] = {k: v.strip() if isinstance(v, str) else v for k, v in fields.items() if v is not None}
    return _check_any(Inquiry(**clean, platform=platform, links=tuple(links)))


def _split_pasted(text: str) -> tuple[dict[str, str], str]:
    """Header-like lines at the top of a pasted message, and the rest."""
    headers: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines) and (m := _HEADER_LINE.match(lines[i].strip())):
        headers.setdefault(m.group(1).lower(), m.group(2).strip())
        i += 1
    return headers, "\n".join(lines[i:]).strip()


def from_text(text: str, **fields: Any) -> Inquiry:
    """Pasted inquiry text; form fields given explicitly win over what the text says."""
    headers, body = _split_pasted(text)
    name, addr = parseaddr(headers.get("from", ""))
    if not addr:
        found = _EMAIL.search(body)
        addr = found.group(0) if found else ""
    guessed = {
        "email": addr,
        "display_name": name,
        "subject": headers.get("subject", ""),
        "reply_to": parseaddr(headers.get("reply-to", ""))[1],
        "body": body,
        "source": "text",
    }
    merged = {**guessed, **{k: v for k, v in fields.items() if v not in (None, "")}}
    return from_fields(**merged)


def _body_and_links(msg: EmailMessage) -> tuple[str, list[Link]]:
    plain = msg.get_body(preferencelist=("plain",))
    html_part = msg.get_body(preferencelist=("html",))
    links: list[Link] = []
    html_text = ""
    if html_part is not None:
        tree = htmlx.parse(_content(html_part))
        links = [Link(u, txt) for u, txt in htmlx.links(tree, "") if u.startswith(("http", "HTTP"))]
        html_text = htmlx.visible_text(tree)
    body = _content(plain) if plain is not None else html_text
    known = {link.url for link in links}
    links += [lk for lk in links_in_text(body) if lk.url not in known]
    return body.strip(), links


def _content(part: Any) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeDecodeError, ValueError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", "replace")


def _attachments(msg: EmailMessage) -> list[Attachment]:
    out = []
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        out.append(Attachment(part.get_filename() or "", part.get_content_type(), len(payload) if payload else None))
    return out


def _first_address(value: str | None) -> tuple[str, str]:
    pairs = getaddresses([value or ""])
    return pairs[0] if pairs else ("", "")


def from_eml_bytes(data: bytes, name: str = "message.eml", **fields: Any) -> Inquiry:
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the stdlib parser raises many kinds on broken mail
        raise InputError(str(exc), code="input.bad_email_file", name=name, detail=str(exc)) from exc
    if not isinstance(msg, EmailMessage) or not (msg.get("From") or msg.get("Subject")):
        raise InputError(name, code="input.bad_email_file", name=name, detail="no From or Subject header")
    display, addr = _first_address(str(msg.get("From", "")))
    body, links = _body_and_links(msg)
    guessed = {
        "email": addr,
        "display_name": display,
        "subject": str(msg.get("Subject", "")),
        "reply_to": _first_address(str(msg.get("Reply-To", "")))[1],
        "body": body,
        "links": tuple(links),
        "attachments": tuple(_attachments(msg)),
        "headers": tuple((k, str(v)) for k, v in msg.items()),
        "source": "eml",
    }
    merged = {**guessed, **{k: v for k, v in fields.items() if v not in (None, "")}}
    return from_fields(**merged)


def from_msg_bytes(data: bytes, name: str = "message.msg", **fields: Any) -> Inquiry:
    import extract_msg  # imported late: heavy, and only Outlook users need it

    try:
        msg: Any = extract_msg.openMsg(data)
    except Exception as exc:  # extract-msg raises many kinds on non-msg files
        raise InputError(str(exc), code="input.bad_email_file", name=name, detail=str(exc)) from exc
    try:
        display, addr = _first_address(msg.sender or "")
        body = msg.body or ""
        atts = tuple(
            Attachment(a.longFilename or a.shortFilename or "", getattr(a, "mimetype", "") or "")
            for a in msg.attachments
        )
        guessed = {
            "email": addr,
            "display_name": display,
            "subject": msg.subject or "",
            "reply_to": _first_address(msg.header.get("Reply-To", "") if msg.header else "")[1],
            "body": body.strip(),
            "attachments": atts,
            "headers": tuple((k, str(v)) for k, v in (msg.header.items() if msg.header else [])),
            "source": "msg",
        }
    finally:
        msg.close()
    merged = {**guessed, **{k: v for k, v in fields.items() if v not in (None, "")}}
    return from_fields(**merged)


def read_file(path: str | Path) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), code="input.file_missing", path=str(p))
    size = p.stat().st_size
    if size > MAX_FILE_MB * 1_000_000:
        raise InputError(str(p), code="input.file_too_large", name=p.name, size=size // 1_000_000, limit=MAX_FILE_MB)
    return p.read_bytes()


def from_file(path: str | Path, **fields: Any) -> Inquiry:
    """A .eml, .msg or text file, chosen by its extension."""
    p = Path(path)
    data = read_file(p)
    suffix = p.suffix.lower()
    if suffix == ".msg":
        return from_msg_bytes(data, p.name, **fields)
    if suffix == ".eml":
        return from_eml_bytes(data, p.name, **fields)
    return from_text(data.decode("utf-8", "replace"), **fields)


def platform_stats(values: dict[str, Any]) -> PlatformStats:
    """PlatformStats from loose strings (form, CLI, CSV); empty strings mean unknown."""

    def num(key: str, kind: type) -> Any:
        raw = values.get(key)
        if raw in (None, ""):
            return None
        try:
            return kind(raw)
        except (TypeError, ValueError):
            raise InputError(key, code="input.bad_number", field=key, value=raw) from None

    verified = values.get("verified")
    if isinstance(verified, str):
        verified = {"": None, "yes": True, "1": True, "true": True, "no": False, "0": False, "false": False}.get(
            verified.lower()
        )
    ip = str(values.get("ip_country") or "").strip().upper() or None
    return PlatformStats(
        verified=verified,
        account_age_years=num("account_age_years", float),
        products_viewed_90d=num("products_viewed_90d", int),
        inquiries_sent_90d=num("inquiries_sent_90d", int),
        suppliers_contacted_90d=num("suppliers_contacted_90d", int),
        ip_country=ip,
        platform=str(values.get("platform") or ""),
    )
