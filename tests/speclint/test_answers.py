"""Rule 2: answers are tolerant: no closed enum, pattern or date format where a client reads a value."""

from __future__ import annotations

from typing import Any

from .conftest import findings, project_findings

CLOSES = (
    "answers accept any value of the kind (known values go in `examples`, "
    "or in an open union with a plain branch of the same type)"
)


def test_a_closed_enum_in_an_answer_is_reported(project: dict[str, Any]) -> None:
    """Planted: the batch status closed again to today's four words (issue 10, item 2)."""
    project["components"]["schemas"]["PassBatchStatus"]["properties"]["status"] = {
        "$ref": "#/components/schemas/BatchState"
    }

    found = [f for f in project_findings(project) if "closes an answer" in f[2]]

    assert found == [
        (
            "GET /webhooks/coupons/{batch_id} (getCouponBatch)",
            "#/components/schemas/BatchState",
            f"closes an answer with enum: {CLOSES}",
        )
    ]


def test_a_date_format_in_an_answer_is_reported(project: dict[str, Any]) -> None:
    project["components"]["schemas"]["ImportLogEntry"]["properties"]["last_updated"] = {
        "type": "string",
        "format": "date-time",
        "description": "When the member last received points.",
    }

    assert project_findings(project) == [
        (
            "GET /import/log (listImportLog)",
            "#/components/schemas/ImportLogEntry/properties/last_updated",
            f"closes an answer with format date-time: {CLOSES}",
        )
    ]


def test_an_open_union_of_known_values_is_tolerant(project: dict[str, Any]) -> None:
    status = project["components"]["schemas"]["PassStatusAnswer"]

    assert status["anyOf"] == [{"$ref": "#/components/schemas/PassStatus"}, {"type": "string"}]
    assert project_findings(project) == []


def test_a_union_whose_plain_branch_is_another_type_is_not_open(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Member"]["properties"]["first_name"] = {
        "anyOf": [{"type": "string", "enum": ["Ada", "Grace"]}, {"type": "null"}],
        "description": "The member's first name.",
    }

    assert [(p, m.split(":")[0]) for _, p, m in findings(spec)] == [
        ("#/components/schemas/Member/properties/first_name/anyOf/0", "closes an answer with enum")
    ]


def test_a_const_states_a_documented_literal(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Error"]["properties"]["message"]["const"] = "Unauthenticated."

    assert findings(spec) == []
