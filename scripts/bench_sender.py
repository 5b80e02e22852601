"""Time of one offline email + sender check on a real .eml (first call, then the mean of repeats).

    .venv/bin/python scripts/bench_sender.py path/to/message.eml [--repeat 200]

The first call pays the lazy loads (the country table, the hosting patterns, the brand list);
the repeats show the steady cost. Prints milliseconds; compare runs, not absolute figures.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

from research.context import open_context
from research.enrich import ENRICHERS
from research.inputs import from_eml_bytes
from research.settings import load_settings
from research.types import Inquiry


async def _once(inquiry: Inquiry, repeat: int) -> tuple[float, float]:
    checks = [e for e in ENRICHERS if e.name in ("email", "sender")]
    settings = load_settings(env={"RESEARCH_OFFLINE": "1", "RESEARCH_CACHE_ENABLED": "0"})
    async with open_context(settings) as ctx:
        start = time.perf_counter()
        for check in checks:
            await check.run(inquiry, ctx)
        first = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(repeat):
            for check in checks:
                await check.run(inquiry, ctx)
        mean = (time.perf_counter() - start) / repeat
    return first * 1000, mean * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("eml", type=Path)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    checks = ", ".join(e.name for e in ENRICHERS if e.name in ("email", "sender"))
    first, mean = asyncio.run(_once(from_eml_bytes(args.eml.read_bytes()), args.repeat))
    print(f"checks: {checks}\nfirst call: {first:.1f} ms\nmean of {args.repeat}: {mean:.2f} ms")


if __name__ == "__main__":
    main()
