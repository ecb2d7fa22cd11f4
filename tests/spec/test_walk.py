"""The one walker: every OpenAPI object by kind, references not followed, schemas parents first."""

from __future__ import annotations

from typing import Any

from walletapp_tools.spec import walk

DOCUMENT: dict[str, Any] = {
    "paths": {
        "/members": {
            "x-internal": {"get": {}},
            "get": {
                "parameters": [{"$ref": "#/components/parameters/Brand"}],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "example": {"type": "string"},
                                        "type": {"type": "integer"},
                                    },
                                },
                                "examples": {"one": {"value": {"example": "a", "type": 1}}},
                            }
                        },
                        "links": {"next": {"operationId": "listMembers"}},
                    },
                    "x-note": {"description": "an extension, not a response"},
                },
            },
        }
    },
    "components": {
        "parameters": {"Brand": {"name": "brand_id", "in": "query", "schema": {"type": "string"}}},
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    },
}


def test_every_object_is_visited_once_by_kind_with_its_pointer() -> None:
    assert [(site.kind, site.pointer) for site in walk(DOCUMENT)] == [
        ("path_item", "/paths/~1members"),
        ("operation", "/paths/~1members/get"),
        ("reference", "/paths/~1members/get/parameters/0"),
        ("response", "/paths/~1members/get/responses/200"),
        ("media_type", "/paths/~1members/get/responses/200/content/application~1json"),
        ("schema", "/paths/~1members/get/responses/200/content/application~1json/schema"),
        ("schema", "/paths/~1members/get/responses/200/content/application~1json/schema/properties/example"),
        ("schema", "/paths/~1members/get/responses/200/content/application~1json/schema/properties/type"),
        ("example", "/paths/~1members/get/responses/200/content/application~1json/examples/one"),
        ("link", "/paths/~1members/get/responses/200/links/next"),
        ("parameter", "/components/parameters/Brand"),
        ("schema", "/components/parameters/Brand/schema"),
        ("security_scheme", "/components/securitySchemes/bearer"),
    ]


def test_a_schema_rewritten_while_walking_has_its_new_children_visited() -> None:
    document: dict[str, Any] = {
        "components": {"schemas": {"A": {"$ref": "#/components/schemas/B", "description": "d"}}}
    }
    seen = []
    for site in walk(document):
        seen.append(site.pointer)
        if "$ref" in site.node and len(site.node) > 1:
            site.node["allOf"] = [{"$ref": site.node.pop("$ref")}]
    assert seen == ["/components/schemas/A", "/components/schemas/A/allOf/0"]
