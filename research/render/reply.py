"""A reply draft in the buyer's language (with a Chinese rendering for the rep), from the report.

The sentences are data (``research/data/reply/<lang>.toml``); this module picks them from the
verdict and the advice: the quote points with our terms on A and B, the questions the inquiry
leaves open, the documents to attach (certificates we hold that they asked for), a short reply
on C, a refusal on X. Pure: the rep edits the result before sending it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from research.data.load import toml_table
from research.render.contract import ReportDict
from research.render.decision import amounts

FALLBACK = "en"
# Signals that doubt the Reply-To: a reply there may reach someone other than the sender.
_REPLY_TO_DOUBTS = frozenset({"email.reply_to_differs", "email.reply_to_other_mailbox", "sender.reply_to_lookalike"})


@dataclass(frozen=True)
class Recipient:
    """Where the draft goes, and why there (a catalog code and its params; "" when it is simply the sender)."""

    address: str
    note: str = ""
    params: Mapping[str, str] = field(default_factory=dict)


def recipient(d: ReportDict) -> Recipient:
    """The mail's Reply-To when it belongs with the sender; the sender's own address when the checks doubt
    it (a mail program's Reply would still go to the Reply-To: the note says so)."""
    inq = d["inquiry"]
    sender, reply_to = str(inq.get("email") or "").strip(), str(inq.get("reply_to") or "").strip()
    if not reply_to or reply_to.lower() == sender.lower():
        return Recipient(sender)
    params = {"reply_to": reply_to, "email": sender}
    if not sender:
        return Recipient(reply_to, "page.reply.to_reply_to_only", params)
    if _REPLY_TO_DOUBTS & {s["code"] for s in d["signals"]}:
        return Recipient(sender, "page.reply.not_reply_to", params)
    return Recipient(reply_to, "page.reply.to_reply_to", params)


@cache
def languages() -> tuple[str, ...]:
    root = resources.files("research.data").joinpath("reply")
    return tuple(sorted(p.name.removesuffix(".toml") for p in root.iterdir() if p.name.endswith(".toml")))


def template(lang: str) -> Mapping[str, str]:
    return toml_table(f"reply/{lang if lang in languages() else FALLBACK}.toml")


def buyer_language(d: ReportDict) -> str:
    """The language to answer in: the inquiry's when we have its templates, else English."""
    lang = str(d["inquiry_analysis"].get("language") or "")
    return lang if lang in languages() else FALLBACK


def _fill(text: str, **params: Any) -> str:
    return text.format(**{k: v for k, v in params.items()})


def _has(d: ReportDict, kind: str) -> bool:
    return any(s["kind"] == kind for s in d["inquiry_analysis"].get("specifics", []))


def _codes(d: ReportDict) -> set[str]:
    return {s["code"] for s in d["signals"]}


def _questions(d: ReportDict, tpl: Mapping[str, str], terms_gap: Mapping[str, Any] | None) -> list[str]:
    out = []
    if not _has(d, "quantity"):
        out.append(tpl["q.quantity"])
    if not (_has(d, "port") or _has(d, "incoterm") or d["inquiry_analysis"].get("destination_country")):
        out.append(tpl["q.destination"])
    if not _has(d, "delivery"):
        out.append(tpl["q.delivery"])
    if not _has(d, "spec"):
        out.append(tpl["q.specs"])
    if _codes(d) & {"email.free_mail", "website.unreachable", "website.parked", "email.missing"}:
        out.append(tpl["q.company"])
    if terms_gap is not None:
        out.append(_fill(tpl["q.terms_gap"], theirs=terms_gap.get("theirs", "")))
    return out


def _terms_gap(d: ReportDict) -> Mapping[str, Any] | None:
    """The buyer's own words for credit terms, when the advice found a gap (same patterns as the advice)."""
    if not any(a["code"] == "advice.terms_gap" for a in d["advice"]):
        return None
    body = " ".join(str(d["inquiry"].get("body") or "").split())
    for pattern in toml_table("advice.toml").get("terms_gap", {}).get("buyer", ()):
        if m := re.search(pattern, body, re.I):
            return {"theirs": m.group(0).strip()}
    return None


def _documents(d: ReportDict) -> list[str]:
    return [str(c) for s in d["signals"] if s["code"] == "fit.certs_held" for c in s["params"].get("certs", [])]


def draft(d: ReportDict, lang: str, ours: Mapping[str, str] | None = None, our_lines: str = "") -> str:
    """The reply in ``lang``; "" when there is nothing to send."""
    tpl, ours = template(lang), ours or {}
    category = d["verdict"]["category"]
    name = str(d["inquiry"].get("display_name") or "").strip()
    lines = [_fill(tpl["greeting"], name=name) if name else tpl["greeting_anon"], ""]
    if category == "X":
        return "\n".join([*lines, tpl["decline"], "", tpl["closing"]])
    products = ", ".join(list(d["inquiry_analysis"].get("products", []))[:3])
    lines.append(_fill(tpl["thanks"], products=products) if products else tpl["thanks_general"])
    gap = _terms_gap(d)
    if category == "C":
        if our_lines:
            lines += ["", _fill(tpl["short"], our_lines=our_lines)]
        return "\n".join([*lines, "", tpl["closing"]])
    offer = [_fill(tpl["item"], items=amounts(d))] if amounts(d) else []
    for key in ("payment", "incoterms", "lead_time", "samples"):
        if ours.get(key):
            offer.append(_fill(tpl[key], **{key: ours[key]}))
    if offer:
        lines += ["", tpl["quote_intro"], *offer]
    questions = _questions(d, tpl, gap)
    if questions:
        lines += ["", tpl["questions_intro"], *questions]
    if docs := _documents(d):
        lines += ["", _fill(tpl["documents"], documents=", ".join(docs))]
    return "\n".join([*lines, "", tpl["closing"]])
