"""Streamlit page: form in, report out. Thin: no logic of its own."""

from __future__ import annotations

from typing import Any

import streamlit as st

from research import inputs, research
from research.errors import ResearchError
from research.pipeline import Progress
from research.profile import list_profiles, load_profile
from research.render import markdown
from research.render.i18n import LANGS, t
from research.render.json import to_json
from research.settings import load_settings
from research.types import Inquiry


def _sidebar() -> tuple[str, str, bool]:
    lang = st.sidebar.radio(
        "语言 / Language", LANGS, format_func=lambda x: {"zh": "中文", "en": "English"}[x], horizontal=True
    )
    names = [p.stem for p in list_profiles()]
    profile = st.sidebar.selectbox(
        t("ui.profile", lang), ["", *names], format_func=lambda n: n or t("ui.profile_none", lang)
    )
    offline = st.sidebar.checkbox(t("ui.offline", lang))
    return lang, profile, offline


def _form(lang: str) -> dict[str, Any] | None:
    with st.form("inquiry"):
        text = st.text_area(t("ui.inquiry_text", lang), height=200)
        upload = st.file_uploader(t("ui.upload", lang), type=["eml", "msg"])
        c1, c2 = st.columns(2)
        fields = {
            "email": c1.text_input(t("ui.email", lang)),
            "company": c2.text_input(t("ui.company", lang)),
            "display_name": c1.text_input(t("ui.name", lang)),
            "website": c2.text_input(t("ui.website", lang)),
            "phone": c1.text_input(t("ui.phone", lang)),
            "country": c2.text_input(t("ui.country", lang)),
        }
        with st.expander(t("ui.platform", lang)):
            p1, p2 = st.columns(2)
            platform = {
                "verified": p1.selectbox(t("ui.verified", lang), ["", "yes", "no"]),
                "account_age_years": p2.text_input(t("ui.account_age", lang)),
                "products_viewed_90d": p1.text_input(t("ui.products_viewed", lang)),
                "inquiries_sent_90d": p2.text_input(t("ui.inquiries_sent", lang)),
                "ip_country": p1.text_input(t("ui.ip_country", lang)),
            }
        if not st.form_submit_button(t("ui.run", lang), type="primary"):
            return None
    return {"text": text, "upload": upload, "fields": fields, "platform": platform}


def _inquiry(data: dict[str, Any]) -> Inquiry:
    fields = {k: v for k, v in data["fields"].items() if v}
    platform = inputs.platform_stats(data["platform"])
    if not platform.is_empty():
        fields["platform"] = platform
    upload = data["upload"]
    if upload is not None:
        raw = upload.getvalue()
        if upload.name.lower().endswith(".msg"):
            return inputs.from_msg_bytes(raw, upload.name, **fields)
        return inputs.from_eml_bytes(raw, upload.name, **fields)
    if data["text"].strip():
        return inputs.from_text(data["text"], **fields)
    return inputs.from_fields(**fields)


def _run(data: dict[str, Any], lang: str, profile_name: str, offline: bool) -> None:
    try:
        settings = load_settings(lang=lang, offline=offline)
        inquiry = _inquiry(data)
        profile = load_profile(profile_name or None)
    except ResearchError as exc:
        st.error(t(exc.code, lang, exc.message_params()))
        return
    with st.status(t("ui.running", lang), expanded=True) as status:

        def progress(p: Progress) -> None:
            name = t(f"source.{p.source}", lang)
            if p.finding is not None:
                status.write(t("ui.check_finished", lang, source=name, status=t(f"status.{p.finding.status}", lang)))

        report = research(inquiry, profile, settings, on_progress=progress)
        status.update(
            label=t("ui.done", lang, seconds=f"{report.timings['total_ms'] / 1000:.1f}"),
            state="complete",
            expanded=False,
        )
    st.session_state["report"] = report


def _show(lang: str) -> None:
    report = st.session_state.get("report")
    if report is None:
        return
    # Markdown from our renderer escapes every untrusted string before display.
    st.markdown(markdown.render(report, lang))
    c1, c2 = st.columns(2)
    c1.download_button(t("ui.download_json", lang), to_json(report, lang), "report.json", "application/json")
    c2.download_button(t("ui.download_md", lang), markdown.render(report, lang), "report.md", "text/markdown")


def main() -> None:
    st.set_page_config(page_title="Buyer research", page_icon="🔎", layout="wide")
    lang, profile, offline = _sidebar()
    st.title(t("ui.title", lang))
    st.caption(t("ui.subtitle", lang))
    data = _form(lang)
    if data is not None:
        _run(data, lang, profile, offline)
    _show(lang)


main()
