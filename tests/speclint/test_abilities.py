"""The ability table of info.description matches the operations' security requirements, both ways."""

from __future__ import annotations

from typing import Any

from walletapp_tools.speclint._abilities import table

from .conftest import findings

LIST = "GET /members/list (listMembers)"
SECURITY = "#/paths/~1members~1list/get/security"


def test_the_table_is_read_row_by_row() -> None:
    text = (
        "| Ability | Operations |\n|---|---|\n"
        "| `a.get` | `GET /a`, `GET /b/{id}` |\n| `a.store` | `POST /a` |\n"
    )

    assert table(text) == {"a.get": {"GET /a", "GET /b/{id}"}, "a.store": {"POST /a"}}


def test_an_operation_missing_from_its_row_is_reported(spec: dict[str, Any]) -> None:
    spec["info"]["description"] = spec["info"]["description"].replace(
        "| `members.get` | `GET /members/list` |\n", ""
    )

    assert findings(spec) == [
        (
            LIST,
            SECURITY,
            "requires ability members.get, but the ability table (#/info/description) has no "
            "`GET /members/list` in a row for `members.get`",
        )
    ]


def test_an_operation_listed_under_another_ability_is_reported(spec: dict[str, Any]) -> None:
    spec["paths"]["/members/list"]["get"]["security"] = [{"bearerAuth": ["members.read"]}]

    assert sorted(m for w, p, m in findings(spec) if p == SECURITY) == [
        "requires ability members.read, but the ability table (#/info/description) has no "
        "`GET /members/list` in a row for `members.read`",
        "the ability table (#/info/description) lists it under `members.get`, "
        "which its security does not require",
    ]


def test_a_listed_operation_that_does_not_exist_is_reported(spec: dict[str, Any]) -> None:
    spec["info"]["description"] += "| `members.delete` | `DELETE /members/list` |\n"

    assert findings(spec) == [
        (
            "document",
            "#/info/description",
            "the ability table lists `DELETE /members/list`, which is no operation of the spec",
        )
    ]
