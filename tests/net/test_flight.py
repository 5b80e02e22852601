"""One question per run: callers at the same moment or later share one answer, or one failure."""

from __future__ import annotations

import asyncio

import pytest

from research.net.flight import Flights


async def test_callers_share_one_call_and_its_failure() -> None:
    calls: list[str] = []

    async def ask(key: str) -> str:
        calls.append(key)
        await asyncio.sleep(0.01)
        if key == "bad":
            raise ValueError(key)
        return key.upper()

    flights = Flights()
    got = await asyncio.gather(*(flights.run(k, lambda k=k: ask(k)) for k in ("a", "a", "b", "a")))
    assert got == ["A", "A", "B", "A"] and calls == ["a", "b"]
    assert await flights.run("a", lambda: ask("a")) == "A" and calls == ["a", "b"]  # later: remembered
    for _ in range(2):
        with pytest.raises(ValueError):
            await flights.run("bad", lambda: ask("bad"))
    assert calls.count("bad") == 1
    await flights.aclose()


async def test_a_caller_that_gives_up_does_not_cancel_the_others() -> None:
    flights = Flights()

    async def slow() -> int:
        await asyncio.sleep(0.05)
        return 42

    impatient = asyncio.create_task(flights.run("k", slow))
    patient = asyncio.create_task(flights.run("k", slow))
    await asyncio.sleep(0.01)
    impatient.cancel()
    assert await patient == 42
    await flights.aclose()


async def test_only_the_newest_finished_answers_are_kept() -> None:
    flights = Flights(keep=3)
    calls = 0

    async def ask() -> int:
        nonlocal calls
        calls += 1
        return calls

    for key in range(5):
        await flights.run(key, ask)
    assert await flights.run(4, ask) == 5 and calls == 5  # kept
    await flights.run(0, ask)  # forgotten: asked again
    assert calls == 6
    await flights.aclose()
