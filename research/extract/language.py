"""Which language an inquiry is written in, short texts included.

Scripts decide first (Chinese, Arabic, Cyrillic are unambiguous and a two-word
message is still readable by script); Latin-script text goes to py3langid's
bundled model restricted to the languages we have phrase files for, which
keeps short texts from being read as some rare language.
"""

from __future__ import annotations

import re
from typing import Any

from research.data.load import once
from research.extract.inquiry_rules import languages

# (language, script, share of letters that decides). Kana first and at a low share: Japanese
# business mail is mostly kanji, which alone would read as Chinese.
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]"), 0.1),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), 0.3),
    ("zh", re.compile(r"[\u4e00-\u9fff]"), 0.3),
    ("ar", re.compile(r"[\u0600-\u06ff]"), 0.3),
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
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loaded once, on first use

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(languages()))
    return ident


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
