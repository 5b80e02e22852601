"""Normalize what the rep gives us (form fields, pasted text, .eml, .msg) into an Inquiry.

Bad input raises InputError with a code the catalogs turn into a message the
rep can act on.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from email import policy
from email.message import Message
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes
from email_validator import EmailNotValidError, validate_email

from research.errors import InputError
from research.extract import mail, signature
from research.types import Attachment, Inquiry, Link, PlatformStats

MAX_FILE_MB = 25
# A mail file may be bigger than a text file: its attachments beyond research/data/attachments.toml's
# limits are listed as too large to read, and the message is still read.
MAX_MAIL_MB = 150
# A pasted inquiry longer than this is a thread, a log or a document, not one message: reading it would
# outlast the deadline and store megabytes in the history. Bodies read from files are cut to it.
MAX_TEXT_CHARS = 100_000
# One field (a company, a subject, a web address) longer than this is a paste into the wrong box or a
# spreadsheet cell gone wrong: refused when given, cut when read from a message.
MAX_FIELD_CHARS = 2_000
# The inquiry's fields and the platform card's, as the page, the command line and batch files name
# them: one definition for all three.
INQUIRY_FIELDS = ("email", "display_name", "company", "subject", "phone", "country", "website", "reply_to")
PLATFORM_FIELDS = (
    "verified",
    "account_age_years",
    "products_viewed_90d",
    "inquiries_sent_90d",
    "suppliers_contacted_90d",
    "ip_country",
)
_URL = re.compile(r"""https?://[^\s<>"'()\[\]]+""", re.I)
_HEADER_LINE = re.compile(
    r"^(From|To|Reply-To|Subject|Date|Sent|Cc|发件人|收件人|主题|日期|发送时间|抄送|De|Para|Asunto|Objet|Von|An|Betreff)"
    r"\s*[:：]\s*(.*)$",
    re.I,
)
# Pasted headers as Outlook and webmail show them in other languages, by their RFC name.
_HEADER_NAMES = {
    "发件人": "from",
    "de": "from",
    "von": "from",
    "主题": "subject",
    "asunto": "subject",
    "objet": "subject",
    "betreff": "subject",
}


def links_in_text(text: str) -> list[Link]:
    seen = dict.fromkeys(m.group(0).rstrip(".,;:!?") for m in _URL.finditer(text))
    return [Link(u) for u in seen]


def _check_any(inquiry: Inquiry) -> Inquiry:
    if not (inquiry.email.strip() or inquiry.company.strip() or inquiry.body.strip() or inquiry.website.strip()):
        raise InputError("nothing to research", code="input.nothing")
    return inquiry


def unicode_text(value: str) -> str:
    """``value`` as text every store and renderer takes: lone surrogates replaced.

    Python reads an 8-bit header byte as a lone surrogate (surrogateescape); kept, it made saving the report
    fail. Such bytes are read as the UTF-8 they usually are, anything else becomes U+FFFD."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)


def _check_lengths(fields: dict[str, Any]) -> None:
    body = fields.get("body") or ""
    if len(body) > MAX_TEXT_CHARS:
        raise InputError("text too long", code="input.text_too_long", size=len(body), limit=MAX_TEXT_CHARS)
    for name in INQUIRY_FIELDS:
        value = fields.get(name)
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            raise InputError(name, code="input.field_too_long", field=name, size=len(value), limit=MAX_FIELD_CHARS)


def from_fields(**fields: Any) -> Inquiry:
    """From form or CLI fields; unknown names are a programming error."""
    platform = fields.pop("platform", None) or PlatformStats()
    # One kind of line break whatever the mail client wrote (\r\n, old Macs' \r).
    body = unicode_text(str(fields.get("body", "") or "")).replace("\r\n", "\n").replace("\r", "\n")
    if "body" in fields:
        fields["body"] = body
    links = tuple(Link(unicode_text(lk.url), unicode_text(lk.text)) for lk in fields.pop("links", None) or ())
    clean: dict[str, Any] = {
        k: unicode_text(v).strip() if isinstance(v, str) else v for k, v in fields.items() if v is not None
    }
    _check_lengths(clean)
    if "headers" in clean:
        clean["headers"] = tuple((unicode_text(k), unicode_text(v)) for k, v in clean["headers"])
    if "attachments" in clean:
        clean["attachments"] = tuple(replace(a, filename=unicode_text(a.filename)) for a in clean["attachments"])
    return _check_any(Inquiry(**clean, platform=platform, links=links or tuple(links_in_text(body))))


def _split_pasted(text: str) -> tuple[dict[str, str], str]:
    """Header-like lines at the top of a pasted message, and the rest."""
    headers: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and (m := _HEADER_LINE.match(lines[i].strip())):
        key = m.group(1).lower()
        headers.setdefault(_HEADER_NAMES.get(key, key), m.group(2).strip())
        i += 1
    return headers, "\n".join(lines[i:]).strip()


def _merge(guessed: dict[str, Any], fields: dict[str, Any]) -> Inquiry:
    """Fields the rep or the CLI gave win over what we read from the message (which is cut to the limits)."""
    read = {k: v[:MAX_FIELD_CHARS] if isinstance(v, str) and k in INQUIRY_FIELDS else v for k, v in guessed.items()}
    return from_fields(**{**read, **{k: v for k, v in fields.items() if v not in (None, "")}})


def _contact_fields(body: str, email: str, display: str) -> dict[str, str]:
    found = signature.contact(body, email)
    return {
        "email": email or found.email,
        "display_name": display or found.display_name,
        "company": found.company,
        "phone": found.phone,
        "website": found.website,
        "country": found.country,
    }


def check_email(address: str) -> str:
    """The sender e-mail as typed by the rep, or InputError when it is not an address.

    Checked before research: a typo ("karen at harborline dot com") would otherwise be judged
    as the buyer's own invalid address, and an X saved against their phone."""
    value = address.strip()
    if not value:
        return ""
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise InputError(value, code="input.bad_email", field="email", value=value) from None
    return value


