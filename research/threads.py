"""CPU work of a check, off the event loop, that a run can walk away from.

``asyncio.to_thread`` uses the loop's default executor, and ``asyncio.run`` waits for that executor's
threads when it closes: one regex that outlasts the deadline on a pathological text held the whole
``research()`` call (and the page) until it was done. Here each piece of work runs in a daemon thread
of its own, so a run that hit its deadline returns at once; the abandoned thread finishes in the
background and its result is dropped. Work not started yet when its caller gave up is not started.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import os
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# As many at once as the default executor would run; the rest wait for a free slot.
_SLOTS = threading.BoundedSemaphore(min(32, (os.cpu_count() or 1) + 4))


def _deliver(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():  # the caller gave up (deadline, cancel)
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


async def run_in_thread(fn: Callable[..., T], /, *args: Any) -> T:
    """``fn(*args)`` in a daemon thread; cancelling the await abandons it instead of waiting."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()
    context = contextvars.copy_context()

    def work() -> None:
        with _SLOTS:
            if future.done():
                return
            result: Any = None
            error: BaseException | None = None
            try:
                result = context.run(fn, *args)
            except BaseException as exc:  # handed to the awaiting coroutine, as to_thread does
                error = exc
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody waits for this result any more
            loop.call_soon_threadsafe(_deliver, future, result, error)

    threading.Thread(target=work, name=f"check-{getattr(fn, '__name__', 'work')}", daemon=True).start()
    return await future
