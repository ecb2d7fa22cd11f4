"""An overlay cannot make the tool work or grow without bound: each JSONPath query has a time budget, and
an action that would multiply the document past the loader's limits is refused before it runs."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable

import pytest
from walletapp_tools._budget import OutOfTime, time_budget
from walletapp_tools.overlay import OverlayError, apply_overlays
from walletapp_tools.spec import MAX_DEPTH, MAX_NODES, WALLETAPP_SPEC, load_document

from .builders import make_overlay


def error_of(call: Callable[[], object]) -> str:
    with pytest.raises(OverlayError) as caught:
        call()
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_query_over_its_time_budget_is_one_line_naming_the_action_and_target() -> None:
    """`$..[?$..*..*]` on the WalletApp spec ran for more than three minutes."""
    spec = load_document(WALLETAPP_SPEC)
    overlay = make_overlay({"target": "$..[?$..*..*]", "update": {"x-slow": True}})
    start = time.monotonic()
    message = error_of(lambda: apply_overlays(spec, [overlay], query_seconds=0.3))
    assert time.monotonic() - start < 0.3 + 5
    assert message == (
        "test.yaml: actions[0]: target $..[?$..*..*] took more than 0.3 s, "
        "the time budget of a JSONPath query"
    )


def test_a_copy_query_has_its_budget_too() -> None:
    spec = load_document(WALLETAPP_SPEC)
    overlay = make_overlay({"target": "$.info", "copy": "$..[?$..*..*]"})
    message = error_of(lambda: apply_overlays(spec, [overlay], query_seconds=0.3))
    assert message.endswith("copy $..[?$..*..*] took more than 0.3 s, the time budget of a JSONPath query")


def test_a_quick_query_leaves_no_timer_behind() -> None:
    apply_overlays({"info": {}}, [make_overlay({"target": "$.info", "update": {"x": 1}})], query_seconds=0.3)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


def test_an_update_that_would_multiply_the_document_past_the_node_limit_is_refused_before_it_runs() -> None:
    document = {"items": [{"n": i} for i in range(1000)]}
    value = {"x-big": list(range(2000))}
    overlay = make_overlay({"target": "$.items[*]", "update": value})
    message = error_of(lambda: apply_overlays(document, [overlay]))
    assert message == (
        f"test.yaml: actions[0]: 1,000 copies of a value of 2,003 nodes would make the document hold more "
        f"than {MAX_NODES:,} nodes"
    )


def test_a_copy_that_would_multiply_the_document_is_refused_too() -> None:
    document = {"items": [{"n": i} for i in range(1000)], "big": {"x": list(range(2000))}}
    overlay = make_overlay({"target": "$.items[*]", "copy": "$.big"})
    assert "would make the document hold more than" in error_of(lambda: apply_overlays(document, [overlay]))


def test_growth_is_counted_across_actions() -> None:
    document: dict[str, object] = {"a": {}, "b": {}}
    value = {"x": list(range(MAX_NODES // 2))}
    overlay = make_overlay({"target": "$.a", "update": value}, {"target": "$.b", "update": value})
    message = error_of(lambda: apply_overlays(document, [overlay]))
    assert "actions[1]: a copy of a value of 500,003 nodes" in message


def test_an_update_that_would_nest_past_the_depth_limit_is_refused() -> None:
    deep: dict[str, object] = {}
    node = deep
    for _ in range(MAX_DEPTH - 10):
        node["d"] = node = {}
    overlay = make_overlay({"target": "$.a.b.c.d.e.f.g.h.i.j", "update": deep})
    document = {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": {"j": {}}}}}}}}}}}
    assert error_of(lambda: apply_overlays(document, [overlay])).endswith(
        f"the value would nest the document deeper than {MAX_DEPTH} levels"
    )


def test_a_budget_inside_an_earlier_deadline_lets_that_deadline_fire_and_restores_it() -> None:
    class Outer(Exception):
        pass

    def outer(signum: int, frame: object) -> None:
        raise Outer

    previous = signal.signal(signal.SIGALRM, outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 5.0)
        with time_budget(0.1):
            pass
        assert signal.getsignal(signal.SIGALRM) is outer
        assert 4.0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 5.0
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        with pytest.raises(Outer), time_budget(10.0):
            time.sleep(2)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_a_budget_interrupts_pure_python_work() -> None:
    start = time.monotonic()
    with pytest.raises(OutOfTime), time_budget(0.2):
        while True:
            pass
    assert time.monotonic() - start < 2
