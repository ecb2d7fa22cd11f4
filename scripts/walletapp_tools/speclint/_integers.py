"""Integers every consumer can represent: each integer a client sends (a parameter or a request body
field) has `minimum` and `maximum` within ±(2^53 - 1), the integers JavaScript and I-JSON (RFC 7493)
represent exactly (DISCREPANCIES.md D18a)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..spec import subschemas
from ._document import Document
from ._finding import Finding
from ._schemas import request_schemas

SAFE = 2**53 - 1


def check_integers(document: Document) -> Iterator[Finding]:
    seen: set[str] = set()
    for operation in document.operations():
        for schema, pointer in request_schemas(document, operation):
            yield from _walk(document, schema, pointer, operation.label, seen)


def _walk(document: Document, node: Any, pointer: str, where: str, seen: set[str]) -> Iterator[Finding]:
    node, pointer = document.resolve(node, pointer)
    if not isinstance(node, dict) or pointer in seen:
        return
    seen.add(pointer)
    declared = node.get("type")
    if declared == "integer" or (isinstance(declared, list) and "integer" in declared):
        problem = _bounds_problem(node)
        if problem is not None:
            yield Finding(where, pointer, f"request integer {problem} (within ±{SAFE}, 2^53 - 1)")
    for child, child_pointer in subschemas(node, pointer):
        yield from _walk(document, child, child_pointer, where, seen)


def _bounds_problem(node: dict[str, Any]) -> str | None:
    missing = [keyword for keyword in ("minimum", "maximum") if not _number(node.get(keyword))]
    if missing:
        return f"has no {' and no '.join(missing)}"
    if not -SAFE <= node["minimum"] <= node["maximum"] <= SAFE:
        return f"bounds [{node['minimum']}, {node['maximum']}] are not"
    return None


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
