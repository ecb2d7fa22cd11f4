"""``copy`` (Overlay 1.1): the single node selected by ``copy`` is merged into each target node."""

from __future__ import annotations

from typing import Any

import pytest
from walletapp_tools.overlay import OverlayError, apply_overlays

from .builders import make_overlay

OK = {"responses": {"200": {"description": "OK"}}}


def spec() -> dict[str, Any]:
    """The source description of the specification's copy examples."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Example API", "version": "1.0.0"},
        "paths": {"/items": {"get": OK}, "/some-items": {"delete": OK}},
    }


def test_copy_merges_the_source_into_an_existing_target_as_in_the_simple_copy_example() -> None:
    overlay = make_overlay({"target": '$.paths["/some-items"]', "copy": '$.paths["/items"]'})
    paths = apply_overlays(spec(), [overlay])["paths"]
    assert paths == {"/items": {"get": OK}, "/some-items": {"delete": OK, "get": OK}}


def test_copy_after_an_update_that_creates_the_target_as_in_the_ensure_example() -> None:
    overlay = make_overlay(
        {"target": "$.paths", "update": {"/other-items": {}}},
        {"target": '$.paths["/other-items"]', "copy": '$.paths["/items"]'},
    )
    paths = apply_overlays(spec(), [overlay])["paths"]
    assert paths == {"/items": {"get": OK}, "/some-items": {"delete": OK}, "/other-items": {"get": OK}}


def test_update_copy_remove_move_a_path_as_in_the_move_example() -> None:
    overlay = make_overlay(
        {"target": "$.paths", "update": {"/new-items": {}}},
        {"target": '$.paths["/new-items"]', "copy": '$.paths["/items"]'},
        {"target": '$.paths["/items"]', "remove": True},
    )
    assert apply_overlays(spec(), [overlay])["paths"] == {
        "/some-items": {"delete": OK},
        "/new-items": {"get": OK},
    }


def test_copy_is_independent_of_its_source() -> None:
    overlay = make_overlay(
        {"target": '$.paths["/some-items"]', "copy": '$.paths["/items"]'},
        {"target": '$.paths["/items"].get.responses["200"]', "update": {"description": "Changed"}},
    )
    paths = apply_overlays(spec(), [overlay])["paths"]
    assert paths["/some-items"]["get"]["responses"]["200"]["description"] == "OK"
    assert paths["/items"]["get"]["responses"]["200"]["description"] == "Changed"


def test_copy_of_an_array_concatenates_it_to_the_target_array() -> None:
    document = {"a": ["x"], "b": ["y", "z"]}
    overlay = make_overlay({"target": "$.a", "copy": "$.b"})
    assert apply_overlays(document, [overlay]) == {"a": ["x", "y", "z"], "b": ["y", "z"]}


def test_copy_of_a_primitive_replaces_the_target_primitive() -> None:
    overlay = make_overlay({"target": "$.info.title", "copy": "$.info.version"})
    assert apply_overlays(spec(), [overlay])["info"] == {"title": "1.0.0", "version": "1.0.0"}


@pytest.mark.parametrize(
    ("source", "matched"), [("$.paths['/nothing']", "no node"), ("$.paths.*", "2 nodes")]
)
def test_copy_source_must_select_exactly_one_node(source: str, matched: str) -> None:
    overlay = make_overlay({"target": "$.paths['/items']", "copy": source})
    message = f"test.yaml: actions[0]: copy {source} matched {matched}; it must select exactly one node"
    with pytest.raises(OverlayError) as caught:
        apply_overlays(spec(), [overlay])
    assert str(caught.value) == message


def test_copy_of_an_object_into_a_primitive_is_an_error() -> None:
    overlay = make_overlay({"target": "$.info.title", "copy": "$.paths['/items']"})
    with pytest.raises(OverlayError, match=r"copied from \$\['paths'\]\['/items'\] is an object"):
        apply_overlays(spec(), [overlay])
