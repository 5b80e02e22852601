"""The whole check, text analysis included, ends at the deadline: no thread holds the call.

``asyncio.run`` waits for the default executor's threads when it closes, so a check's CPU work that ran
past the deadline used to hold ``research()`` until it was done. Checks now run such work through
``research.threads.run_in_thread``, which the run can walk away from.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

from research import research
from research.enrich import ENRICHERS
from research.enrich.base import Enricher, finding
from research.inputs import MAX_TEXT_CHARS, from_fields
from research.settings import load_settings
from research.threads import run_in_thread
from research.types import Finding, Inquiry

SLACK_S = 3.0  # assessing and rendering the findings after the deadline, on a busy 2-core machine


@pytest.fixture
def release() -> object:
    """What the stuck check waits for; set at the end so no thread outlives the test for long."""
    event = threading.Event()
    yield event
    event.set()


def _stuck(event: threading.Event) -> Enricher:
    async def run(inquiry: Inquiry, ctx: object) -> Finding:
        await run_in_thread(event.wait, 120)  # CPU-bound work that runs far past the deadline
        return finding("stuck", {})

    return Enricher("stuck", run, network=False)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("a" * MAX_TEXT_CHARS, id="100k-letters-no-space"),
        pytest.param("询" * MAX_TEXT_CHARS, id="100k-cjk"),
        pytest.param(" ".join(f"http://x{i}.example.com/" for i in range(5000))[:MAX_TEXT_CHARS], id="5000-links"),
    ],
)
def test_research_returns_by_the_deadline_with_a_stuck_check_and_a_pathological_text(
    tmp_path: Path, release: threading.Event, body: str
) -> None:
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path)}, offline=True, deadline_s=2.0)
    inquiry = from_fields(email="buyer@harborline-imports.com", company="Harborline", body=body)
    started = time.monotonic()
    report = research(inquiry, None, settings, save=False, enrichers=(*ENRICHERS, _stuck(release)))
    took = time.monotonic() - started
    assert took < settings.deadline_s + SLACK_S, f"{took:.1f} s"
    stuck = next(f for f in report.findings if f.source == "stuck")
    assert (stuck.status, stuck.reason) == ("failed", "finding.deadline")
    assert report.verdict.category in ("A", "B", "C", "X")


def test_the_text_analysis_itself_fits_in_the_default_deadline(tmp_path: Path) -> None:
    """100 KB without a space once took 147 s (a Turkish product pattern and the language reader's URL
    pattern were quadratic); now the inquiry check finishes, well inside the 20 s deadline."""
    settings = load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path)}, offline=True)
    inquiry = from_fields(email="buyer@harborline-imports.com", body="a" * MAX_TEXT_CHARS)
    report = research(inquiry, None, settings, save=False)
    (checked,) = [f for f in report.findings if f.source == "inquiry"]
    assert checked.status == "ok", checked.reason
    assert checked.elapsed_ms < settings.deadline_s * 1000


async def test_an_abandoned_thread_is_not_waited_for_and_its_result_dropped() -> None:
    event = threading.Event()
    task = asyncio.create_task(run_in_thread(event.wait, 60))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    event.set()  # the thread ends now; delivering to a cancelled future must not raise in the loop
    await asyncio.sleep(0.05)


async def test_results_and_errors_come_back_as_from_to_thread() -> None:
    assert await run_in_thread(sum, [1, 2, 3]) == 6
    with pytest.raises(ZeroDivisionError):
        await run_in_thread(lambda: 1 / 0)
