"""Pure functions over HTML and text: no I/O here."""
