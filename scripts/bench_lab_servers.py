"""How long the lab's real servers take to start and stop (what a test session pays for each).

    .venv/bin/python scripts/bench_lab_servers.py [--rounds 5]

Prints the median start and stop time of PostgreSQL (initdb included), Redis and Dovecot, and
each start as a ratio of the in-process lab's (DNS, HTTP, HTTPS, WHOIS threads), so the figures
compare across machines. A server that is not installed is reported as such. Loopback only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.lab.daemon import BinaryMissing  # noqa: E402
from tests.lab.imap_server import ImapServer  # noqa: E402
from tests.lab.lab import Lab  # noqa: E402
from tests.lab.postgres_server import PostgresServer  # noqa: E402
from tests.lab.redis_server import RedisServer  # noqa: E402


class Startable(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...


SERVERS: dict[str, Callable[[], Startable]] = {
    "lab (threads)": Lab,
    "postgresql": PostgresServer,
    "redis": RedisServer,
    "dovecot": ImapServer,
}


def measure(make: Callable[[], Startable], rounds: int) -> tuple[float, float]:
    """Median (start, stop) in seconds."""
    starts, stops = [], []
    for _ in range(rounds):
        server = make()
        began = time.perf_counter()
        server.start()
        started = time.perf_counter()
        server.stop()
        starts.append(started - began)
        stops.append(time.perf_counter() - started)
    return statistics.median(starts), statistics.median(stops)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    baseline = 0.0
    print(f"{'server':<15} {'start ms':>9} {'stop ms':>8} {'start / lab':>12}")
    for name, make in SERVERS.items():
        try:
            start, stop = measure(make, args.rounds)
        except BinaryMissing as missing:
            print(f"{name:<15} not installed ({missing})")
            continue
        baseline = baseline or start
        print(f"{name:<15} {start * 1000:9.0f} {stop * 1000:8.0f} {start / baseline:11.1f}x")


if __name__ == "__main__":
    main()
