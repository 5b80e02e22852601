"""Sign-in on a team server: nobody sees the page until they have said who they are.

Two ways, chosen by the configuration: the company's identity provider through Streamlit's own OIDC
sign-in (``st.login``, configured in ``.streamlit/secrets.toml [auth]``), or the local users file
(``RESEARCH_USERS_FILE``, argon2 hashes; ``research/accounts.py``). One rep on their own machine (no
team mode) signs in to nothing: the page is theirs.

The signed-in user's name becomes the page's rep: on every report they run, every change and decision
they make. Their role decides what they see (``can``).
"""

from __future__ import annotations

import logging
from typing import Any

import streamlit as st

from research import accounts
from research.accounts import User
from research.errors import ResearchError
from research.settings import Settings, load_settings
from ui.common import show_error, tr

log = logging.getLogger(__name__)
_USER = "auth_user"
# What each role may do on the page; a rep sees the team's history, a manager also decides and edits.
_RIGHTS = {"rep": frozenset({"research", "history", "batch", "approvals"}),
           "manager": frozenset({"research", "history", "batch", "approvals", "decide", "profile"})}  # fmt: skip


def oidc_configured() -> bool:
    """An identity provider is set up in secrets.toml ([auth] with its redirect_uri)."""
    try:
        auth: Any = st.secrets.get("auth")
    except Exception:  # no secrets file at all: Streamlit raises its own not-found error
        return False
    return bool(auth) and "redirect_uri" in auth


def current() -> User | None:
    """Who is signed in on this browser session, or None."""
    user = st.session_state.get(_USER)
    return user if isinstance(user, User) else None


def can(right: str, settings: Settings | None = None) -> bool:
    """What the page may show: everything to one rep on their own machine; by role on a team server."""
    if not (settings or load_settings()).team_mode:
        return True
    user = current()
    return user is not None and right in _RIGHTS[user.role]


def require(settings: Settings) -> User | None:
    """On a team server: the signed-in user, else the sign-in and ``st.stop()``. None when not a team server."""
    if not settings.team_mode:
        return None
    user = current() or _from_identity_provider(settings)
    if user is None:
        _sign_in(settings)
        st.stop()
    st.session_state[_USER] = user
    st.session_state["rep"] = user.name  # the sidebar shows it; every report and change is theirs
    return user


def _from_identity_provider(settings: Settings) -> User | None:
    if not oidc_configured() or not st.user.get("is_logged_in"):
        return None
    email = str(st.user.get("email") or "")
    if not email:
        return None
    try:
        return accounts.from_identity_provider(settings.users_file or None, email, str(st.user.get("name") or ""))
    except ResearchError as exc:
        show_error(exc)
        return None


def _sign_in(settings: Settings) -> None:
    st.title(tr("auth.title"))
    st.caption(tr("auth.why"))
    if oidc_configured():
        st.button(tr("auth.with_provider"), key="auth_oidc", type="primary", on_click=st.login)
    if settings.users_file:
        with st.form("auth_form"):
            login = st.text_input(tr("auth.login"), key="auth_login")
            password = st.text_input(tr("auth.password"), type="password", key="auth_password")
            pressed = st.form_submit_button(tr("auth.sign_in"), type="primary", key="auth_submit")
        if pressed:
            _check(settings.users_file, login, password)
    elif not oidc_configured():
        st.error(tr("auth.not_configured"))


def _check(path: str, login: str, password: str) -> None:
    try:
        user = accounts.verify(path, login, password)
    except ResearchError as exc:
        show_error(exc)
        return
    if user is None:
        log.warning("failed sign-in for %r", login[:60])
        st.error(tr("auth.wrong"))
        return
    st.session_state[_USER] = user
    st.rerun()


def sign_out() -> None:
    user = current()
    for key in (_USER, "rep"):
        st.session_state.pop(key, None)
    if user is not None and user.via == "oidc":
        st.logout()


def sidebar(user: User | None) -> None:
    if user is None:
        return
    bar = st.sidebar
    bar.caption(tr("auth.signed_in", name=user.name, role=tr(f"auth.role.{user.role}")))
    bar.button(tr("auth.sign_out"), key="auth_out", on_click=sign_out)
