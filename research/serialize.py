"""A Report to plain JSON data and back, language-neutral, for the history.

The rendered JSON contract (render/json.py) is in one language; history keeps
codes and params so a reopened report renders in whichever language the rep
picks later.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any

from research.rules import load_rules
from research.types import Report

_PLAIN = (str, int, float, bool, type(None))


def to_data(obj: Any) -> Any:
    if isinstance(obj, _PLAIN):  # most of a report: asked first, it is a third of the time of a save
        return obj
    if isinstance(obj, dict):
        return {str(k): to_data(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set | frozenset):
        return [to_data(v) for v in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {name: to_data(getattr(obj, name)) for name in _field_names(type(obj))}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, typing.Mapping):
        return {str(k): to_data(v) for k, v in obj.items()}
    return obj


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if not f.metadata.get("transient"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    import research.types as rt

    return typing.get_type_hints(cls, vars(rt))


def _build(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        args = typing.get_args(tp)
        return tuple(_build(args[0], v) for v in value) if args else tuple(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_data(tp, value)
    if tp is datetime:
        return datetime.fromisoformat(value)
    return value


def from_data(cls: type, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: _build(hints[k], v) for k, v in data.items() if k in names})


def dumps(report: Report) -> str:
    """``json.dumps(to_data(report))``, at half the cost: the C encoder walks the dicts, lists and strings
    itself and calls back only for the dataclasses, dates and sets inside them."""
    return json.dumps(report, ensure_ascii=False, default=_plain)


def _plain(obj: Any) -> Any:
    """One level of what ``to_data`` makes of an object the JSON encoder does not know."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {name: getattr(obj, name) for name in _field_names(type(obj))}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, set | frozenset):
        return list(obj)
    if isinstance(obj, typing.Mapping):
        return {str(k): v for k, v in obj.items()}
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


def loads(text: str) -> Report:
    report: Report = from_data(Report, upgrade(json.loads(text)))
    return report


_RENAMED_SOURCES = {"inquiry_text": "inquiry"}
# Facts that older reports kept twice, under a second name; the first name stays.
_DUPLICATES = {"email": ("provider",), "domain": ("parked_ns",), "website": ("founded",)}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """A report saved by an older version, in today's shape: the inquiry check's new name, each fact
    under one name, and signals weighed at assessment (older reports weighed them in each finding)."""
    findings = data.get("findings") or []
    for f in findings:
        f["source"] = _RENAMED_SOURCES.get(f.get("source", ""), f.get("source", ""))
        facts = f.get("facts") or {}
        for key in _DUPLICATES.get(f["source"], ()):
            facts.pop(key, None)
        if isinstance(look := facts.get("lookalike"), dict):
            facts["lookalike_of"] = look.pop("official_domain", facts.get("lookalike_of"))
        for s in f.get("signals") or ():
            s["source"] = _RENAMED_SOURCES.get(s.get("source", ""), s.get("source", ""))
    if "signals" not in data:
        data["signals"] = [_scored(s) for f in findings for s in f.get("signals") or ()]
    timings = data.get("timings") or {}
    for old, new in _RENAMED_SOURCES.items():
        if f"{old}_ms" in timings:
            timings[f"{new}_ms"] = timings.pop(f"{old}_ms")
    return data


def _scored(signal: dict[str, Any]) -> dict[str, Any]:
    """An older report's signal, with the red-flag and veto marks it was shown with (the shipped rules)."""
    rules = load_rules()
    rule = rules.signals.get(str(signal.get("code")))
    marks = {"red_flag": rule.red_flag, "veto": rule.veto} if rule else {}
    return {**signal, **marks}
