"""Seller profiles: the shipped examples load, synonyms per language flatten, regions are allowed."""

from __future__ import annotations

from pathlib import Path

import pytest

from research.assess.market import expand
from research.errors import InputError
from research.profile import list_profiles, load_profile, parse_profile


@pytest.mark.parametrize("path", list_profiles(), ids=lambda p: p.stem)
def test_shipped_profiles_are_complete(path: Path) -> None:
    p = load_profile(path)
    assert p.company and p.certifications and len(p.product_lines) >= 4
    for line in p.product_lines:
        assert line.hs_codes and all(c.isdigit() and len(c) >= 4 for c in line.hs_codes)
        assert any(any("\u4e00" <= ch <= "\u9fff" for ch in s) for s in line.synonyms), line.name  # Chinese terms
        assert len(line.synonyms) >= 8, line.name  # several languages
    assert len(expand(p.target_markets)) > len(p.target_markets)  # uses regions
    assert {"buyer", "supplier", "date", "origin", "description", "hs_code"} <= set(p.customs_columns)


def test_synonyms_by_language_and_flat_lists_both_read() -> None:
    data = {
        "product_lines": [
            {"name": "Mugs", "synonyms": {"de": ["Tasse", "Becher"], "zh": "马克杯"}, "keywords": ["mug"]},
            {"name": "Plates", "synonyms": ["Teller"]},
        ],
        "markets": {"target": ["eu", "us"]},
    }
    p = parse_profile(data)
    assert p.product_lines[0].synonyms == ("Tasse", "Becher", "马克杯")
    assert p.product_lines[1].synonyms == ("Teller",)
    assert p.target_markets == ("EU", "US")


def test_unknown_and_broken_profiles_raise_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_profile(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[product_lines]]\nkeywords = ['x']\n", encoding="utf-8")  # no name
    with pytest.raises(InputError):
        load_profile(bad)
