"""Plain-text helpers every reader shares: folding for comparison, scripts written without spaces. Pure."""

from __future__ import annotations

import re
import unicodedata

# Scripts written without spaces between words (jamo, kana, Han, hangul and their compatibility and
# half-width forms), as a regex class body: a number or legal form glued to a word is still one.
CJK_CHARS = (
    "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
)
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
# Arabic writes conjunctions and prepositions onto the word (والكويت, بالجملة): no word boundary either.
_BOUNDLESS = re.compile(f"[{CJK_CHARS}\u0600-\u06ff]")


def fold(text: str) -> str:
    """Lower case without accents, for comparing names: 'España' -> 'espana'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def has_cjk(text: str) -> bool:
    return CJK_RUN.search(text) is not None


def boundless(phrase: str) -> bool:
    """Whether a phrase is matched without word boundaries (CJK, kana, hangul, Arabic)."""
    return _BOUNDLESS.search(phrase) is not None


# An e-mail address; group 1 is its domain. It starts only where a local part can start: without the
# look-behind, a 40 KB word without "@" was scanned from each of its letters (8 s for one pasted inquiry).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")

# Bidi overrides, embeddings and isolates reorder what follows them: "invoice\u202efdp.exe" reads "invoiceexe.pdf".
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def show_controls(text: str) -> str:
    """Untrusted text with its bidi control characters written as code points, so a file name reads as it is."""
    return _BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", text)
