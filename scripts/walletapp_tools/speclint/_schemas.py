"""Walking JSON Schemas inside the spec: subschemas by keyword, the JSON types a schema admits, and the
schemas a request or an answer of an operation is made of."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..spec import HTTP_METHODS, join
from ._document import Document, Operation, fragment, mapping

ALL_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})


def types_of(document: Document, node: Any, pointer: str = "#", depth: int = 0) -> frozenset[str]:
    """The JSON types `node` admits: its `type`, else the union of its `anyOf`/`oneOf` branches, else any."""
    node, pointer = document.resolve(node, pointer)
    node = mapping(node)
    declared = node.get("type")
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(t for t in declared if isinstance(t, str))
    for keyword in ("anyOf", "oneOf"):
        branches = node.get(keyword)
        if isinstance(branches, list) and branches and depth < 20:
            return frozenset().union(*(types_of(document, b, pointer, depth + 1) for b in branches))
    return ALL_TYPES


def request_schemas(document: Document, operation: Operation) -> Iterator[tuple[Any, str]]:
    """The schemas of an operation's parameters (path-level ones included) and request body."""
    item_pointer = fragment(operation.pointer).rsplit("/", 1)[0]
    item, item_pointer = document.resolve(document.follow(item_pointer), item_pointer)
    for parameter, pointer in parameters(document, operation, mapping(item), item_pointer):
        if isinstance(parameter.get("schema"), dict):
            yield parameter["schema"], join(pointer, "schema")
    body, body_pointer = document.resolve(
        operation.node.get("requestBody"), join(fragment(operation.pointer), "requestBody")
    )
    for media, media_pointer in _media(mapping(body), body_pointer):
        yield media["schema"], join(media_pointer, "schema")


def parameters(
    document: Document, operation: Operation, item: dict[str, Any], item_pointer: str
) -> Iterator[tuple[dict[str, Any], str]]:
    """The resolved parameters of an operation, path-level ones first, each with its pointer."""
    for holder, holder_pointer in ((item, item_pointer), (operation.node, operation.pointer)):
        values = holder.get("parameters")
        for index, value in enumerate(values if isinstance(values, list) else []):
            resolved, pointer = document.resolve(value, join(holder_pointer, "parameters", index))
            if isinstance(resolved, dict):
                yield resolved, pointer


def answer_schemas(document: Document) -> Iterator[tuple[str, Any, str]]:
    """(where, schema, pointer) of everything a client receives: each operation's responses, and the
    payloads of webhooks and callbacks (requests WalletApp sends to the client)."""
    for operation in document.operations():
        responses = mapping(operation.node.get("responses"))
        for status, response in responses.items():
            pointer = join(fragment(operation.pointer), "responses", status)
            resolved, pointer = document.resolve(response, pointer)
            for media, media_pointer in _media(mapping(resolved), pointer):
                yield operation.label, media["schema"], join(media_pointer, "schema")
        for name, callback in mapping(operation.node.get("callbacks")).items():
            callback_pointer = join(fragment(operation.pointer), "callbacks", name)
            callback, callback_pointer = document.resolve(callback, callback_pointer)
            for expression, item in mapping(callback).items():
                yield from _payloads(document, item, join(callback_pointer, expression), operation.label)
    for name, item in mapping(document.spec.get("webhooks")).items():
        yield from _payloads(document, item, join("#/webhooks", name), f"webhook {name}")


def _payloads(document: Document, item: Any, pointer: str, where: str) -> Iterator[tuple[str, Any, str]]:
    item, pointer = document.resolve(item, pointer)
    for method in HTTP_METHODS:
        node = mapping(mapping(item).get(method))
        body, body_pointer = document.resolve(node.get("requestBody"), join(pointer, method, "requestBody"))
        for media, media_pointer in _media(mapping(body), body_pointer):
            yield where, media["schema"], join(media_pointer, "schema")


def _media(holder: dict[str, Any], pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
    for media_type, media in mapping(holder.get("content")).items():
        if isinstance(mapping(media).get("schema"), dict):
            yield media, join(pointer, "content", media_type)
