"""What both history backends share: approval requests, the keys a buyer is matched by, the history's
searches (one text, the placeholder each driver wants), small rules.

Imported by ``store`` (SQLite) and ``store_pg`` (PostgreSQL); it imports neither.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from research.extract.company_names import normal
from research.extract.mail_hosts import is_shared

# What a rep may ask a manager to approve: render/decision.ACTIONS, the approval block's list (a test keeps them one).
APPROVAL_ACTIONS = ("quote", "reply", "samples", "credit", "visit", "decline", "blacklist")
APPROVAL_STATES = ("pending", "approved", "rejected")
_MIN_COMPANY_KEY = 5  # "abc" alone names no one: shorter keys link strangers


@dataclass(frozen=True)
class ApprovalRequest:
    """A rep's request for a manager's decision on one report; kept, decided or not."""

    id: int
    report_id: int
    actions: tuple[str, ...]
    requested_by: str
    requested_at: str
    request_note: str
    status: str  # pending, approved, rejected
    decided_by: str = ""
    decided_at: str = ""
    decision_note: str = ""

    @property
    def decided(self) -> bool:
        return self.status != "pending"


def approval_of(row: Sequence[Any]) -> ApprovalRequest:
    """An ApprovalRequest from the columns of ``APPROVAL_COLS``, in either backend."""
    rid, report_id, actions, by, at, note, status, dby, dat, dnote = row
    acts = tuple(a for a in str(actions).split(",") if a)
    return ApprovalRequest(int(rid), int(report_id), acts, by, at, note, status, dby, dat, dnote)


APPROVAL_COLS = (
    "id, report_id, actions, requested_by, requested_at, request_note, status, decided_by, decided_at, decision_note"
)


def check_request(actions: Iterable[str], by: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(a for a in actions if a))
    if not chosen or set(chosen) - set(APPROVAL_ACTIONS):
        raise ValueError(f"actions must be some of {APPROVAL_ACTIONS}: {chosen}")
    if not by.strip():
        raise ValueError("an approval request names who asks")
    return chosen


def check_decision(status: str, by: str, note: str) -> None:
    if status not in ("approved", "rejected"):
        raise ValueError(f"a decision is approved or rejected, not {status!r}")
    if not by.strip():
        raise ValueError("a decision names who decided")
    if status == "rejected" and not note.strip():
        raise ValueError("a rejection needs a note for the rep")


def company_key(company: str) -> str:
    """A company as the history compares it: "Harborline Imports LLC" and "HARBORLINE IMPORTS" are one."""
    key = normal(company)
    return key if len(key.replace(" ", "")) >= _MIN_COMPANY_KEY else ""


def site_key(website: str) -> str:
    """The buyer's website by its host, without ``www.``: "https://www.x.com/about" is "x.com"."""
    text = website.strip().lower()
    if not text:
        return ""
    host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    host = host.strip(".")
    return host[4:] if host.startswith("www.") else host


def newest_per_inquiry(rows: Iterable[Any], limit: int = 50) -> list[Any]:
    """Of several runs of one earlier inquiry only the newest counts (rows come newest first)."""
    seen: set[str] = set()
    out = []
    for r in rows:
        if r.inquiry_key and r.inquiry_key in seen:
            continue
        seen.add(r.inquiry_key)
        out.append(r)
    return out[:limit]


ROW_COLS = (
    "id, created_at, email, domain, company, phone, "
    "CASE WHEN override_category != '' THEN override_category ELSE category END, risk, note, stars, "
    "category, override_reason, display_name, phone_written, products, inquiry_key, rep, deleted_at, "
    "company_key, website"
)

# A phone as written, reduced in SQL to its digits the way digits() does in Python.
_DIGITS_OF_WRITTEN = "replace(replace(replace(replace(replace(phone_written,' ',''),'-',''),'+',''),'(',''),')','')"


def digits(phone: str) -> str:
    """A phone number reduced to its digits: "+1 214-555-0147" and "12145550147" are one number."""
    return re.sub(r"\D", "", phone)


