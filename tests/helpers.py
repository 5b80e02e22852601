"""Shared helpers for tests: settings pointed at the lab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from research.rules import load_rules
from research.settings import Settings, load_settings
from research.types import Signal
from tests.lab.lab import Lab

# The lab's own address: with only it allowed, 127.0.0.1 plays the public internet and every
# other loopback address (127.0.0.2, ::1) plays the inside a hostile site aims at.
LAB_PUBLIC = "127.0.0.1/32"


def lab_settings(lab: Lab, cache_dir: Path, **overrides: Any) -> Settings:
    """Settings that reach only the lab, as the product would get them from RESEARCH_* variables."""
    env = {**lab.env(), "RESEARCH_CACHE_DIR": str(cache_dir)}
    return load_settings(env=env, **overrides)


def guarded_lab_settings(lab: Lab, cache_dir: Path, **overrides: Any) -> Settings:
    """The lab with the SSRF guard on: only the lab's own address is allowed."""
    return lab_settings(lab, cache_dir, allow_private_networks=False, private_allowlist=(LAB_PUBLIC,), **overrides)


def hostile_lab_settings(lab: Lab, cache_dir: Path, **overrides: Any) -> Settings:
    """The guard on, only the lab's own address allowed, no cache (every connection resolves
    again, as a DNS rebinding attack needs), no RDAP fallback unless a test asks for it."""
    base: dict[str, Any] = {
        "allow_private_networks": False,
        "private_allowlist": (LAB_PUBLIC,),
        "cache_enabled": False,
        "rdap_base": "",
    }
    return lab_settings(lab, cache_dir, **{**base, **overrides})


def weight(signal: Signal) -> float:
    """What the shipped scoring rules make of a signal (enrichers name signals; the rules weigh them)."""
    return load_rules().signal(signal.code).weight
