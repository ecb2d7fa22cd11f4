"""The rewrites that let every mainstream generator read the published 3.1 file, each on its own case."""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

import pytest
from walletapp_tools.bundle import BundleError, portable, public_document
from walletapp_tools.bundle._portable import (
    abilities_in_descriptions,
    const_for_generators,
    inline_webhook_path_items,
    named_array_branches,
    own_callback_operations,
    union_defaults_described,
)
from walletapp_tools.spec import HTTP_METHODS

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


EMAILS = {"type": "array", "minItems": 1, "items": {"type": "string", "format": "email"}}


def _with_schemas(**schemas: Any) -> dict[str, Any]:
    document = _document()
    document["components"]["schemas"].update(schemas)
    return document


def test_an_inline_array_branch_of_a_union_becomes_a_schema_named_after_where_it_stood() -> None:
    union = {"anyOf": [copy.deepcopy(EMAILS), {"type": "string", "format": "email"}]}
    user = {"type": "object", "properties": {"e_mail": union}}
    request = {"type": "object", "properties": {"users": {"type": "array", "items": user}}}
    document = _with_schemas(Req=request)
    named_array_branches(document)
    schemas = document["components"]["schemas"]
    assert schemas["ReqUsersEMailList"] == {"title": "ReqUsersEMailList", **EMAILS}
    assert union["anyOf"] == [
        {"$ref": "#/components/schemas/ReqUsersEMailList"},
        {"type": "string", "format": "email"},
    ]


def test_a_union_without_an_inline_array_is_left_as_it_is() -> None:
    document = _with_schemas(
        Emails=copy.deepcopy(EMAILS),
        One={"oneOf": [{"$ref": "#/components/schemas/Emails"}, {"type": "string"}]},
        Open={"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "string"}]},
    )
    before = copy.deepcopy(document)
    named_array_branches(document)
    assert document == before


def test_an_array_branch_whose_name_is_taken_or_that_has_no_component_is_an_error() -> None:
    taken = _with_schemas(A={"anyOf": [copy.deepcopy(EMAILS), {"type": "string"}]}, AList={"type": "string"})
    with pytest.raises(BundleError, match=r"#/components/schemas/A/anyOf/0: .* AList, is taken"):
        named_array_branches(taken)
    inline = _document()
    inline["paths"]["/a"]["post"]["requestBody"] = {
        "content": {"application/json": {"schema": {"anyOf": [copy.deepcopy(EMAILS), {"type": "string"}]}}}
    }
    with pytest.raises(BundleError, match=r"outside components/schemas.*openapi-generator#17745"):
        named_array_branches(inline)


def test_a_default_of_a_union_is_said_in_the_description_instead() -> None:
    flag = {"anyOf": [{"type": "boolean"}, {"type": "integer", "minimum": 0, "maximum": 1}]}
    document = _with_schemas(
        Flag=flag,
        Member={
            "type": "object",
            "properties": {
                "mail": {"$ref": "#/components/schemas/Flag", "default": False, "description": "Send it."},
                "inline": {**copy.deepcopy(flag), "default": 0},
                "maybe": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None},
                "plain": {"type": "boolean", "default": True},
            },
        },
    )
    union_defaults_described(document)
    properties = document["components"]["schemas"]["Member"]["properties"]
    assert properties["mail"] == {
        "$ref": "#/components/schemas/Flag",
        "description": "Send it. Defaults to `false`.",
    }
    assert properties["inline"] == {**flag, "description": "Defaults to `0`."}
    assert properties["maybe"]["default"] is None, "a nullable string is no union class"
    assert properties["plain"]["default"] is True


def test_the_real_contract_names_its_list_of_addresses_and_says_its_union_defaults() -> None:
    published = portable(public_document(REAL_SPEC, [REAL_OVERLAY]))
    schemas = published["components"]["schemas"]
    email = schemas["UnsubscribeMembersRequest"]["properties"]["email"]
    assert email["anyOf"][0] == {"$ref": "#/components/schemas/UnsubscribeMembersRequestEmailList"}
    assert schemas["UnsubscribeMembersRequestEmailList"]["type"] == "array"
    welcome = schemas["ImportUser"]["properties"]["welcome_email"]
    assert "default" not in welcome and welcome["description"].endswith("Defaults to `false`.")


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
