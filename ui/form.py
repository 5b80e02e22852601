"""The inquiry form: paste or drop the e-mail, check the fields we pulled out, add platform data.

Pasting or dropping fills the editable fields at once (callbacks run before
the page is drawn), so the rep sees and corrects what we understood before
pressing Research. A new text or file is a new inquiry: every field and the
report on screen are cleared first, so nothing of the last buyer is carried
over to the next one (or saved under its name).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from research import inputs
from research.errors import InputError, ResearchError
from research.extract.internal_note import note_words
from research.types import Inquiry
from ui.common import tr

# Every inquiry field is up front, Reply-To included: the answer goes there, so the rep must see it.
FIELDS = inputs.INQUIRY_FIELDS
_PLATFORM = inputs.PLATFORM_FIELDS


def _label(name: str) -> str:
    return f"ui.field.{name}"


# What belongs to one inquiry in the session: cleared together when another one starts.
_REPORT_KEYS = ("report", "report_id", "input_error", "pending", "reply_draft", "reply_lang")


def upload_key() -> str:
    # A file uploader cannot be emptied through session state: a new inquiry gets a new one.
    return f"upload_{st.session_state.get('upload_gen', 0)}"


def clear_fields() -> None:
    state = st.session_state
    for name in inputs.INQUIRY_FIELDS + _PLATFORM:
        state[f"f_{name}"] = ""
    state["f_no_email"] = False
    state["f_not_note"] = False
    for key in _REPORT_KEYS:
        state.pop(key, None)
    for key in [k for k in state if str(k).startswith("reply_text_")]:
        del state[key]


def new_inquiry() -> None:
    """The "New inquiry" button: an empty form, no report, a fresh file drop."""
    clear_fields()
    st.session_state["paste"] = ""
    st.session_state["upload_gen"] = int(st.session_state.get("upload_gen", 0)) + 1


def _fill(inquiry: Inquiry) -> None:
    clear_fields()
    for name in inputs.INQUIRY_FIELDS:
        value = getattr(inquiry, name)
        if value:
            st.session_state[f"f_{name}"] = value


def _on_paste() -> None:
    text = str(st.session_state.get("paste", ""))
    try:
        _fill(inputs.from_text(text))
    except ResearchError as exc:  # nothing recognisable yet (the rep is still typing), or too long
        clear_fields()
        if exc.code != "input.nothing":
            st.session_state["input_error"] = (exc.code, exc.message_params())


def parse_upload(name: str, data: bytes, **fields: Any) -> Inquiry:
    if name.lower().endswith(".msg"):
        return inputs.from_msg_bytes(data, name, **fields)
    return inputs.from_eml_bytes(data, name, **fields)


def _on_upload() -> None:
    upload = st.session_state.get(upload_key())
    clear_fields()
    if upload is None:
        return
    try:
        _fill(parse_upload(upload.name, upload.getvalue()))
    except ResearchError as exc:
        st.session_state["input_error"] = (exc.code, exc.message_params())


def _css_string(text: str) -> str:
    """A CSS string literal: every character but letters, digits and spaces as a hex escape, so a catalog
    text can neither end the string nor the style block. (JSON quoting is no CSS: "\\u9009" reads as "u9009".)"""
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text) + '"'


def _uploader_words() -> None:
    """Streamlit's uploader says "Upload" and "200MB per file" in English only: its own words are hidden,
    ours (from the catalog) shown instead. CSS only."""
    label = _css_string(tr("page.upload_button"))
    words = "[data-testid=stFileUploaderDropzone] button [data-testid=stMarkdownContainer] p"
    st.html(
        "<style>[data-testid=stFileUploaderDropzoneInstructions]{display:none}"
        f"{words}{{font-size:0}}{words}::after{{content:{label};font-size:14px}}</style>"
    )


def _request_run() -> None:
    # A callback, so the run that follows already lays the page out for a report (form folded).
    st.session_state["pending"] = True
    st.session_state.pop("input_error", None)


def render() -> None:
    """Draw the form; the Research button asks for a run (``pending``) through its callback."""
    for name in inputs.INQUIRY_FIELDS + _PLATFORM:
        st.session_state.setdefault(f"f_{name}", "")
    st.text_area(tr("ui.inquiry_text"), key="paste", height=200, on_change=_on_paste)
    st.file_uploader(tr("ui.upload"), type=["eml", "msg"], key=upload_key(), on_change=_on_upload)
    _uploader_words()
    st.caption(tr("page.upload_hint"))
    err = st.session_state.get("input_error")
    if err:
        st.error(tr(err[0], err[1]))
    if (err and err[0] == "input.internal_note") or st.session_state.get("f_not_note"):
        st.checkbox(tr("page.not_a_note"), key="f_not_note")
    st.caption(tr("ui.fields_hint"))
    cols = st.columns(3)
    for i, name in enumerate(FIELDS):
        cols[i % 3].text_input(tr(_label(name)), key=f"f_{name}")
    cols[len(FIELDS) % 3].checkbox(tr("page.no_email"), key="f_no_email")
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
    st.button(tr("ui.run"), type="primary", key="run", on_click=_request_run)


def build_inquiry() -> Inquiry:
    """The Inquiry from what is on the form; the fields as edited win over the text or file.

    The e-mail is checked before any research (InputError), and an inquiry without one runs only
    when the rep says it came without one (a platform inquiry)."""
    state = st.session_state
    fields: dict[str, Any] = {k: str(state.get(f"f_{k}", "")).strip() for k in inputs.INQUIRY_FIELDS}
    fields = {k: v for k, v in fields.items() if v}
    inputs.check_email(fields.get("email", ""))
    inputs.check_email(fields.get("reply_to", ""))
    platform = inputs.platform_stats({k: state.get(f"f_{k}") or None for k in _PLATFORM})
    if not platform.is_empty():
        fields["platform"] = platform
    inquiry = _parse(fields)
    # A note to a colleague about a buyer would be judged as if our colleague were the buyer.
    if not state.get("f_not_note") and (words := note_words(inquiry.body)):
        raise InputError("a note to a colleague", code="input.internal_note", words=" … ".join(words))
    if not inquiry.email.strip() and not state.get("f_no_email"):
        raise InputError("no e-mail", code="input.no_email", field="email")
    return inquiry


def _parse(fields: dict[str, Any]) -> Inquiry:
    state = st.session_state
    upload = state.get(upload_key())
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
