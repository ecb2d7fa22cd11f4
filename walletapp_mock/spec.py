"""The spec turned, once at start-up, into what the mock serves: per-operation models with every `$ref`
inlined (parameters and their types, request and response schemas, abilities, documented error bodies).

The spec is read, resolved and walked by `walletapp_tools.spec`, as every other tool reads it. Unknown
schema keywords are refused (stripe-mock's `supportedSchemaFields`), so that a constraint the validator
would silently ignore (a 3.0 `nullable`, a misspelt `maxLenght`) is reported at start-up, naming its
JSON pointer, instead.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from walletapp_tools import spec as openapi
from walletapp_tools.spec import SpecError

__all__ = ["Operation", "Parameter", "ResponseSpec", "Spec", "SpecError", "load_spec"]

_KNOWN_KEYWORDS = openapi.JSON_SCHEMA_KEYWORDS | openapi.OPENAPI_KEYWORDS


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    explode: bool = True


@dataclass(frozen=True)
class ResponseSpec:
    schema: dict[str, Any] | None
    example: Any = None
    has_example: bool = False


@dataclass(frozen=True)
class Operation:
    """One method + path of the spec, with every `$ref` inlined and its schemas plain JSON Schema."""

    method: str
    path: str
    operation_id: str
    tag: str
    model: openapi.Operation
    """The operation as `walletapp_tools.spec` reads it: security requirements, pointer, node."""
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    body_media_types: tuple[str, ...]
    responses: dict[str, ResponseSpec] = field(default_factory=dict)

    @property
    def requires_auth(self) -> bool:
        return self.model.requires_token

    @property
    def abilities(self) -> tuple[str, ...]:
        """Every ability any of its security requirements names."""
        return self.model.abilities

    def allows(self, abilities: Collection[str]) -> bool:
        """Whether a token with `abilities` meets one of the operation's requirements (`*`: all)."""
        return self.model.allows(abilities)

    def documents(self, status: int) -> bool:
        return str(status) in self.responses or f"{str(status)[0]}XX" in self.responses

    def response(self, status: int) -> ResponseSpec | None:
        return (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get("default")
        )

    def error_body(self, status: int, fallback_message: str) -> dict[str, Any]:
        """The spec's example body for this status when it has one with a message, else the constant."""
        spec = self.response(status)
        if spec is not None and isinstance(spec.example, dict) and "message" in spec.example:
            return dict(spec.example)
        return {"message": fallback_message}


@dataclass(frozen=True)
class Spec:
    path: Path
    document: dict[str, Any]
    operations: tuple[Operation, ...]

    def by_id(self) -> dict[str, Operation]:
        return {op.operation_id: op for op in self.operations}


def load_spec(path: Path) -> Spec:
    """Read, resolve and check the spec; any problem becomes one `SpecError` line."""
    document = openapi.load_spec(path)
    if not isinstance(document.document.get("paths"), dict):
        raise SpecError(f"{path}: not an OpenAPI document with paths")
    _check_keywords(document)
    operations = tuple(_operation(document, op) for op in document.operations())
    seen: dict[str, str] = {}
    for op in operations:
        where = f"{op.method} {op.path}"
        if op.operation_id in seen:
            raise SpecError(
                f"{path}: operationId {op.operation_id} used by {seen[op.operation_id]} and {where}"
            )
        seen[op.operation_id] = where
    return Spec(path=path, document=document.document, operations=operations)


def _check_keywords(document: openapi.Spec) -> None:
    for site in openapi.walk(document.document):
        if site.kind != "schema":
            continue
        for keyword in site.node:
            if keyword not in _KNOWN_KEYWORDS and not openapi.is_extension(keyword):
                raise document.error(site.pointer, f"schema keyword {keyword!r} is not supported by the mock")


def _operation(document: openapi.Spec, model: openapi.Operation) -> Operation:
    where = model.pointer
    if model.operation_id is None:
        raise document.error(where, "operation has no operationId")
    node = document.inline(model.node, where)
    params: dict[tuple[str, str], Parameter] = {}
    for index, raw in enumerate(document.parameters(model)):
        p = document.inline(raw, openapi.join(where, "parameters", index))
        if "name" not in p or "in" not in p:
            raise document.error(openapi.join(where, "parameters", index), "a parameter needs name and in")
        params[(p["name"], p["in"])] = Parameter(
            name=p["name"],
            location=p["in"],
            required=bool(p.get("required", p["in"] == "path")),
            schema=openapi.plain_json_schema(p.get("schema", {})),
            explode=bool(p.get("explode", p.get("style", "form") == "form")),
        )
    for name in re.findall(r"{([^}]+)}", model.path):
        if (name, "path") not in params:
            raise document.error(where, f"path parameter {{{name}}} is not declared")
    body = node.get("requestBody") or {}
    content = body.get("content") or {}
    json_media = [media for media, spec in content.items() if "json" in media and isinstance(spec, dict)]
    body_schema = openapi.plain_json_schema(content[json_media[0]].get("schema", {})) if json_media else None
    tags = node.get("tags") or ["default"]
    return Operation(
        method=model.method.upper(),
        path=model.path,
        operation_id=model.operation_id,
        tag=str(tags[0]),
        model=model,
        parameters=tuple(params.values()),
        body_schema=body_schema,
        body_required=bool(body.get("required", False)),
        body_media_types=tuple(content),
        responses={str(status): _response(resp) for status, resp in (node.get("responses") or {}).items()},
    )


def _response(resp: Any) -> ResponseSpec:
    content = resp.get("content") or {} if isinstance(resp, dict) else {}
    for media_type, spec in content.items():
        if "json" not in media_type or not isinstance(spec, dict):
            continue
        schema = spec.get("schema")
        stripped = openapi.plain_json_schema(schema) if schema else None
        if "example" in spec:
            return ResponseSpec(stripped, spec["example"], True)
        for example in (spec.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                return ResponseSpec(stripped, example["value"], True)
        if isinstance(schema, dict) and "example" in schema:
            return ResponseSpec(stripped, schema["example"], True)
        return ResponseSpec(stripped)
    return ResponseSpec(None)
