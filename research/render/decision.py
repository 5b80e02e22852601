"""The decision a rep asks their manager for: which actions, with the amounts and terms of each.

Read from the report dict (the contract) and our standard terms (the seller profile's ``[terms]``),
so the page's first screen, the PDF's first page and the reply draft say the same thing. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from research.render.contract import ReportDict
from research.render.formats import PDF_ACTIONS
from research.render.i18n import t

# Every action a manager can approve, in the order the approval block lists them.
ACTIONS = PDF_ACTIONS
# What is asked for by default, by category: the rep may change it before exporting.
RECOMMENDED: Mapping[str, tuple[str, ...]] = {
    "A": ("quote", "samples"),
    "B": ("quote",),
    "C": ("reply",),
    "X": ("decline", "blacklist"),
}
# Actions that make no sense on a scam or spam report: never ticked, never drafted.
NOT_ON_X = frozenset({"quote", "reply", "samples", "credit", "visit"})


@dataclass(frozen=True)
class Action:
    code: str  # one of ACTIONS
    label: str  # said in the report's language
    detail: str  # amounts and terms, or why; may be empty


def recommended(category: str) -> tuple[str, ...]:
    return RECOMMENDED.get(category, ("reply",))


def allowed(category: str) -> tuple[str, ...]:
    """The actions a manager may be asked for on this category (a scam gets no quote or samples)."""
    return tuple(a for a in ACTIONS if category != "X" or a not in NOT_ON_X)


def _advice(d: ReportDict, prefix: str) -> list[str]:
    return [a["message"] for a in d["advice"] if a["code"].startswith(prefix)]


def amounts(d: ReportDict) -> str:
    """What they asked for: products and quantities as written, and the incoterm."""
    ia = d["inquiry_analysis"]
    products = list(ia.get("products", []))[:3] or [m["our_line"] for m in d["fit"]["matched_products"]][:3]
    quantities = [q["text"] for q in ia.get("quantities", [])][:4]
    incoterms = list(ia.get("incoterms", []))[:2]
    parts = [", ".join(products), " + ".join(quantities), " / ".join(incoterms)]
    return " · ".join(p for p in parts if p)


def _terms(d: ReportDict, ours: Mapping[str, str], key: str, advice_prefix: str) -> str:
    lang = d["lang"]
    if ours.get(key):
        return f"{t('page.terms.' + key, lang)}: {ours[key]}"
    return "; ".join(_advice(d, advice_prefix))


def _detail(code: str, d: ReportDict, ours: Mapping[str, str]) -> str:
    lang, reasons = d["lang"], d["verdict"]["reasons"]
    if code == "quote":
        parts = [amounts(d), _terms(d, ours, "payment", "advice.terms.deposit"), _terms(d, ours, "lead_time", "-")]
        return " · ".join(p for p in parts if p)
    if code == "samples":
        return _terms(d, ours, "samples", "advice.terms.sample")
    if code == "credit":
        return "; ".join(_advice(d, "advice.terms.lc") + _advice(d, "advice.terms.prepay"))
    if code in ("decline", "blacklist"):
        return reasons[0]["message"] if reasons else ""
    if code == "reply":
        return t("page.reply_short_detail", lang) if d["verdict"]["category"] == "C" else ""
    return ""


def actions(d: ReportDict, chosen: Sequence[str] = (), ours: Mapping[str, str] | None = None) -> list[Action]:
    """The requested actions with their details; ``chosen`` (else the recommended ones) in ACTIONS order."""
    category = d["verdict"]["category"]
    wanted = set(chosen or recommended(category)) & set(allowed(category))
    lang = d["lang"]
    return [Action(a, t(f"action.{a}", lang), _detail(a, d, ours or {})) for a in ACTIONS if a in wanted]
