"""`$ref`s must resolve, and every component must be used.

A component is used when something reachable from the API surface refers to it: `paths`, `webhooks`
(with their callbacks), the root `security`, or another used component. Security schemes are referred
to by name from security requirements, discriminator targets by `mapping`. Data (examples, defaults,
enums, consts) is never searched for `$ref`s. Only local refs (`#/...`) are supported: the spec is one
file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import _pointer
from ._document import Document, mapping
from ._finding import Finding

_DATA_KEYWORDS = frozenset({"example", "default", "enum", "const"})
# Keys whose mapping value is keyed by user-chosen names (a property called "default", a response
# called "default", a schema called "example"), not by keywords.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "dependentSchemas",
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "paths",
        "webhooks",
        "content",
        "encoding",
        "mapping",
        "variables",
        "scopes",
    }
)
_NAMED = ""  # the `key` of a node that sits under a user-chosen name


@dataclass(frozen=True)
class _Reference:
    pointer: str
    target: str  # the component kind and name, e.g. ("schemas", "Member") joined as "schemas/Member"


def check_references(document: Document) -> Iterator[Finding]:
    spec = document.spec
    edges: dict[str, list[_Reference]] = {}
    for pointer, node, key in _nodes(spec, "#", "#"):
        for reference, finding in _references_in(document, pointer, node, key):
            if finding is not None:
                yield finding
            if reference is not None:
                edges.setdefault(_owner(pointer), []).append(reference)
    yield from _unused(document, edges)


def _owner(pointer: str) -> str:
    """The component (`schemas/Member`) a node belongs to, or "" for the API surface."""
    tokens = _pointer.tokens(pointer)
    if len(tokens) >= 3 and tokens[0] == "components":
        return f"{tokens[1]}/{tokens[2]}"
    return ""


def _nodes(node: Any, pointer: str, key: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Every mapping in the document that is not data, with its pointer and the key it sits under
    (`_NAMED` under a user-chosen name, `key[]` for list items)."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _nodes(item, _pointer.join(pointer, index), f"{key}[]")
        return
    if not isinstance(node, dict):
        return
    yield pointer, node, key
    if key in _NAME_MAPS:
        for name, value in node.items():
            yield from _nodes(value, _pointer.join(pointer, name), _NAMED)
        return
    for child, value in node.items():
        if child in _DATA_KEYWORDS or (child == "examples" and isinstance(value, list)):
            continue
        if child == "value" and _is_example(pointer):
            continue
        yield from _nodes(value, _pointer.join(pointer, child), str(child))


def _is_example(pointer: str) -> bool:
    tokens = _pointer.tokens(pointer)
    return len(tokens) >= 2 and tokens[-2] == "examples"


def _references_in(
    document: Document, pointer: str, node: dict[str, Any], key: str
) -> Iterator[tuple[_Reference | None, Finding | None]]:
    where = document.where(pointer)
    ref = node.get("$ref")
    if isinstance(ref, str) and key not in _NAME_MAPS:
        ref_pointer = _pointer.join(pointer, "$ref")
        if not ref.startswith("#"):
            yield (
                None,
                Finding(where, ref_pointer, f"$ref {ref!r} is not local; only #/... refs are supported"),
            )
        elif not _pointer.exists(document.spec, ref):
            yield None, Finding(where, ref_pointer, f"dangling $ref {ref!r}: nothing at that pointer")
        else:
            yield _target(ref_pointer, ref), None
    if key == "discriminator":
        for name, target in mapping(node.get("mapping")).items():
            target_ref = target if str(target).startswith("#") else f"#/components/schemas/{target}"
            mapping_pointer = _pointer.join(pointer, "mapping", name)
            if not _pointer.exists(document.spec, target_ref):
                yield (
                    None,
                    Finding(where, mapping_pointer, f"discriminator mapping {target!r} names no schema"),
                )
            else:
                yield _target(mapping_pointer, target_ref), None
    if key == "security[]":
        schemes = mapping(mapping(document.spec.get("components")).get("securitySchemes"))
        for scheme in node:
            scheme_pointer = _pointer.join(pointer, scheme)
            if scheme in schemes:
                yield _Reference(scheme_pointer, f"securitySchemes/{scheme}"), None
            else:
                message = f"security requirement names {scheme!r}, which is not in components/securitySchemes"
                yield None, Finding(where, scheme_pointer, message)


def _target(pointer: str, ref: str) -> _Reference:
    tokens = _pointer.tokens(ref)
    target = f"{tokens[1]}/{tokens[2]}" if len(tokens) >= 3 and tokens[0] == "components" else ""
    return _Reference(pointer, target)


def _unused(document: Document, edges: dict[str, list[_Reference]]) -> Iterator[Finding]:
    used: set[str] = set()
    pending = [""]
    while pending:
        for reference in edges.get(pending.pop(), []):
            if reference.target and reference.target not in used:
                used.add(reference.target)
                pending.append(reference.target)
    for kind, components in mapping(document.spec.get("components")).items():
        for name in mapping(components):
            if f"{kind}/{name}" not in used:
                pointer = _pointer.join("#/components", kind, name)
                yield Finding(f"components/{kind}/{name}", pointer, "unused component: nothing refers to it")
