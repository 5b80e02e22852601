"""One computation per key for the life of a run: whoever asks while it runs, or after, gets its result.

A batch opens one context; five inquiries from one buyer then ask DNS, WHOIS and the website once,
whether they ask at the same moment or an hour apart. Failures are shared too (a registry that
timed out for the first inquiry is not asked four more times). A caller that gives up (its own
time budget) does not cancel the work for the others; ``aclose`` does, when the run ends.
Bounded: the oldest finished results are forgotten first, so a long batch holds a few hundred.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class Flights:
    def __init__(self, keep: int = 512) -> None:
        self._keep = keep
        self._tasks: OrderedDict[Hashable, asyncio.Task[Any]] = OrderedDict()

    async def run(self, key: Hashable, make: Callable[[], Awaitable[T]]) -> T:
        """``make()``'s result for ``key``, made once."""
        task = self._tasks.get(key)
        if task is None or (task.cancelled() and task.done()):
            task = asyncio.ensure_future(make())
            self._tasks[key] = task
            self._forget_old()
        else:
            self._tasks.move_to_end(key)
        result: T = await asyncio.shield(task)
        return result

    def forget(self, key: Hashable) -> None:
        """The next ``run`` for ``key`` makes it again (an answer that says "try later")."""
        task = self._tasks.get(key)
        if task is not None and task.done():
            del self._tasks[key]

    def _forget_old(self) -> None:
        if len(self._tasks) <= self._keep:
            return
        for key in [k for k, t in self._tasks.items() if t.done()][: len(self._tasks) - self._keep]:
            task = self._tasks.pop(key)
            if not task.cancelled():
                task.exception()  # retrieved: no "exception was never retrieved" warning

    async def aclose(self) -> None:
        pending = [t for t in self._tasks.values() if not t.done()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for task in self._tasks.values():
            if task.done() and not task.cancelled():
                task.exception()
        self._tasks.clear()