def search_query(
    text: str, *, since: str, until: str, limit: int, include_deleted: bool, mark: str
) -> tuple[str, list[object]]:
    """By company or sender name, e-mail, domain, product, or phone as written (digits compared).

    ``mark`` is the driver's placeholder ("?" for SQLite, "%s" for psycopg)."""
    like = f"%{text.strip().lower()}%"
    where = [f"lower({col}) LIKE {mark}" for col in ("email", "company", "domain", "display_name", "products")]
    where += [f"phone LIKE {mark}", f"phone_written LIKE {mark}"]
    args: list[object] = [like] * len(where)
    # Phones as written ("+86 (571) 8888-1234") are compared by their digits, once there are enough of them
    # to mean a number; an empty pattern would match every row without a phone.
    if len(phone := digits(text)) >= 4:
        where += [f"{_DIGITS_OF_WRITTEN} LIKE {mark}", f"replace(phone,'+','') LIKE {mark}"]
        args += [f"%{phone}%"] * 2
    # Only fixed column names go into the text; every value is a bound parameter.
    sql = f"SELECT {ROW_COLS} FROM reports WHERE ({' OR '.join(where)}) AND created_at >= {mark}"  # noqa: S608
    args.append(since)
    if until:
        sql += f" AND created_at <= {mark}"
        args.append(until)
    if not include_deleted:
        sql += " AND deleted_at = ''"
    args.append(limit)
    return sql + f" ORDER BY id DESC LIMIT {mark}", args


def seen_before_query(
    *,
    email: str,
    domain: str,
    phone: str,
    company: str,
    website: str,
    before_id: int | None,
    inquiry_key: str,
    mark: str,
) -> tuple[str, list[object]] | None:
    """Earlier reports sharing the e-mail, domain, phone, company or website; None when nothing is given.

    A shared mail domain (gmail.com, qq.com) links nobody to anybody. Deleted reports and re-runs of the
    inquiry at hand (same ``inquiry_key``) are left out."""
    clauses: list[str] = []
    args: list[object] = []
    domain = "" if domain and is_shared(domain) else domain
    for col, val in (("email", email), ("domain", domain), ("phone", phone)):
        if val:
            clauses.append(f"lower({col}) = {mark}")
            args.append(val.lower())
    for col, val in (("company_key", company_key(company)), ("website", site_key(website))):
        if val:
            clauses.append(f"{col} = {mark}")
            args.append(val)
    if not clauses:
        return None
    # Only fixed column names go into the text; every value is a bound parameter.
    sql = f"SELECT {ROW_COLS} FROM reports WHERE ({' OR '.join(clauses)}) AND deleted_at = ''"  # noqa: S608
    if before_id is not None:
        sql += f" AND id < {mark}"
        args.append(int(before_id))
    if inquiry_key:
        sql += f" AND inquiry_key != {mark}"
        args.append(inquiry_key)
    return sql + " ORDER BY id DESC LIMIT 200", args


# Fields of a saved report a manager may correct (with a reason); the rest is evidence and stays.
CORRECTABLE = ("email", "domain", "company", "display_name", "phone", "phone_written")
CATEGORIES = ("A", "B", "C", "X")


def now() -> str:
    """The time of an event as the history keeps it: UTC, ISO 8601, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def inquiry_key(email: str, subject: str, body: str) -> str:
    """One inquiry, however often it is researched: the sender, subject and text, case and spacing folded."""
    text = "\n".join(" ".join(part.lower().split()) for part in (email, subject, body))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def buyer_key(email: str = "", domain: str = "", phone: str = "", company: str = "") -> str:
    """Who a buyer is, for notes and the known-customer mark: the e-mail, else the phone, else the company."""
    if email.strip():
        return "email:" + email.strip().lower()
    if digits(phone):
        return "phone:" + digits(phone)
    if domain.strip():
        return "domain:" + domain.strip().lower()
    return "company:" + " ".join(company.lower().split()) if company.strip() else ""


@dataclass(frozen=True)
class HistoryRow:
    id: int
    created_at: str
    email: str
    domain: str
    company: str
    phone: str
    category: str  # the category that counts: a manager's override, else the report's own
    risk: str
    note: str
    stars: int
    original_category: str = ""
    override_reason: str = ""
    display_name: str = ""
    phone_written: str = ""
    products: str = ""
    inquiry_key: str = ""
    rep: str = ""
    deleted_at: str = ""
    company_key: str = ""
    website: str = ""

    @property
    def buyer_key(self) -> str:
        return buyer_key(self.email, self.domain, self.phone_written or self.phone, self.company)

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True)
class HistoryEvent:
    id: int
    report_id: int
    buyer_key: str
    action: str  # delete, restore, correct, override, known_customer, not_customer, note
    detail: str
    reason: str
    by_whom: str
    at: str


@dataclass(frozen=True)
class BuyerNote:
    id: int
    buyer_key: str
    text: str
    by_whom: str
    at: str


@dataclass(frozen=True)
class KnownCustomer:
    buyer_key: str
    reason: str
    by_whom: str
    at: str


def matching_keys(meta: dict[str, str]) -> dict[str, str]:
    """The report's company and website as buyers are matched by (``company_key``, ``site_key``)."""
    return {**meta, "company_key": company_key(meta.get("company", "")), "website": site_key(meta.get("website", ""))}
