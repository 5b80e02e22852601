"""Which language an inquiry is written in, short texts included.

Scripts decide first (Chinese, Arabic, Cyrillic are unambiguous and a two-word
message is still readable by script); Latin-script text goes to py3langid's
bundled model restricted to the languages we have phrase files for and a few
we only tell apart from them (``detectable``), which keeps short texts from
being read as some rare language.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from array import array
from importlib import metadata
from pathlib import Path
from typing import Any

from research.data.load import once
from research.extract.inquiry_rules import languages, rules

# (language, script, share of letters that decides). Kana first and at a low share: Japanese
# business mail is mostly kanji, which alone would read as Chinese. Persian and Ukrainian before Arabic
# and Russian, by the letters only they use (پ چ ژ گ and the Persian ک ی; і ї є ґ): a few are enough.
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]"), 0.1),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), 0.3),
    ("zh", re.compile(r"[\u4e00-\u9fff]"), 0.3),
    ("fa", re.compile(r"[پچژگکی]"), 0.02),
    ("ar", re.compile(r"[\u0600-\u06ff]"), 0.3),
    ("uk", re.compile(r"[іїєґ]", re.I), 0.02),
    ("ru", re.compile(r"[а-яё]", re.I), 0.3),
    ("el", re.compile(r"[\u0370-\u03ff]"), 0.3),
    ("he", re.compile(r"[\u0590-\u05ff]"), 0.3),
    ("th", re.compile(r"[\u0e00-\u0e7f]"), 0.3),
)
_LETTERS = re.compile(r"[^\W\d_]", re.U)
_WORDS = re.compile(r"\S+")
# Addresses and links say nothing of the language. Whole words are dropped: a pattern like "\S+@\S+" tried
# at every position of a long word without spaces (100 KB of CJK text) took minutes.
_LINKISH = re.compile(r"@|https?://|www\.", re.I)


@once
def detectable() -> tuple[str, ...]:
    """What Latin-script text is read as: our languages, and those we only tell apart from them
    (inquiry/common.toml [language]), so a Swedish mail is not judged by German keywords."""
    told_apart = rules().common["language"]["told_apart"]
    return tuple(sorted({*languages(), *told_apart}))


@once
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loaded once, on first use

    restricted = load_restricted(detectable())
    if restricted is not None:
        ptc, pc, classes, nextmove, row, output = restricted
        return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)  # 0.5 s: 68 MB out of LZMA
    ident.set_languages(list(detectable()))
    return ident


# -- py3langid's model cut to our languages, stored uncompressed by the set-up (scripts/langid_model.py) --

RESTRICTED_DIR = Path(__file__).resolve().parent.parent / "data" / "derived"


def restricted_path(langs: tuple[str, ...]) -> Path:
    """Where the cut model for ``langs`` and the installed py3langid is: another version or another set
    of languages is another file, so a stale one is never read."""
    tag = hashlib.sha256(",".join(langs).encode()).hexdigest()[:12]
    return RESTRICTED_DIR / f"langid-{metadata.version('py3langid')}-{tag}.npz"


def load_restricted(langs: tuple[str, ...]) -> tuple[Any, ...] | None:
    """The model's arrays as ``LanguageIdentifier`` takes them, restricted to ``langs``; None when the
    set-up has not stored them (the bundled model is read then, the same figures, slower)."""
    import numpy as np

    try:
        with np.load(restricted_path(langs), allow_pickle=False) as data:
            nextmove = array(_TYPECODE[data["nextmove"].dtype.itemsize], data["nextmove"].tobytes())
            row = array(_TYPECODE[data["nextmove_row"].dtype.itemsize], data["nextmove_row"].tobytes())
            ptc, pc, classes = data["ptc"], data["pc"], data["classes"].tolist()
            return ptc, pc, classes, nextmove, row, data["out_feat"].tolist()
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return None


_TYPECODE = {2: "H", 4: "I", 8: "L"}  # py3langid's own mapping of unsigned widths to array codes


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1); ``("", 0.0)`` when there is nothing to read."""
    clean = _WORDS.sub(lambda m: " " if _LINKISH.search(m.group(0)) else m.group(0), text)
    letters = _LETTERS.findall(clean)
    if len(letters) < 2:
        return "", 0.0
    for code, rx, decides in _SCRIPTS:
        share = len(rx.findall(clean)) / len(letters)
        if share >= decides:
            return code, round(min(1.0, 0.5 + share), 2)
    code, prob = _identifier().classify(clean)
    return str(code), round(float(prob), 2)
