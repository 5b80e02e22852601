"""Reading e-mail messages robustly: headers, bodies, attachments. Pure.

Real inquiries (and scams above all) come with broken headers, wrong charset
labels and HTML-only bodies; nothing here may raise on them.
"""

from __future__ import annotations

import re
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.utils import getaddresses
from typing import Any

from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser

from research.data.load import toml_table
from research.types import Attachment, Link

_BLOCK = re.compile(r"(?i)<(?:br|/p|/div|/tr|/li|/h[1-6]|/table|/blockquote|hr)\b[^>]*>")
_INVISIBLE = ("script", "style", "noscript", "template", "head", "title")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")


def header(msg: Message, name: str) -> str:
    """One header decoded (RFC 2047), or ``""``; malformed values are read raw rather than dropped."""
    try:
        value = msg.get(name)
        return "" if value is None else str(value)
    except Exception:  # the stdlib's header classes raise on odd address groups
        return _raw_header(msg, name)


def _raw_header(msg: Message, name: str) -> str:
    low = name.lower()
    for key, value in msg.raw_items() if isinstance(msg, EmailMessage) else msg.items():
        if key.lower() == low:
            return decode_raw(str(value))
    return ""


def decode_raw(value: str) -> str:
    try:
        return str(make_header(decode_header(value))).strip()
    except (LookupError, ValueError, UnicodeDecodeError, HeaderParseError):  # "=?utf-8?B?k?=" is broken base64
        return value.strip()


def all_headers(msg: Message) -> tuple[tuple[str, str], ...]:
    items = msg.raw_items() if isinstance(msg, EmailMessage) else msg.items()
    return tuple((k, decode_raw(str(v))) for k, v in items)


def first_address(value: str) -> tuple[str, str]:
    """(display name, address) of the first mailbox in a header value."""
    try:
        pairs = getaddresses([value or ""])
    except Exception:  # same odd groups as above
        pairs = []
    return next(((n, a) for n, a in pairs if "@" in a), ("", ""))


def part_text(part: Message) -> str:
    """A text part decoded: declared charset first, then a guess when the label lies."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload() or "")
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except (LookupError, ValueError):  # unknown label, bytes that do not decode, a NUL in the label
        guess = from_bytes(payload).best()
        return str(guess) if guess is not None else payload.decode("utf-8", "replace")


def html_to_text(html: str) -> str:
    """Visible text of an HTML body with its line structure kept (signatures live on lines)."""
    tree = LexborHTMLParser(_BLOCK.sub(lambda m: m.group(0) + "\n", html))
    for tag in _INVISIBLE:
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    text = root.text(separator="") if root is not None else ""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_links(html: str) -> list[Link]:
    tree = LexborHTMLParser(html)
    out = []
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if href.lower().startswith(("http://", "https://")):
            out.append(Link(href, _SPACES.sub(" ", node.text(strip=True))[:200]))
    return out


def _is_attachment(part: Message) -> bool:
    if part.is_multipart():
        return False
    disposition = (part.get_content_disposition() or "").lower()
    return disposition == "attachment" or bool(part.get_filename())


def _encoded_size(part: Message) -> int:
    """The decoded size a part will have, from its encoded text, without decoding it (base64 is 4:3)."""
    raw = part.get_payload()
    size = len(raw) if isinstance(raw, (str, bytes)) else 0
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    return size * 3 // 4 if encoding == "base64" else size


def _limit(name: str) -> int:
    return int(toml_table("attachments.toml")["limits"][name])


def room_for_attachments() -> list[int]:
    """The bytes of attachments one mail may keep, as a one-item list that ``kept`` counts down."""
    return [_limit("max_total_bytes")]


def kept(name: str, content_type: str, payload: bytes | None, size: int | None, room: list[int]) -> Attachment:
    """An attachment with its bytes when they fit in one file's limit and the mail's ``room`` left;
    otherwise listed as too large to read (the mail itself is still read)."""
    if size is not None and (size > _limit("max_bytes") or size > room[0]):
        return Attachment(name, content_type, size, None, "too_large")
    if payload is not None:
        room[0] -= len(payload)
    return Attachment(name, content_type, size, payload)


def attachments(msg: Message) -> list[Attachment]:
    """Every named or attachment-disposition part, inline images included: scams hide there too.

    The bytes are kept within research/data/attachments.toml's limits, to be read by the attachments
    check; a bigger part is listed with its size and ``skipped="too_large"``, never decoded."""
    out = []
    room = room_for_attachments()
    for part in msg.walk():
        if not _is_attachment(part):
            continue
        try:
            name = decode_raw(part.get_filename() or "")
        except Exception:  # a broken RFC 2231 name must not lose the attachment
            name = ""
        ctype = part.get_content_type()
        estimate = _encoded_size(part)
        if estimate > _limit("max_bytes") or estimate > room[0]:
            out.append(Attachment(name, ctype, estimate, None, "too_large"))
            continue
        payload: Any = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else None
        out.append(kept(name, ctype, data, len(data) if data is not None else None, room))
    return out


def bodies(msg: Message) -> tuple[str, str]:
    """(plain text, html) of the message, attachments excluded; either may be empty."""
    plain: list[str] = []
    html: list[str] = []
    for part in msg.walk():
        if part.is_multipart() or _is_attachment(part):
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            plain.append(part_text(part))
        elif ctype == "text/html":
            html.append(part_text(part))
    return "\n".join(plain).strip(), "\n".join(html).strip()
