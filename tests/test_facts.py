"""The facts contract holds at run time: what every check produces on the lab's buyers and the corpus
has exactly the keys and types research/facts.py declares, and the rules written as data name real facts."""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints, is_typeddict

import pytest

from research import research
from research.data.load import toml_table
from research.facts import RECORDS, known_path
from research.profile import load_profile
from research.settings import load_settings
from research.types import Finding
from tests.assess.lab_buyers import LAB_BUYERS
from tests.corpus.corpus import load_corpus
from tests.helpers import lab_settings
from tests.lab.lab import Lab


def conforms(value: Any, hint: Any, path: str) -> list[str]:
    """Where ``value`` breaks ``hint`` (empty when it conforms)."""
    origin = get_origin(hint)
    if hint is Any:
        return []
    if origin in (typing.Union, types.UnionType):
        options = [conforms(value, h, path) for h in get_args(hint)]
        return [] if any(not o for o in options) else [f"{path}: {value!r} is none of {hint}"]
    if hint is type(None):
        return [] if value is None else [f"{path}: {value!r} is not None"]
    if is_typeddict(hint):
        if not isinstance(value, dict):
            return [f"{path}: {value!r} is not a record"]
        hints = get_type_hints(hint)
        out = [f"{path}.{k}: not in {hint.__name__}" for k in value if k not in hints]
        return out + [e for k, v in value.items() if k in hints for e in conforms(v, hints[k], f"{path}.{k}")]
    if origin is list:
        (item,) = get_args(hint)
        if not isinstance(value, list):
            return [f"{path}: {value!r} is not a list"]
        return [e for i, v in enumerate(value) for e in conforms(v, item, f"{path}[{i}]")]
    if origin is dict:
        _, item = get_args(hint)
        if not isinstance(value, dict):
            return [f"{path}: {value!r} is not a map"]
        return [e for k, v in value.items() for e in conforms(v, item, f"{path}.{k}")]
    allowed = (int, float) if hint is float else hint
    ok = isinstance(value, allowed) and not (hint in (int, float) and isinstance(value, bool))
    return [] if ok else [f"{path}: {value!r} is not {hint.__name__}"]


def _findings(lab: Lab, cache: Path) -> list[Finding]:
    decor = load_profile("home_decor")
    online = lab_settings(lab, cache)
    offline = load_settings(env={"RESEARCH_CACHE_DIR": str(cache)}, offline=True)
    out = []
    for buyer in LAB_BUYERS:
        out += research(buyer.inquiry, decor, online, save=False).findings
    for case in load_corpus():
        out += research(case.inquiry, decor, offline, save=False).findings
    return out


@pytest.fixture(scope="module")
def findings(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    return _findings(lab, tmp_path_factory.mktemp("facts"))


def test_every_check_produces_the_facts_it_declares(findings: list[Finding]) -> None:
    sources = {f.source for f in findings}
    assert {"email", "domain", "website", "inquiry", "platform", "fit"} <= sources
    broken = [e for f in findings for e in conforms(dict(f.facts), RECORDS[f.source], f.source)]  # type: ignore[index]
    assert broken == []


def test_every_source_has_a_record(findings: list[Finding]) -> None:
    assert {f.source for f in findings} <= set(RECORDS)


def test_the_checker_sees_a_wrong_fact() -> None:
    assert conforms({"reachable": "yes"}, RECORDS["website"], "website") == ["website.reachable: 'yes' is not bool"]
    assert conforms({"pages": [{"url": 1}]}, RECORDS["website"], "w")[0].startswith("w.pages[0].url")
    assert conforms({"founded": 1990}, RECORDS["website"], "w") == ["w.founded: not in WebsiteFacts"]


def _paths(table: Any) -> list[str]:
    if isinstance(table, dict):
        own = [v for k, v in table.items() if k in ("fact", "show", "differs_from") and isinstance(v, str)]
        return own + [p for v in table.values() for p in _paths(v)]
    if isinstance(table, list):
        return [p for v in table for p in _paths(v)]
    return []


def test_the_advice_rules_name_real_facts() -> None:
    paths = _paths(toml_table("advice.toml"))
    assert paths and [p for p in paths if not known_path(p)] == []
