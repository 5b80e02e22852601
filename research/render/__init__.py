"""Rendering a Report: JSON (the contract), Markdown, HTML, PDF; and the i18n catalogs."""
