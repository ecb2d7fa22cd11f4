"""An overlay cannot make the tool work or grow without bound: each JSONPath query has a time budget, and
an action that would multiply the document past the loader's limits is refused before it runs."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

from walletapp_tools.overlay import apply_overlays
from walletapp_tools.spec import MAX_DEPTH, MAX_NODES

from .builders import error_of, make_overlay

CHILD = """
import json, sys
from walletapp_tools.overlay import OverlayError, apply_overlays, parse_overlay
from walletapp_tools.spec import WALLETAPP_SPEC, load_document
info = {"title": "t", "version": "1"}
overlay = parse_overlay({"overlay": "1.1.0", "info": info, "actions": [json.loads(sys.argv[1])]}, "test.yaml")
try:
    apply_overlays(load_document(WALLETAPP_SPEC), [overlay], query_seconds=0.3)
except OverlayError as error:
    print(error)
"""


def _apply_to_the_spec_in_a_child(action: dict[str, object]) -> str:
    """The OverlayError of `action` on the WalletApp spec with a 0.3 s budget, in a child process that
    is killed after 60 s (without the budget, the query below runs for hours)."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(action)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and not done.stderr, done.stderr[-2000:]
    return done.stdout.strip()


def test_a_query_over_its_time_budget_is_one_line_naming_the_action_and_target() -> None:
    """`$..[?$..*..*]` on the WalletApp spec ran for more than three minutes."""
    message = _apply_to_the_spec_in_a_child({"target": "$..[?$..*..*]", "update": {"x-slow": True}})
    assert message == (
        "test.yaml: actions[0]: target $..[?$..*..*] took more than 0.3 s, "
        "the time budget of a JSONPath query"
    )


def test_a_copy_query_has_its_budget_too() -> None:
    message = _apply_to_the_spec_in_a_child({"target": "$.info", "copy": "$..[?$..*..*]"})
    assert message.endswith("copy $..[?$..*..*] took more than 0.3 s, the time budget of a JSONPath query")


def test_a_quick_query_leaves_no_timer_behind() -> None:
    handler = signal.getsignal(signal.SIGALRM)
    apply_overlays({"info": {}}, [make_overlay({"target": "$.info", "update": {"x": 1}})], query_seconds=0.3)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is handler


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
