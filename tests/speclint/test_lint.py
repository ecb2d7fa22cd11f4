"""Each rule: the minimal spec passes, one bad edit fails naming the operation (or component) and pointer."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import findings, lines

LIST = "GET /members/list (listMembers)"
CREATE = "POST /members/list (createMember)"
LIST_PTR = "#/paths/~1members~1list/get"
CREATE_PTR = "#/paths/~1members~1list/post"
JSON_200 = f"{LIST_PTR}/responses/200/content/application~1json"
JSON_201 = f"{CREATE_PTR}/responses/201/content/application~1json"
REQUEST = f"{CREATE_PTR}/requestBody/content/application~1json"


def get(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/members/list"]["get"]
    return operation


def post(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/members/list"]["post"]
    return operation


def test_minimal_spec_has_no_findings(spec: dict[str, Any]) -> None:
    assert findings(spec) == []


def test_example_violating_its_schema_is_reported_at_the_bad_value(spec: dict[str, Any]) -> None:
    post(spec)["requestBody"]["content"]["application/json"]["example"]["first_name"] = 42

    [(where, pointer, message)] = findings(spec)

    assert (where, pointer) == (CREATE, f"{REQUEST}/example/first_name")
    assert "42 is not of type 'string'" in message


def test_referenced_example_is_checked_against_the_schema_of_the_operation_using_it(
    spec: dict[str, Any],
) -> None:
    spec["components"]["examples"]["MemberPage"]["value"]["data"]["total"] = "one"

    [(where, pointer, message)] = findings(spec)

    assert (where, pointer) == (LIST, "#/components/examples/MemberPage/value/data/total")
    assert message.startswith(f"example does not match schema {JSON_200}/schema:")


def test_example_with_a_wrong_format_is_reported(spec: dict[str, Any]) -> None:
    post(spec)["responses"]["201"]["content"]["application/json"]["example"]["email"] = "ada at walletapp"

    [(where, pointer, message)] = findings(spec)

    assert (where, pointer) == (CREATE, f"{JSON_201}/example/email")
    assert "is not a 'email'" in message


def test_component_schema_examples_are_validated(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Member"]["examples"].append({"first_name": "Grace"})

    assert findings(spec) == [
        (
            "components/schemas/Member",
            "#/components/schemas/Member/examples/1",
            "example does not match schema #/components/schemas/Member: 'email' is a required property",
        )
    ]


def test_int32_example_out_of_range_is_reported(spec: dict[str, Any]) -> None:
    page = spec["components"]["parameters"]["Page"]
    page["schema"]["format"] = "int32"
    page["example"] = 2**31

    [(where, pointer, _)] = findings(spec)

    assert (where, pointer) == ("components/parameters/Page", "#/components/parameters/Page/example")


def test_openapi_only_schema_keywords_are_tolerated(spec: dict[str, Any]) -> None:
    member = spec["components"]["schemas"]["Member"]
    member["xml"] = {"name": "member"}
    member["externalDocs"] = {"url": "https://docs.walletapp.test/members"}
    member["example"] = {"email": "grace@walletapp.test"}

    assert findings(spec) == []


def test_operation_without_a_scope_is_reported(spec: dict[str, Any]) -> None:
    get(spec)["security"] = [{"bearerAuth": []}]

    assert findings(spec) == [
        (LIST, f"{LIST_PTR}/security", "has no security requirement naming a scope (ability)")
    ]


def test_security_requirement_naming_an_unknown_scheme_is_reported(spec: dict[str, Any]) -> None:
    get(spec)["security"] = [{"apiKey": ["members.get"]}]

    [(where, pointer, message)] = findings(spec)

    assert (where, pointer) == (LIST, f"{LIST_PTR}/security/0/apiKey")
    assert "not in components/securitySchemes" in message


def test_dangling_ref_is_reported_where_it_is_written(spec: dict[str, Any]) -> None:
    get(spec)["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] = (
        "#/components/schemas/Nope"
    )

    found = findings(spec)

    assert (
        LIST,
        f"{JSON_200}/schema/$ref",
        "dangling $ref '#/components/schemas/Nope': nothing at that pointer",
    ) in found


def test_external_ref_is_reported(spec: dict[str, Any]) -> None:
    get(spec)["parameters"][0]["$ref"] = "parameters.yaml#/Page"

    assert (LIST, f"{LIST_PTR}/parameters/0/$ref") in [
        (where, pointer) for where, pointer, _ in findings(spec)
    ]


@pytest.mark.parametrize(
    ("field", "pointer", "message"),
    [
        ("operationId", LIST_PTR, "has no operationId"),
        ("tags", f"{LIST_PTR}/tags", "has 0 tags; exactly one is required"),
        ("summary", LIST_PTR, "has no summary"),
    ],
)
def test_operation_missing_a_required_field_is_reported(
    spec: dict[str, Any], field: str, pointer: str, message: str
) -> None:
    del get(spec)[field]
    where = "GET /members/list" if field == "operationId" else LIST

    assert findings(spec) == [(where, pointer, message)]


def test_operation_with_two_tags_is_reported(spec: dict[str, Any]) -> None:
    spec["tags"].append({"name": "Passes", "description": "Wallet passes."})
    get(spec)["tags"] = ["Members", "Passes"]

    assert findings(spec) == [(LIST, f"{LIST_PTR}/tags", "has 2 tags; exactly one is required")]


@pytest.mark.parametrize("operation_id", ["membersList", "list_members", "ListMembers", "list"])
def test_operation_id_must_be_camel_case_and_start_with_a_known_verb(
    spec: dict[str, Any], operation_id: str
) -> None:
    get(spec)["operationId"] = operation_id

    [(where, pointer, message)] = findings(spec)

    assert (where, pointer) == (f"GET /members/list ({operation_id})", f"{LIST_PTR}/operationId")
    assert repr(operation_id) in message


@pytest.mark.parametrize(
    "operation_id", ["signUpMembers", "unsubscribeMembers", "upsertMember", "searchMembers"]
)
def test_documented_verbs_are_accepted(spec: dict[str, Any], operation_id: str) -> None:
    get(spec)["operationId"] = operation_id

    assert findings(spec) == []


def test_unused_component_is_reported(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Orphan"] = {"title": "Orphan", "type": "string", "examples": ["Ada"]}

    assert findings(spec) == [
        ("components/schemas/Orphan", "#/components/schemas/Orphan", "unused component: nothing refers to it")
    ]


def test_component_used_only_by_an_unused_component_is_unused(spec: dict[str, Any]) -> None:
    spec["components"]["responses"]["Gone"] = {
        "description": "Gone.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    spec["components"]["schemas"]["Error"]["properties"]["detail"] = {"$ref": "#/components/schemas/Detail"}
    spec["components"]["schemas"]["Detail"] = {"type": "string"}
    del spec["components"]["responses"]["Unauthorized"]
    for operation in (get(spec), post(spec)):
        del operation["responses"]["401"]

    unused = {pointer for _, pointer, message in findings(spec) if message.startswith("unused component")}

    assert unused == {
        "#/components/responses/Gone",
        "#/components/schemas/Error",
        "#/components/schemas/Detail",
    }


def test_unused_security_scheme_is_reported(spec: dict[str, Any]) -> None:
    spec["components"]["securitySchemes"]["basicAuth"] = {"type": "http", "scheme": "basic"}

    assert [pointer for _, pointer, _ in findings(spec)] == ["#/components/securitySchemes/basicAuth"]


def test_discriminator_mapping_counts_as_a_use(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["Admin"] = {"type": "object", "properties": {"kind": {"const": "admin"}}}
    schemas["Member"]["discriminator"] = {
        "propertyName": "email",
        "mapping": {"admin": "#/components/schemas/Admin"},
    }

    assert findings(spec) == []


def test_placeholder_in_an_example_is_reported(spec: dict[str, Any]) -> None:
    post(spec)["requestBody"]["content"]["application/json"]["example"]["first_name"] = "<first_name>"

    assert findings(spec) == [
        (
            CREATE,
            f"{REQUEST}/example/first_name",
            "placeholder '<first_name>' in an example; use a realistic value",
        )
    ]


def test_lazy_example_value_is_reported(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Member"]["properties"]["first_name"]["example"] = "string"

    assert [(where, pointer) for where, pointer, _ in findings(spec)] == [
        ("components/schemas/Member", "#/components/schemas/Member/properties/first_name/example")
    ]


def test_html_in_an_example_is_not_a_placeholder(spec: dict[str, Any]) -> None:
    example = post(spec)["requestBody"]["content"]["application/json"]["example"]
    example["first_name"] = '<p>Hello <a href="https://walletapp.test">Ada</a></p>'

    assert findings(spec) == []


def test_name_and_address_in_an_example_is_not_a_placeholder(spec: dict[str, Any]) -> None:
    example = post(spec)["requestBody"]["content"]["application/json"]["example"]
    example["first_name"] = "Bakkerij Vermeer <info@bakkerijvermeer.example.com>"

    assert findings(spec) == []


def test_non_json_success_response_is_reported(spec: dict[str, Any]) -> None:
    post(spec)["responses"]["201"]["content"] = {
        "text/plain": {"schema": {"type": "string"}, "example": "Created."}
    }

    assert findings(spec) == [
        (
            CREATE,
            f"{CREATE_PTR}/responses/201",
            "success response 201 is not application/json (has text/plain)",
        )
    ]


def test_operation_without_a_success_response_is_reported(spec: dict[str, Any]) -> None:
    del post(spec)["responses"]["201"]

    assert (CREATE, f"{CREATE_PTR}/responses", "has no success (2xx) response") in findings(spec)


def test_success_response_without_an_example_is_reported(spec: dict[str, Any]) -> None:
    del get(spec)["responses"]["200"]["content"]["application/json"]["examples"]

    assert findings(spec) == [
        (LIST, JSON_200, "success response 200 has no example (add `example` or `examples`)"),
        (
            "components/examples/MemberPage",
            "#/components/examples/MemberPage",
            "unused component: nothing refers to it",
        ),
    ]


def test_request_body_without_an_example_is_reported(spec: dict[str, Any]) -> None:
    del post(spec)["requestBody"]["content"]["application/json"]["example"]

    assert findings(spec) == [(CREATE, REQUEST, "request body has no example (add `example` or `examples`)")]


def test_structural_errors_carry_the_pointer(spec: dict[str, Any]) -> None:
    post(spec)["responses"]["201"].pop("description")

    assert lines(spec) == [
        f'{CREATE}: {CREATE_PTR}/responses/201: openapi-spec-validator: "description" is a required property'
    ]
