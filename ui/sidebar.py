"""The sidebar: language, view, rep name, seller profile (choose, edit, save), offline switch."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from research.errors import InputError, ResearchError
from research.profile import parse_profile
from research.render.i18n import LANGS
from research.settings import load_settings
from ui.auth import can, current
from ui.common import profiles_dir, store, tr

VIEWS = ("research", "history", "batch", "approvals", "profile")
_NAME = re.compile(r"^[\w-]{1,40}$")
_LANG_NAMES = {"zh": "中文", "en": "English"}


@dataclass(frozen=True)
class Side:
    lang: str
    view: str
    rep: str
    profile: str  # a path to the profile's TOML, or "" for none
    offline: bool


def _save_profile(name: str, text: str) -> None:
    """Validate then write profiles/<name>.toml; the outcome goes to session state for the next run."""
    try:
        if not _NAME.match(name):
            raise InputError(name, code="ui.profile_bad_name", name=name)
        try:
            parse_profile(tomllib.loads(text), name)
        except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
            raise InputError(str(exc), code="input.bad_profile", path=name, detail=str(exc)) from exc
        folder = profiles_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    except InputError as exc:
        st.session_state["profile_msg"] = ("error", exc.code, exc.message_params())
        return
    except OSError as exc:
        st.session_state["profile_msg"] = ("error", "ui.profile_not_saved", {"detail": str(exc)})
        return
    st.session_state["profile_msg"] = ("success", "ui.profile_saved", {"name": name})
    # Applied before the profile box is drawn on the next run (a widget's value cannot change after it).
    st.session_state["profile_next"] = name
    remember("profile", name)


def save_profile(name: str, text: str) -> None:
    _save_profile(name, text)


def remember(name: str, value: str) -> None:
    """The rep's name and profile outlive the browser tab: kept in the history database (per user on a team
    server, whose database is everyone's)."""
    db = store()
    if db is not None:
        db.set_pref(_pref(name), value)


def _remembered(name: str) -> str:
    db = store()
    return db.get_pref(_pref(name)) if db is not None else ""


def _pref(name: str) -> str:
    user = current()
    return f"{user.login}/{name}" if user is not None else name


def _on_rep() -> None:
    remember("rep", str(st.session_state.get("rep", "")).strip())


def _on_profile() -> None:
    remember("profile", str(st.session_state.get("profile", "")))


def first_run() -> bool:
    """No rep name or profile chosen yet on this machine: the page asks for them first. Not on a team
    server: the rep is who signed in, and the team's profile is the manager's."""
    if load_settings().team_mode:
        return False
    return not (_remembered("rep") and _remembered("profile"))


def finish_first_run(rep: str, profile: str) -> None:
    # A callback (before the sidebar is drawn): sets the sidebar's own fields.
    st.session_state["rep"] = rep.strip()
    st.session_state["profile_next"] = profile
    remember("rep", rep.strip())
    remember("profile", profile)


def _on_save(name: str) -> None:
    # A callback: it runs before the widgets are drawn, so it may switch the selected profile.
    state = st.session_state
    _save_profile(str(state.get(f"profile_name_{name}", "")).strip(), str(state.get(f"profile_toml_{name}", "")))


def _profile_editor(name: str) -> None:
    path = profiles_dir() / f"{name}.toml"
    current = path.read_text(encoding="utf-8") if name and path.is_file() else ""
    with st.sidebar.expander(tr("ui.profile_edit")):
        st.text_input(tr("ui.profile_name"), value=name, key=f"profile_name_{name}")
        st.text_area(tr("ui.profile_toml"), value=current, height=260, key=f"profile_toml_{name}")
        st.button(tr("ui.profile_save"), key="profile_save", on_click=_on_save, args=(name,))
    msg = st.session_state.pop("profile_msg", None)
    if msg:
        kind, code, params = msg
        (st.sidebar.success if kind == "success" else st.sidebar.error)(tr(code, params))


def profile_names() -> list[str]:
    return sorted(p.stem for p in profiles_dir().glob("*.toml"))


def default_profile(names: list[str]) -> str:
    """The profile set in RESEARCH_PROFILE (or the settings file), when it is one of ours."""
    try:
        wanted = Path(load_settings().profile).stem
    except ResearchError:  # a broken settings file is reported where the research runs
        return ""
    return wanted if wanted in names else ""


def render() -> Side:
    bar = st.sidebar
    lang = bar.radio("语言 / Language", LANGS, format_func=_LANG_NAMES.__getitem__, horizontal=True, key="lang")
    server = load_settings()
    team = server.team_mode
    views = [v for v in VIEWS if can(v)]
    if st.session_state.get("view") not in views:
        st.session_state["view"] = views[0]
    view = bar.radio(tr("ui.view"), views, format_func=lambda v: tr(f"ui.view_{v}"), key="view")
    state = st.session_state
    if "rep" not in state:
        state["rep"] = _remembered("rep")
    # On a team server the rep is who signed in (ui/auth.py), never typed.
    rep = bar.text_input(tr("ui.rep"), key="rep", on_change=_on_rep, disabled=team)
    names = profile_names()
    if "profile_next" in state:
        state["profile"] = state.pop("profile_next")
    if "profile" not in state:
        state["profile"] = _remembered("profile") or default_profile(names)
    if state.get("profile") not in ("", *names):
        state["profile"] = ""
    profile = bar.selectbox(
        tr("ui.profile"),
        ["", *names],
        format_func=lambda n: n or tr("ui.profile_none"),
        key="profile",
        on_change=_on_profile,
    )
    if can("profile"):
        _profile_editor(profile)
    # A server set offline (RESEARCH_OFFLINE, an air-gapped machine) stays offline: the rep sees it ticked.
    offline = bar.checkbox(tr("ui.offline"), key="offline", value=server.offline, disabled=server.offline)
    offline = offline or server.offline
    path = str(profiles_dir() / f"{profile}.toml") if profile else ""
    return Side(lang=lang, view=view, rep=rep, profile=path, offline=offline)
