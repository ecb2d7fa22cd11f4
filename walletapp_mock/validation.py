"""Request validation compiled from the spec: query/path strings coerced to the schema's types, JSON
bodies checked with jsonschema-rs, every violation reported as a Laravel 422 (dotted field keys).

One `RequestValidator` per operation is built at start-up; the hot path is a dict build plus one
compiled `is_valid` call. Error messages are only produced when a request is invalid.

Two mock limits, not the API's, bound what one request can make the mock build: every array of a body
holds at most `max_array_items` unless its schema says fewer (2,000 users of an import), and a query
integer longer than any 64-bit one is refused as "must be an integer" (as Laravel's `integer` rule does)
instead of being converted: Python refuses to convert more than 4,300 digits.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
import orjson
from walletapp_tools.spec import schema_tree

from . import laravel
from .laravel import ApiError, displayable, validation_failed
from .spec import Operation, Parameter

_INT = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
_INT64 = 2**63
_INT64_DIGITS = len(str(_INT64)) + 1


@dataclass(frozen=True)
class ValidRequest:
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any


def _types(schema: Mapping[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [t for t in declared if isinstance(t, str)]
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            return [t for sub in schema[key] if isinstance(sub, dict) for t in _types(sub)]
    return []


def coercer(schema: Mapping[str, Any]) -> Callable[[str], Any]:
    """How to read one query-string value as the schema's type; values that don't parse stay strings
    so that the validator reports them with the type's message."""
    types = _types(schema)

    def coerce(raw: str) -> Any:
        for t in types:
            if (
                t == "integer"
                and len(raw) <= _INT64_DIGITS
                and _INT.match(raw)
                and -_INT64 <= (whole := int(raw)) < _INT64
            ):
                return whole
            if t == "number" and _NUMBER.match(raw) and math.isfinite(number := float(raw)):
                return (
                    int(number)
                    if number.is_integer() and "." not in raw and "e" not in raw.lower()
                    else number
                )
            if t == "boolean" and raw.lower() in _BOOLEANS:
                return _BOOLEANS[raw.lower()]
            if t == "null" and raw in ("", "null"):
                return None
            if t == "string":
                return raw
        return raw

    return coerce


class _ParamReader:
    __slots__ = ("array", "coerce", "explode", "name")

    def __init__(self, param: Parameter) -> None:
        self.name = param.name
        self.array = "array" in _types(param.schema)
        items = param.schema.get("items", {}) if self.array else param.schema
        self.coerce = coercer(items if isinstance(items, dict) else {})
        self.explode = param.explode

    def read(self, source: Any) -> Any:
        """`source` is the request's QueryParams or path parameters; _MISSING when the parameter is absent."""
        if not self.array:
            raw = source.get(self.name)
            return _MISSING if raw is None else self.coerce(raw)
        getlist = getattr(source, "getlist", None)
        values: list[str] = []
        if getlist is not None:
            values = [*getlist(self.name), *getlist(self.name + "[]")]
        elif self.name in source:
            values = [source[self.name]]
        if not values:
            return _MISSING
        if not self.explode and len(values) == 1:
            values = values[0].split(",")
        return [self.coerce(v) for v in values]


_MISSING: Any = object()


def _validator(schema: dict[str, Any]) -> Any:
    return jsonschema_rs.validator_for(schema, validate_formats=True)


def bounded_arrays(schema: dict[str, Any], max_items: int) -> dict[str, Any]:
    """A copy of `schema` in which every array holds at most `max_items`, or fewer if it said so."""
    bounded = copy.deepcopy(schema)
    for node, _ in schema_tree(bounded, ""):
        is_array = "array" in _types(node) or "items" in node or "prefixItems" in node
        declared = node.get("maxItems")
        if is_array and not (isinstance(declared, int) and declared <= max_items):
            node["maxItems"] = max_items
    return bounded


def _params_schema(params: Sequence[Parameter]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {p.name: p.schema for p in params},
        "required": [p.name for p in params if p.required],
    }


