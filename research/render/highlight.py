"""Split the inquiry text into plain and highlighted segments.

The phrases come from the inquiry check (its ``specifics`` and vague
phrases) and from the evidence snippets of scam signals. We only split the
text into segments: each renderer escapes every segment itself, so a phrase
can never smuggle markup in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from research.render.contract import ReportDict

# Overlapping matches: the first kind listed wins, a scam pattern before a detail.
KINDS = ("scam", "specific", "vague")
_MIN_LEN = 3
# The only characters outside ASCII that IGNORECASE matches with ASCII ones (İ, ı, ſ, the Kelvin sign): with
# none in a text, an ASCII phrase is found in its lower case (U+0130 alone changes length when lowered).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def phrases(report: ReportDict) -> list[tuple[str, str]]:
    """``(phrase, kind)`` pairs from a report dict (render.json.to_dict)."""
    ia = report["inquiry_analysis"]
    out = [(s["text"], "specific") for s in ia.get("specifics", [])]
    out += [(p, "vague") for p in ia.get("vague_phrases", [])]
    for s in report["signals"]:
        # Pressure ("confirm within 24 hours") counts against the buyer: marked as a warning, never as
        # a specific, even when a delivery pattern matched the same words.
        if s["source"] == "inquiry" and (s["red_flag"] or s.get("weight", 0) < 0):
            out += [(ev["snippet"].split(" -> ")[0], "scam") for ev in s["evidence"] if ev["kind"] == "text"]
            if s["params"].get("phrase"):
                out.append((str(s["params"]["phrase"]), "scam"))
    return [(p.strip(), k) for p, k in out if len(p.strip()) >= _MIN_LEN]


def segments(text: str, marks: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(text, kind)`` pieces covering ``text`` in order; kind ``""`` is plain."""
    spans: list[tuple[int, int, int, str]] = []
    lowered = None if _FOLDS_TO_ASCII.search(text) else text.lower()
    for phrase, kind in marks:
        rank = KINDS.index(kind) if kind in KINDS else len(KINDS)
        spans += [(start, -(end - start), rank, kind) for start, end in _found(phrase, text, lowered)]
    spans.sort(key=lambda s: (s[2], s[0], s[1]))
    taken: list[tuple[int, int, str]] = []
    for start, neg_len, _rank, kind in spans:
        end = start - neg_len
        if all(end <= a or start >= b for a, b, _ in taken):
            taken.append((start, end, kind))
    out, pos = [], 0
    for start, end, kind in sorted(taken):
        if start > pos:
            out.append((text[pos:start], ""))
        out.append((text[start:end], kind))
        pos = end
    if pos < len(text):
        out.append((text[pos:], ""))
    return out


def _found(phrase: str, text: str, lowered: str | None) -> list[tuple[int, int]]:
    """Where ``phrase`` is in ``text``, any case, each match after the one before (as ``re.finditer``).

    ``lowered``: ``text.lower()``, unless ``text`` holds a character IGNORECASE matches with an ASCII one.
    For an ASCII phrase, lower case is then all IGNORECASE does (and ``lower`` keeps every position), so a
    search needs no pattern compiled per phrase (a report has dozens, few of them seen before)."""
    if lowered is None or not phrase or not phrase.isascii():
        return [m.span() for m in re.finditer(re.escape(phrase), text, re.IGNORECASE)]
    needle, out = phrase.lower(), []
    at = lowered.find(needle)
    while at >= 0:
        out.append((at, at + len(needle)))
        at = lowered.find(needle, at + len(needle))
    return out
