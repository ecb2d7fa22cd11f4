"""A valid request with one field broken is refused. Random negative cases rarely name real data, so a
server that forgets to validate a field can still answer 404 to them; here the request is the spec's
example with the run's real identifiers (`_api.Positive`), and only the one field is wrong: left out
when it is required, or given a value of the wrong JSON type. The answer must be a 4xx other than 401,
403 and 404 (the request names real data), never a 2xx.
"""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis.core import NOT_SET

from .._context import RunContext
from .._facts import request_schema
from ._api import Member, Positive, call, give_storecard_pass, require, sign_up
from ._run import MODEL, OPERATIONS

REFUSED = [status for status in range(400, 500) if status not in (401, 403, 404)]
WRONG_TYPE: dict[str, Any] = {"string": 12345, "integer": "twelve", "number": "twelve", "boolean": "maybe",
                              "array": "not a list", "object": "not an object"}  # fmt: skip


def _breakages() -> list[tuple[str, str, str]]:
    """(operationId, field, how) for every required top-level body field with a single declared type."""
    found = []
    for op in OPERATIONS:
        schema = request_schema(MODEL, op.operation_id)
        for name in schema.get("required", []):
            kind = (schema.get("properties", {}).get(name) or {}).get("type")
            found.append((op.operation_id, name, "missing"))
            if isinstance(kind, str) and kind in WRONG_TYPE:
                found.append((op.operation_id, name, "wrong type"))
    return found


def _members(run: RunContext) -> list[Member]:
    if "signUpMembers" not in run.included:
        pytest.skip("needs members of the run's own: writes are not allowed in this run")
    members = sign_up(2, "invalid")
    if {"upsertPasses", "listMemberStorecards"} <= set(run.included) and run.known.storecards:
        give_storecard_pass(members[0])
    return members


@pytest.mark.parametrize(("operation_id", "field", "how"), _breakages(), ids=lambda value: str(value))
def test_a_valid_request_with_one_field_broken_is_refused(
    operation_id: str, field: str, how: str, run: RunContext
) -> None:
    require(operation_id)
    positive = Positive(_members(run), f"{run.webhook_url or 'https://example.invalid'}/invalid")
    path, query = positive.parameters(operation_id)
    body = positive.body(operation_id)
    assert body is not NOT_SET and isinstance(body, dict) and field in body, (
        f"{operation_id}: no {field} to break"
    )
    if how == "missing":
        del body[field]
    else:
        kind = request_schema(MODEL, operation_id)["properties"][field]["type"]
        body[field] = WRONG_TYPE[kind]
    step = call(operation_id, path=path, query=query, body=body, expect=None)
    status, answer = step.status_code, step.response.text[:200]
    assert status in REFUSED, f"{operation_id}: `{field}` {how} was answered {status}: {answer}"
