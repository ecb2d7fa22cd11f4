"""``remove``: each selected node leaves the object or array that contains it."""

from __future__ import annotations

from typing import Any

import pytest
from walletapp_tools.overlay import OverlayError, apply_overlays

from .builders import make_overlay


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "servers": [{"url": "a", "x-internal": True}, {"url": "b"}, {"url": "c", "x-internal": True}],
        "paths": {"/x": {"get": {"tags": ["public", "internal", "beta", "internal"]}}},
        "x-private": {"owner": "team"},
    }


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_remove_deletes_a_property_from_its_object(version: str) -> None:
    overlay = make_overlay({"target": "$['x-private']", "remove": True}, version=version)
    assert list(apply_overlays(spec(), [overlay])) == ["openapi", "servers", "paths"]


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_remove_deletes_every_selected_item_of_one_array(version: str) -> None:
    overlay = make_overlay({"target": "$.servers[?@['x-internal']]", "remove": True}, version=version)
    assert apply_overlays(spec(), [overlay])["servers"] == [{"url": "b"}]


def test_remove_deletes_primitive_array_items() -> None:
    overlay = make_overlay({"target": "$.paths.*.get.tags[?@ == 'internal']", "remove": True})
    assert apply_overlays(spec(), [overlay])["paths"]["/x"]["get"]["tags"] == ["public", "beta"]


def test_remove_by_index_selects_against_the_document_before_the_action() -> None:
    overlay = make_overlay({"target": "$.servers[0,1]", "remove": True})
    assert apply_overlays(spec(), [overlay])["servers"] == [{"url": "c", "x-internal": True}]


def test_remove_of_a_node_and_its_descendant_removes_the_node() -> None:
    overlay = make_overlay({"target": "$..['x-private','owner']", "remove": True})
    assert "x-private" not in apply_overlays(spec(), [overlay])


def test_remove_ignores_update_when_both_are_given() -> None:
    overlay = make_overlay({"target": "$['x-private']", "remove": True, "update": {"owner": "other"}})
    assert "x-private" not in apply_overlays(spec(), [overlay])


def test_remove_of_the_document_root_is_an_error() -> None:
    overlay = make_overlay({"target": "$", "remove": True})
    with pytest.raises(OverlayError, match=r"^test.yaml: actions\[0\]: cannot remove the document root"):
        apply_overlays(spec(), [overlay])
