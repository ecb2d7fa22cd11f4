"""The loaded spec plus the lookups every check needs: operations, $ref resolution, readable locations."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .._openapi import HTTP_METHODS
from . import _pointer


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    node: dict[str, Any]
    pointer: str

    @property
    def label(self) -> str:
        operation_id = self.node.get("operationId")
        suffix = f" ({operation_id})" if isinstance(operation_id, str) and operation_id else ""
        return f"{self.method.upper()} {self.path}{suffix}"


def mapping(node: Any) -> dict[str, Any]:
    """`node` if it is a mapping, else an empty one: checks must survive a structurally broken spec
    (openapi-spec-validator reports the breakage itself)."""
    return node if isinstance(node, dict) else {}


class Document:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def operations(self) -> Iterator[Operation]:
        """The operations under `paths` (webhooks and callbacks are requests the API sends, so the
        per-operation rules do not apply to them)."""
        for path, item in mapping(self.spec.get("paths")).items():
            item_pointer = _pointer.join("#/paths", path)
            item, item_pointer = self.resolve(item, item_pointer)
            for method in HTTP_METHODS:
                node = mapping(item).get(method)
                if isinstance(node, dict):
                    yield Operation(method, str(path), node, _pointer.join(item_pointer, method))

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follows local `$ref`s from `node` (found at `pointer`) to the object they name. A dangling or
        circular $ref resolves to None (reported by the reference check)."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#") or ref in seen:
                return None, pointer
            seen.add(ref)
            target = _pointer.follow(self.spec, ref)
            if target is _pointer.MISSING:
                return None, pointer
            node, pointer = target, _pointer.join("#", *_pointer.tokens(ref))
        return node, pointer

    def where(self, pointer: str) -> str:
        """A readable name for the place `pointer` is in: the operation, webhook or component."""
        tokens = _pointer.tokens(pointer)
        if len(tokens) >= 3 and tokens[0] == "paths" and tokens[2] in HTTP_METHODS:
            node = mapping(mapping(mapping(self.spec.get("paths")).get(tokens[1])).get(tokens[2]))
            return Operation(tokens[2], tokens[1], node, pointer).label
        if len(tokens) >= 2 and tokens[0] == "paths":
            return f"path {tokens[1]}"
        if len(tokens) >= 3 and tokens[0] == "webhooks" and tokens[2] in HTTP_METHODS:
            return f"webhook {tokens[1]} {tokens[2].upper()}"
        if len(tokens) >= 3 and tokens[0] == "components":
            return f"components/{tokens[1]}/{tokens[2]}"
        return "document"