def check_text(text: str) -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError("text too long", code="input.text_too_long", size=len(text), limit=MAX_TEXT_CHARS)
    return text


def from_text(text: str, **fields: Any) -> Inquiry:
    """Pasted inquiry text, with sender details read from its headers and signature.

    Form fields given explicitly win over what the text says."""
    headers, body = _split_pasted(check_text(text))
    name, addr = mail.first_address(headers.get("from", ""))
    guessed = {
        **_contact_fields(body, addr, name),
        "subject": headers.get("subject", ""),
        "reply_to": mail.first_address(headers.get("reply-to", ""))[1],
        "body": body,
        "headers": tuple((k.title(), v) for k, v in headers.items()),
        "source": "text",
    }
    return _merge(guessed, fields)


def _body_and_links(msg: Message) -> tuple[str, list[Link]]:
    plain, html = mail.bodies(msg)
    links = mail.html_links(html) if html else []
    html_text = mail.html_to_text(html) if html else ""
    # Some senders put a one-line stub in text/plain and the real message in HTML.
    body = plain if len(plain) >= len(html_text) / 3 else html_text
    if not body:
        body = html_text
    known = {link.url for link in links}
    links += [lk for lk in links_in_text(body) if lk.url not in known]
    return body.strip()[:MAX_TEXT_CHARS], links


def from_eml_bytes(data: bytes, name: str = "message.eml", **fields: Any) -> Inquiry:
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the stdlib parser raises many kinds on broken mail
        raise InputError(
            str(exc), code="input.bad_email_file", name=name, detail={"code": "input.detail.unparsable"}
        ) from exc
    if not (mail.header(msg, "From") or mail.header(msg, "Subject")):
        raise InputError(name, code="input.bad_email_file", name=name, detail={"code": "input.detail.no_headers"})
    display, addr = mail.first_address(mail.header(msg, "From"))
    body, links = _body_and_links(msg)
    guessed = {
        **_contact_fields(body, addr, display),
        "subject": mail.header(msg, "Subject"),
        "reply_to": mail.first_address(mail.header(msg, "Reply-To"))[1],
        "body": body,
        "links": tuple(links),
        "attachments": tuple(mail.attachments(msg)),
        "headers": mail.all_headers(msg),
        "source": "eml",
        "raw": data,
    }
    return _merge(guessed, fields)


def _msg_fields(msg: Any) -> dict[str, Any]:
    display, addr = mail.first_address(msg.sender or "")
    html = msg.htmlBody or b""
    html_text = html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html)
    body = ((msg.body or "").strip() or mail.html_to_text(html_text))[:MAX_TEXT_CHARS]
    header = msg.header
    atts = _msg_attachments(msg)
    links = mail.html_links(html_text) if html_text else []
    known = {lk.url for lk in links}
    return {
        **_contact_fields(body, addr, display),
        "subject": msg.subject or "",
        "reply_to": mail.first_address(mail.header(header, "Reply-To") if header else "")[1],
        "body": body,
        "links": tuple(links + [lk for lk in links_in_text(body) if lk.url not in known]),
        "attachments": atts,
        "headers": mail.all_headers(header) if header else (),
        "source": "msg",
    }


