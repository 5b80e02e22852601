"""Bank accounts a mail gives for the seller to pay into. Pure.

Buyers pay suppliers; a mail to a supplier that names an account holder and an account number is how
a fee, refund, overpayment or diversion scam collects, in any language. The holder labels are data
(inquiry/common.toml [payee]); the account is read by its shape (an IBAN, or eight digits or more near the
holder), so the check reads every language alike. The seller's own account, quoted back by a buyer who
pays it, is not a payee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from research.extract.company_names import similarity
from research.extract.inquiry_rules import rules
from research.extract.text import fold

# An IBAN (country, check digits, 11-30 letters and digits, grouped or not), or a run of eight digits or
# more that spaces, dots or dashes may split: an account number, which a phone number near a holder's
# label would also match, so the label decides.
_ACCOUNT = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b|(?<!\d)\d(?:[ .\-]?\d){7,}(?!\d)")
_NEAR = 4  # lines before and after the holder's line where its account number is looked for
_OURS = 75  # name similarity (company_names.similarity) at or above which the holder is the seller


@dataclass(frozen=True)
class Payee:
    """One account holder the mail names, with the line that names it (the evidence)."""

    label: str
    holder: str
    line: str


@cache
def _holder_line() -> re.Pattern[str]:
    labels = sorted((fold(w) for w in rules().common["payee"]["holder_labels"]), key=len, reverse=True)
    names = "|".join(re.escape(w) for w in labels)
    return re.compile(rf"^[\s\-*•·]*({names})\s*[:：]\s*(\S.{{1,100}})$")


def payees(text: str) -> list[Payee]:
    """Account holders named with an account number near them, in the order the mail names them."""
    lines = text.splitlines()
    found: list[Payee] = []
    for i, line in enumerate(lines):
        m = _holder_line().match(fold(line))
        if not m:
            continue
        near = "\n".join(lines[max(0, i - _NEAR) : i + _NEAR + 1]).upper()
        if _ACCOUNT.search(near):
            holder = re.split("[:：]", line, maxsplit=1)[1].strip()
            found.append(Payee(m.group(1), holder, line.strip()))
    return found


def is_ours(holder: str, seller: str) -> bool:
    """Whether the holder is the seller itself: a buyer quoting our account back, to pay it."""
    return bool(seller) and similarity(holder, seller) >= _OURS
