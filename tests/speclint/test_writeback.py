"""Rule 3: a value read with GET can be written back with PUT on the same path unchanged."""

from __future__ import annotations

from typing import Any

from .conftest import project_findings

PUT = "PUT /passes (updatePass)"
FIELD = "#/components/schemas/UpdatePassRequest/properties/expiration_date"


def test_a_put_field_refusing_the_gets_null_is_reported(project: dict[str, Any]) -> None:
    """Planted: PUT /passes's expiration date made non-nullable again (issue 10, item 3)."""
    field = project["components"]["schemas"]["UpdatePassRequest"]["properties"]["expiration_date"]
    field["anyOf"] = [{"$ref": "#/components/schemas/Timestamp"}]

    found = [f for f in project_findings(project) if f[1] == FIELD and "writable back" in f[2]]

    assert found == [
        (
            PUT,
            FIELD,
            "GET /passes (getPass) answers expiration_date as null, which this field refuses: "
            "a value read must be writable back unchanged",
        ),
        (
            PUT,
            FIELD,
            "GET /passes (getPass) answers expiration_date = None (its example), which this field "
            "refuses (None is not valid under any of the given schemas): "
            "a value read must be writable back unchanged",
        ),
    ]


def test_a_put_field_refusing_the_gets_example_value_is_reported(project: dict[str, Any]) -> None:
    """Planted: the old `LaravelDateTime` (`YYYY-MM-DD HH:MM:SS` only) on PUT, RFC 3339 on GET."""
    project["components"]["schemas"]["UpdatePassRequest"]["properties"]["expiration_date"] = {
        "type": ["string", "null"],
        "pattern": r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$",
        "description": "The new expiration date of the pass.",
        "x-walletapp-inferred": "D61",
    }

    messages = [m for _, p, m in project_findings(project) if p == FIELD]

    assert messages == [
        "GET /passes (getPass) answers expiration_date = '2026-12-31T23:59:59.000000Z' (its example), which "
        "this field refuses ('2026-12-31T23:59:59.000000Z' does not match "
        "'^\\\\d{4}-\\\\d{2}-\\\\d{2} \\\\d{2}:\\\\d{2}:\\\\d{2}$'): "
        "a value read must be writable back unchanged"
    ]