def _msg_attachments(msg: Any) -> tuple[Attachment, ...]:
    """Outlook's attachments, with their bytes within the same limits as a .eml's (an attached message
    is listed by name)."""
    room = mail.room_for_attachments()
    out = []
    for a in msg.attachments:
        data = getattr(a, "data", None)
        payload = data if isinstance(data, bytes) else None
        size = len(payload) if payload is not None else None
        name = a.longFilename or a.shortFilename or ""
        out.append(mail.kept(name, getattr(a, "mimetype", "") or "", payload, size, room))
    return tuple(out)


def from_msg_bytes(data: bytes, name: str = "message.msg", **fields: Any) -> Inquiry:
    import extract_msg  # imported late: heavy, and only Outlook users need it

    try:
        msg: Any = extract_msg.openMsg(data)
    except Exception as exc:  # extract-msg raises many kinds on non-msg files; their text means nothing to a rep
        raise InputError(str(exc), code="input.not_outlook_msg", name=name) from exc
    try:
        guessed = _msg_fields(msg)
    except Exception as exc:  # a .msg that opens but whose streams are broken
        raise InputError(str(exc), code="input.not_outlook_msg", name=name) from exc
    finally:
        msg.close()
    return _merge(guessed, fields)


def read_file(path: str | Path, limit_mb: int | None = None) -> bytes:
    """A file's bytes; ``limit_mb`` defaults to MAX_MAIL_MB for .eml and .msg, MAX_FILE_MB otherwise."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), code="input.file_missing", path=str(p))
    limit = limit_mb or (MAX_MAIL_MB if p.suffix.lower() in (".eml", ".msg") else MAX_FILE_MB)
    size = p.stat().st_size
    if size > limit * 1_000_000:
        raise InputError(str(p), code="input.file_too_large", name=p.name, size=size // 1_000_000, limit=limit)
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
    return from_text(decode_text(data), **fields)


def decode_text(data: bytes) -> str:
    """A pasted-text file: UTF-8 (with or without BOM), else whatever charset it really is (GBK, cp1251 ...)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        guess = from_bytes(data).best()
        return str(guess) if guess is not None else data.decode("utf-8", "replace")


# Other names outside tools and CSV exports use for the same fields (window-less counts are read
# as the platform's usual 90-day window); ages in days or months become years.
_PLATFORM_ALIASES = {
    "products_viewed": "products_viewed_90d",
    "inquiries_sent": "inquiries_sent_90d",
    "suppliers_contacted": "suppliers_contacted_90d",
    "name": "platform",
    "platform_name": "platform",
}
_AGE_UNITS = {"account_age_days": 365.0, "account_age_months": 12.0}


def _platform_aliases(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    for alias, key in _PLATFORM_ALIASES.items():
        if out.get(key) in (None, "") and out.get(alias) not in (None, ""):
            out[key] = out[alias]
    for alias, per_year in _AGE_UNITS.items():
        if out.get("account_age_years") in (None, "") and out.get(alias) not in (None, ""):
            try:
                years = round(float(out[alias]) / per_year, 2)
            except (TypeError, ValueError):
                years = math.nan
            if not math.isfinite(years) or years < 0:
                raise InputError(alias, code="input.bad_number", field=alias, value=out[alias])
            out["account_age_years"] = years
    return out


def platform_stats(values: dict[str, Any]) -> PlatformStats:
    """PlatformStats from loose strings (form, CLI, CSV); empty strings mean unknown."""
    values = _platform_aliases(values)

    def num(key: str, kind: type) -> Any:
        raw = values.get(key)
        if raw in (None, ""):
            return None
        try:
            number = kind(raw)
        except (TypeError, ValueError, OverflowError):
            number = None
        # A count or an age is never negative, infinite or NaN (which the JSON report could not even hold).
        if number is None or not math.isfinite(number) or number < 0:
            raise InputError(key, code="input.bad_number", field=key, value=raw)
        return number

    verified = values.get("verified")
    if isinstance(verified, str):
        verified = {"": None, "yes": True, "1": True, "true": True, "no": False, "0": False, "false": False}.get(
            verified.lower()
        )
    ip = unicode_text(str(values.get("ip_country") or "")).strip().upper() or None
    return PlatformStats(
        verified=verified,
        account_age_years=num("account_age_years", float),
        products_viewed_90d=num("products_viewed_90d", int),
        inquiries_sent_90d=num("inquiries_sent_90d", int),
        suppliers_contacted_90d=num("suppliers_contacted_90d", int),
        ip_country=ip,
        platform=unicode_text(str(values.get("platform") or "")),
    )
