"""Facts of the spec the suite builds on, read from the document so a new operation needs no new code.

- The asynchronous batches: a batch operation is an operation with callbacks (its webhook); its status
  operation is the target of the link of its `200` answer that takes `batch_id` from the answer.
- The fields of a request body and the spec's own example of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from walletapp_tools._openapi import HTTP_METHODS

from ._operations import load_document


@dataclass(frozen=True, slots=True)
class BatchKind:
    create: str
    """operationId that starts a batch (`createCouponBatch`)."""
    status: str
    """operationId of its status page (`getCouponBatch`)."""
    results: str
    """The status page's list of results under `data` (`passes`, `mails`)."""


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def batch_kinds(document: dict[str, Any] | None = None) -> list[BatchKind]:
    document = document if document is not None else load_document()
    operations = _operations(document)
    kinds = []
    for op_id, op in operations.items():
        if not op.get("callbacks"):
            continue
        accepted = _resolve(document, op.get("responses", {}).get("200", {}))
        for link in (accepted.get("links") or {}).values():
            link = _resolve(document, link)
            if str(link.get("parameters", {}).get("batch_id", "")).startswith("$response.body#"):
                status = operations[link["operationId"]]
                answer = _resolve(document, status["responses"]["200"])
                schema = _resolve(document, answer["content"]["application/json"]["schema"])
                data = _resolve(document, schema["properties"]["data"])
                results = next(
                    name
                    for name, prop in data["properties"].items()
                    if _resolve(document, prop).get("type") == "array"
                )
                kinds.append(BatchKind(op_id, link["operationId"], results))
                break
    return kinds


def _operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: op
        for item in document.get("paths", {}).values()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def request_schema(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The JSON request body schema of an operation, `$ref`s of its first level resolved ({} without one)."""
    op = _operations(document)[operation_id]
    body = _resolve(document, op.get("requestBody") or {})
    media = (body.get("content") or {}).get("application/json") or {}
    schema = _resolve(document, media.get("schema") or {})
    if not schema:
        return {}
    return {
        **schema,
        "properties": {k: _resolve(document, v) for k, v in schema.get("properties", {}).items()},
    }


def item_fields(document: dict[str, Any], schema: dict[str, Any], name: str) -> frozenset[str]:
    """The property names of the items of array property `name` of `schema`."""
    items = _resolve(document, (schema.get("properties", {}).get(name) or {}).get("items") or {})
    return frozenset(items.get("properties", {}))


def links(document: dict[str, Any], operation_id: str, status: str = "200") -> dict[str, dict[str, Any]]:
    """The links of an operation's answer with `status`, by name, `$ref`s resolved."""
    response = _resolve(document, _operations(document)[operation_id].get("responses", {}).get(status, {}))
    return {name: _resolve(document, link) for name, link in (response.get("links") or {}).items()}


def all_links(document: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(source operationId, status, link name, link) for every link of every operation's answers."""
    found = []
    for operation_id, op in _operations(document).items():
        for status in op.get("responses", {}):
            for name, link in links(document, operation_id, str(status)).items():
                found.append((operation_id, str(status), name, link))
    return found


def _pointer(document: dict[str, Any], pointer: str) -> tuple[str, Any]:
    """Follow `pointer` (`#/a/b`), jumping through `$ref`s on the way: the final pointer and its node."""
    node: Any = document
    where = "#"
    for part in pointer[2:].split("/") if pointer != "#" else []:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            where = node["$ref"]
            node = _resolve(document, node)
        node = node[part.replace("~1", "/").replace("~0", "~")]
        where = f"{where}/{part}"
    return where, node


def callback_validator(document: dict[str, Any], operation_id: str) -> Any:
    """A JSON Schema validator for the body of the operation's (first) callback request."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    path = next(
        f"/paths/{p.replace('~', '~0').replace('/', '~1')}/{m}"
        for p, item in document["paths"].items()
        for m, op in item.items()
        if m in HTTP_METHODS and op.get("operationId") == operation_id
    )
    where, callbacks = _pointer(document, f"#{path}/callbacks")
    name = next(iter(callbacks))
    where, callback = _pointer(document, f"{where}/{name}")
    expression = next(iter(_resolve(document, callback)))
    escaped = expression.replace("~", "~0").replace("/", "~1")
    where, _ = _pointer(document, f"{where}/{escaped}/post/requestBody/content/application~1json/schema")
    registry = Registry().with_resource("urn:walletapp", Resource.from_contents(document, DRAFT202012))
    return Draft202012Validator({"$ref": f"urn:walletapp{where}"}, registry=registry)
