"""Company identifiers in free text (a signature, an imprint, a footer): VAT, LEI, national numbers.

Each candidate is checked offline for format and check digit by python-stdnum. Pure: the kinds,
their labels and their shapes are data (research/data/identifiers.toml).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from stdnum.exceptions import InvalidChecksum, ValidationError

from research.data.load import toml_table
from research.extract.site_text import may_match

_AFTER_LABEL = 14  # the number starts this close after its label ("USt-IdNr.: ", "Company No. ")
_WINDOW = 40
_SNIPPET = 40
# Words written before a VAT number; an EU VAT number that fails its check digit counts only after one,
# since the bare shape (two letters and digits) turns up in part numbers too.
_VAT_WORDS = re.compile(
    r"(?:VAT|USt|UID|TVA|IVA|BTW|Moms|MwSt|DIČ|DIC|NIP|ALV|ΑΦΜ|ДДС|PVM|PVN|KMKR|Tax|Steuer)[^\n]{0,20}$", re.I
)


@dataclass(frozen=True)
class Identifier:
    kind: str  # a key of identifiers.toml: eu_vat, lei, gb_company, fr_siren ...
    country: str  # ISO code of the issuing country, "" when international (LEI)
    number: str  # compact: no spaces or punctuation, country prefix kept for VAT numbers
    valid: bool  # format and check digit hold
    error: str  # "" when valid; "checksum" or "format"
    snippet: str  # the text around it, as evidence
    register: str  # which register answers for it by number ("" for none)


@dataclass(frozen=True)
class _Kind:
    name: str
    module: ModuleType | None
    country: str
    labels: tuple[re.Pattern[str], ...]
    value: re.Pattern[str]
    register: str


@cache
def _kinds() -> tuple[_Kind, ...]:
    out = []
    for name, raw in toml_table("identifiers.toml")["kinds"].items():
        module = importlib.import_module(f"stdnum.{raw['module']}") if raw["module"] else None
        labels = tuple(re.compile(p, re.I) for p in raw["labels"])
        out.append(_Kind(name, module, raw["country"], labels, re.compile(raw["value"]), raw["register"]))
    return tuple(out)


def kinds() -> tuple[str, ...]:
    return tuple(k.name for k in _kinds())


def _check(kind: _Kind, raw: str) -> tuple[str, bool, str]:
    """(compact number, valid, error) by the kind's stdnum module."""
    module: Any = kind.module
    if module is None:
        return re.sub(r"[\s.\-/]", "", raw).upper(), True, ""
    compact = str(module.compact(raw))
    try:
        module.validate(raw)
    except InvalidChecksum:
        return compact, False, "checksum"
    except ValidationError:
        return compact, False, "format"
    return compact, True, ""


def _snippet(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - _SNIPPET) : end + 10].split())


def _labelled(kind: _Kind, text: str) -> list[tuple[int, int, str]]:
    found = []
    for label in kind.labels:
        for m in label.finditer(text) if may_match(label, text) else ():
            window = text[m.end() : m.end() + _WINDOW]
            v = kind.value.search(window)
            if v and v.start() <= _AFTER_LABEL and not re.search(r"[\n]", window[: v.start()]):
                found.append((m.start(), m.end() + v.end(), v.group(0)))
    return found


def _unlabelled(kind: _Kind, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in kind.value.finditer(text)]


def find(text: str) -> list[Identifier]:
    """Every identifier written in ``text``, once per kind and number, in order of appearance."""
    seen: dict[tuple[str, str], Identifier] = {}
    for kind in _kinds():
        spans = _labelled(kind, text) if kind.labels else _unlabelled(kind, text)
        for start, end, raw in sorted(spans):
            number, valid, error = _check(kind, raw)
            if not valid and not kind.labels and not _VAT_WORDS.search(text[max(0, start - 30) : start]):
                continue  # a bare shape that fails: a part number, not a VAT number
            country = kind.country or (number[:2].replace("EL", "GR") if kind.name == "eu_vat" else "")
            ident = Identifier(kind.name, country, number, valid, error, _snippet(text, start, end), kind.register)
            seen.setdefault((kind.name, number), ident)
    return sorted(seen.values(), key=lambda i: text.find(i.snippet[:10]))
