"""Links and attachments in an inquiry, read for phishing. Pure.

A buyer's first message has no reason to send a rep to a log-in page, a
document-sharing site or a link whose text names another address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from research.extract.domains import label, registrable, suffix
from research.extract.inquiry_rules import rules
from research.extract.lookalike import find_lookalike, official_brand
from research.types import Attachment, Link

_HOSTISH = re.compile(r"(?i)^(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]|$)")


@dataclass(frozen=True)
class LinkFlag:
    code: str  # the signal it raises: inquiry.doc_share_link, inquiry.login_link ...
    url: str
    detail: str = ""
    risky: bool = True  # a link to another site (foreign_link) is worth showing, not a scam pattern


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def _on(host: str, names: list[str]) -> str:
    return next((n for n in names if host == n or host.endswith("." + n)), "")


def _unwrapped(url: str, redirectors: list[dict[str, Any]], depth: int = 3) -> str:
    """Where a redirector's link really leads: its target parameter, itself unwrapped (up to ``depth``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    host = (parts.hostname or "").lower().rstrip(".")
    for hop in redirectors:
        if depth and _on(host, [hop["host"]]) and parts.path.rstrip("/") == hop["path"].rstrip("/"):
            query = parse_qs(parts.query)
            target = next((query[p][0] for p in hop["params"] if query.get(p)), "")
            if _host(target):
                return _unwrapped(target, redirectors, depth - 1)
    return url


def _mismatch(link: Link, host: str) -> str:
    """The host the link text shows, when it is not where the link goes."""
    shown = _HOSTISH.match(link.text.strip())
    if not shown:
        return ""
    shown_host = shown.group(1).lower()
    return shown_host if registrable(shown_host) != registrable(host) else ""


def _disguised(host: str) -> str:
    """A whole domain worn as a subdomain: "buyer.com.docs-share.app" reads as buyer.com at a glance."""
    reg = registrable(host)
    sub = host[: -len(reg)].rstrip(".") if reg and host.endswith(reg) else ""
    if not sub or not suffix(sub):
        return ""
    worn = registrable(sub)
    return worn if len(label(worn)) >= 3 else ""


def _dressed(host: str) -> str:
    """The service or chain a link's host is dressed as, in its own name (docusign-secure-envelope.net) or in a
    subdomain of a stranger's (docusign-maisonsdumonde.com-secure-view.net); "" when it is theirs or no one's."""
    reg = registrable(host)
    if official_brand(reg):
        return ""
    if found := find_lookalike(reg):
        return found.brand
    sfx = suffix(host)
    for part in host[: -len(reg)].rstrip(".").split(".") if host.endswith(reg) else ():
        if part and part != "www":
            candidate = f"{part}.{sfx}"
            if brand := official_brand(candidate):
                return brand.name
            if found := find_lookalike(candidate):
                return found.brand
    return ""


def link_flags(links: tuple[Link, ...], sender_domain: str) -> list[LinkFlag]:
    common = rules().common["links"]
    own = registrable(sender_domain) if sender_domain else ""
    flags: list[LinkFlag] = []
    for link in links:
        url = _unwrapped(link.url, common["redirectors"])
        host = _host(url)
        if not host:
            continue
        path = url.lower().split(host, 1)[-1]
        if shown := _mismatch(link, host) or _disguised(host):
            flags.append(LinkFlag("inquiry.link_mismatch", url, shown))
        if share := _on(host, common["doc_share_hosts"]):
            flags.append(LinkFlag("inquiry.doc_share_link", url, share))
        elif registrable(host) != own and (imitated := _dressed(host)):
            # "docusign-secure-envelope.net", "walmart-vendor-portal.com": a page dressed as a service's or a chain's
            flags.append(LinkFlag("inquiry.brand_lookalike_link", url, imitated))
        elif short := _on(host, common["shorteners"]):
            flags.append(LinkFlag("inquiry.short_link", url, short))
        elif registrable(host) != own and (word := next((w for w in common["login_words"] if w in path), "")):
            flags.append(LinkFlag("inquiry.login_link", url, word))
        elif own and registrable(host) != own:
            flags.append(LinkFlag("inquiry.foreign_link", url, host, risky=False))
    return flags


def risky_attachments(attachments: tuple[Attachment, ...]) -> list[Attachment]:
    """Web pages, archives, programs and macro documents; also disguised names like ``order.pdf.exe``."""
    common = rules().common["attachments"]
    exts = tuple(common["risky_extensions"])
    types = set(common["risky_types"])
    out = []
    for att in attachments:
        name = att.filename.lower().strip()
        if name.endswith(exts) or att.content_type.lower() in types or ".." in name:
            out.append(att)
    return out


def _says(stem: str, words: list[str]) -> bool:
    # Latin words are whole parts of the name ("po" is not inside "photos"); others are read inside it.
    parts = set(re.split(r"[\W_]+", stem))
    return any(w in parts if w.isascii() else w in stem for w in words)


def picture_archive(att: Attachment) -> bool:
    """An archive named as the buyer's reference pictures or artwork, and as nothing an order, a claim or a
    payment would be (inquiry/common.toml [attachments]): scanned before opening, not a scam by its name."""
    common = rules().common["attachments"]
    stem, _, ext = att.filename.lower().strip().rpartition(".")
    if f".{ext}" not in common["picture_archive_extensions"] or "." in stem:  # "photos.pdf.zip" hides a type
        return False
    return _says(stem, common["picture_words"]) and not _says(stem, common["not_picture_words"])
