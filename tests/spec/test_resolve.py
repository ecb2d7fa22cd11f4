"""`$ref`s resolve through `referencing`: a chain, or a whole object inlined; errors name file and pointer."""

from __future__ import annotations

from typing import Any

import pytest
from walletapp_tools.spec import Spec, SpecError


def spec(**components: Any) -> Spec:
    return Spec({"openapi": "3.1.0", "components": components}, "api.yaml")


def test_a_chain_of_refs_is_followed_to_the_object_and_its_pointer() -> None:
    document = spec(
        schemas={"Id": {"$ref": "#/components/schemas/Uuid"}, "Uuid": {"type": "string", "format": "uuid"}}
    )
    assert document.resolve({"$ref": "#/components/schemas/Id"}, "/paths/x") == (
        {"type": "string", "format": "uuid"},
        "/components/schemas/Uuid",
    )


def test_escaped_and_percent_encoded_pointers_resolve() -> None:
    document = Spec({"paths": {"/members/{uuid}": {"get": {"operationId": "getMember"}}}}, "api.yaml")
    assert document.lookup("#/paths/~1members~1%7Buuid%7D/get") == {"operationId": "getMember"}


@pytest.mark.parametrize(
    ("ref", "problem"),
    [
        ("#/components/schemas/Missing", "$ref '#/components/schemas/Missing' points at nothing"),
        ("#/components/schemas/Id/enum/5", "$ref '#/components/schemas/Id/enum/5' points at nothing"),
        ("#/components/schemas/Id/enum/x", "$ref '#/components/schemas/Id/enum/x' points at nothing"),
        ("other.yaml#/Thing", "only local $refs (#/...) are supported, got 'other.yaml#/Thing'"),
    ],
)
def test_a_ref_that_cannot_be_followed_names_the_file_and_where_it_is_written(ref: str, problem: str) -> None:
    document = spec(schemas={"Id": {"type": "string", "enum": ["a"]}})
    with pytest.raises(SpecError) as caught:
        document.resolve({"$ref": ref}, "/paths/~1x/get/parameters/0")
    assert str(caught.value) == f"api.yaml#/paths/~1x/get/parameters/0/$ref: {problem}"


def test_a_ref_chain_back_to_itself_is_an_error() -> None:
    document = spec(
        schemas={"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}
    )
    with pytest.raises(SpecError, match="refers to itself"):
        document.resolve({"$ref": "#/components/schemas/A"}, "/x")


def test_inline_replaces_every_ref_and_lays_the_siblings_over_the_target() -> None:
    document = spec(
        schemas={
            "Member": {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Id"}}},
            "Id": {"type": "string", "description": "an id"},
        }
    )
    inlined = document.inline({"$ref": "#/components/schemas/Member", "description": "the member"})
    assert inlined == {
        "type": "object",
        "properties": {"id": {"type": "string", "description": "an id"}},
        "description": "the member",
    }


def test_a_recursive_ref_cannot_be_inlined_and_the_error_says_where() -> None:
    document = spec(
        schemas={"Tree": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Tree"}}}}
    )
    with pytest.raises(SpecError) as caught:
        document.inline({"$ref": "#/components/schemas/Tree"}, "/paths/~1trees/get")
    assert str(caught.value) == (
        "api.yaml#/components/schemas/Tree/properties/child: "
        "recursive $ref '#/components/schemas/Tree' cannot be inlined"
    )


def test_the_registry_serves_json_schema_validation_of_the_same_document() -> None:
    from jsonschema import Draft202012Validator
    from walletapp_tools.spec import URI

    document = spec(schemas={"Id": {"type": "string"}})
    validator = Draft202012Validator({"$ref": f"{URI}#/components/schemas/Id"}, registry=document.registry)
    assert validator.is_valid("a") and not validator.is_valid(1)
