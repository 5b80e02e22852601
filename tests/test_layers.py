"""The house's layers, read from the imports (every import, function-level ones too).

Bottom to top: the plain types, errors, settings and data files; the facts contract and the rules; pure
readers (extract); what opens sockets or files (net, store) and reads input; the run's context and signal
builders; the checks (enrich), each a leaf; the assessment; the renderers; the pipeline; the command
line and the page. A module imports only from its own layer or below, the checks never import each
other, and there are no import circles. docs/ARCHITECTURE.md draws the same picture.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LAYERS: tuple[tuple[str, ...], ...] = (
    ("research.errors", "research.types", "research.settings", "research.data", "research.threads"),
    ("research.facts", "research.rules"),
    ("research.extract",),
    (
        "research.net",
        "research.store",
        "research.store_repair",
        "research.store_common",
        "research.store_history",
        "research.store_api",
        "research.store_pg",
        "research.accounts",
        "research.serialize",
        "research.inputs",
        "research.profile",
        "research.history_export",
        "research.catalogue",
    ),
    ("research.signals", "research.context"),
    ("research.enrich",),
    ("research.assess",),
    ("research.render",),
    ("research.pipeline", "research"),
    ("research.batch", "research.cli", "research.cli_team", "research.__main__", "ui", "app"),
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    files = [*ROOT.joinpath("research").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py"), ROOT / "app.py"]
    return {module_name(p): p for p in files}


@cache
def imports(mod: str) -> frozenset[str]:
    """The project's modules that ``mod`` imports (resolved to the nearest known module)."""
    path = modules()[mod]
    package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*up, base] if base else up)
            names = [base, *(f"{base}.{a.name}" for a in node.names)]
        for name in names:
            while name and name not in modules():
                name = name.rpartition(".")[0]
            if name and name != mod and not mod.startswith(name + "."):
                out.add(name)
    return frozenset(out)


def layer(mod: str) -> int:
    best = -1, -1  # (length of the matching prefix, layer)
    for i, group in enumerate(LAYERS):
        for prefix in group:
            if (mod == prefix or mod.startswith(prefix + ".")) and len(prefix) > best[0]:
                best = len(prefix), i
    assert best[1] >= 0, f"{mod} is in no layer: add it to LAYERS and to docs/ARCHITECTURE.md"
    return best[1]


def enrichers() -> set[str]:
    """The checks: modules of research.enrich that define an ENRICHER."""
    return {m for m, p in modules().items() if m.startswith("research.enrich.") and "ENRICHER =" in p.read_text()}


def test_every_module_has_a_layer() -> None:
    for mod in modules():
        layer(mod)


def test_no_import_runs_up_a_layer() -> None:
    upward = sorted(
        f"{mod} ({layer(mod)}) -> {dep} ({layer(dep)})"
        for mod in modules()
        for dep in imports(mod)
        if layer(dep) > layer(mod)
    )
    assert upward == []


def test_the_checks_are_leaves() -> None:
    """An enricher imports no other enricher, and its helpers import none either."""
    checks = enrichers()
    assert {"research.enrich.email", "research.enrich.inquiry", "research.enrich.website"} <= checks
    crossing = sorted(
        f"{mod} -> {dep}"
        for mod in modules()
        if mod.startswith("research.enrich.")
        for dep in imports(mod) & checks
        if dep != mod
    )
    assert crossing == []


def test_the_library_never_imports_streamlit() -> None:
    for mod, path in modules().items():
        if mod.startswith("research"):
            assert "import streamlit" not in path.read_text("utf-8"), mod


def _cycles() -> list[list[str]]:
    graph = {m: sorted(imports(m)) for m in modules()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for m in graph:
        if m not in index:
            visit(m)
    return found


def test_no_import_circles() -> None:
    assert _cycles() == []
