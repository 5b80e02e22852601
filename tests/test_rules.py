"""Signal codes, scoring rules, patterns and messages agree: a new pattern is data, and nothing dangles.

Codes come from two places: literally in the code (``signal(SOURCE, "domain.no_mx", ...)``), or from a
data file's keys (each ``[scam]``/``[business]`` key of research/data/inquiry/<lang>.toml and each
``[combine]`` table of common.toml raises ``inquiry.<key>``, each business model and home-page state of
research/data/website/ raises ``website.<name>``). Every one needs a scoring rule and a message in both
languages, and every scoring rule must name a code that something can raise.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from research.data.load import toml_table
from research.extract.inquiry_rules import languages
from research.extract.site_model import business_models, site_states
from research.render.i18n import LANGS, catalog
from research.rules import load_rules

RESEARCH = Path(__file__).resolve().parent.parent / "research"
_PREFIXES = (
    "email.",
    "sender.",
    "domain.",
    "website.",
    "inquiry.",
    "attachments.",
    "platform.",
    "history.",
    "customs.",
    "fit.",
    "registers.",
    "archive.",
    "location.",
    "sanctions.",
)


def _strings(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def literal_codes() -> set[str]:
    """Every string in the package's code that looks like a signal code."""
    return {s for p in RESEARCH.rglob("*.py") for s in _strings(p) if s.startswith(_PREFIXES) and " " not in s}


def pattern_codes() -> dict[str, str]:
    """Signal code -> the data file whose key raises it."""
    out = {}
    for lang in languages():
        table = toml_table(f"inquiry/{lang}.toml")
        for section in ("scam", "business"):
            out.update({f"inquiry.{key}": f"inquiry/{lang}.toml [{section}]" for key in table.get(section, {})})
    out.update({f"inquiry.{k}": "inquiry/common.toml [combine]" for k in toml_table("inquiry/common.toml")["combine"]})
    out.update({f"website.{m}": "website/business_model.toml" for m in business_models()})
    out.update({f"website.{s}": "website/states.toml" for s in site_states()})
    return out


def signal_calls() -> set[str]:
    """Codes passed literally to ``signal(...)``: each is raised somewhere."""
    codes = set()
    for path in RESEARCH.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "signal" and len(node.args) >= 2:
                code = node.args[1]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    codes.add(code.value)
    return codes


def test_every_pattern_key_has_a_scoring_rule() -> None:
    rules = load_rules()
    missing = {code: where for code, where in pattern_codes().items() if code not in rules.signals}
    assert missing == {}


@pytest.mark.parametrize("lang", LANGS)
def test_every_pattern_key_has_a_message(lang: str) -> None:
    missing = {code: where for code, where in pattern_codes().items() if code not in catalog(lang)}
    assert missing == {}


def test_every_code_raised_in_the_code_has_a_scoring_rule() -> None:
    assert signal_calls() - set(load_rules().signals) == set()


def test_every_scoring_rule_names_a_code_something_can_raise() -> None:
    can_raise = literal_codes() | set(pattern_codes())
    assert set(load_rules().signals) - can_raise == set()


def test_every_cue_is_read_by_the_inquiry_check() -> None:
    """A ``[cue]`` key counts only where research/enrich/inquiry.py reads it by name: none may be forgotten."""
    read = set(_strings(RESEARCH / "enrich" / "inquiry.py"))
    cues = {key for lang in languages() for key in toml_table(f"inquiry/{lang}.toml").get("cue", {})}
    assert cues and cues - read == set()


def test_the_scam_and_cue_tables_do_not_overlap() -> None:
    for lang in languages():
        table = toml_table(f"inquiry/{lang}.toml")
        assert set(table.get("scam", {})) & set(table.get("cue", {})) == set(), lang


def test_a_new_pattern_needs_no_python() -> None:
    """What the recipe in docs/ARCHITECTURE.md promises: a key in a language file raises its own signal."""
    from research.enrich.inquiry import analyse
    from research.extract.inquiry_rules import Pattern, rules
    from research.types import Inquiry

    scam = rules().scam  # the compiled [scam] tables, as loaded from the files
    scam["test_pattern"] = (Pattern(r"\bpurple elephant invoice\b"),)
    try:
        facts, signals = analyse(Inquiry(body="Please pay the purple elephant invoice today."))
    finally:
        del scam["test_pattern"]
    assert "inquiry.test_pattern" in {s.code for s in signals}
    assert "inquiry.test_pattern" in facts["scam_patterns"]


def test_every_inquiry_pattern_compiles() -> None:
    """Patterns compile on their first search; a broken one in a data file must fail here, not in a rep's check."""
    from research.extract.inquiry_read import every_pattern

    assert all(rx.compiled.pattern == rx.pattern for rx in every_pattern())
