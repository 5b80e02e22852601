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

from research.types import Report


def to_data(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    if isinstance(obj, dict | typing.Mapping):
        return {str(k): to_data(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [to_data(v) for v in obj]
    return obj


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
    return json.dumps(to_data(report), ensure_ascii=False)


def loads(text: str) -> Report:
    report: Report = from_data(Report, json.loads(text))
    return report