class RequestValidator:
    """Validates one operation's requests; built once per operation at start-up."""

    def __init__(self, op: Operation, max_array_items: int) -> None:
        self.op = op
        self.has_body = op.body_schema is not None and op.method not in ("GET", "DELETE", "HEAD")
        query = [p for p in op.parameters if p.location == "query"]
        path = [p for p in op.parameters if p.location == "path"]
        self._query = [_ParamReader(p) for p in query]
        self._path = [_ParamReader(p) for p in path]
        self._query_validator = _validator(_params_schema(query)) if query else None
        self._path_validator = _validator(_params_schema(path)) if path else None
        self._body_validator = (
            _validator(bounded_arrays(op.body_schema, max_array_items))
            if self.has_body and op.body_schema is not None
            else None
        )

    def validate(
        self, path_params: Mapping[str, str], query: Any, content_type: str | None, raw_body: bytes
    ) -> ValidRequest:
        """A path that names nothing valid is a 404 (as a Laravel route constraint answers); every bad
        query or body field is reported together in one 422."""
        path_values = self._read(self._path, path_params)
        if self._path_validator is not None and not self._path_validator.is_valid(path_values):
            raise ApiError(404, {"message": laravel.RESOURCE_NOT_FOUND})
        query_values = self._read(self._query, query)
        body: Any = None
        if self.has_body:
            body = self._parse_body(content_type, raw_body)
        bad: dict[str, list[str]] = {}
        if self._query_validator is not None and not self._query_validator.is_valid(query_values):
            _collect(self._query_validator, query_values, bad)
        if self._body_validator is not None and not self._body_validator.is_valid(body):
            _collect(self._body_validator, body, bad)
        if bad:
            raise validation_failed(bad)
        return ValidRequest(path_values, query_values, body)

    @staticmethod
    def _read(readers: list[_ParamReader], source: Any) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for reader in readers:
            value = reader.read(source)
            if value is not _MISSING:
                values[reader.name] = value
        return values

    def _parse_body(self, content_type: str | None, raw: bytes) -> Any:
        if not raw.strip():
            return {}
        if content_type is None or "json" not in content_type.lower():
            raise self._body_error(415, laravel.WRONG_CONTENT_TYPE)
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise self._body_error(400, laravel.MALFORMED_JSON) from None

    def _body_error(self, preferred: int, message: str) -> ApiError:
        """The most specific 4xx the spec documents for this operation; 422 (Laravel's) otherwise."""
        for status in (preferred, 400):
            if self.op.documents(status):
                return ApiError(status, {"message": message})
        return validation_failed({"body": [message]})


def _collect(validator: Any, instance: Any, bad: dict[str, list[str]]) -> None:
    for error in validator.iter_errors(instance):
        kind = error.kind
        name = kind.name
        parts = [str(p) for p in error.instance_path]
        if name == "required":
            fields = [".".join([*parts, str(kind.property)])]
        elif name == "additionalProperties":
            fields = [".".join([*parts, str(u)]) for u in kind.unexpected]
        else:
            fields = [".".join(parts)]
        for field in fields:
            key = field or "body"
            message = _message(name, kind, displayable(key))
            existing = bad.setdefault(key, [])
            if message not in existing:
                existing.append(message)


def _message(name: str, kind: Any, field: str) -> str:
    limit = getattr(kind, "limit", None)
    context = getattr(kind, "context", None) if name == "anyOf" else None
    if context and context[0]:
        # A value matching no branch of a union (a `Timestamp`, a `BooleanInput`): Laravel names the
        # first rule it breaks, so the first branch's first error speaks for the field.
        first = context[0][0].kind
        return _message(first.name, first, field)
    if name == "required":
        return f"The {field} field is required."
    if name == "additionalProperties":
        return f"The {field} field is prohibited."
    if name == "type":
        expected = [t for t in kind.types if t != "null"] if isinstance(kind.types, list) else [kind.types]
        noun = {
            "string": "a string",
            "integer": "an integer",
            "number": "a number",
            "boolean": "true or false",
            "array": "an array",
            "object": "an object",
        }.get(expected[0] if expected else "", "of a valid type")
        if expected and expected[0] == "boolean":
            return f"The {field} field must be true or false."
        return f"The {field} field must be {noun}."
    if name in ("enum", "const"):
        return f"The selected {field} is invalid."
    if name == "format":
        return {
            "email": f"The {field} field must be a valid email address.",
            "date-time": f"The {field} field must be a valid date.",
            "date": f"The {field} field must be a valid date.",
            "uri": f"The {field} field must be a valid URL.",
            "url": f"The {field} field must be a valid URL.",
            "uuid": f"The {field} field must be a valid UUID.",
        }.get(str(kind.format), f"The {field} field format is invalid.")
    if name == "pattern":
        return f"The {field} field format is invalid."
    if name == "minimum":
        return f"The {field} field must be at least {limit}."
    if name == "maximum":
        return f"The {field} field must not be greater than {limit}."
    if name == "exclusiveMinimum":
        return f"The {field} field must be greater than {limit}."
    if name == "exclusiveMaximum":
        return f"The {field} field must be less than {limit}."
    if name == "minLength":
        return f"The {field} field must be at least {limit} characters."
    if name == "maxLength":
        return f"The {field} field must not be greater than {limit} characters."
    if name == "minItems":
        return f"The {field} field must have at least {limit} items."
    if name == "maxItems":
        return f"The {field} field must not have more than {limit} items."
    if name == "uniqueItems":
        return f"The {field} field has a duplicate value."
    return f"The {field} field is invalid."
