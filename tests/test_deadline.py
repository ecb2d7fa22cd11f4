"""Total deadlines (walletapp_tools._deadline): they interrupt work that has no timeout of its own, nest
(the earliest fires), and leave a caller's own timer and signal handler as they found them."""

from __future__ import annotations

import signal
import time

import pytest
from walletapp_tools._deadline import DeadlineExceeded, deadline


def test_a_deadline_interrupts_pure_python_work() -> None:
    start = time.monotonic()
    with pytest.raises(DeadlineExceeded, match="the loop"), deadline(0.2, "the loop"):
        while True:
            pass
    assert time.monotonic() - start < 2


def test_nested_deadlines_fire_the_earliest_and_name_it() -> None:
    with pytest.raises(DeadlineExceeded, match="inner"), deadline(10.0, "outer"), deadline(0.2, "inner"):
        time.sleep(3)
    with pytest.raises(DeadlineExceeded, match="outer"), deadline(0.2, "outer"), deadline(10.0, "inner"):
        time.sleep(3)


def test_the_handler_found_is_put_back_when_the_last_deadline_ends() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with deadline(5.0, "a"), deadline(5.0, "b"):
        pass
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_a_callers_own_timer_still_fires_and_is_re_armed_after() -> None:
    class Outer(Exception):
        pass

    def outer(signum: int, frame: object) -> None:
        raise Outer

    previous = signal.signal(signal.SIGALRM, outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 5.0)
        with deadline(0.1, "short"):
            pass
        assert signal.getsignal(signal.SIGALRM) is outer
        assert 4.0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 5.0
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        with pytest.raises(Outer), deadline(10.0, "long"):
            time.sleep(2)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
