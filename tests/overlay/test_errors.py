"""Every kind of bad input gives an OverlayError whose message is one line locating the problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.overlay import (
    apply_overlay_files,
    apply_overlays,
    load_overlay,
    parse_overlay,
)

from .builders import error_of, make_overlay

Write = Callable[[str, str], Path]
SPEC = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get: {summary: A}\n"
HEADER = "overlay: 1.1.0\ninfo: {title: T, version: '1'}\n"


def spec() -> dict[str, Any]:
    return {"info": {"title": "T", "tags": ["a"]}, "paths": {"/a": {"get": {"summary": "A"}}}}


def test_zero_match_target_is_an_error_naming_file_action_and_target() -> None:
    overlay = make_overlay(
        {"target": "$.info", "update": {}},
        {"target": "$.paths['/x'].get", "update": {"summary": "X"}},
        source="overlays/python-client.yaml",
    )
    assert (
        error_of(lambda: apply_overlays(spec(), [overlay]))
        == "overlays/python-client.yaml: actions[1]: target $.paths['/x'].get matched no node"
    )


@pytest.mark.parametrize("action", [{"remove": True}, {"update": {"a": 1}}, {"copy": "$.info"}])
def test_zero_match_target_is_a_no_op_in_lenient_mode(action: dict[str, Any]) -> None:
    overlay = make_overlay({"target": "$.nothing", **action})
    assert apply_overlays(spec(), [overlay], strict=False) == spec()


def test_action_without_update_copy_or_remove_is_an_error_in_strict_mode_only() -> None:
    overlay = make_overlay({"target": "$.info", "description": "forgot the update"})
    assert error_of(lambda: apply_overlays(spec(), [overlay])) == (
        "test.yaml: actions[0]: does nothing (it has no update, no copy and no remove: true)"
    )
    assert apply_overlays(spec(), [overlay], strict=False) == spec()


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    assert error_of(lambda: load_overlay(missing)) == f"{missing}: no such file"


def test_missing_spec_file_is_an_error(write: Write, tmp_path: Path) -> None:
    overlay = write("o.yaml", HEADER + "actions: [{target: $.info, remove: true}]\n")
    missing = tmp_path / "spec.yaml"
    assert error_of(lambda: apply_overlay_files(missing, [overlay])) == f"{missing}: no such file"


def test_directory_instead_of_file_is_an_error(tmp_path: Path) -> None:
    assert error_of(lambda: load_overlay(tmp_path)) == f"{tmp_path}: is a directory, not a file"


def test_file_that_is_not_yaml_is_an_error_with_its_position(write: Write) -> None:
    path = write("bad.yaml", HEADER + "actions:\n  - target: $.info\n    update: {a: [1, 2}\n")
    message = error_of(lambda: load_overlay(path))
    assert message.startswith(f"{path}: not valid YAML: ")
    assert message.endswith("at line 5, column 22")


def test_file_that_is_not_json_is_an_error_with_its_position(write: Write) -> None:
    path = write("bad.json", '{"overlay": "1.1.0",\n  "info": }')
    assert (
        error_of(lambda: load_overlay(path))
        == f"{path}: not valid JSON: Expecting value at line 2, column 11"
    )


def test_empty_file_is_an_error(write: Write) -> None:
    path = write("empty.yaml", "# nothing here\n")
    assert error_of(lambda: load_overlay(path)) == f"{path}: the document is empty"


def test_duplicate_yaml_key_is_an_error(write: Write) -> None:
    path = write("dup.yaml", HEADER + "actions: []\nactions: []\n")
    assert error_of(lambda: load_overlay(path)) == (
        f"{path}: not valid YAML: found duplicate key 'actions' (while reading a mapping) at line 4, column 1"
    )


def test_value_outside_the_json_data_model_is_an_error(write: Write) -> None:
    path = write(
        "date.yaml", HEADER + "actions: [{target: $.info, update: {x-date: !!timestamp 2024-01-01}}]\n"
    )
    assert error_of(lambda: load_overlay(path)) == (
        f"{path}: /actions/0/update/x-date: a date value is not a JSON value (quote it in YAML)"
    )


def test_spec_that_is_not_a_mapping_is_an_error(write: Write) -> None:
    spec_path = write("spec.yaml", "- a\n- b\n")
    overlay = write("o.yaml", HEADER + "actions: [{target: $.info, remove: true}]\n")
    assert error_of(lambda: apply_overlay_files(spec_path, [overlay])) == (
        f"{spec_path}: an OpenAPI document is a mapping at the top level; found an array"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "actions:\n  - target: $.info\n    remove: 'yes'\n",
            "/actions/0/remove: 'yes' is not of type 'boolean'",
        ),
        (
            "actions:\n  - target: $.info\n    updat: {a: 1}\n",
            "/actions/0: Unevaluated properties are not allowed ('updat' was unexpected)",
        ),
        ("actions: []\n", "/actions: [] should be non-empty"),
        ("actions:\n  - update: {a: 1}\n", "/actions/0: 'target' is a required property"),
        (
            "actions:\n  - target: info\n    remove: true\n",
            "/actions/0/target: 'info' does not match '^\\\\$'",
        ),
        ("actions:\n  - target: $.info\n    copy: 5\n", "/actions/0/copy: 5 is not of type 'string'"),
        ("x-ok: 1\n", "the document root: 'actions' is a required property"),
    ],
)
def test_overlay_invalid_against_its_schema_names_the_json_pointer_and_the_schema_message(
    write: Write, text: str, expected: str
) -> None:
    path = write("o.yaml", HEADER + text)
    assert error_of(lambda: load_overlay(path)) == f"{path}: not a valid Overlay 1.1 document: {expected}"


def test_copy_in_a_1_0_overlay_is_invalid_against_the_1_0_schema() -> None:
    message = error_of(lambda: make_overlay({"target": "$.a", "copy": "$.b"}, version="1.0.2"))
    assert message == (
        "test.yaml: not a valid Overlay 1.0 document: /actions/0: "
        "Unevaluated properties are not allowed ('copy' was unexpected)"
    )


def test_info_description_is_valid_in_1_1_but_not_in_1_0() -> None:
    document = {"info": {"title": "T", "version": "1", "description": "d"}, "actions": [{"target": "$"}]}
    assert parse_overlay({"overlay": "1.1.0", **document}).feature_set == (1, 1)
    assert error_of(lambda: parse_overlay({"overlay": "1.0.0", **document}, "o.yaml")) == (
        "o.yaml: not a valid Overlay 1.0 document: /info: "
        "Unevaluated properties are not allowed ('description' was unexpected)"
    )


@pytest.mark.parametrize("version", ["2.0.0", "1.2.0", "0.9.0", "1.1", "latest"])
def test_unknown_overlay_version_is_an_error(version: str) -> None:
    message = error_of(lambda: make_overlay({"target": "$", "remove": True}, version=version))
    assert message == f"test.yaml: unsupported overlay version '{version}' (supported: 1.0.x, 1.1.x)"


def test_patch_version_is_ignored() -> None:
    assert make_overlay({"target": "$", "update": {}}, version="1.1.7").feature_set == (1, 1)


def test_missing_overlay_version_is_an_error() -> None:
    message = error_of(
        lambda: parse_overlay({"info": {"title": "T", "version": "1"}, "actions": []}, "o.yaml")
    )
    assert message == (
        "o.yaml: missing the 'overlay' version field (the Overlay Specification version, e.g. overlay: 1.1.0)"
    )


def test_overlay_version_written_as_a_number_is_an_error(write: Write) -> None:
    path = write(
        "o.yaml", "overlay: 1.1\ninfo: {title: T, version: '1'}\nactions: [{target: $, remove: true}]\n"
    )
    assert error_of(lambda: load_overlay(path)) == (
        f"{path}: 'overlay' must be a version string such as 1.1.0, found a number"
    )


def test_overlay_that_is_not_a_mapping_is_an_error(write: Write) -> None:
    path = write("o.yaml", "just text\n")
    assert error_of(lambda: load_overlay(path)) == (
        f"{path}: an overlay is a mapping with overlay, info and actions; found a string"
    )


def test_invalid_jsonpath_target_names_the_action_and_the_target() -> None:
    message = error_of(
        lambda: make_overlay({"target": "$.info", "remove": True}, {"target": "$.paths[", "remove": True})
    )
    assert message == (
        "test.yaml: actions[1]: target $.paths[ is not valid JSONPath: unbalanced brackets, line 1, column 8"
    )


def test_jsonpath_outside_rfc_9535_is_invalid() -> None:
    message = error_of(lambda: make_overlay({"target": "$.paths[?(@.get.x =~ /a/)]", "remove": True}))
    assert message.startswith(
        "test.yaml: actions[0]: target $.paths[?(@.get.x =~ /a/)] is not valid JSONPath: "
    )


def test_invalid_copy_jsonpath_names_the_action() -> None:
    message = error_of(lambda: make_overlay({"target": "$.info", "copy": "$.x[?foo(@)]"}))
    assert message.startswith(
        "test.yaml: actions[0]: copy $.x[?foo(@)] is not valid JSONPath: function 'foo'"
    )


def test_update_and_copy_together_are_an_error() -> None:
    message = error_of(lambda: make_overlay({"target": "$.info", "update": {}, "copy": "$.paths"}))
    assert message.startswith("test.yaml: actions[0]: has both update and copy")


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (
            {"target": "$.info.title", "update": {"a": 1}},
            "update is an object but $['info']['title'] is a string; "
            "a primitive can only be replaced by a primitive",
        ),
        (
            {"target": "$.info", "update": "text"},
            "update is a string but $['info'] is an object; to merge into an object it must be an object",
        ),
        (
            {"target": "$.info.title", "update": ["a"]},
            "update is an array but $['info']['title'] is a string; "
            "a primitive can only be replaced by a primitive",
        ),
        (
            {"target": "$.info", "update": {"title": {"text": "T"}}},
            "cannot merge: update has an object for $['info']['title'], where the document has a string",
        ),
        (
            {"target": "$", "update": {"info": {"tags": "b"}}},
            "cannot merge: update has a string for $['info']['tags'], where the document has an array",
        ),
        (
            {"target": "$.info[*]", "update": ["x"]},
            "target selects a mix of arrays and primitives; "
            "the nodes of an update or copy must all be objects, all arrays or all primitives",
        ),
    ],
)
def test_update_value_of_the_wrong_kind_for_the_target_is_an_error(
    action: dict[str, Any], expected: str
) -> None:
    overlay = make_overlay(action)
    assert error_of(lambda: apply_overlays(spec(), [overlay])) == f"test.yaml: actions[0]: {expected}"


def test_update_of_a_primitive_is_an_error_in_1_0() -> None:
    overlay = make_overlay({"target": "$.info.title", "update": "New"}, version="1.0.0")
    assert error_of(lambda: apply_overlays(spec(), [overlay])) == (
        "test.yaml: actions[0]: $['info']['title'] is a string; "
        "Overlay 1.0 targets must be objects or arrays "
        "(select the containing object, or declare overlay: 1.1.0 to replace primitives)"
    )


def test_a_failed_apply_leaves_the_input_document_unchanged() -> None:
    document = spec()
    overlay = make_overlay({"target": "$.info", "update": {"x": 1}}, {"target": "$.nothing", "remove": True})
    error_of(lambda: apply_overlays(document, [overlay]))
    assert document == spec()


def test_apply_overlay_files_reports_a_broken_overlay_before_applying_any(write: Write) -> None:
    spec_path = write("spec.yaml", SPEC)
    first = write("a.yaml", HEADER + "actions: [{target: $.nothing, remove: true}]\n")
    second = write("b.yaml", HEADER + "actions: [{target: '$.[', remove: true}]\n")
    assert error_of(lambda: apply_overlay_files(spec_path, [first, second])).startswith(
        f"{second}: actions[0]"
    )


def test_document_with_a_non_json_value_passed_to_the_api_is_an_error() -> None:
    overlay = make_overlay({"target": "$", "update": {}})
    message = error_of(lambda: apply_overlays({"a": {1: "x"}}, [overlay]))
    assert message == "the document: /a: key 1 is a number; JSON keys are strings"
