"""Each operation's generated functions send the request the spec describes, and parse its answer.

For every operation of the client spec, ``sync_detailed`` and ``asyncio_detailed`` are called with the
spec's example parameters and request body through an ``httpx.MockTransport`` (no network). The
recorded request must have the operation's method, path (with the path parameters filled in), query
parameters, bearer token and JSON body; the transport answers the operation's success example, which
must parse into the model of its schema.
"""

from __future__ import annotations

import asyncio
import csv
import json
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
import walletapp_client.models
from walletapp_client import AuthenticatedClient

from .client_spec import (
    ROOT,
    Operation,
    class_name,
    client_spec,
    comparable,
    component_name,
    first_example,
    operations,
    resolve,
    snake_case,
)

OPERATIONS = operations()
TOKEN = "test-token-not-a-secret"
INVENTORY = ROOT / "openapi" / "documented-operations.tsv"


def documented_operations(path: Path = INVENTORY) -> set[tuple[str, str]]:
    """``(METHOD, path)`` of each row of the inventory of documented operations."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {(row["method"].upper(), row["path"]) for row in csv.DictReader(lines, delimiter="\t")}


def python_value(parameter: dict[str, Any], value: Any) -> Any:
    """The value to pass for ``parameter``, typed as the generated signature declares it."""
    fmt = resolve(parameter.get("schema", {})).get("format")
    if fmt == "uuid":
        return UUID(value)
    if fmt == "date-time":
        return datetime.fromisoformat(value)
    return value


def query_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def success(operation: Operation) -> tuple[int, Any, str]:
    """The first 2xx response with a JSON example: status, example, class name of its schema."""
    for status, response in operation.operation["responses"].items():
        media = resolve(response).get("content", {}).get("application/json")
        if status.startswith("2") and media is not None:
            name = component_name(media["schema"])
            assert name is not None, f"{operation.operation_id}: {status} schema is not a component"
            return int(status), first_example(media), class_name(name)
    raise AssertionError(f"{operation.operation_id}: no 2xx JSON response with an example")


class Call:
    """The arguments of one operation call from the spec's examples, and the request they must produce."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self.kwargs: dict[str, Any] = {}
        self.path = operation.path
        self.query: dict[str, str] = {}
        self.body: Any = None
        for parameter in operation.parameters:
            example = first_example(parameter)
            self.kwargs[snake_case(parameter["name"])] = python_value(parameter, example)
            if parameter["in"] == "path":
                self.path = self.path.replace("{" + parameter["name"] + "}", str(example))
            elif parameter["in"] == "query":
                self.query[parameter["name"]] = query_text(example)
        body = resolve(operation.operation.get("requestBody", {})).get("content", {}).get("application/json")
        if body is not None:
            self.body_schema = body["schema"]
            self.body = first_example(body)
            name = component_name(body["schema"])
            assert name is not None, f"{operation.operation_id}: request body schema is not a component"
            model = getattr(walletapp_client.models, class_name(name))
            self.kwargs["body"] = model.from_dict(self.body)
        self.status, self.answer, self.answer_class = success(operation)
        self.requests: list[httpx.Request] = []

    def respond(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(self.status, json=self.answer)

    def client(self) -> AuthenticatedClient:
        return AuthenticatedClient(
            base_url=client_spec()["servers"][0]["url"],
            token=TOKEN,
            httpx_args={"transport": httpx.MockTransport(self.respond)},
        )

    def check(self, response: Any) -> None:
        assert len(self.requests) == 1
        request = self.requests[0]
        where = self.operation.operation_id
        assert request.method == self.operation.method.upper(), where
        assert request.url.path == self.path, where
        assert dict(request.url.params.multi_items()) == self.query, where
        assert request.headers["Authorization"] == f"Bearer {TOKEN}", where
        if self.body is None:
            assert request.content == b"", where
        else:
            assert request.headers["Content-Type"] == "application/json", where
            sent = json.loads(request.content)
            assert comparable(self.body_schema, sent) == comparable(self.body_schema, self.body), where
        assert response.status_code == self.status, where
        assert type(response.parsed).__name__ == self.answer_class, where


def test_the_client_spec_has_exactly_the_documented_operations() -> None:
    assert {(op.method.upper(), op.path) for op in OPERATIONS} == documented_operations()


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_has_the_four_calling_functions(operation: Operation) -> None:
    module = operation.module
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function, None)), f"{module.__name__} has no {function}()"


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_sync_detailed_sends_the_request_the_spec_describes(operation: Operation) -> None:
    call = Call(operation)
    with call.client() as client:
        response = operation.module.sync_detailed(client=client, **call.kwargs)
    call.check(response)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_asyncio_detailed_sends_the_request_the_spec_describes(operation: Operation) -> None:
    call = Call(operation)

    async def run() -> Any:
        async with call.client() as client:
            return await operation.module.asyncio_detailed(client=client, **call.kwargs)

    call.check(asyncio.run(run()))
