"""Regenerate research/data/website/countries.toml: the hand-written names plus CLDR's, via babel.

Run in a scratch venv with babel (not a runtime dependency): ``pip install babel==2.17.0`` then
``python scripts/gen_countries.py``. Hand-written names (abbreviations, old names) are kept first;
CLDR adds each country's name in every language listed here, so adding a language is one word below.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from babel import Locale  # type: ignore[import-not-found]

FILE = Path(__file__).resolve().parents[1] / "research/data/website/countries.toml"
LANGS = [
    "en", "de", "es", "pt", "fr", "it", "ru", "ar", "tr", "pl", "zh", "ja", "ko",
    "nl", "sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "el", "he", "uk", "vi", "th", "id", "ms", "hi",
]  # fmt: skip
# Names CLDR gives that are everyday words or too short to read safely in running text.
SKIP = {"чили", "oman"}


def main() -> None:
    text = FILE.read_text("utf-8")
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))[:2000]
    data = tomllib.loads(text)
    codes = list(dict.fromkeys(code for table in data.values() for code in table))
    out = [header.rstrip("\n") + "\n"]
    for lang in LANGS:
        table = data.get(lang, {})
        names = Locale.parse(lang).territories
        out.append(f"\n[{'no' if lang == 'nb' else lang}]")
        for code in codes:
            have = [n.lower() for n in table.get(code, [])]
            cldr = names.get(code, "").lower()
            if cldr and cldr not in have and cldr not in SKIP and len(cldr) >= 3:
                have.append(cldr)
            if have:
                out.append(f"{code} = [" + ", ".join(f'"{n}"' for n in dict.fromkeys(have)) + "]")
    FILE.write_text("\n".join(out) + "\n", "utf-8")


if __name__ == "__main__":
    main()
