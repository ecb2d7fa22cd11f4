"""``update``: objects merged recursively, arrays concatenated or appended to, primitives replaced."""

from __future__ import annotations

from typing import Any

import pytest
from walletapp_tools.overlay import apply_overlays

from .builders import make_overlay


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "WalletApp", "version": "1.0.0", "contact": {"name": "Team"}},
        "tags": [{"name": "wallets"}],
        "paths": {
            "/wallets": {
                "get": {"summary": "List wallets", "tags": ["wallets"], "parameters": [{"name": "limit"}]},
                "post": {"summary": "Create a wallet", "tags": ["wallets"]},
            }
        },
    }


def test_update_merges_an_object_recursively_keeping_existing_keys_in_place() -> None:
    overlay = make_overlay(
        {
            "target": "$.info",
            "update": {"contact": {"email": "api@example.com"}, "version": "2.0.0", "x-new": 1},
        }
    )
    info = apply_overlays(spec(), [overlay])["info"]
    assert info == {
        "title": "WalletApp",
        "version": "2.0.0",
        "contact": {"name": "Team", "email": "api@example.com"},
        "x-new": 1,
    }
    assert list(info) == ["title", "version", "contact", "x-new"]
    assert list(info["contact"]) == ["name", "email"]


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_update_concatenates_an_array_property_with_the_existing_array(version: str) -> None:
    overlay = make_overlay(
        {"target": "$.paths['/wallets'].get", "update": {"parameters": [{"name": "cursor"}]}}, version=version
    )
    get = apply_overlays(spec(), [overlay])["paths"]["/wallets"]["get"]
    assert get["parameters"] == [{"name": "limit"}, {"name": "cursor"}]


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_update_replaces_a_primitive_property(version: str) -> None:
    overlay = make_overlay({"target": "$.info", "update": {"title": "WalletApp (public)"}}, version=version)
    assert apply_overlays(spec(), [overlay])["info"]["title"] == "WalletApp (public)"


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_update_appends_an_object_to_a_selected_array(version: str) -> None:
    overlay = make_overlay({"target": "$.tags", "update": {"name": "cards"}}, version=version)
    assert apply_overlays(spec(), [overlay])["tags"] == [{"name": "wallets"}, {"name": "cards"}]


def test_update_concatenates_an_array_to_a_selected_array_in_1_1() -> None:
    overlay = make_overlay({"target": "$.tags", "update": [{"name": "cards"}, {"name": "users"}]})
    assert apply_overlays(spec(), [overlay])["tags"] == [
        {"name": "wallets"},
        {"name": "cards"},
        {"name": "users"},
    ]


def test_update_appends_an_array_as_one_entry_to_a_selected_array_in_1_0() -> None:
    overlay = make_overlay({"target": "$.tags", "update": [{"name": "cards"}]}, version="1.0.0")
    assert apply_overlays(spec(), [overlay])["tags"] == [{"name": "wallets"}, [{"name": "cards"}]]


def test_update_appends_a_primitive_to_each_selected_array_in_1_1() -> None:
    overlay = make_overlay({"target": "$.paths.*.*.tags", "update": "beta"})
    operations = apply_overlays(spec(), [overlay])["paths"]["/wallets"]
    assert [operations[method]["tags"] for method in ("get", "post")] == [["wallets", "beta"]] * 2


def test_update_replaces_each_selected_primitive_in_1_1() -> None:
    overlay = make_overlay({"target": "$.paths.*.*.summary", "update": "Hidden"})
    operations = apply_overlays(spec(), [overlay])["paths"]["/wallets"]
    assert [operations[method]["summary"] for method in ("get", "post")] == ["Hidden", "Hidden"]
    assert list(operations["get"]) == ["summary", "tags", "parameters"]


def test_update_can_replace_a_primitive_with_null_in_1_1() -> None:
    overlay = make_overlay({"target": "$.info.title", "update": None})
    assert apply_overlays(spec(), [overlay])["info"]["title"] is None


def test_update_gives_each_selected_node_its_own_copy_of_the_value() -> None:
    overlay = make_overlay(
        {"target": "$.paths['/wallets'].*", "update": {"x-meta": {"owners": ["a"]}}},
        {"target": "$.paths['/wallets'].get['x-meta'].owners", "update": "b"},
    )
    operations = apply_overlays(spec(), [overlay])["paths"]["/wallets"]
    assert operations["get"]["x-meta"] == {"owners": ["a", "b"]}
    assert operations["post"]["x-meta"] == {"owners": ["a"]}


def test_update_leaves_the_input_document_and_overlay_unchanged() -> None:
    document = spec()
    value = {"parameters": [{"name": "cursor"}]}
    overlay = make_overlay({"target": "$.paths['/wallets'].get", "update": value})
    apply_overlays(document, [overlay])
    apply_overlays(document, [overlay])
    assert document == spec()
    assert value == {"parameters": [{"name": "cursor"}]}
    assert overlay.actions[0].update == {"parameters": [{"name": "cursor"}]}


def test_update_of_the_root_adds_top_level_keys_at_the_end() -> None:
    overlay = make_overlay({"target": "$", "update": {"servers": [{"url": "https://api.example.com"}]}})
    assert list(apply_overlays(spec(), [overlay])) == ["openapi", "info", "tags", "paths", "servers"]


def test_update_with_a_filter_target_patches_only_the_matching_nodes() -> None:
    overlay = make_overlay(
        {"target": "$.paths.*[?@.summary == 'Create a wallet']", "update": {"x-idempotent": True}}
    )
    operations = apply_overlays(spec(), [overlay])["paths"]["/wallets"]
    assert operations["post"]["x-idempotent"] is True
    assert "x-idempotent" not in operations["get"]
