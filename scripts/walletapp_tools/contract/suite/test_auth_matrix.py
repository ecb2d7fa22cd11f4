"""For every selected operation: no token and an unknown token are answered 401; a token holding every
ability except the operation's is answered 403. Derived from the spec, so a new operation is covered
without editing this file.

The requests carry no parameters or body: a server must refuse them before it looks at the input, as
Laravel's auth middleware does. The 403 column needs tokens that lack one ability each, which only the
mock can issue; against a live server it is skipped.
"""

from __future__ import annotations

import uuid

import pytest

from .._context import RunContext
from .._operations import Operation
from ._run import OPERATIONS, SELECTED, SESSION
from ._summary import RECORD

PLACEHOLDER_ID = str(uuid.UUID(int=0x1234_5678_9ABC_4DEF_8123_456789ABCDEF))
CREDENTIALS = ("no-token", "unknown-token", "all-abilities-but-the-operations")


def _token_for(credentials: str, op: Operation, run: RunContext) -> str | None:
    if credentials == "no-token":
        return None
    if credentials == "unknown-token":
        return "999|contract-suite-unknown-token-" + "x" * 24
    if not run.all_but:
        pytest.skip("needs a token lacking one ability: only the mock can issue one")
    (ability,) = op.abilities
    return run.all_but[ability]


def test_every_operation_requires_exactly_one_ability() -> None:
    wrong = [f"{op.label}: {list(op.abilities)}" for op in OPERATIONS if len(op.abilities) != 1]
    assert not wrong, f"operations without exactly one ability: {wrong}"


@pytest.mark.parametrize("credentials", CREDENTIALS)
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_refuses_a_request_without_its_ability(
    op: Operation, credentials: str, run: RunContext
) -> None:
    if op.operation_id not in SELECTED:
        pytest.skip(run.excluded.get(op.operation_id, "not selected"))
    expected = 403 if credentials == "all-abilities-but-the-operations" else 401
    token = _token_for(credentials, op, run)
    path = op.path
    while "{" in path:
        start, end = path.index("{"), path.index("}")
        path = path[:start] + PLACEHOLDER_ID + path[end + 1 :]
    headers = {"Accept": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    body = b"{}" if op.method in ("POST", "PUT", "PATCH") else None
    if body is not None:
        headers["Content-Type"] = "application/json"
    response = SESSION.request(
        op.method, run.base_url + path, headers=headers, data=body, allow_redirects=False
    )
    RECORD.record(op.label, "scenarios", response.status_code)
    assert response.status_code == expected, (
        f"{op.label} with {credentials}: {response.status_code} {response.text[:200]}"
    )
    assert response.headers.get("content-type", "").startswith("application/json"), op.label
    assert isinstance(response.json().get("message"), str), op.label
