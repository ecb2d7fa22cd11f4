"""Walks the whole spec (stripe-mock's `TestResourcesCanBeGenerated`): every operation answers its
documented success and its documented errors, each checked against the spec by the client's hook."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from walletapp_tools.contract import WebhookReceiver

from tests.support.servers import NO_ABILITIES_TOKEN
from walletapp_mock.settings import DEFAULT_SPEC
from walletapp_mock.spec import Operation, load_spec

from .recipes import RECIPES, Ctx, Request, send
from .spec_check import SpecChecker

OPERATIONS = load_spec(DEFAULT_SPEC).operations
UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def ctx(client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], receiver: WebhookReceiver) -> Ctx:
    """What a recipe needs: the shared mock at its seed, its fixtures, the demo token, the receiver."""
    return Ctx(client, fx, auth, receiver)


def _checked(checker: SpecChecker, op: Operation, answer: httpx.Response, before: int) -> None:
    """The client's hook validated this very answer against the spec (schema of its status)."""
    assert checker.seen[(op.operation_id, answer.status_code)] == before + 1


def test_every_operation_of_the_spec_has_a_recipe() -> None:
    assert sorted(op.operation_id for op in OPERATIONS) == sorted(RECIPES)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_answers_its_documented_success(op: Operation, ctx: Ctx, checker: SpecChecker) -> None:
    req = RECIPES[op.operation_id](ctx)
    before = checker.seen[(op.operation_id, 200)]
    answer = send(ctx.client, op.method, op.path, req, ctx.auth)
    assert answer.status_code == 200, answer.text
    _checked(checker, op, answer, before)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_without_a_token_is_401(op: Operation, ctx: Ctx, checker: SpecChecker) -> None:
    req = RECIPES[op.operation_id](ctx)
    before = checker.seen[(op.operation_id, 401)]
    answer = send(ctx.client, op.method, op.path, req, {})
    assert answer.status_code == 401
    _checked(checker, op, answer, before)
    assert answer.json() == {"message": "Unauthenticated."}
    unknown = send(ctx.client, op.method, op.path, req, {"Authorization": "Bearer 1|not-a-token"})
    assert unknown.status_code == 401


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_with_a_token_lacking_its_ability_is_403(
    op: Operation, ctx: Ctx, checker: SpecChecker
) -> None:
    req = RECIPES[op.operation_id](ctx)
    before = checker.seen[(op.operation_id, 403)]
    answer = send(ctx.client, op.method, op.path, req, {"Authorization": f"Bearer {NO_ABILITIES_TOKEN}"})
    assert answer.status_code == 403
    _checked(checker, op, answer, before)
    assert answer.json() == {"message": "Invalid ability provided."}


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.documents(422)], ids=lambda op: op.operation_id)
def test_operation_without_its_inputs_is_422_naming_each_required_field(
    op: Operation, ctx: Ctx, checker: SpecChecker
) -> None:
    req = RECIPES[op.operation_id](ctx)
    empty = Request(path=req.path, query={}, json={} if req.json is not None else None)
    before = checker.seen[(op.operation_id, 422)]
    answer = send(ctx.client, op.method, op.path, empty, ctx.auth)
    assert answer.status_code == 422, answer.text
    _checked(checker, op, answer, before)
    required = {p.name for p in op.parameters if p.required and p.location == "query"}
    required |= set((op.body_schema or {}).get("required", []))
    assert set(answer.json()["errors"]) == required


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.documents(404)], ids=lambda op: op.operation_id)
def test_operation_naming_an_unknown_resource_is_404(op: Operation, ctx: Ctx, checker: SpecChecker) -> None:
    req = RECIPES[op.operation_id](ctx)
    if req.path:
        req.path = {name: UNKNOWN for name in req.path}
    elif req.json is not None and "brand_id" in req.json:
        req.json["brand_id"] = str(uuid.uuid4())
    elif "brand_id" in req.query:
        req.query["brand_id"] = str(uuid.uuid4())
    elif req.json is not None and "location_id" in req.json:
        req.json["location_id"] = "no-such-location"
    elif req.json is not None and "organization_id" in req.json:
        req.json["organization_id"] = "no-such-organization"
    elif "pass_code" in req.query:
        req.query["pass_code"] = "NO-SUCH-CODE"
    else:
        pytest.fail(f"{op.operation_id} documents 404 but its recipe names no resource to make unknown")
    before = checker.seen[(op.operation_id, 404)]
    answer = send(ctx.client, op.method, op.path, req, ctx.auth)
    assert answer.status_code == 404, answer.text
    _checked(checker, op, answer, before)
