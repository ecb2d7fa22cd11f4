"""Each breaking-change rule catches its case; compatible changes pass.

Every test edits a copy of tests/bundle/fixtures/mini.yaml (the "released" contract) and compares.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.breaking import Change, compare
from walletapp_tools.spec import load_document

MINI = Path(__file__).resolve().parents[1] / "bundle" / "fixtures" / "mini.yaml"
Doc = dict[str, Any]


@pytest.fixture(scope="module")
def released() -> Doc:
    document: Doc = load_document(MINI)
    return document


def _changes(released: Doc, edit: Callable[[Doc], None]) -> list[Change]:
    current = copy.deepcopy(released)
    edit(current)
    return compare(released, current)


def _rules(changes: list[Change], *, breaking: bool) -> set[str]:
    return {change.rule for change in changes if change.breaking is breaking}


def _schema(doc: Doc, name: str) -> Doc:
    schema: Doc = doc["components"]["schemas"][name]
    return schema


def _search(doc: Doc) -> Doc:
    operation: Doc = doc["paths"]["/members"]["get"]
    return operation


def test_identical_documents_have_no_change(released: Doc) -> None:
    assert compare(released, copy.deepcopy(released)) == []


def test_operation_removed(released: Doc) -> None:
    changes = _changes(released, lambda d: d["paths"]["/members/{uuid}"].pop("delete"))
    assert changes == [Change("operation-removed", True, "DELETE /members/{uuid} (deleteMember)", "removed")]


def test_path_changed(released: Doc) -> None:
    changes = _changes(
        released, lambda d: d["paths"].__setitem__("/members/search", d["paths"].pop("/members"))
    )
    assert changes[0] == Change(
        "operation-moved", True, "GET /members (searchMembers)", "now GET /members/search"
    )
    assert _rules(changes, breaking=False) == set()


def test_method_changed(released: Doc) -> None:
    def edit(d: Doc) -> None:
        d["paths"]["/members"]["post"] = d["paths"]["/members"].pop("get")

    assert _rules(_changes(released, edit), breaking=True) == {"operation-moved"}


def test_path_parameter_renamed_in_the_template_only_is_the_same_operation(released: Doc) -> None:
    def edit(d: Doc) -> None:
        d["paths"]["/members/{member}"] = d["paths"].pop("/members/{uuid}")
        d["paths"]["/members/{member}"]["delete"]["parameters"][0]["name"] = "member"

    rules = _rules(_changes(released, edit), breaking=True)
    assert "operation-removed" not in rules and "operation-moved" not in rules


def test_operation_id_changed(released: Doc) -> None:
    changes = _changes(released, lambda d: _search(d).__setitem__("operationId", "findMembers"))
    assert _rules(changes, breaking=True) == {"operation-id-changed"}


def test_response_field_removed(released: Doc) -> None:
    changes = _changes(released, lambda d: _schema(d, "Member")["properties"].pop("phone"))
    assert [(c.rule, c.breaking, c.detail) for c in changes] == [
        ("response-field-removed", True, "response 200 application/json: body[].phone: removed")
    ]


def test_required_response_field_made_optional(released: Doc) -> None:
    changes = _changes(released, lambda d: _schema(d, "Member")["required"].remove("email"))
    assert _rules(changes, breaking=True) == {"response-field-optional"}


def test_new_required_request_field(released: Doc) -> None:
    def edit(d: Doc) -> None:
        _schema(d, "BulkCouponRequest")["properties"]["campaign"] = {"type": "string"}
        _schema(d, "BulkCouponRequest")["required"].append("campaign")

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking) for c in changes] == [("new-required-input", True)]
    assert changes[0].detail == "request body application/json: body.campaign: new required field"


def test_optional_request_field_made_required(released: Doc) -> None:
    changes = _changes(released, lambda d: _schema(d, "BulkCouponRequest")["required"].append("channel"))
    assert _rules(changes, breaking=True) == {"new-required-input"}


def test_new_required_parameter(released: Doc) -> None:
    def edit(d: Doc) -> None:
        _search(d)["parameters"].append(
            {"name": "brand_id", "in": "query", "required": True, "schema": {"type": "string"}}
        )

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking, c.detail) for c in changes] == [
        ("new-required-input", True, "query parameter brand_id: new required parameter")
    ]


def test_optional_parameter_made_required(released: Doc) -> None:
    changes = _changes(released, lambda d: _search(d)["parameters"][1].__setitem__("required", True))
    assert _rules(changes, breaking=True) == {"new-required-input"}


def test_parameter_removed(released: Doc) -> None:
    changes = _changes(released, lambda d: _search(d)["parameters"].pop(1))
    assert _rules(changes, breaking=True) == {"parameter-removed"}


def test_nullable_request_type_narrowed(released: Doc) -> None:
    def edit(d: Doc) -> None:
        _schema(d, "BulkCouponRequest")["properties"]["webhook_url"]["type"] = ["string", "null"]

    widened = _changes(released, edit)
    assert _rules(widened, breaking=True) == set()
    narrowed = compare(_edited(released, edit), released)
    assert [(c.rule, c.breaking, c.detail) for c in narrowed] == [
        (
            "type-narrowed",
            True,
            "request body application/json: body.webhook_url: type null | string -> string",
        )
    ]


def _edited(released: Doc, edit: Callable[[Doc], None]) -> Doc:
    current = copy.deepcopy(released)
    edit(current)
    return current


def test_number_to_integer_in_a_request_is_narrowed(released: Doc) -> None:
    def edit(d: Doc) -> None:
        _schema(d, "BulkCouponRequest")["properties"]["brand_id"]["type"] = "number"

    assert _rules(compare(_edited(released, edit), released), breaking=True) == {"type-narrowed"}
    assert _rules(_changes(released, edit), breaking=True) == set()


def test_response_type_made_nullable_is_widened(released: Doc) -> None:
    changes = _changes(
        released,
        lambda d: _schema(d, "Member")["properties"]["points"].__setitem__("type", ["number", "null"]),
    )
    assert [(c.rule, c.breaking) for c in changes] == [("type-widened", True)]


def test_request_enum_value_removed(released: Doc) -> None:
    changes = _changes(
        released, lambda d: _schema(d, "BulkCouponRequest")["properties"]["channel"]["enum"].remove("sms")
    )
    assert [(c.rule, c.breaking, c.detail) for c in changes] == [
        ("enum-narrowed", True, "request body application/json: body.channel: enum values removed ['sms']")
    ]


def test_request_enum_value_added_is_compatible(released: Doc) -> None:
    changes = _changes(
        released, lambda d: _schema(d, "BulkCouponRequest")["properties"]["channel"]["enum"].append("app")
    )
    assert [(c.rule, c.breaking) for c in changes] == [("enum-widened", False)]


def test_query_parameter_tightened(released: Doc) -> None:
    changes = _changes(released, lambda d: _search(d)["parameters"][1]["schema"].__setitem__("minimum", 5))
    assert [(c.rule, c.breaking) for c in changes] == [("constraint-tightened", True)]


def test_ability_changed(released: Doc) -> None:
    changes = _changes(
        released, lambda d: _search(d).__setitem__("security", [{"bearerAuth": ["members.store"]}])
    )
    assert [(c.rule, c.breaking, c.detail) for c in changes] == [
        ("ability-changed", True, "requires bearerAuth[members.get] -> bearerAuth[members.store]")
    ]


def test_alternative_ability_added_is_compatible(released: Doc) -> None:
    changes = _changes(released, lambda d: _search(d)["security"].append({"bearerAuth": ["admin"]}))
    assert [(c.rule, c.breaking) for c in changes] == [("ability-changed", False)]


def test_success_response_removed(released: Doc) -> None:
    changes = _changes(released, lambda d: d["paths"]["/members/{uuid}"]["delete"]["responses"].pop("204"))
    assert _rules(changes, breaking=True) == {"response-status-removed"}


def test_webhook_payload_field_removed_breaks_receivers(released: Doc) -> None:
    changes = _changes(released, lambda d: _schema(d, "BatchWebhook")["oneOf"][0]["properties"].pop("link"))
    breaking_where = {(c.where, c.rule) for c in changes if c.breaking}
    assert ("webhook POST batchFinished (batchFinishedWebhook)", "response-field-removed") in breaking_where
    assert any(where.endswith("callback batchFinished POST") for where, _ in breaking_where)


def test_webhook_removed(released: Doc) -> None:
    changes = _changes(released, lambda d: d.pop("webhooks"))
    assert [(c.rule, c.breaking, c.where) for c in changes] == [
        ("operation-removed", True, "webhook POST batchFinished (batchFinishedWebhook)")
    ]


def test_compatible_additions_break_nothing(released: Doc) -> None:
    def edit(d: Doc) -> None:
        _schema(d, "BulkCouponRequest")["properties"]["note"] = {"type": "string"}
        _schema(d, "Member")["properties"]["nickname"] = {"type": "string"}
        _search(d)["parameters"].append({"name": "page", "in": "query", "schema": {"type": "integer"}})
        d["paths"]["/templates"] = {
            "get": {
                "operationId": "listTemplates",
                "summary": "List templates",
                "responses": {"200": {"description": "ok"}},
            }
        }

    changes = _changes(released, edit)
    assert _rules(changes, breaking=True) == set()
    assert _rules(changes, breaking=False) == {"field-added", "parameter-added", "operation-added"}
    assert len(changes) == 4


def test_references_are_followed_and_cycles_end(released: Doc) -> None:
    def edit(d: Doc) -> None:
        _schema(d, "Member")["properties"]["referrer"] = {"$ref": "#/components/schemas/Member"}

    base = _edited(released, edit)

    def edit_again(d: Doc) -> None:
        edit(d)
        _schema(d, "Member")["properties"].pop("phone")

    changes = compare(base, _edited(released, edit_again))
    assert {c.rule for c in changes} == {"response-field-removed"}


def _drop_coupon_code(d: Doc) -> None:
    _schema(d, "BulkCouponRequest")["properties"]["coupons"]["items"]["properties"].pop("code")


def _drop_body(d: Doc) -> None:
    d["paths"]["/bulk/coupons"]["post"].pop("requestBody")


def _response_as_text(d: Doc) -> None:
    content = _search(d)["responses"]["200"]["content"]
    content["text/csv"] = content.pop("application/json")


def _email_optional(d: Doc) -> None:
    _search(d)["parameters"][0]["required"] = False


def _limit_loosened(d: Doc) -> None:
    _search(d)["parameters"][1]["schema"].pop("minimum")


def _new_status(d: Doc) -> None:
    _search(d)["responses"]["429"] = {"description": "Too many requests."}


def _deprecate(d: Doc) -> None:
    _search(d)["deprecated"] = True


def _reword(d: Doc) -> None:
    _search(d)["summary"] = "Find members by email"


def _response_enum_added(d: Doc) -> None:
    _schema(d, "Member")["properties"]["kind"] = {"enum": ["member", "guest"]}


@pytest.mark.parametrize(
    ("edit", "rule", "is_breaking"),
    [
        (_drop_coupon_code, "request-field-removed", True),
        (_drop_body, "request-body-removed", True),
        (_response_as_text, "response-media-removed", True),
        (_email_optional, "parameter-optional", False),
        (_limit_loosened, "constraint-loosened", False),
        (_new_status, "response-status-added", False),
        (_deprecate, "deprecated", False),
        (_reword, "summary-changed", False),
        (_response_enum_added, "enum-widened", False),
    ],
)
def test_each_remaining_rule_catches_its_case(
    released: Doc, edit: Callable[[Doc], None], rule: str, is_breaking: bool
) -> None:
    changes = _changes(released, edit)
    assert (rule, is_breaking) in {(c.rule, c.breaking) for c in changes}
    assert _rules(changes, breaking=True) == ({rule} if is_breaking else set())


def test_a_response_media_type_added_is_compatible(released: Doc) -> None:
    def edit(d: Doc) -> None:
        content = _search(d)["responses"]["200"]["content"]
        content["text/csv"] = {"schema": {"type": "string"}}

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking) for c in changes] == [("media-type-added", False)]


def test_a_read_only_property_is_not_request_input(released: Doc) -> None:
    def edit(d: Doc) -> None:
        _schema(d, "BulkCouponRequest")["properties"]["brand_id"]["readOnly"] = True

    base = _edited(released, edit)

    def drop(d: Doc) -> None:
        edit(d)
        _schema(d, "BulkCouponRequest")["properties"].pop("brand_id")
        _schema(d, "BulkCouponRequest")["required"].remove("brand_id")

    assert _rules(compare(base, _edited(released, drop)), breaking=True) == set()


# Answers are tolerant (DISCREPANCIES.md rule 2): loosening what a client receives is listed, not breaking;
# tightening what it sends breaks. Shape changes (a union introduced) are compared by the values admitted.

LEAF_DATE = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$"


def _member(d: Doc, field: str) -> Doc:
    schema: Doc = _schema(d, "Member")["properties"][field]
    return schema


def _coupon_field(d: Doc, field: str) -> Doc:
    schema: Doc = _schema(d, "BulkCouponRequest")["properties"][field]
    return schema


def test_a_format_dropped_from_an_answer_is_listed_not_breaking(released: Doc) -> None:
    changes = _changes(released, lambda d: _member(d, "email").pop("format"))
    assert [(c.rule, c.breaking) for c in changes] == [("constraint-loosened", False)]


def test_a_format_added_to_an_answer_is_listed_not_breaking(released: Doc) -> None:
    changes = _changes(
        released, lambda d: _schema(d, "BatchAccepted")["properties"]["batch_id"].update(format="uuid")
    )
    assert [(c.rule, c.breaking) for c in changes] == [("constraint-tightened", False)]


def test_an_answer_enum_opened_into_a_union_is_loosened_not_breaking(released: Doc) -> None:
    def edit(d: Doc) -> None:
        _schema(d, "Member")["properties"]["kind"] = {"anyOf": [{"const": "member"}, {"type": "string"}]}

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking) for c in changes] == [("constraint-loosened", False)]
    assert changes[0].detail.endswith("string (const 'member') -> string (const 'member') | string: "
                                      "may answer values it could not before")  # fmt: skip


def test_an_answer_that_may_now_be_null_is_breaking(released: Doc) -> None:
    def edit(d: Doc) -> None:
        _schema(d, "Member")["properties"]["email"] = {
            "anyOf": [{"type": "string", "format": "email"}, {"type": "null"}]
        }

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking) for c in changes] == [("type-widened", True)]


def test_a_request_pattern_rewritten_wider_inside_a_union_is_loosened(released: Doc) -> None:
    """Checked on values generated from the old pattern: every one is still accepted."""
    released = _edited(
        released, lambda d: _coupon_field(d, "webhook_url").update(pattern=LEAF_DATE, format=None)
    )

    def edit(d: Doc) -> None:
        _schema(d, "BulkCouponRequest")["properties"]["webhook_url"] = {
            "anyOf": [
                {"type": "string", "format": "date-time"},
                {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            ]
        }

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking) for c in changes] == [("constraint-loosened", False)]
    assert changes[0].detail.endswith("every value accepted before still is")


def test_a_request_pattern_narrowed_inside_a_union_is_breaking_with_a_counterexample(released: Doc) -> None:
    released = _edited(
        released, lambda d: _coupon_field(d, "webhook_url").update(pattern=LEAF_DATE, format=None)
    )

    def edit(d: Doc) -> None:
        _schema(d, "BulkCouponRequest")["properties"]["webhook_url"] = {
            "anyOf": [{"type": "string", "pattern": r"^\d{4}-0[1-9]-\d{2}$"}, {"type": "null"}]
        }

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking) for c in changes] == [("constraint-tightened", True)]
    assert "was accepted and is refused now" in changes[0].detail


def test_a_request_date_that_became_a_wider_timestamp_union_is_loosened(released: Doc) -> None:
    released = _edited(released, lambda d: _coupon_field(d, "webhook_url").update(format="date"))

    def edit(d: Doc) -> None:
        _schema(d, "BulkCouponRequest")["properties"]["webhook_url"] = {
            "anyOf": [
                {"type": "string", "format": "date-time"},
                {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$"},
            ]
        }

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking) for c in changes] == [("constraint-loosened", False)]


def test_a_request_list_that_also_takes_one_value_is_widened_not_breaking(released: Doc) -> None:
    def edit(d: Doc) -> None:
        coupons = _coupon_field(d, "coupons")
        _schema(d, "BulkCouponRequest")["properties"]["coupons"] = {"anyOf": [coupons, {"type": "string"}]}

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking, c.detail) for c in changes] == [
        (
            "type-widened",
            False,
            "request body application/json: body.coupons: anyOf of 2 branches, now also string",
        )
    ]


def test_a_uuid_loosened_to_a_non_empty_string_is_loosened_only(released: Doc) -> None:
    def edit(d: Doc) -> None:
        parameter = d["paths"]["/members/{uuid}"]["delete"]["parameters"][0]
        parameter["schema"] = {"type": "string", "minLength": 1}

    changes = _changes(released, edit)
    assert [(c.rule, c.breaking) for c in changes] == [("constraint-loosened", False)]
