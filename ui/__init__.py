"""The Streamlit page, split into small modules; ``app.py`` only calls ``ui.main.main``.

The library (research/) never imports Streamlit: everything here is layout
over research's functions, with every text from the message catalogs.
"""
