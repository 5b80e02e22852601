"""The report formats a command or a batch can write, each imported only when asked for."""

from __future__ import annotations

from research.types import Report

TEXT_FORMATS = ("json", "md", "html")
BINARY_FORMATS = ("pdf",)
# What a PDF asks a manager to approve; here, not in pdf.py, so the command line names them without fpdf.
# In the order the approval block lists them (research/render/decision.py says which suit a category).
PDF_ACTIONS = ("quote", "reply", "samples", "credit", "visit", "decline", "blacklist")


def render_text(report: Report, fmt: str, lang: str) -> str:
    """The report as JSON (the contract), Markdown or one self-contained HTML file."""
    if fmt == "md":
        from research.render import markdown

        return markdown.render(report, lang)
    if fmt == "html":
        from research.render import html

        return html.render(report, lang)
    from research.render.json import to_json

    return to_json(report, lang)
