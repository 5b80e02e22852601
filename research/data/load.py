"""Readers for the data files: word lists and TOML tables, cached."""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Callable
from functools import cache, wraps
from importlib import resources
from typing import Any, TypeVar

T = TypeVar("T")


def once(load: Callable[[], T]) -> Callable[[], T]:
    """``load()`` run once per process, even when threads ask for it at the same moment (a batch's
    first inquiries do): ``functools.cache`` alone would let each thread load its own copy of a model."""
    lock = threading.Lock()
    done: list[T] = []

    @wraps(load)
    def get() -> T:
        if not done:
            with lock:
                if not done:
                    done.append(load())
        return done[0]

    return get


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
