"""Readers for the data files: word lists and TOML tables, cached."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def word_list(name: str) -> frozenset[str]:
    """Lines of ``research/data/<name>``, lower case, without comments and blanks."""
    text = resources.files("research.data").joinpath(name).read_text("utf-8")
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line)


@cache
def toml_table(name: str) -> dict[str, Any]:
    text = resources.files("research.data").joinpath(name).read_text("utf-8")
    return tomllib.loads(text)
