"""The spec being linted, read through :mod:`walletapp_tools.spec`, plus readable names for its places.

Findings carry pointers as URI fragments (``#/paths/~1members/get``), the form a ``$ref`` uses.
"""

from __future__ import annotations

from typing import Any

from ..spec import HTTP_METHODS, Operation, Spec, SpecError, tokens

__all__ = ["MISSING", "Document", "Operation", "fragment", "mapping"]

MISSING = object()
"""What :meth:`Document.follow` gives for a pointer that names nothing."""


def mapping(node: Any) -> dict[str, Any]:
    """`node` if it is a mapping, else an empty one: checks must survive a structurally broken spec
    (openapi-spec-validator reports the breakage itself)."""
    return node if isinstance(node, dict) else {}


def fragment(pointer: str) -> str:
    """``/paths/x`` as ``#/paths/x``."""
    return pointer if pointer.startswith("#") else f"#{pointer}"


class Document:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.model = Spec(spec, "spec")

    def operations(self) -> list[Operation]:
        """The operations under `paths` (webhooks and callbacks are requests the API sends, so the
        per-operation rules do not apply to them). None while a path item's `$ref` dangles: the
        reference check reports that first."""
        try:
            return self.model.operations()
        except SpecError:
            return []

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follows local `$ref`s from `node` (found at `pointer`) to the object they name. A dangling or
        circular $ref resolves to None (reported by the reference check)."""
        try:
            resolved, at = self.model.resolve(node, pointer.removeprefix("#"))
        except SpecError:
            return None, pointer
        return resolved, fragment(at)

    def follow(self, pointer: str) -> Any:
        """The node at the local pointer (`#/...`), without following `$ref`s on the way; `MISSING`
        when there is none (a check must survive a broken spec)."""
        try:
            return self.model.lookup(fragment(pointer))
        except SpecError:
            return MISSING

    def exists(self, ref: str) -> bool:
        """Whether the local `$ref` value `ref` names a node of the spec."""
        try:
            self.model.lookup(ref)
        except SpecError:
            return False
        return True

    def where(self, pointer: str) -> str:
        """A readable name for the place `pointer` is in: the operation, webhook or component."""
        parts = tokens(pointer)
        if len(parts) >= 3 and parts[0] == "paths" and parts[2] in HTTP_METHODS:
            node = mapping(mapping(mapping(self.spec.get("paths")).get(parts[1])).get(parts[2]))
            operation_id = node.get("operationId")
            suffix = f" ({operation_id})" if isinstance(operation_id, str) and operation_id else ""
            return f"{parts[2].upper()} {parts[1]}{suffix}"
        if len(parts) >= 2 and parts[0] == "paths":
            return f"path {parts[1]}"
        if len(parts) >= 3 and parts[0] == "webhooks" and parts[2] in HTTP_METHODS:
            return f"webhook {parts[1]} {parts[2].upper()}"
        if len(parts) >= 3 and parts[0] == "components":
            return f"components/{parts[1]}/{parts[2]}"
        return "document"
