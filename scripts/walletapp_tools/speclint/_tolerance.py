"""Rule 2 of DISCREPANCIES.md: answers are tolerant.

A schema a client receives (a response, or a webhook or callback payload) must not close a value with
`enum` or `pattern`, nor with a date or time `format`: the documentation shows placeholders there, and a
real server's value outside the list must still be read. Known values belong in `examples`, or in an
open union: `anyOf`/`oneOf` branches that constrain a scalar are fine when a sibling branch accepts any
value of the same type (`anyOf: [{$ref: PassStatus}, {type: string}]`). `const` stays allowed: it states
a documented literal (`"success": true`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..spec import join, subschemas
from ._document import Document, mapping
from ._finding import Finding
from ._schemas import answer_schemas, types_of

CLOSING_KEYWORDS = ("enum", "pattern")
CLOSING_FORMATS = frozenset({"date", "date-time", "time", "duration"})
_CONSTRAINTS = ("enum", "const", "pattern", "format")


def check_tolerance(document: Document) -> Iterator[Finding]:
    seen: set[str] = set()
    for where, schema, pointer in answer_schemas(document):
        yield from _walk(document, schema, pointer, where, seen)


def _walk(document: Document, node: Any, pointer: str, where: str, seen: set[str]) -> Iterator[Finding]:
    node, pointer = document.resolve(node, pointer)
    if not isinstance(node, dict) or pointer in seen:
        return
    seen.add(pointer)
    closing = [keyword for keyword in CLOSING_KEYWORDS if keyword in node]
    if node.get("format") in CLOSING_FORMATS:
        closing.append(f"format {node['format']}")
    if closing:
        yield Finding(
            where,
            pointer,
            f"closes an answer with {', '.join(closing)}: answers accept any value of the kind "
            "(known values go in `examples`, or in an open union with a plain branch of the same type)",
        )
    skipped = _closed_branches_of_open_unions(document, node, pointer)
    for child, child_pointer in subschemas(node, pointer):
        if child_pointer not in skipped:
            yield from _walk(document, child, child_pointer, where, seen)


def _closed_branches_of_open_unions(document: Document, node: dict[str, Any], pointer: str) -> set[str]:
    """The pointers of union branches that are open because a sibling accepts their whole type."""
    skipped: set[str] = set()
    for keyword in ("anyOf", "oneOf"):
        branches = node.get(keyword)
        if not isinstance(branches, list):
            continue
        pointers = [join(pointer, keyword, index) for index in range(len(branches))]
        open_types: set[str] = set()
        for branch, branch_pointer in zip(branches, pointers, strict=True):
            resolved, _ = document.resolve(branch, branch_pointer)
            if _is_open_scalar(resolved):
                open_types |= types_of(document, resolved)
        for branch, branch_pointer in zip(branches, pointers, strict=True):
            kinds = types_of(document, branch, branch_pointer)
            if kinds <= open_types and not kinds & {"object", "array"}:
                skipped.add(branch_pointer)
    return skipped


def _is_open_scalar(node: Any) -> bool:
    node = mapping(node)
    declared = node.get("type")
    scalar = isinstance(declared, str | list) and not {"object", "array"} & set(
        [declared] if isinstance(declared, str) else declared
    )
    return scalar and not any(keyword in node for keyword in _CONSTRAINTS)
