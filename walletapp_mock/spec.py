"""Load openapi/walletapp.yaml once at start-up and turn it into resolved, per-operation models.

Everything the mock knows about the API's shape comes from here: routes, parameters and their types,
request and response schemas, abilities, documented error bodies. Unknown schema keywords are refused
(stripe-mock's `supportedSchemaFields`) so that a constraint the validator would silently ignore is
reported at start-up instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

_SCHEMA_KEYWORDS = frozenset(
    {
        "type",
        "properties",
        "required",
        "items",
        "prefixItems",
        "additionalProperties",
        "enum",
        "const",
        "format",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "multipleOf",
        "oneOf",
        "anyOf",
        "allOf",
        "not",
        "if",
        "then",
        "else",
        "title",
        "description",
        "example",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "discriminator",
        "externalDocs",
        "xml",
        "$comment",
        "$schema",
        "$id",
        "contentMediaType",
        "contentEncoding",
        "dependentRequired",
        "patternProperties",
        "propertyNames",
        "unevaluatedProperties",
        "unevaluatedItems",
        "contains",
        "minContains",
        "maxContains",
        "$defs",
    }
)
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_SINGLES = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
)
_ANNOTATIONS_ONLY = ("example", "examples", "discriminator", "xml", "externalDocs")


class SpecError(Exception):
    """The spec cannot drive the mock; the message names the file and the JSON pointer."""


_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader (libyaml's when present: start-up time) without the timestamp resolver, so that
    dates in examples stay strings, as in JSON."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
    """One method + path of the spec, with every $ref resolved."""

    method: str
    path: str
    operation_id: str
    tag: str
    abilities: tuple[str, ...]
    requires_auth: bool
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    body_media_types: tuple[str, ...]
    responses: dict[str, ResponseSpec] = field(default_factory=dict)

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
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read the spec ({exc.strerror})") from None
    try:
        document = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: not valid YAML ({exc})".replace("\n", " ")) from None
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SpecError(f"{path}: not an OpenAPI document with paths")
    resolver = _Resolver(document, path)
    operations = tuple(_operations(document, resolver, path))
    seen: dict[str, str] = {}
    for op in operations:
        where = f"{op.method} {op.path}"
        if op.operation_id in seen:
            raise SpecError(
                f"{path}: operationId {op.operation_id} used by {seen[op.operation_id]} and {where}"
            )
        seen[op.operation_id] = where
    return Spec(path=path, document=document, operations=operations)


def json_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema as plain JSON Schema 2020-12 for a validator: OpenAPI-only annotations removed."""
    return _strip(schema)  # type: ignore[no-any-return]


