"""Which examples a published file holds, and the schema each must satisfy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from walletapp_tools.bundle import downconvert, portable, public_document
from walletapp_tools.consumers import collect
from walletapp_tools.consumers._cli import ROOT
from walletapp_tools.consumers._examples import Example, Inventory, completed

REAL_SPEC = ROOT / "openapi" / "walletapp.yaml"
REAL_OVERLAY = ROOT / "overlays" / "public.yaml"


def _body(schema: dict[str, Any], **examples: Any) -> dict[str, Any]:
    return {
        "content": {
            "application/json": {
                "schema": schema,
                "examples": {name: {"value": value} for name, value in examples.items()},
            }
        }
    }


def _document() -> dict[str, Any]:
    ref = {"$ref": "#/components/schemas/Thing"}
    operation = {
        "requestBody": _body(ref, sent={"a": 1}),
        "responses": {"200": {"description": "ok", **_body(ref, got={"a": 2})}},
        "callbacks": {"done": {"{$request.body#/url}": {"post": {"requestBody": _body(ref, hook={"a": 3})}}}},
    }
    return {
        "paths": {"/x": {"post": operation}},
        "webhooks": {"done": {"post": {"requestBody": _body(ref, hook={"a": 3})}}},
        "components": {
            "schemas": {"Thing": {"type": "object"}, "When": {"type": "string", "examples": ["2026-01-01"]}},
            "responses": {"Gone": _body({"type": "object"}, inline={"b": 1})},
        },
    }


def test_each_example_is_paired_with_its_schema_and_direction() -> None:
    inventory = collect(_document())
    found = {(e.pointer, e.schema, e.response, e.kind) for e in inventory.examples}
    assert found == {
        (
            "/paths/~1x/post/requestBody/content/application~1json/examples/sent/value",
            "Thing",
            False,
            "object",
        ),
        (
            "/paths/~1x/post/responses/200/content/application~1json/examples/got/value",
            "Thing",
            True,
            "object",
        ),
        (
            "/paths/~1x/post/callbacks/done/{$request.body#~1url}/post/requestBody/content/application~1json"
            "/examples/hook/value",
            "Thing",
            False,
            "object",
        ),
        ("/components/schemas/When/examples/0", "When", True, "string"),
    }


def test_the_same_value_for_the_same_schema_counts_once() -> None:
    pointers = [e.pointer for e in collect(_document()).examples]
    assert not any(pointer.startswith("/webhooks/") for pointer in pointers), "the callback's copy came first"


def test_an_example_of_an_inline_schema_is_counted_apart() -> None:
    assert collect(_document()).unnamed == [
        "/components/responses/Gone/content/application~1json/examples/inline/value"
    ]


def test_the_inventory_is_written_as_json_for_the_checkers(tmp_path: Path) -> None:
    path = collect(_document()).dump(tmp_path / "examples.json")
    first = json.loads(path.read_text(encoding="utf-8"))[0]
    assert set(first) == {"pointer", "schema", "value", "response", "kind"}


def test_an_inventory_is_completed_with_the_other_files_examples_it_lacks() -> None:
    first = Example("/components/schemas/Flag/example", "Flag", 0, True, "integer")
    own = Inventory([first], ["/x"])
    fuller = Inventory(
        [
            Example("/components/schemas/Flag/examples/0", "Flag", 0, True, "integer"),
            Example("/components/schemas/Flag/examples/1", "Flag", 1, True, "integer"),
        ]
    )
    result = completed(own, fuller, "walletapp.openapi.yaml")
    assert result.examples == [
        first,
        Example("walletapp.openapi.yaml#/components/schemas/Flag/examples/1", "Flag", 1, True, "integer"),
    ]
    assert result.unnamed == ["/x"] and own.examples == [first], "the inventory given is left as it is"


def _values(inventory: Inventory) -> list[tuple[str, str]]:
    return sorted((e.schema, json.dumps(e.value, sort_keys=True)) for e in inventory.examples)


def test_the_3_0_rows_check_every_example_the_3_1_rows_do() -> None:
    published = portable(public_document(REAL_SPEC, [REAL_OVERLAY]))
    modern, legacy = collect(published), collect(downconvert(published))
    assert modern.unnamed == [] and legacy.unnamed == []
    assert len(modern.examples) > 60

    # 3.0 has one `example` per schema where 3.1 may list several `examples`: the first one is kept,
    # and the 3.0 rows get the others from the 3.1 file.
    assert set(_values(legacy)) < set(_values(modern))
    assert _values(completed(legacy, modern, "walletapp.openapi.yaml")) == _values(modern)


def test_the_list_and_the_single_address_of_bulk_unsubscribe_are_both_examples() -> None:
    published = portable(public_document(REAL_SPEC, [REAL_OVERLAY]))
    emails = [
        e.value["email"] for e in collect(published).examples if e.schema == "UnsubscribeMembersRequest"
    ]
    assert sorted(emails, key=str) == [
        ["anna.devries@example.com", "joris.bakker@example.com"],
        "joris.bakker@example.com",
    ]
