"""Speed benchmark on the lab internet, with a simulated round trip on every answer.

    .venv/bin/python scripts/bench.py [--latency 0.05] [--rounds 3]

Prints ratios, not absolute times, so the figures mean the same on a fast or a slow machine:

- concurrency: the enrichers one after another vs all at once (the pipeline's design);
- cache: a cold run vs the same inquiry again with the cache warm (DNS, WHOIS, pages);
- batch: ten inquiries one by one vs the batch runner's concurrency;
- whois parse: python-whois vs our parser on ../shared/data/whois (when python-whois is installed).

Absolute medians are printed too, for the notes. Nothing here leaves loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from research import research_async  # noqa: E402
from research.enrich import ENRICHERS, Enricher  # noqa: E402
from research.inputs import from_fields  # noqa: E402
from research.profile import load_profile  # noqa: E402
from research.settings import Settings, load_settings  # noqa: E402
from research.types import Inquiry  # noqa: E402
from tests.lab.lab import Lab  # noqa: E402

BUYERS = (
    ("harborline", "sarah.miller@harborline-imports.com", "Harborline Imports", "Quote 2,400 pcs ceramic vases."),
    ("lookalike", "procurement@walmart-us.com", "Walmart Inc.", "Please quote 20,000 units, 60 days payment."),
    ("free mail", "bestbuyer2024@gmail.com", "Best Trading", "Send catalog and price list."),
    ("no website", "info@no-website-corp.com", "No Website Corp", "Need LED lamps, 500 pcs, FOB Ningbo."),
)


def _settings(lab: Lab, cache: Path) -> Settings:
    return load_settings(env={**lab.env(), "RESEARCH_CACHE_DIR": str(cache)})


async def _timed(run: Awaitable[object]) -> float:
    start = time.perf_counter()
    await run
    return time.perf_counter() - start


def _inquiries() -> list[Inquiry]:
    return [from_fields(email=e, company=c, body=b) for _, e, c, b in BUYERS]


async def _once(inq: Inquiry, settings: Settings, enrichers: Sequence[Enricher] = ENRICHERS) -> object:
    return await research_async(inq, load_profile("home_decor"), settings, save=False, enrichers=enrichers)


async def concurrency(lab: Lab) -> tuple[float, float]:
    seq = par = 0.0
    for inq in _inquiries():
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            par += await _timed(_once(inq, _settings(lab, Path(a))))
            s = _settings(lab, Path(b))
            for e in ENRICHERS:
                seq += await _timed(_once(inq, s, (e,)))
    return seq, par


async def cache(lab: Lab) -> tuple[float, float]:
    cold = warm = 0.0
    for inq in _inquiries():
        with tempfile.TemporaryDirectory() as d:
            s = _settings(lab, Path(d))
            cold += await _timed(_once(inq, s))
            warm += await _timed(_once(inq, s))
    return cold, warm


async def batch(lab: Lab, n: int = 10) -> tuple[float, float]:
    inqs = (_inquiries() * n)[:n]
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        sa, sb = _settings(lab, Path(a)), _settings(lab, Path(b))
        one_by_one = 0.0
        for inq in inqs:
            one_by_one += await _timed(_once(inq, sa))
        gate = asyncio.Semaphore(4)

        async def guarded(inq: Inquiry) -> object:
            async with gate:
                return await _once(inq, sb)

        together = await _timed(asyncio.gather(*(guarded(q) for q in inqs)))
    return one_by_one, together


def whois_parse() -> tuple[float, float] | None:
    try:
        import whois.parser  # type: ignore[import-not-found]
    except ImportError:
        return None
    from research.extract.whois_parse import parse_whois

    folders = [ROOT.parent / "shared/data/whois" / d for d in ("parsed", "notfound")]
    files = [f for d in folders for f in sorted(d.iterdir()) if f.suffix not in (".json", ".md")]
    # File names are <tld>_<domain>: the domain is what a WHOIS client asked for.
    texts = [(f.name.split("_", 1)[-1], f.read_text(encoding="utf-8", errors="replace")) for f in files]
    start = time.perf_counter()
    for name, text in texts:
        parse_whois(name, text)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for name, text in texts:
        with contextlib.suppress(Exception):  # a crash is timed like an answer
            whois.parser.WhoisEntry.load(name, text)
    return time.perf_counter() - start, ours


def _row(name: str, slow: float, fast: float, what: str) -> str:
    return f"{name:<12} {slow:8.2f} s {fast:8.2f} s   x{slow / fast:6.1f}   {what}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--latency", type=float, default=0.05, help="simulated round trip per answer, seconds")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    rows: dict[str, list[tuple[float, float]]] = {"concurrency": [], "cache": [], "batch": []}
    with Lab(latency_s=args.latency) as lab:
        for _ in range(args.rounds):
            rows["concurrency"].append(asyncio.run(concurrency(lab)))
            rows["cache"].append(asyncio.run(cache(lab)))
            rows["batch"].append(asyncio.run(batch(lab)))
    print(f"lab round trip {args.latency * 1000:.0f} ms, {len(BUYERS)} buyers, median of {args.rounds} rounds")
    print(f"{'':<12} {'slow':>10} {'fast':>10}   ratio")
    labels = {
        "concurrency": "enrichers one by one / all at once",
        "cache": "cold cache / warm cache",
        "batch": "10 inquiries one by one / batch (4 at once)",
    }
    for name, pairs in rows.items():
        slow = statistics.median(p[0] for p in pairs)
        fast = statistics.median(p[1] for p in pairs)
        print(_row(name, slow, fast, labels[name]))
    parsed = whois_parse()
    if parsed:
        print(_row("whois parse", *parsed, "python-whois / ours, all saved answers"))


if __name__ == "__main__":
    main()
