"""What the proof-of-identity checks cost and change on the lab's buyers: cold cache, simulated round trips.

    .venv/bin/python scripts/bench_identity.py [--latency 0.05]

For each lab buyer: the run without the four identity checks (registers, archive, location, sanctions)
and with them, each with an empty cache; prints each new check's time, the total time ratio, and any
change of category, risk or authenticity score.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from research import research  # noqa: E402
from research.enrich import ENRICHERS  # noqa: E402
from research.profile import load_profile  # noqa: E402
from tests.assess.lab_buyers import LAB_BUYERS  # noqa: E402
from tests.helpers import lab_settings  # noqa: E402
from tests.lab.lab import Lab  # noqa: E402

NEW = ("registers", "archive", "location", "sanctions")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added to every lab answer")
    args = parser.parse_args()
    old = tuple(e for e in ENRICHERS if e.name not in NEW)
    profile = load_profile("home_decor")
    per_source: dict[str, list[int]] = {n: [] for n in NEW}
    ratios = []
    with Lab(latency_s=args.latency) as lab:
        print("| buyer | before | after | time before | time after | new checks (ms) |")
        print("|---|---|---|---|---|---|")
        for buyer in LAB_BUYERS:
            runs = []
            for checks in (old, ENRICHERS):
                settings = lab_settings(lab, Path(tempfile.mkdtemp()))
                runs.append(research(buyer.inquiry, profile, settings, save=False, enrichers=checks))
            before, after = runs
            new = {f.source: f.elapsed_ms for f in after.findings if f.source in NEW}
            for name, ms in new.items():
                per_source[name].append(ms)
            t0, t1 = before.timings["total_ms"], after.timings["total_ms"]
            ratios.append(t1 / max(1, t0))
            v0, v1 = before.verdict, after.verdict
            print(
                f"| {buyer.site} | {v0.category} {v0.risk} {v0.scores['authenticity']} "
                f"| {v1.category} {v1.risk} {v1.scores['authenticity']} | {t0} | {t1} "
                f"| {', '.join(f'{k} {v}' for k, v in new.items())} |"
            )
    print()
    for name, values in per_source.items():
        print(f"{name}: median {statistics.median(values):.0f} ms, max {max(values)} ms")
    print(f"total time after/before: median x{statistics.median(ratios):.2f}, max x{max(ratios):.2f}")


if __name__ == "__main__":
    main()
