"""Calling operations of the spec by operationId, for the run's preparation (discovery, its own test data,
clean-up). The suite's tests call through schemathesis instead, so that every check sees every answer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ._operations import Operation


class CallError(Exception):
    """An operation did not answer as the preparation needs; the message names it, never the token."""


class SpecCaller:
    """`call("listMembers", query={...})`: method and path come from the spec."""

    def __init__(
        self,
        base_url: str,
        token: str,
        operations: Iterable[Operation],
        *,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.operations = {op.operation_id: op for op in operations}
        self._timeout = timeout
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=timeout,
            follow_redirects=False,
            transport=transport,
        )

    def call(
        self,
        operation_id: str,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        expect: int | None = 200,
    ) -> httpx.Response:
        op = self.operations[operation_id]
        url = op.path
        for name, value in (path or {}).items():
            url = url.replace("{" + name + "}", quote(str(value), safe=""))
        try:
            response = self._client.request(op.method, url, params=dict(query) if query else None, json=body)
        except httpx.HTTPError as exc:
            raise CallError(f"{op.label}: {type(exc).__name__}") from None
        if expect is not None and response.status_code != expect:
            raise CallError(f"{op.label} answered {response.status_code}, expected {expect}")
        return response

    def json(self, operation_id: str, **kwargs: Any) -> Any:
        response = self.call(operation_id, **kwargs)
        try:
            return response.json()
        except ValueError:
            raise CallError(f"{self.operations[operation_id].label}: the answer is not JSON") from None

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> SpecCaller:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
