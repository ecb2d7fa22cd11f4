"""For every operation of the spec: no token and an unknown token are answered 401; a token holding
every ability except the operation's is answered 403. The matrix is derived from the spec, so a new
operation is covered without editing this file.

The requests carry no parameters or body: a server must refuse them before it looks at the input, as
Laravel's auth middleware does. The 403 column needs tokens that lack one ability each, which only the
mock can issue (`--tokens`); against a live server it is skipped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from walletapp_tools.contract import Operation, load_operations

from ._target import Target

OPERATIONS = load_operations()
PLACEHOLDER_ID = str(uuid.UUID(int=0x1234_5678_9ABC_4DEF_8123_456789ABCDEF))
CREDENTIALS = ("no-token", "unknown-token", "all-abilities-but-the-operations")

pytestmark = pytest.mark.usefixtures("fresh_mock")


@pytest.fixture(scope="module")
def client(contract_target: Target) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=contract_target.base_url, timeout=10.0, follow_redirects=False) as client:
        yield client


def _request(client: httpx.Client, op: Operation, token: str | None) -> httpx.Response:
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
    return client.request(op.method, path, headers=headers, content=body)


def _token_for(credentials: str, op: Operation, target: Target) -> str | None:
    if credentials == "no-token":
        return None
    if credentials == "unknown-token":
        return "999|contract-suite-unknown-token-" + "x" * 24
    if not target.all_but:
        pytest.skip("needs a token lacking one ability: only the mock can issue one")
    (ability,) = op.abilities
    return target.all_but[ability]


def test_every_operation_requires_exactly_one_ability() -> None:
    wrong = [f"{op.label}: {list(op.abilities)}" for op in OPERATIONS if len(op.abilities) != 1]
    assert not wrong, f"operations without exactly one ability: {wrong}"


@pytest.mark.parametrize("credentials", CREDENTIALS)
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_refuses_a_request_without_its_ability(
    op: Operation, credentials: str, contract_target: Target, client: httpx.Client
) -> None:
    if op.operation_id not in contract_target.selection.operation_ids:
        pytest.skip(contract_target.selection.excluded[op.operation_id])
    expected = 403 if credentials == "all-abilities-but-the-operations" else 401
    response = _request(client, op, _token_for(credentials, op, contract_target))
    assert response.status_code == expected, (
        f"{op.label} with {credentials}: {response.status_code} {response.text}"
    )
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.json().get("message"), str)
