"""What both history backends share: approval requests, the keys a buyer is matched by, small rules.

Imported by ``store`` (SQLite) and ``store_pg`` (PostgreSQL); it imports neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from research.extract.company_names import normal

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