def _strip(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in _ANNOTATIONS_ONLY or (isinstance(key, str) and key.startswith("x-")):
                continue
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                out[key] = {name: _strip(sub) for name, sub in value.items()}
            else:
                out[key] = _strip(value) if key not in ("enum", "const", "default") else value
        return out
    if isinstance(node, list):
        return [_strip(item) for item in node]
    return node


class _Resolver:
    """Inline local `$ref`s (`#/...`); refuses remote refs and cycles, naming the pointer."""

    def __init__(self, document: dict[str, Any], path: Path) -> None:
        self.document = document
        self.path = path
        self.cache: dict[str, Any] = {}

    def target(self, ref: str, where: str) -> Any:
        if not ref.startswith("#/"):
            raise SpecError(f"{self.path}#{where}: only local $refs are supported, got {ref}")
        node: Any = self.document
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecError(f"{self.path}#{where}: $ref {ref} points at nothing")
        return node

    def resolve(self, node: Any, where: str, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, dict):
            if "$ref" in node and isinstance(node["$ref"], str):
                ref = node["$ref"]
                if ref in stack:
                    raise SpecError(f"{self.path}#{where}: recursive $ref {ref} is not supported")
                if ref not in self.cache or len(node) > 1:
                    resolved = self.resolve(self.target(ref, where), ref[1:], (*stack, ref))
                    siblings = {k: v for k, v in node.items() if k != "$ref"}
                    if siblings and isinstance(resolved, dict):
                        resolved = {**resolved, **self.resolve(siblings, where, stack)}
                    if len(node) > 1:
                        return resolved
                    self.cache[ref] = resolved
                return self.cache[ref]
            return {k: self.resolve(v, f"{where}/{_escape(str(k))}", stack) for k, v in node.items()}
        if isinstance(node, list):
            return [self.resolve(v, f"{where}/{i}", stack) for i, v in enumerate(node)]
        return node


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _check_schema(schema: Any, where: str, path: Path) -> None:
    if isinstance(schema, bool):
        return
    if not isinstance(schema, dict):
        raise SpecError(f"{path}#{where}: a schema must be an object")
    for key, value in schema.items():
        if isinstance(key, str) and key.startswith("x-"):
            continue
        if key not in _SCHEMA_KEYWORDS:
            raise SpecError(f"{path}#{where}: schema keyword {key!r} is not supported by the mock")
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            for name, sub in value.items():
                _check_schema(sub, f"{where}/{key}/{_escape(str(name))}", path)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            for i, sub in enumerate(value):
                _check_schema(sub, f"{where}/{key}/{i}", path)
        elif key in _SCHEMA_SINGLES:
            _check_schema(value, f"{where}/{key}", path)


def _operations(document: dict[str, Any], resolver: _Resolver, path: Path) -> list[Operation]:
    global_security = document.get("security")
    out: list[Operation] = []
    for route, item in document["paths"].items():
        if not isinstance(item, dict):
            raise SpecError(f"{path}#/paths/{_escape(route)}: a path item must be an object")
        base = f"/paths/{_escape(route)}"
        item = resolver.resolve(item, base)
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            out.append(
                _operation(route, method, item[method], shared, global_security, f"{base}/{method}", path)
            )
    return out


def _operation(
    route: str,
    method: str,
    raw: dict[str, Any],
    shared: list[dict[str, Any]],
    global_security: Any,
    where: str,
    path: Path,
) -> Operation:
    op_id = raw.get("operationId")
    if not isinstance(op_id, str) or not op_id:
        raise SpecError(f"{path}#{where}: operation has no operationId")
    params: dict[tuple[str, str], Parameter] = {}
    for i, p in enumerate([*shared, *raw.get("parameters", [])]):
        if not isinstance(p, dict) or "name" not in p or "in" not in p:
            raise SpecError(f"{path}#{where}/parameters/{i}: a parameter needs name and in")
        schema = p.get("schema", {})
        _check_schema(schema, f"{where}/parameters/{i}/schema", path)
        params[(p["name"], p["in"])] = Parameter(
            name=p["name"],
            location=p["in"],
            required=bool(p.get("required", p["in"] == "path")),
            schema=json_schema(schema),
            explode=bool(p.get("explode", p.get("style", "form") == "form")),
        )
    for name in re.findall(r"{([^}]+)}", route):
        if (name, "path") not in params:
            raise SpecError(f"{path}#{where}: path parameter {{{name}}} is not declared")
    body = raw.get("requestBody") or {}
    content = body.get("content") or {}
    body_schema = None
    media = tuple(content)
    for media_type, spec in content.items():
        if "json" in media_type and isinstance(spec, dict):
            schema = spec.get("schema", {})
            _check_schema(schema, f"{where}/requestBody/content/{_escape(media_type)}/schema", path)
            body_schema = json_schema(schema)
            break
    responses: dict[str, ResponseSpec] = {}
    for status, resp in (raw.get("responses") or {}).items():
        responses[str(status)] = _response(resp, f"{where}/responses/{status}", path)
    security = raw.get("security", global_security)
    abilities: tuple[str, ...] = ()
    requires_auth = bool(security)
    if security:
        first = security[0] if isinstance(security, list) and security else {}
        if isinstance(first, dict):
            for scopes in first.values():
                abilities = tuple(str(s) for s in scopes or ())
    tags = raw.get("tags") or ["default"]
    return Operation(
        method=method.upper(),
        path=route,
        operation_id=op_id,
        tag=str(tags[0]),
        abilities=abilities,
        requires_auth=requires_auth,
        parameters=tuple(params.values()),
        body_schema=body_schema,
        body_required=bool(body.get("required", False)),
        body_media_types=media,
        responses=responses,
    )


def _response(resp: Any, where: str, path: Path) -> ResponseSpec:
    if not isinstance(resp, dict):
        raise SpecError(f"{path}#{where}: a response must be an object")
    content = resp.get("content") or {}
    for media_type, spec in content.items():
        if "json" not in media_type or not isinstance(spec, dict):
            continue
        schema = spec.get("schema")
        if schema is not None:
            _check_schema(schema, f"{where}/content/{_escape(media_type)}/schema", path)
        stripped = json_schema(schema) if schema else None
        if "example" in spec:
            return ResponseSpec(stripped, spec["example"], True)
        examples = spec.get("examples") or {}
        for ex in examples.values():
            if isinstance(ex, dict) and "value" in ex:
                return ResponseSpec(stripped, ex["value"], True)
        if isinstance(schema, dict) and "example" in schema:
            return ResponseSpec(stripped, schema["example"], True)
        return ResponseSpec(stripped)
    return ResponseSpec(None)
