"""Checks every response the tests receive against the spec's response schema for its status.

Deliberately independent of the mock's own machinery: paths are matched with regular expressions built
here, and schemas are checked with the pure-Python `jsonschema` package (the mock validates requests with
jsonschema-rs), so a bug shared by the mock and its checker is unlikely.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import jsonschema
import orjson

from walletapp_mock.spec import Operation, Spec


@dataclass
class _Route:
    method: str
    pattern: re.Pattern[str]
    static_segments: int
    op: Operation


@dataclass
class SpecChecker:
    spec: Spec
    seen: Counter[tuple[str, int]] = field(default_factory=Counter)
    _routes: list[_Route] = field(default_factory=list)
    _validators: dict[tuple[str, str], Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for op in self.spec.operations:
            regex = "^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(op.path)) + "$"
            statics = sum(1 for s in op.path.split("/") if s and not s.startswith("{"))
            self._routes.append(_Route(op.method, re.compile(regex), statics, op))
        self._routes.sort(key=lambda r: -r.static_segments)

    def operation(self, method: str, path: str) -> Operation | None:
        """The operation of the path template that matches first (static segments win), if it has the
        method; a known path asked with another method is no operation (the mock answers 405)."""
        for route in self._routes:
            if route.pattern.match(path):
                same_path = (r.op for r in self._routes if r.op.path == route.op.path and r.method == method)
                return next(same_path, None)
        return None

    def check(self, response: httpx.Response) -> None:
        """Raises AssertionError when a response of a spec operation is not what the spec documents."""
        request = response.request
        path = request.url.path
        if path.startswith("/__mock"):
            return
        op = self.operation(request.method, path)
        if op is None:
            return
        response.read()
        status = response.status_code
        spec = (
            op.responses.get(str(status))
            or op.responses.get(f"{str(status)[0]}XX")
            or op.responses.get("default")
        )
        assert spec is not None, (
            f"{op.operation_id}: status {status} is not documented: {response.text[:300]}"
        )
        assert response.headers.get("content-type", "").startswith("application/json"), (
            f"{op.operation_id} {status}: content-type {response.headers.get('content-type')}"
        )
        body = orjson.loads(response.content)
        if spec.schema is not None:
            key = (op.operation_id, str(status))
            validator = self._validators.get(key)
            if validator is None:
                validator = jsonschema.Draft202012Validator(
                    spec.schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
                )
                self._validators[key] = validator
            problems = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
            assert not problems, f"{op.operation_id} {status} does not match the spec: " + "; ".join(
                f"/{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in problems[:5]
            )
        self.seen[(op.operation_id, status)] += 1
