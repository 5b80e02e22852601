"""Reading enrichers' facts by source, tolerant of absence (see the facts contract)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from research.types import Finding

# The inquiry enricher's findings carry source "inquiry_text" today; the contract calls it "inquiry".
_ALIASES: dict[str, tuple[str, ...]] = {"inquiry": ("inquiry", "inquiry_text")}


def facts_of(findings: Sequence[Finding], source: str) -> Mapping[str, Any]:
    """The facts of the first finding from ``source``; empty when there is none."""
    names = _ALIASES.get(source, (source,))
    return next((f.facts for f in findings if f.source in names), {})


def fact(findings: Sequence[Finding], path: str) -> Any:
    """``"website.address"`` -> that fact, or None when absent or empty."""
    source, _, key = path.partition(".")
    return facts_of(findings, source).get(key) or None


def records(value: Any) -> list[Mapping[str, Any]]:
    """The dict items of a list fact; anything else (a bare string, None) is skipped, not a crash."""
    if not isinstance(value, (list, tuple)):
        return []
    return [v for v in value if isinstance(v, Mapping)]


def strings(value: Any) -> list[str]:
    """A list fact as strings (a single string counts as one item)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if not isinstance(value, (list, tuple)):
        return []
    return [str(v) for v in value if isinstance(v, (str, int, float)) and str(v).strip()]
