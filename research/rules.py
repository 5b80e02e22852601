"""The rules the assessment applies, as data: ``scoring.toml`` (weights, red flags, category
thresholds), ``advice.toml`` and ``buyer_type.toml`` (in ``research/data/``).

Loaded once and passed (``Context.rules``, ``assess(rules=...)``), never fetched from a global by
the code that applies them: a manager's edited copy weighs exactly as the shipped one would.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from research.data.load import toml_table
from research.errors import ConfigError
from research.types import DIMENSIONS, Dimension


@dataclass(frozen=True)
class SignalRule:
    code: str
    dimension: Dimension
    weight: float
    red_flag: bool = False
    veto: bool = False
    votes: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Rules:
    base: Mapping[str, float]
    risk_high_below: float
    risk_medium_below: float
    x_authenticity_below: float
    category_a: Mapping[str, float]
    category_b_min_authenticity: float
    category_b_any: Mapping[str, float]
    top_reasons: int
    signals: Mapping[str, SignalRule]
    x_min_red_flags: int = 0  # 0: red flags alone never make an X
    a_max_red_flags: int = 99
    b_min_value: float = 0.0
    x_low_authenticity_min_red_flags: int = 0
    # Each route: every minimum in it must hold (b_all may be one table or a list of them).
    category_b_routes: tuple[Mapping[str, float], ...] = ()
    c_fit_below: float = 0.0
    c_at_best: frozenset[str] = frozenset()
    b_at_best: frozenset[str] = frozenset()
    # Ways to prove identity, one of which "low" risk needs: groups of alternatives ("a|b") that must all hold.
    low_needs_any: tuple[tuple[frozenset[str], ...], ...] = ()
    second_opinion: Mapping[str, Any] = field(default_factory=dict)
    raw: Mapping[str, Any] = field(default_factory=dict)  # the whole file, for tables like [fit], [customs]
    advice: Mapping[str, Any] = field(default_factory=dict)  # advice.toml
    buyer_type: Mapping[str, Any] = field(default_factory=dict)  # buyer_type.toml

    def table(self, name: str) -> Mapping[str, Any]:
        value = self.raw.get(name, {})
        return value if isinstance(value, Mapping) else {}

    def signal(self, code: str) -> SignalRule:
        try:
            return self.signals[code]
        except KeyError:
            raise ConfigError(code, code="config.unknown_signal", signal=code) from None


def _signal_rule(code: str, raw: Mapping[str, Any]) -> SignalRule:
    dim = raw.get("dimension")
    if dim not in DIMENSIONS:
        raise ConfigError(f"{code}: dimension {dim!r}", code="config.bad_rules", key=code)
    return SignalRule(
        code=code,
        dimension=dim,
        weight=float(raw.get("weight", 0)),
        red_flag=bool(raw.get("red_flag", False)),
        veto=bool(raw.get("veto", False)),
        votes={k: float(v) for k, v in raw.get("votes", {}).items()},
    )


def parse_rules(data: Mapping[str, Any]) -> Rules:
    cat = data["category"]
    return Rules(
        base={d: float(data["scores"]["base"][d]) for d in DIMENSIONS},
        risk_high_below=float(data["risk"]["high_below"]),
        risk_medium_below=float(data["risk"]["medium_below"]),
        x_authenticity_below=float(cat["x_authenticity_below"]),
        x_low_authenticity_min_red_flags=int(cat.get("x_low_authenticity_min_red_flags", 0)),
        category_a={k: float(v) for k, v in cat["a_min"].items()},
        category_b_min_authenticity=float(cat["b_min_authenticity"]),
        category_b_any={k: float(v) for k, v in cat["b_any"].items()},
        top_reasons=int(data["reasons"]["top"]),
        signals={code: _signal_rule(code, raw) for code, raw in data["signals"].items()},
        x_min_red_flags=int(cat.get("x_min_red_flags", 0)),
        a_max_red_flags=int(cat.get("a_max_red_flags", 99)),
        b_min_value=float(cat.get("b_min_value", 0)),
        category_b_routes=_routes(cat.get("b_all", ())),
        c_fit_below=float(cat.get("c_fit_below", 0)),
        c_at_best=frozenset(str(c) for c in cat.get("c_at_best", ())),
        b_at_best=frozenset(str(c) for c in cat.get("b_at_best", ())),
        low_needs_any=tuple(
            tuple(frozenset(alt.split("|")) for alt in group) for group in data["risk"].get("low_needs_any", ())
        ),
        second_opinion=dict(data.get("second_opinion", {})),
        raw=dict(data),
    )


@cache
def load_rules(path: str | None = None) -> Rules:
    """The rules in ``path`` (a scoring.toml), or the ones shipped with the package; advice and
    buyer-type rules always come with the package."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = resources.files("research.data").joinpath("scoring.toml").read_text("utf-8")
    try:
        rules = parse_rules(tomllib.loads(text))
    except (KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(str(exc), code="config.bad_rules", key=str(exc)) from exc
    return replace(rules, advice=toml_table("advice.toml"), buyer_type=toml_table("buyer_type.toml"))


def _routes(raw: Any) -> tuple[Mapping[str, float], ...]:
    tables = [raw] if isinstance(raw, dict) else list(raw)
    return tuple({str(k): float(v) for k, v in t.items()} for t in tables)
