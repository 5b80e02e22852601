"""Shared helpers for tests: settings pointed at the lab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from research.rules import load_rules
from research.settings import Settings, load_settings
from research.types import Signal
from tests.lab.lab import Lab


def lab_settings(lab: Lab, cache_dir: Path, **overrides: Any) -> Settings:
    """Settings that reach only the lab, as the product would get them from RESEARCH_* variables."""
    env = {**lab.env(), "RESEARCH_CACHE_DIR": str(cache_dir)}
    return load_settings(env=env, **overrides)


def guarded_lab_settings(lab: Lab, cache_dir: Path, **overrides: Any) -> Settings:
    """The lab with the SSRF guard on: only loopback (the lab itself) is allowed."""
    return lab_settings(lab, cache_dir, allow_private_networks=False, private_allowlist=("127.0.0.0/8",), **overrides)


def weight(signal: Signal) -> float:
    """What the shipped scoring rules make of a signal (enrichers name signals; the rules weigh them)."""
    return load_rules().signal(signal.code).weight
