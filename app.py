"""Streamlit page: ``streamlit run app.py``. Thin: the layout lives in ui/, the logic in research/."""

from __future__ import annotations

from ui.main import main

main()
