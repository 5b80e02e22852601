"""Message catalogs: ``<lang>/*.toml`` files of code = message, merged per language.

Messages are ``str.format`` templates over a signal's params. A missing
message falls back to English, then to the code itself, so a report is never
lost to a catalog gap (a test keeps the catalogs complete).
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import Any

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"


@cache
def catalog(lang: str) -> dict[str, str]:
    root = resources.files("research.render.i18n").joinpath(lang)
    merged: dict[str, str] = {}
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml"):
            merged.update(_flatten(tomllib.loads(entry.read_text("utf-8"))))
    return merged


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = str(value)
    return out


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _show(value: Any, lang: str) -> Any:
    """A param as text; ``{"code": ..., "params": ...}`` is itself a message, said in ``lang``."""
    if isinstance(value, Mapping) and "code" in value:
        return t(str(value["code"]), lang, value.get("params") or {})
    if isinstance(value, (list, tuple, set, frozenset)):
        # Items of a list are often codes ("incoterm", "china_office"): said by their "term." message.
        return (_LIST_SEP.get(lang, ", ")).join(str(_term(v, lang)) for v in value)
    if value is None:
        return "-"
    return value


_LIST_SEP = {"zh": "，", "en": ", "}


def _term(value: Any, lang: str) -> Any:
    return worded(value, lang) if isinstance(value, str) else _show(value, lang)


def worded(code: str, lang: str, prefix: str = "term.") -> str:
    """A code ("wholesale", "home") said by its ``prefix + code`` message in ``lang`` (English when that
    is missing); a code without one stays as it is, so nothing is lost."""
    key = prefix + code
    return catalog(lang).get(key) or catalog("en").get(key) or code


class _Formatter(string.Formatter):
    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        # A positional field in a catalog is a typo; show it rather than lose the message.
        return kwargs[key] if isinstance(key, str) else "{" + str(key) + "}"

    def format_field(self, value: Any, format_spec: str) -> str:
        try:
            return str(super().format_field(value, format_spec))
        except (ValueError, TypeError):
            return str(value)


_FMT = _Formatter()


def t(code: str, lang: str = DEFAULT_LANG, params: Mapping[str, Any] | None = None, **kw: Any) -> str:
    """The message for ``code`` in ``lang``, filled with ``params``."""
    lang = lang if lang in LANGS else DEFAULT_LANG
    template, label, fields = _message(code, lang)
    if label is not None:  # a label: most of a report's messages, nothing to fill
        return label
    values = _Params({k: _show(v, lang) for k, v in {**(params or {}), **kw}.items()})
    try:
        if fields is None:
            text = str(_FMT.vformat(template, (), values))
        else:
            text = "".join(literal + (_FMT.format_field(values[name], "") if name else "") for literal, name in fields)
    except (IndexError, KeyError, ValueError, AttributeError):
        return template
    # A list param that came out empty leaves "()" behind ("prepare audit documents ()"): drop it.
    return _drop_empty_brackets(text)


_Fields = tuple[tuple[str, str], ...]


@lru_cache(maxsize=8192)
def _message(code: str, lang: str) -> tuple[str, str | None, _Fields | None]:
    """``code``'s template in ``lang`` (English, then the code, when missing), read once: the text itself
    when it has no placeholders, else its (literal, name) pieces when every placeholder is a plain
    ``{name}`` (filled as ``string.Formatter`` would, without parsing the template on every call)."""
    template = catalog(lang).get(code) or catalog("en").get(code) or code
    if "{" not in template and "}" not in template:
        return template, _drop_empty_brackets(template), None
    try:
        parsed = list(_FMT.parse(template))
    except ValueError:
        return template, None, None
    if all(name is None or (name.isidentifier() and not spec and conv is None) for _, name, spec, conv in parsed):
        return template, None, tuple((literal, name or "") for literal, name, _, _ in parsed)
    return template, None, None


def _drop_empty_brackets(text: str) -> str:
    return _EMPTY_BRACKETS.sub("", text) if "(" in text or "（" in text else text


_EMPTY_BRACKETS = re.compile(r"\s*[(（]\s*[)）]")
