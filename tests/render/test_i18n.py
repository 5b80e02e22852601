"""The catalogs: complete in both languages, placeholders consistent."""

from __future__ import annotations

import re
import string

import pytest

from research.render.i18n import LANGS, catalog, t
from research.rules import load_rules

_FIELDS = string.Formatter()


def _placeholders(text: str) -> set[str]:
    return {f for _, f, _, _ in _FIELDS.parse(text) if f}


def test_both_languages_have_the_same_keys() -> None:
    assert set(catalog("zh")) == set(catalog("en"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_signal_has_a_message(lang: str) -> None:
    missing = [code for code in load_rules().signals if code not in catalog(lang)]
    assert missing == []


def test_placeholders_match_between_languages() -> None:
    zh, en = catalog("zh"), catalog("en")
    diff = {k: (_placeholders(en[k]), _placeholders(zh[k])) for k in en if _placeholders(en[k]) != _placeholders(zh[k])}
    assert diff == {}


def test_no_positional_placeholders() -> None:
    bad = [k for lang in LANGS for k, v in catalog(lang).items() if re.search(r"\{\d*\}", v)]
    assert bad == []


def test_missing_params_do_not_lose_the_message() -> None:
    assert "{domain}" in t("email.free_mail", "en")
    assert t("email.free_mail", "zh", domain="qq.com").startswith("免费邮箱")
    assert t("no.such.code", "en") == "no.such.code"
    assert t("email.free_mail", "xx", domain="a.com") == t("email.free_mail", "zh", domain="a.com")


def test_a_message_is_filled_as_str_format_would_fill_it() -> None:
    # Codes missing from the catalogs are their own template: every kind of placeholder, as str.format says.
    assert t("{n:03d} pcs {unit!r} {{literal}}", "en", n=7, unit="box") == "007 pcs 'box' {literal}"
    assert t("{n} pcs of {what}", "en", n=2.5) == "2.5 pcs of {what}"
    assert t("{n:d} pcs", "en", n="many") == "many pcs"  # a spec that does not fit shows the value
    assert t("{0} pcs {", "en", n=1) == "{0} pcs {"  # a broken template is shown as it is
    assert t("ask ({items})", "en", items=[]) == "ask"


def test_lists_are_joined() -> None:
    assert "a, b" in t("inquiry.some_detail", "en", kinds=["a", "b"])


def test_a_param_can_itself_be_a_message_in_the_reports_language() -> None:
    hints = [{"code": "website.size.stores", "params": {"value": 118}}]
    assert t("website.large_company", "en", {"hints": hints}).endswith("118 stores")
    assert t("website.large_company", "zh", {"hints": hints}).endswith("门店 118 家")


def test_every_kind_of_inquiry_detail_is_said_in_words() -> None:
    """Issue 16 problem 7: "包含 9 类明确信息（incoterm, certification, spec…）" on the Chinese page."""
    from research.extract.inquiry_read import _KIND_POINTS

    for lang in ("zh", "en"):
        missing = [k for k in _KIND_POINTS if f"term.{k}" not in catalog(lang)]
        assert not missing, (lang, missing)
    said = t("inquiry.specific", "zh", count=2, kinds=["incoterm", "rfq"])
    assert "incoterm" not in said and "rfq" not in said and "贸易术语" in said
