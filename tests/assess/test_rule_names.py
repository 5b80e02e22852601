"""The assessment's data files name only signal codes that the shipped rules define (no stand-ins)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from research.data.load import toml_table
from research.rules import load_rules


def named_codes(table: Mapping[str, Any], keys: tuple[str, ...] = ("signals", "unless")) -> Iterable[str]:
    """Every string in a list under one of ``keys``, anywhere in the table."""
    for key, value in table.items():
        if isinstance(value, Mapping):
            yield from named_codes(value, keys)
        elif isinstance(value, list):
            if key in keys:
                yield from (v for v in value if isinstance(v, str))
            for item in value:
                if isinstance(item, Mapping):
                    yield from named_codes(item, keys)


def test_advice_and_buyer_type_rules_name_real_signals() -> None:
    known = set(load_rules().signals)
    for name in ("advice.toml", "buyer_type.toml"):
        codes = set(named_codes(toml_table(name)))
        assert codes, name
        assert codes - known == set(), name


def test_category_rules_name_real_signals() -> None:
    rules = load_rules()
    assert rules.c_at_best <= set(rules.signals)
