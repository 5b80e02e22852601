"""The inquiry form: paste or drop the e-mail, check the fields we pulled out, add platform data.

Pasting or dropping fills the editable fields at once (callbacks run before
the page is drawn), so the rep sees and corrects what we understood before
pressing Research.
"""

from __future__ import annotations

import contextlib
from typing import Any

import streamlit as st

from research import inputs
from research.errors import ResearchError
from research.types import Inquiry
from ui.common import tr

# The page shows every inquiry field but Reply-To up front; Reply-To sits with the platform card.
FIELDS = tuple(f for f in inputs.INQUIRY_FIELDS if f != "reply_to")
_PLATFORM = inputs.PLATFORM_FIELDS


def _label(name: str) -> str:
    return f"ui.field.{name}"


def _fill(inquiry: Inquiry) -> None:
    for name in inputs.INQUIRY_FIELDS:
        value = getattr(inquiry, name)
        if value:
            st.session_state[f"f_{name}"] = value


def _on_paste() -> None:
    st.session_state.pop("input_error", None)
    with contextlib.suppress(ResearchError):  # nothing recognisable yet: the rep is still typing
        _fill(inputs.from_text(st.session_state.get("paste", "")))


def parse_upload(name: str, data: bytes, **fields: Any) -> Inquiry:
    if name.lower().endswith(".msg"):
        return inputs.from_msg_bytes(data, name, **fields)
    return inputs.from_eml_bytes(data, name, **fields)


def _on_upload() -> None:
    st.session_state.pop("input_error", None)
    upload = st.session_state.get("upload")
    if upload is None:
        return
    try:
        _fill(parse_upload(upload.name, upload.getvalue()))
    except ResearchError as exc:
        st.session_state["input_error"] = (exc.code, exc.message_params())


def render() -> bool:
    """Draw the form; True when the rep pressed Research."""
    for name in inputs.INQUIRY_FIELDS + _PLATFORM:
        st.session_state.setdefault(f"f_{name}", "")
    st.text_area(tr("ui.inquiry_text"), key="paste", height=200, on_change=_on_paste)
    st.file_uploader(tr("ui.upload"), type=["eml", "msg"], key="upload", on_change=_on_upload)
    if err := st.session_state.get("input_error"):
        st.error(tr(err[0], err[1]))
    st.caption(tr("ui.fields_hint"))
    cols = st.columns(3)
    for i, name in enumerate(FIELDS):
        cols[i % 3].text_input(tr(_label(name)), key=f"f_{name}")
    with st.expander(tr("ui.platform")):
        p = st.columns(len(_PLATFORM))
        p[0].selectbox(
            tr(_label("verified")),
            ["", "yes", "no"],
            key="f_verified",
            format_func=lambda v: tr(f"ui.verified_{v or 'na'}"),
        )
        for col, name in zip(p[1:], _PLATFORM[1:], strict=True):
            col.text_input(tr(_label(name)), key=f"f_{name}")
        st.text_input(tr(_label("reply_to")), key="f_reply_to")
    return bool(st.button(tr("ui.run"), type="primary", key="run"))


def build_inquiry() -> Inquiry:
    """The Inquiry from what is on the form; the fields as edited win over the text or file."""
    state = st.session_state
    fields: dict[str, Any] = {k: str(state.get(f"f_{k}", "")).strip() for k in inputs.INQUIRY_FIELDS}
    fields = {k: v for k, v in fields.items() if v}
    platform = inputs.platform_stats({k: state.get(f"f_{k}") or None for k in _PLATFORM})
    if not platform.is_empty():
        fields["platform"] = platform
    upload = state.get("upload")
    if upload is not None:
        return parse_upload(upload.name, upload.getvalue(), **fields)
    text = str(state.get("paste", ""))
    if text.strip():
        return inputs.from_text(text, **fields)
    return inputs.from_fields(**fields)


def field_label(name: str) -> str:
    """The form's label for a field name an InputError mentions (e.g. account_age_years)."""
    known = name in inputs.INQUIRY_FIELDS or name in _PLATFORM
    return tr(_label(name)) if known else name
