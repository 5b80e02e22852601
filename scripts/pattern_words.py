"""Write research/data/inquiry/pattern_words.json: the words each inquiry pattern cannot match without.

    .venv/bin/python scripts/pattern_words.py

The word test (research/extract/prefilter.py) reads a pattern's words from its parse tree; done for ~1,500
patterns that costs about 0.1 s of CPU, which a check would pay on the process's second inquiry. This file
holds them for the shipped patterns. A pattern added since is read on its second use, so running this
script after editing the rules only saves that time; tests/extract/test_prefilter.py checks every entry.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from research.extract.inquiry_read import every_pattern  # noqa: E402
from research.extract.prefilter import SHIPPED, derive, key  # noqa: E402


def main() -> None:
    words = {key(rx.pattern, rx.flags): list(derive(rx.pattern, rx.flags)) for rx in every_pattern()}
    out = ROOT / "research" / "data" / SHIPPED
    out.write_text(json.dumps(dict(sorted(words.items())), ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(words)} patterns, {out.stat().st_size // 1024} KB: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
