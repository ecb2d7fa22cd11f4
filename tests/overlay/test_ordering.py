"""Actions apply in order, each to the result of the previous one; overlays apply in the order given."""

from __future__ import annotations

from typing import Any

import pytest
from walletapp_tools.overlay import OverlayError, apply_overlays

from .builders import make_overlay

REMOVE_SERVERS = {"target": "$.servers", "remove": True}
ADD_SANDBOX = {"target": "$", "update": {"servers": [{"url": "https://sandbox.example.com"}]}}


def spec() -> dict[str, Any]:
    return {"openapi": "3.1.0", "servers": [{"url": "https://api.example.com"}], "paths": {}}


def test_a_later_action_sees_the_result_of_an_earlier_one() -> None:
    overlay = make_overlay(REMOVE_SERVERS, ADD_SANDBOX)
    assert apply_overlays(spec(), [overlay])["servers"] == [{"url": "https://sandbox.example.com"}]


def test_swapping_two_actions_changes_the_result() -> None:
    overlay = make_overlay(ADD_SANDBOX, REMOVE_SERVERS)
    assert "servers" not in apply_overlays(spec(), [overlay])


def test_a_target_created_by_an_earlier_action_matches_in_strict_mode() -> None:
    overlay = make_overlay(
        {"target": "$.paths", "update": {"/new": {}}},
        {"target": "$.paths['/new']", "update": {"summary": "New"}},
    )
    assert apply_overlays(spec(), [overlay])["paths"] == {"/new": {"summary": "New"}}


def test_overlays_apply_in_the_order_given() -> None:
    first, second = make_overlay(REMOVE_SERVERS, source="a.yaml"), make_overlay(ADD_SANDBOX, source="b.yaml")
    assert apply_overlays(spec(), [first, second])["servers"] == [{"url": "https://sandbox.example.com"}]
    assert "servers" not in apply_overlays(spec(), [second, first])


def test_the_second_overlay_sees_what_the_first_removed() -> None:
    first = make_overlay(REMOVE_SERVERS, source="a.yaml")
    second = make_overlay({"target": "$.servers[0]", "update": {"description": "Prod"}}, source="b.yaml")
    with pytest.raises(
        OverlayError, match=r"^b\.yaml: actions\[0\]: target \$\.servers\[0\] matched no node$"
    ):
        apply_overlays(spec(), [first, second])
