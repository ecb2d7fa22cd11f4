"""Facts of the spec the suite builds on, read through :mod:`walletapp_tools.spec`, so a new operation
needs no new code:

- the asynchronous batches: a batch operation is an operation with callbacks (its webhook); its status
  operation is the target of the link of its `200` answer that takes `batch_id` from the answer;
- the fields of a request body, and the links between operations;
- the schema a webhook must satisfy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from ..spec import Operation, Spec, SpecSchemas, join


@dataclass(frozen=True, slots=True)
class BatchKind:
    create: str
    """operationId that starts a batch (`createCouponBatch`)."""
    status: str
    """operationId of its status page (`getCouponBatch`)."""
    results: str
    """The status page's list of results under `data` (`passes`, `mails`)."""


def _by_id(spec: Spec) -> dict[str, Operation]:
    return {op.operation_id: op for op in spec.operations() if op.operation_id}


def _json_schema(spec: Spec, holder: Any) -> dict[str, Any]:
    """The resolved JSON schema of a request body or response (`{}` without one)."""
    node, _ = spec.resolve(holder)
    media = ((node or {}).get("content") or {}).get("application/json") or {}
    schema, _ = spec.resolve(media.get("schema") or {})
    return schema if isinstance(schema, dict) else {}


def links(spec: Spec, operation_id: str, status: str = "200") -> dict[str, dict[str, Any]]:
    """The links of an operation's answer with `status`, by name, `$ref`s followed."""
    response, _ = spec.resolve(_by_id(spec)[operation_id].node.get("responses", {}).get(status, {}))
    return {name: spec.resolve(link)[0] for name, link in ((response or {}).get("links") or {}).items()}


def all_links(spec: Spec) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(source operationId, status, link name, link) for every link of every operation's answers."""
    return [
        (operation_id, str(status), name, link)
        for operation_id, op in _by_id(spec).items()
        for status in op.node.get("responses", {})
        for name, link in links(spec, operation_id, str(status)).items()
    ]


def batch_kinds(spec: Spec) -> list[BatchKind]:
    operations = _by_id(spec)
    kinds = []
    for operation_id, op in operations.items():
        if not op.callbacks:
            continue
        for link in links(spec, operation_id).values():
            if str(link.get("parameters", {}).get("batch_id", "")).startswith("$response.body#"):
                answer = _json_schema(spec, operations[link["operationId"]].node["responses"]["200"])
                data, _ = spec.resolve(answer["properties"]["data"])
                results = next(
                    name
                    for name, prop in data["properties"].items()
                    if spec.resolve(prop)[0].get("type") == "array"
                )
                kinds.append(BatchKind(operation_id, link["operationId"], results))
                break
    return kinds


def request_schema(spec: Spec, operation_id: str) -> dict[str, Any]:
    """The JSON request body schema of an operation, its properties' `$ref`s followed ({} without one)."""
    schema = _json_schema(spec, _by_id(spec)[operation_id].node.get("requestBody") or {})
    if not schema:
        return {}
    return {**schema, "properties": {k: spec.resolve(v)[0] for k, v in schema.get("properties", {}).items()}}


def item_fields(spec: Spec, schema: dict[str, Any], name: str) -> frozenset[str]:
    """The property names of the items of array property `name` of `schema`."""
    items, _ = spec.resolve((schema.get("properties", {}).get(name) or {}).get("items") or {})
    return frozenset((items or {}).get("properties", {}))


def callback_validator(spec: Spec, operation_id: str) -> Draft202012Validator:
    """A JSON Schema validator for the body of the operation's (first) callback request."""
    callback = _by_id(spec)[operation_id].callbacks[0]
    _, body = spec.resolve(callback.node["requestBody"], join(callback.pointer, "requestBody"))
    return SpecSchemas(spec).validator(join(body, "content", "application/json", "schema"))
