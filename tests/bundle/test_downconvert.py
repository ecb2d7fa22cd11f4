"""Each down-conversion rule on its own case, then whole documents through the 3.0 validator."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from walletapp_tools.bundle import BundleError, downconvert, public_document, validate_30
from walletapp_tools.bundle._downconvert import (
    NULL_ONLY,
    const_to_enum,
    content_keywords,
    drop_annotations,
    examples_to_example,
    exclusive_bounds,
    null_branch_to_nullable,
    null_type_to_nullable,
    nullable_enum,
    ref_siblings_to_all_of,
    reject_unsupported,
    type_array_to_nullable,
)

from .conftest import REAL_OVERLAY, REAL_SPEC


def _doc(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": {"S": schema}},
        **extra,
    }


def _converted_schema(schema: dict[str, Any]) -> Any:
    return downconvert(_doc(schema))["components"]["schemas"]["S"]


def test_type_array_with_null_becomes_the_type_and_nullable() -> None:
    schema = {"type": ["string", "null"]}
    type_array_to_nullable(schema, "")
    assert schema == {"type": "string", "nullable": True}


def test_type_array_of_several_types_becomes_any_of() -> None:
    schema = {"type": ["string", "integer", "null"]}
    type_array_to_nullable(schema, "")
    assert schema == {"anyOf": [{"type": "string"}, {"type": "integer"}, NULL_ONLY]}


def test_null_branch_beside_a_ref_becomes_a_nullable_all_of() -> None:
    schema = {"oneOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}], "description": "d"}
    null_branch_to_nullable(schema, "")
    assert schema == {"description": "d", "allOf": [{"$ref": "#/components/schemas/T"}], "nullable": True}


def test_a_nullable_reference_gets_the_type_of_the_schema_it_names() -> None:
    document = _doc(
        {
            "type": "object",
            "properties": {"t": {"oneOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]}},
        }
    )
    document["components"]["schemas"]["T"] = {"type": "object", "properties": {"a": {"type": "integer"}}}
    converted = downconvert(document)
    assert converted["components"]["schemas"]["S"]["properties"]["t"] == {
        "type": "object",
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/T"}],
    }
    validate_30(converted, "nullable reference")


def test_a_nullable_reference_to_an_open_union_gets_the_type_its_branches_share() -> None:
    document = _doc(
        {
            "type": "object",
            "properties": {"t": {"anyOf": [{"$ref": "#/components/schemas/When"}, {"type": "null"}]}},
        }
    )
    document["components"]["schemas"]["When"] = {
        "anyOf": [{"type": "string", "format": "date-time"}, {"type": "string"}],
    }
    converted = downconvert(document)
    assert converted["components"]["schemas"]["S"]["properties"]["t"]["type"] == "string"
    validate_30(converted, "nullable open union")


def test_null_branch_beside_an_inline_schema_is_merged_into_it() -> None:
    schema = {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]}
    null_branch_to_nullable(schema, "")
    assert schema == {"nullable": True, "type": "string", "format": "date"}


def test_null_branch_among_several_is_removed_and_the_rest_kept() -> None:
    schema = {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}
    null_branch_to_nullable(schema, "")
    assert schema == {"oneOf": [{"type": "string"}, {"type": "integer"}, NULL_ONLY]}


def test_bare_null_type_becomes_nullable_null_enum() -> None:
    schema = {"type": "null"}
    null_type_to_nullable(schema, "")
    assert schema == NULL_ONLY


def test_const_becomes_a_single_value_enum() -> None:
    schema = {"type": "string", "const": "success"}
    const_to_enum(schema, "")
    assert schema == {"type": "string", "enum": ["success"]}


def test_a_boolean_const_becomes_the_type_and_says_its_value() -> None:
    schema = {"const": True, "description": "Succeeded."}
    const_to_enum(schema, "")
    assert schema == {"type": "boolean", "description": "Succeeded. Always `true`."}
    bare: dict[str, Any] = {"const": False}
    const_to_enum(bare, "")
    assert bare == {"type": "boolean", "description": "Always `false`."}


def test_schema_examples_become_the_first_example() -> None:
    schema = {"type": "integer", "examples": [10, 20]}
    examples_to_example(schema, "")
    assert schema == {"type": "integer", "example": 10}


def test_numeric_exclusive_minimum_becomes_the_boolean_form() -> None:
    schema = {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10}
    exclusive_bounds(schema, "")
    assert schema == {
        "type": "number",
        "exclusiveMinimum": True,
        "exclusiveMaximum": True,
        "minimum": 0,
        "maximum": 10,
    }


def test_a_stricter_inclusive_bound_wins_over_the_exclusive_one() -> None:
    schema = {"minimum": 5, "exclusiveMinimum": 1}
    exclusive_bounds(schema, "")
    assert schema == {"minimum": 5}


def test_base64_content_becomes_format_byte() -> None:
    schema = {"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png"}
    content_keywords(schema, "")
    assert schema == {"type": "string", "format": "byte"}


def test_json_schema_annotations_are_dropped() -> None:
    schema = {"$schema": "x", "$id": "y", "$comment": "z", "type": "string"}
    drop_annotations(schema, "")
    assert schema == {"type": "string"}


def test_an_enum_listing_null_is_nullable() -> None:
    schema: dict[str, Any] = {"type": "string", "enum": ["a", None]}
    nullable_enum(schema, "")
    assert schema["nullable"] is True


def test_a_keyword_without_30_equivalent_is_an_error_naming_its_pointer() -> None:
    with pytest.raises(BundleError, match=r"#/components/schemas/S/properties/p: 'prefixItems'"):
        reject_unsupported({"prefixItems": []}, "/components/schemas/S/properties/p")
    with pytest.raises(BundleError, match="'patternProperties'"):
        downconvert(_doc({"type": "object", "patternProperties": {"^a": {"type": "string"}}}))


def test_rules_reach_nested_schemas_but_not_property_names() -> None:
    schema = {
        "type": "object",
        "properties": {
            "type": {"type": ["string", "null"]},
            "examples": {"type": "array", "items": {"const": 1}},
        },
    }
    assert _converted_schema(schema) == {
        "type": "object",
        "properties": {
            "type": {"type": "string", "nullable": True},
            "examples": {"type": "array", "items": {"enum": [1]}},
        },
    }


def test_media_type_examples_map_is_kept(mini: dict[str, Any]) -> None:
    media = mini["paths"]["/members"]["get"]["responses"]["200"]["content"]["application/json"]
    media["examples"] = {"one": {"value": []}}
    converted = downconvert(mini)
    assert converted["paths"]["/members"]["get"]["responses"]["200"]["content"]["application/json"][
        "examples"
    ] == {"one": {"value": []}}


def test_version_becomes_303_and_the_dialect_goes() -> None:
    converted = downconvert(_doc({}, jsonSchemaDialect="https://spec.openapis.org/oas/3.1/dialect/base"))
    assert converted["openapi"] == "3.0.3"
    assert "jsonSchemaDialect" not in converted


def test_info_summary_becomes_the_description_only_when_there_is_none() -> None:
    document = _doc({})
    document["info"]["summary"] = "Short."
    assert downconvert(document)["info"]["description"] == "Short."
    document["info"]["description"] = "Long."
    converted = downconvert(document)
    assert converted["info"]["description"] == "Long." and "summary" not in converted["info"]


def test_license_identifier_is_dropped() -> None:
    document = _doc({})
    document["info"]["license"] = {"name": "MIT", "identifier": "MIT"}
    assert downconvert(document)["info"]["license"] == {"name": "MIT"}


def test_webhooks_are_dropped_with_a_note_naming_each(mini: dict[str, Any]) -> None:
    converted = downconvert(mini)
    assert "webhooks" not in converted
    description = converted["info"]["description"]
    assert description.startswith("A fixture for the bundle tests.\n\n")
    assert "- `batchFinished` (POST Batch finished)" in description


def test_callbacks_are_kept(mini: dict[str, Any]) -> None:
    converted = downconvert(mini)
    callback = converted["paths"]["/bulk/coupons"]["post"]["callbacks"]["batchFinished"]
    assert callback["{$request.body#/webhook_url}"]["post"]["summary"] == "Batch finished (callback)"


def test_path_item_references_are_inlined_and_the_components_go(mini: dict[str, Any]) -> None:
    mini["components"]["pathItems"] = {"Done": mini["webhooks"]["batchFinished"]}
    mini["webhooks"]["batchFinished"] = {"$ref": "#/components/pathItems/Done"}
    operation = mini["paths"]["/bulk/coupons"]["post"]
    operation["callbacks"]["batchFinished"]["{$request.body#/webhook_url}"] = {
        "$ref": "#/components/pathItems/Done"
    }
    converted = downconvert(mini)
    assert "pathItems" not in converted["components"]
    inlined = converted["paths"]["/bulk/coupons"]["post"]["callbacks"]["batchFinished"]
    assert inlined["{$request.body#/webhook_url}"]["post"]["operationId"] == "batchFinishedWebhook"
    assert "- `batchFinished` (POST Batch finished)" in converted["info"]["description"]


def test_an_unknown_path_item_reference_is_an_error(mini: dict[str, Any]) -> None:
    mini["webhooks"]["batchFinished"] = {"$ref": "#/components/pathItems/Nope"}
    with pytest.raises(BundleError, match="#/components/pathItems/Nope: no such path item"):
        downconvert(mini)


def test_siblings_of_a_non_schema_reference_are_removed(mini: dict[str, Any]) -> None:
    responses = mini["paths"]["/members"]["get"]["responses"]
    responses["401"] = {"$ref": "#/components/responses/Unauthorized", "description": "Overridden."}
    converted = downconvert(mini)
    assert converted["paths"]["/members"]["get"]["responses"]["401"] == {
        "$ref": "#/components/responses/Unauthorized"
    }


def test_bearer_scopes_move_to_required_abilities_and_oauth_scopes_stay(mini: dict[str, Any]) -> None:
    mini["components"]["securitySchemes"]["oauth"] = {
        "type": "oauth2",
        "flows": {"clientCredentials": {"tokenUrl": "https://example.com/token", "scopes": {"a": "A"}}},
    }
    mini["paths"]["/members/{uuid}"]["delete"]["security"].append({"oauth": ["a"]})
    converted = downconvert(mini)
    search = converted["paths"]["/members"]["get"]
    assert search["security"] == [{"bearerAuth": []}]
    assert search["x-required-abilities"] == ["members.get"]
    assert converted["paths"]["/members/{uuid}"]["delete"]["security"] == [
        {"bearerAuth": []},
        {"oauth": ["a"]},
    ]


def test_the_input_document_is_left_untouched(mini: dict[str, Any]) -> None:
    before = copy.deepcopy(mini)
    downconvert(mini)
    assert mini == before


def test_the_fixture_converts_to_valid_openapi_30(mini: dict[str, Any]) -> None:
    validate_30(downconvert(mini), "mini")


def test_the_3_0_validator_failure_is_one_line_naming_the_place() -> None:
    document = _doc({"type": "string"})
    document["openapi"] = "3.0.3"
    document["components"]["schemas"]["S"]["exclusiveMinimum"] = 3
    with pytest.raises(
        BundleError, match=r"^out: not valid OpenAPI 3.0 \(\d+ errors\): #/components/schemas/S: "
    ) as info:
        validate_30(document, "out")
    assert "\n" not in str(info.value)


def test_the_real_public_contract_converts_to_valid_openapi_30() -> None:
    converted = downconvert(public_document(REAL_SPEC, [REAL_OVERLAY]))
    validate_30(converted, "walletapp")
    assert "webhooks" not in converted


def test_a_ref_with_siblings_moves_into_all_of_so_the_siblings_count() -> None:
    schema = {"$ref": "#/components/schemas/T", "description": "Mine."}
    ref_siblings_to_all_of(schema, "")
    assert schema == {"description": "Mine.", "allOf": [{"$ref": "#/components/schemas/T"}]}
    bare = {"$ref": "#/components/schemas/T"}
    ref_siblings_to_all_of(bare, "")
    assert bare == {"$ref": "#/components/schemas/T"}


def test_schemas_are_reached_wherever_openapi_puts_them() -> None:
    def nullable() -> dict[str, Any]:
        return {"type": ["string", "null"]}

    def content() -> dict[str, Any]:
        return {"application/json": {"schema": nullable()}}

    def header() -> dict[str, Any]:
        return {"X-Rate": {"schema": nullable()}}

    operation = {
        "parameters": [{"name": "q", "in": "query", "schema": nullable()}],
        "requestBody": {"content": content()},
        "responses": {"200": {"description": "ok", "headers": header(), "content": content()}},
        "callbacks": {
            "done": {
                "{$request.body#/url}": {
                    "post": {
                        "requestBody": {"content": content()},
                        "responses": {"200": {"description": "ok"}},
                    }
                }
            }
        },
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {"parameters": [{"name": "p", "in": "header", "schema": nullable()}], "post": operation}
        },
        "components": {
            "parameters": {"P": {"name": "p", "in": "query", "content": content()}},
            "headers": header(),
            "requestBodies": {"B": {"content": content()}},
            "responses": {"R": {"description": "r", "headers": header(), "content": content()}},
        },
    }
    converted = downconvert(document)
    text = repr(converted)
    assert "'null'" not in text
    assert text.count("'nullable': True") == repr(document).count("'null'")
    validate_30(converted, "everywhere")
