"""`$ref`s must resolve, and every component must be used.

A component is used when something reachable from the API surface refers to it: `paths`, `webhooks`
(with their callbacks), the root `security`, or another used component. Security schemes are referred
to by name from security requirements, discriminator targets by `mapping`. Data (examples, defaults,
enums, consts) is never searched for `$ref`s: the references are found by the one OpenAPI walker
(:func:`walletapp_tools.spec.walk`). Only local refs (`#/...`) are supported: the spec is one file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..spec import join, tokens, walk
from ._document import Document, fragment, mapping
from ._finding import Finding


@dataclass(frozen=True)
class _Reference:
    pointer: str
    target: str  # the component kind and name, e.g. ("schemas", "Member") joined as "schemas/Member"


def check_references(document: Document) -> Iterator[Finding]:
    edges: dict[str, list[_Reference]] = {}
    for reference, finding in _references(document):
        if finding is not None:
            yield finding
        if reference is not None:
            edges.setdefault(_owner(reference.pointer), []).append(reference)
    yield from _unused(document, edges)


def _owner(pointer: str) -> str:
    """The component (`schemas/Member`) a node belongs to, or "" for the API surface."""
    parts = tokens(pointer)
    if len(parts) >= 3 and parts[0] == "components":
        return f"{parts[1]}/{parts[2]}"
    return ""


Found = tuple[_Reference | None, Finding | None]


def _references(document: Document) -> Iterator[Found]:
    """Every `$ref`, discriminator mapping and security requirement of the document, checked."""
    yield from _security(document, document.spec.get("security"), "#/security")
    for site in walk(document.spec):
        pointer = fragment(site.pointer)
        if site.kind in ("reference", "schema") and isinstance(site.node.get("$ref"), str):
            yield _ref(document, pointer, site.node["$ref"])
        if site.kind == "schema":
            yield from _discriminator(document, site.node.get("discriminator"), pointer)
        if site.kind == "operation" and "security" in site.node:
            yield from _security(document, site.node["security"], join(pointer, "security"))


def _ref(document: Document, pointer: str, ref: str) -> Found:
    where = document.where(pointer)
    ref_pointer = join(pointer, "$ref")
    if not ref.startswith("#"):
        return None, Finding(where, ref_pointer, f"$ref {ref!r} is not local; only #/... refs are supported")
    if not document.exists(ref):
        return None, Finding(where, ref_pointer, f"dangling $ref {ref!r}: nothing at that pointer")
    return _target(ref_pointer, ref), None


def _discriminator(document: Document, discriminator: Any, pointer: str) -> Iterator[Found]:
    for name, target in mapping(mapping(discriminator).get("mapping")).items():
        target_ref = target if str(target).startswith("#") else f"#/components/schemas/{target}"
        mapping_pointer = join(pointer, "discriminator", "mapping", name)
        if document.exists(target_ref):
            yield _target(mapping_pointer, target_ref), None
        else:
            message = f"discriminator mapping {target!r} names no schema"
            yield None, Finding(document.where(pointer), mapping_pointer, message)


def _security(document: Document, security: Any, pointer: str) -> Iterator[Found]:
    schemes = mapping(mapping(document.spec.get("components")).get("securitySchemes"))
    where = document.where(pointer)
    for index, requirement in enumerate(security if isinstance(security, list) else []):
        for scheme in mapping(requirement):
            scheme_pointer = join(pointer, index, scheme)
            if scheme in schemes:
                yield _Reference(scheme_pointer, f"securitySchemes/{scheme}"), None
            else:
                message = f"security requirement names {scheme!r}, which is not in components/securitySchemes"
                yield None, Finding(where, scheme_pointer, message)


def _target(pointer: str, ref: str) -> _Reference:
    parts = tokens(ref)
    target = f"{parts[1]}/{parts[2]}" if len(parts) >= 3 and parts[0] == "components" else ""
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
                pointer = join("#/components", kind, name)
                yield Finding(f"components/{kind}/{name}", pointer, "unused component: nothing refers to it")
