"""Helpers shared by the page's modules: the language, the store, safe text."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from research.context import open_store
from research.errors import ResearchError
from research.profile import PROFILES_DIR
from research.render.i18n import t
from research.render.markdown import esc
from research.settings import load_settings
from research.store import Store
from research.store_api import HistoryStore


def lang() -> str:
    return str(st.session_state.get("lang", "zh"))


def tr(code: str, params: Mapping[str, Any] | None = None, **kw: Any) -> str:
    """The catalog message in the page's language."""
    return t(code, lang(), params, **kw)


def md(text: Any) -> str:
    """Untrusted text made inert for st.markdown (which runs with HTML off anyway)."""
    return esc(text)


def profiles_dir() -> Path:
    # Tests point this elsewhere so saving a profile never touches the repository.
    return Path(os.environ.get("RESEARCH_PROFILES_DIR") or PROFILES_DIR)


@st.cache_resource(show_spinner=False)
def _store_at(path: str, enabled: bool) -> Store:
    # One Store per database file for the whole server: it keeps a connection per thread.
    return Store(Path(path), enabled=enabled)


def store() -> HistoryStore | None:
    """The history database (the team's PostgreSQL, or this machine's SQLite), or None when it cannot be
    opened (the page says so)."""
    try:
        settings = load_settings()
        if settings.database_url:  # store_pg.connect keeps one pool per process and database
            return open_store(settings)
        return _store_at(str(settings.cache_path), settings.cache_enabled)
    except (ResearchError, OSError, sqlite3.Error):  # the page works on without a history, and says so
        return None


def show_error(exc: ResearchError, labels: Callable[[str], str] = str) -> None:
    params = exc.message_params()
    if "field" in params:  # name the field as the form labels it, not by its code name
        params = {**params, "field": labels(str(params["field"]))}
    st.error(tr(exc.code, params))
