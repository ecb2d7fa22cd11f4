"""A time budget for pure-Python work that has no timeout of its own, such as one JSONPath query:
`$..[?$..*..*]` is a dozen characters and hours of work on an OpenAPI document.

    with time_budget(10.0):
        nodes = query.find(document)      # raises OutOfTime after 10 s

The budget is a timer signal, which interrupts Python code wherever it is. Outside the main thread, or
where timer signals do not exist, the work runs unbounded. A timer already running (an outer deadline
of the caller) is left to fire first when it is due first, and is re-armed afterwards.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class OutOfTime(Exception):
    """The work took longer than its budget."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`OutOfTime` in this block once it has run ``seconds``."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    if 0 < outer <= seconds:
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise OutOfTime(f"more than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
            if outer:
                signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))
