"""The hostile-network case table: each case says what it expected, what it saw, how long it took.

    with casebook.case("hostile", "redirect to 2130706434", "refused", budget_s=2.0) as row:
        ...                      # the test's own asserts
        row.observed = "net.blocked_address"

A case passes when its block raised nothing and it ended within ``budget_s`` plus a generous
slack (a loaded CI machine is slow; the point is "bounded", never a tight timing). With
``RESEARCH_HOSTILE_TABLE=path`` the session writes the table there as Markdown (this is how
tests/net/README.md's table is made), or as JSON rows when the path ends in ``.json`` (read by
scripts/hostile_table.py for docs/HOSTILE.md).
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SLACK_S = 5.0  # on top of every budget: the test says "bounded", not "fast"
TABLE_ENV = "RESEARCH_HOSTILE_TABLE"


@dataclass
class Row:
    group: str  # hostile (a website) | fault (DNS, WHOIS)
    case: str
    expected: str
    budget_s: float
    observed: str = ""
    seconds: float = 0.0
    passed: bool = False


class Casebook:
    def __init__(self) -> None:
        self.rows: list[Row] = []

    @contextmanager
    def case(self, group: str, case: str, expected: str, budget_s: float) -> Iterator[Row]:
        row = Row(group, case, expected, budget_s)
        self.rows.append(row)
        started = time.monotonic()
        try:
            yield row
        finally:
            row.seconds = time.monotonic() - started
        assert row.seconds <= budget_s + SLACK_S, f"{case}: {row.seconds:.1f} s, budget {budget_s:g} s"
        row.passed = True

    def markdown(self) -> str:
        lines = [
            "| group | case | expected | observed | time (s) | budget (s) | result |",
            "| --- | --- | --- | --- | ---: | ---: | --- |",
        ]
        for r in sorted(self.rows, key=lambda r: (r.group, r.case)):
            result = "pass" if r.passed else "FAIL"
            lines.append(
                f"| {r.group} | {r.case} | {r.expected} | {r.observed} | {r.seconds:.2f} | {r.budget_s:g} | {result} |"
            )
        for group in sorted({r.group for r in self.rows}):
            rows = [r for r in self.rows if r.group == group]
            lines.append(f"\n{group}: {sum(r.passed for r in rows)} of {len(rows)} pass")
        return "\n".join(lines) + "\n"

    def write_if_asked(self) -> None:
        path = os.environ.get(TABLE_ENV)
        if path and self.rows:
            rows = json.dumps([dataclasses.asdict(r) for r in self.rows], ensure_ascii=False, indent=1)
            Path(path).write_text(rows if path.endswith(".json") else self.markdown(), encoding="utf-8")
