"""How often each sender signal fires: on the real scam mails and on the public train-side mail
(scams vs genuine), headers only, offline. Prints a Markdown table; reads no eval-side message.

    .venv/bin/python scripts/sender_signals.py [--shared ../shared/data]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tomllib
from collections import Counter
from pathlib import Path

from research.context import open_context
from research.enrich import sender
from research.inputs import from_eml_bytes
from research.settings import load_settings
from research.types import Inquiry

ROOT = Path(__file__).resolve().parents[1]


def _train_public(shared: Path) -> list[tuple[Path, str]]:
    split = tomllib.loads((ROOT / "research/data/model/split.toml").read_text("utf-8"))
    files = [f for c in split["campaigns"] if c["set"] == "public" and c["side"] == "train" for f in c["files"]]
    labels = {d["file"]: d["label"] for d in json.loads((shared / "inquiries/public/labels.json").read_text())}
    return [(shared / "inquiries/public" / f, "genuine" if labels[f] == "genuine" else "scam") for f in files]


async def _codes(inquiries: list[Inquiry]) -> tuple[Counter[str], int]:
    settings = load_settings(env={"RESEARCH_OFFLINE": "1", "RESEARCH_CACHE_ENABLED": "0"})
    counts: Counter[str] = Counter()
    with_headers = 0
    async with open_context(settings) as ctx:
        for inquiry in inquiries:
            f = await sender.run(inquiry, ctx)
            with_headers += f.status != "skipped"
            counts.update({s.code for s in f.signals})
    return counts, with_headers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    real = [from_eml_bytes(p.read_bytes()) for p in sorted((args.shared / "inquiries/real").glob("*.eml"))]
    public = _train_public(args.shared)
    scams = [from_eml_bytes(p.read_bytes()) for p, kind in public if kind == "scam"]
    genuine = [from_eml_bytes(p.read_bytes()) for p, kind in public if kind == "genuine"]
    sets = {"real scams": real, "public train scams": scams, "public train genuine": genuine}
    results = {name: asyncio.run(_codes(items)) for name, items in sets.items()}
    codes = sorted({c for counts, _ in results.values() for c in counts})
    head = " | ".join(f"{name} (n={len(sets[name])}, headers {results[name][1]})" for name in sets)
    print(f"| signal | {head} |")
    print("|---|" + "---|" * len(sets))
    for code in codes:
        cells = " | ".join(str(results[name][0][code]) for name in sets)
        print(f"| {code} | {cells} |")


if __name__ == "__main__":
    main()
