"""Total deadlines for work that has no timeout of its own, or only one per read: a JSONPath query
(`$..[?$..*..*]` is a dozen characters and hours of work on an OpenAPI document), an HTTP request to a
server that trickles one byte at a time (clients' timeouts apply per read, so they never fire).

    with deadline(10.0, "the JSONPath query"):
        nodes = query.find(document)      # raises DeadlineExceeded("the JSONPath query") after 10 s

A deadline is a timer signal, which interrupts Python code and blocking reads wherever they are, in the
main thread (where the tools, pytest and schemathesis run). Outside it, or where timer signals do not
exist, the work runs unbounded. Deadlines nest: the earliest one fires, and when the last one ends the
signal's previous handler is put back.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class DeadlineExceeded(Exception):
    """The work took longer than its deadline; the message says which work."""


_stack: list[tuple[float, str]] = []
_outer: list[tuple[Any, float | None]] = []
"""While deadlines run: the SIGALRM handler found before the outermost one, and when the timer that was
already running (a caller's own deadline) is due; both are honoured and put back."""


def _due() -> float | None:
    times = [at for at, _ in _stack]
    if _outer and _outer[0][1] is not None:
        times.append(_outer[0][1])
    return min(times) if times else None


def _arm() -> None:
    when = _due()
    signal.setitimer(signal.ITIMER_REAL, 0 if when is None else max(when - time.monotonic(), 0.001))


def _expired(signum: int, frame: Any) -> None:
    now = time.monotonic()
    due = [what for at, what in _stack if at <= now]
    if due:
        raise DeadlineExceeded(due[0])
    if _outer and _outer[0][1] is not None and _outer[0][1] <= now:
        handler, _ = _outer[0]
        _outer[0] = (handler, None)
        if callable(handler):
            handler(signum, frame)
        return
    _arm()


@contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """Raise :class:`DeadlineExceeded` ``(what)`` in this block once it has run ``seconds``."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    if not _stack:
        running, _ = signal.getitimer(signal.ITIMER_REAL)
        _outer.append(
            (signal.signal(signal.SIGALRM, _expired), time.monotonic() + running if running else None)
        )
    entry = (time.monotonic() + seconds, what)
    _stack.append(entry)
    _arm()
    try:
        yield
    finally:
        _stack.remove(entry)
        if _stack:
            _arm()
        else:
            handler, outer_due = _outer.pop()
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, handler)
            if outer_due is not None:
                signal.setitimer(signal.ITIMER_REAL, max(outer_due - time.monotonic(), 0.001))
