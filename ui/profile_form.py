"""The seller profile as a form a manager can fill: company, certificates, markets, terms and product
lines (a table), importable from a catalogue spreadsheet. Saved as the same TOML the CLI reads."""

from __future__ import annotations

import tomllib
from typing import Any

import streamlit as st

from research import catalogue
from research.errors import InputError, ResearchError
from ui.common import profiles_dir, show_error, tr

_COLS = ("name", "keywords", "hs_codes", "moq")


def _load(name: str) -> catalogue.ProfileForm:
    path = profiles_dir() / f"{name}.toml"
    if name and path.is_file():
        try:
            return catalogue.from_toml(tomllib.loads(path.read_text("utf-8")), name)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            pass  # a broken file is fixed in the TOML editor; the form starts empty
    return catalogue.ProfileForm(profile_name=name or "my_company")


def _table(lines: tuple[catalogue.Line, ...]) -> list[dict[str, str]]:
    return [
        {"name": ln.name, "keywords": ", ".join(ln.keywords), "hs_codes": ", ".join(ln.hs_codes), "moq": ln.moq}
        for ln in lines
    ]


def _import(key: str) -> None:
    upload = st.session_state.get(f"pf_catalogue_{key}")
    if upload is None:
        return
    try:
        lines = catalogue.lines_from_catalogue(upload.getvalue(), upload.name)
    except ResearchError as exc:
        st.session_state["pf_import_error"] = (exc.code, exc.message_params())
        return
    st.session_state.pop("pf_import_error", None)
    st.session_state[f"pf_imported_{key}"] = _table(tuple(lines))


def _lines(rows: Any) -> tuple[catalogue.Line, ...]:
    records = rows.to_dict("records") if hasattr(rows, "to_dict") else list(rows)
    return tuple(
        catalogue.Line(
            name=str(r.get("name") or "").strip(),
            keywords=catalogue.split(str(r.get("keywords") or "")),
            hs_codes=catalogue.split(str(r.get("hs_codes") or "")),
            moq=str(r.get("moq") or "").strip(),
        )
        for r in records
        if str(r.get("name") or "").strip()
    )


def render(name: str, save: Any) -> None:
    """The form for profile ``name``; ``save(name, toml_text)`` validates and writes it."""
    form = _load(name)
    key = name or "new"
    st.markdown(f"**{tr('page.profile.form')}**")
    c = st.columns(2)
    new_name = c[0].text_input(tr("ui.profile_name"), value=name or "", key=f"pf_name_{key}")
    company = c[1].text_input(tr("page.profile.company"), value=form.company, key=f"pf_company_{key}")
    certs = c[0].text_input(tr("page.profile.certs"), ", ".join(form.certifications), key=f"pf_certs_{key}")
    moq = c[1].text_input(tr("page.profile.moq"), form.moq, key=f"pf_moq_{key}")
    target = c[0].text_input(tr("page.profile.target"), ", ".join(form.target), key=f"pf_target_{key}")
    excluded = c[1].text_input(tr("page.profile.excluded"), ", ".join(form.excluded), key=f"pf_excluded_{key}")
    terms = {
        t: (c[i % 2].text_input(tr(f"page.terms.{t}"), form.terms.get(t, ""), key=f"pf_terms_{t}_{key}"))
        for i, t in enumerate(catalogue.TERMS)
    }
    st.file_uploader(
        tr("page.profile.import"), type=["xlsx", "csv"], key=f"pf_catalogue_{key}", on_change=_import, args=(key,)
    )
    if err := st.session_state.get("pf_import_error"):
        st.error(tr(err[0], err[1]))
    rows = st.session_state.get(f"pf_imported_{key}") or _table(form.lines)
    config = {c: st.column_config.TextColumn(tr(f"page.profile.col.{c}")) for c in _COLS}
    edited = st.data_editor(
        rows or [dict.fromkeys(_COLS, "")],
        num_rows="dynamic",
        column_config=config,
        key=f"pf_lines_{key}_{len(rows)}",
        width="stretch",
    )
    if st.button(tr("page.profile.save"), key=f"pf_save_{key}", type="primary"):
        done = catalogue.ProfileForm(
            profile_name=new_name.strip(),
            company=company.strip(),
            certifications=catalogue.split(certs),
            target=catalogue.split(target),
            excluded=catalogue.split(excluded),
            moq=moq.strip(),
            terms={k: v.strip() for k, v in terms.items()},
            lines=_lines(edited),
            extra=form.extra,
        )
        if not done.lines:
            show_error(InputError("no lines", code="page.profile.no_lines"))
            return
        save(new_name.strip(), catalogue.to_toml(done))
        st.rerun()
