"""The inquiry itself, first pass: specific or vague, risky attachments and links."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from research.data.load import toml_table
from research.enrich.base import Enricher, finding, signal
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "inquiry_text"


@cache
def _patterns() -> dict[str, Any]:
    data = toml_table("inquiry/patterns.toml")
    return {
        "specific": {k: re.compile(v, re.I) for k, v in data["specific"].items()},
        "vague": tuple(p.lower() for p in data["vague"]["phrases"]),
        "attach": tuple(e.lower() for e in data["risky_attachments"]["extensions"]),
        "phish": tuple(p.lower() for p in data["phishing_links"]["phrases"]),
    }


def specifics(text: str) -> dict[str, str]:
    """Kind -> first matched text, for every kind of concrete detail found."""
    found = {}
    for kind, rx in _patterns()["specific"].items():
        if m := rx.search(text):
            found[kind] = m.group(0).strip()
    return found


def vague_phrases(text: str) -> list[str]:
    low = text.lower()
    return [p for p in _patterns()["vague"] if p in low]


def _attachment_signals(inquiry: Inquiry) -> list[Signal]:
    out = []
    for att in inquiry.attachments:
        name = att.filename.lower()
        if name.endswith(_patterns()["attach"]) or "html" in att.content_type.lower():
            ev = Evidence("header", "attachment", f"{att.filename} ({att.content_type})")
            out.append(signal(SOURCE, "inquiry.risky_attachment", ev, filename=att.filename))
    return out


def _link_signals(inquiry: Inquiry, text: str) -> list[Signal]:
    low = text.lower()
    lure = next((p for p in _patterns()["phish"] if p in low), None)
    if not lure:
        return []
    target = inquiry.links[0].url if inquiry.links else ""
    ev = Evidence("text", "body", lure + (f" -> {target}" if target else ""))
    return [signal(SOURCE, "inquiry.phishing_link", ev, phrase=lure, url=target)]


def _specificity_signal(found: dict[str, str], vague: list[str], text: str) -> Signal:
    ev = Evidence("text", "body", "; ".join(f"{k}: {v}" for k, v in found.items()) or "; ".join(vague))
    if len(text.strip()) < 15:
        return signal(SOURCE, "inquiry.empty", ev)
    if len(found) >= 3:
        return signal(SOURCE, "inquiry.specific", ev, count=len(found), kinds=", ".join(found))
    if len(found) >= 1 and len(found) >= len(vague):
        return signal(SOURCE, "inquiry.some_detail", ev, count=len(found), kinds=", ".join(found))
    return signal(SOURCE, "inquiry.vague", ev, phrases=", ".join(vague[:3]))


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    text = f"{inquiry.subject}\n{inquiry.body}"
    found, vague = specifics(text), vague_phrases(text)
    facts = {
        "specificity": min(100, 20 * len(found)),
        "specifics": found,
        "vague_phrases": vague,
        "links": [link.url for link in inquiry.links],
        "attachments": [a.filename for a in inquiry.attachments],
        "scam_patterns": [],
    }
    signals = [_specificity_signal(found, vague, text)]
    risky = _attachment_signals(inquiry) + _link_signals(inquiry, text)
    facts["scam_patterns"] = [s.code for s in risky]
    return finding(SOURCE, facts, signals + risky)


ENRICHER = Enricher(SOURCE, run, network=False)
