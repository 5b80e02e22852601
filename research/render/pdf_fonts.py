"""The fonts bundled for the PDF, and which one draws each run of characters.

fpdf2's own fallback fonts garble text once a bold style is mixed in (fpdf2
issue 1772), so we never use them: each run of characters gets the first
bundled font whose character map has those characters. The fonts ship in
``render/fonts/`` under their licences (see the README there), so the PDF
looks the same on Windows without any system font.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from fontTools.ttLib import TTFont


@dataclass(frozen=True)
class Family:
    name: str
    regular: str
    bold: str  # the regular file again where the family has no bold cut


# Order matters: the first family that has a character draws it. Latin,
# Cyrillic and Greek come first, Arabic next, and the CJK font last as it
# also has (less pretty) Latin glyphs.
FAMILIES: tuple[Family, ...] = (
    Family("noto", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Family("arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Family("cjk", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
)
BASE = FAMILIES[0].name


def font_path(filename: str) -> Path:
    return Path(str(resources.files("research.render").joinpath("fonts", filename)))


@cache
def charmap(filename: str) -> frozenset[int]:
    font = TTFont(font_path(filename), lazy=True)
    try:
        return frozenset(font.getBestCmap() or {})
    finally:
        font.close()


def _family_of(ch: str) -> str | None:
    code = ord(ch)
    for fam in FAMILIES:
        if code in charmap(fam.regular):
            return fam.name
    return None


def _neutral(ch: str) -> bool:
    # Spaces, digits and punctuation stay in the current run when its font has
    # them, so "标准 2.1 版" is not chopped into five pieces.
    return unicodedata.category(ch)[0] in "ZNP" or ch in "+-/=%\n\t"


def clean(text: str) -> str:
    """Drop control characters (a pasted e-mail may hold any byte) but keep line breaks."""
    return "".join(ch for ch in text.replace("\r\n", "\n") if ch == "\n" or unicodedata.category(ch)[0] != "C")


def runs(text: str) -> Iterator[tuple[str, str]]:
    """``(family, chunk)`` pairs covering ``text``; characters no font has become "?"."""
    current, buf = BASE, list[str]()
    for ch in clean(text):
        fam = current if ch in "\n\t" else _family_of(ch)
        if fam is None:
            ch, fam = "?", BASE
        if fam != current and not (_neutral(ch) and ord(ch) in charmap(_file(current))):
            if buf:
                yield current, "".join(buf)
            current, buf = fam, []
        buf.append(ch)
    if buf:
        yield current, "".join(buf)


def _file(family: str) -> str:
    return next(f.regular for f in FAMILIES if f.name == family)
