"""The rewrites that let every mainstream generator read the published 3.1 file, each on its own case."""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

import pytest
from walletapp_tools._openapi import HTTP_METHODS
from walletapp_tools.bundle import BundleError, portable, public_document
from walletapp_tools.bundle._portable import (
    abilities_in_descriptions,
    const_for_generators,
    inline_webhook_path_items,
    own_callback_operations,
)

from .conftest import REAL_OVERLAY, REAL_SPEC

NOTIFY = {
    "post": {
        "operationId": "notifyDone",
        "security": [],
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/E"}}}},
        "responses": {"200": {"description": "ok"}},
    }
}


def _document() -> dict[str, Any]:
    """Two operations sharing one callback component, itself a path item shared with a webhook."""

    def starter(operation_id: str) -> dict[str, Any]:
        return {
            "operationId": operation_id,
            "security": [{"bearer": [f"{operation_id}.ability"]}],
            "responses": {"200": {"description": "ok"}},
            "callbacks": {"done": {"$ref": "#/components/callbacks/Done"}},
        }

    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"post": starter("startA")}, "/b": {"post": starter("startB")}},
        "webhooks": {"done": {"$ref": "#/components/pathItems/Notify"}},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {"E": {"type": "object"}},
            "callbacks": {"Done": {"{$request.body#/url}": {"$ref": "#/components/pathItems/Notify"}}},
            "pathItems": {"Notify": copy.deepcopy(NOTIFY)},
        },
    }


def _operation_ids(document: dict[str, Any]) -> list[str]:
    found = []

    def visit(path_item: dict[str, Any]) -> None:
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                found.append(operation.get("operationId"))
                for callback in (operation.get("callbacks") or {}).values():
                    for item in callback.values():
                        visit(item)

    for section in ("paths", "webhooks"):
        for path_item in (document.get(section) or {}).values():
            visit(path_item)
    return found


def test_a_webhook_referring_to_a_path_item_is_inlined() -> None:
    document = _document()
    inline_webhook_path_items(document)
    assert document["webhooks"]["done"] == NOTIFY


def test_each_callback_is_inlined_with_an_operation_id_of_its_own() -> None:
    document = _document()
    own_callback_operations(document)
    callback = document["paths"]["/a"]["post"]["callbacks"]["done"]["{$request.body#/url}"]
    assert callback["post"]["operationId"] == "notifyDoneForStartA"
    other = document["paths"]["/b"]["post"]["callbacks"]["done"]["{$request.body#/url}"]
    assert other["post"]["operationId"] == "notifyDoneForStartB"
    assert callback["post"]["requestBody"] == NOTIFY["post"]["requestBody"]


def test_components_left_unreferenced_are_removed_and_used_ones_kept() -> None:
    document = _document()
    own_callback_operations(document)
    assert "callbacks" not in document["components"]
    assert "pathItems" in document["components"], "the webhook still refers to it"
    inline_webhook_path_items(document)
    own_callback_operations(document)
    assert "pathItems" not in document["components"]


def test_the_whole_rewrite_leaves_every_operation_id_unique() -> None:
    ids = _operation_ids(portable(_document()))
    assert sorted(ids) == ["notifyDone", "notifyDoneForStartA", "notifyDoneForStartB", "startA", "startB"]


def test_a_reference_to_a_missing_component_is_an_error() -> None:
    document = _document()
    document["webhooks"]["done"] = {"$ref": "#/components/pathItems/Gone"}
    with pytest.raises(BundleError, match="#/components/pathItems/Gone: no such pathItems entry"):
        inline_webhook_path_items(document)


def test_a_boolean_const_becomes_a_described_boolean_and_other_consts_an_enum() -> None:
    document = _document()
    document["components"]["schemas"]["E"] = {
        "type": "object",
        "properties": {
            "success": {"type": "boolean", "const": True},
            "status": {"type": "string", "const": "done"},
            "kept": {"type": "string", "const": "x", "enum": ["x"]},
        },
    }
    const_for_generators(document)
    assert document["components"]["schemas"]["E"]["properties"] == {
        "success": {"type": "boolean", "description": "Always `true`."},
        "status": {"type": "string", "enum": ["done"]},
        "kept": {"type": "string", "const": "x", "enum": ["x"]},
    }


def test_operations_start_with_their_ability_once_however_often_applied() -> None:
    document = portable(_document())
    again = copy.deepcopy(document)
    abilities_in_descriptions(again)
    assert again == document
    assert document["paths"]["/a"]["post"]["description"] == "**Required token ability:** `startA.ability`"
    assert "description" not in document["webhooks"]["done"]["post"], "a webhook needs no token"


def test_the_input_document_is_left_untouched() -> None:
    document = _document()
    before = copy.deepcopy(document)
    portable(document)
    assert document == before


def test_the_real_contract_has_unique_operation_ids_and_no_shared_path_items() -> None:
    published = portable(public_document(REAL_SPEC, [REAL_OVERLAY]))
    ids = _operation_ids(published)
    assert [name for name, count in Counter(ids).items() if count > 1] == []
    assert "notifyBatchFinishedForCreateCouponBatch" in ids and "notifyBatchFinished" in ids
    assert "pathItems" not in published["components"] and "callbacks" not in published["components"]
    assert "$ref" not in published["webhooks"]["batchFinished"]
