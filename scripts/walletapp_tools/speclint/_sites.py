"""Finds every example in the spec and the schema it must satisfy.

The one OpenAPI walker (:func:`walletapp_tools.spec.walk`) visits reusable objects once, under
`components`. The one exception is a media type's or parameter's `examples` entry that refers to
`components/examples`: that example is checked against the schema of each place using it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..spec import join, tokens, walk
from ._document import Document, fragment, mapping
from ._finding import Finding


@dataclass(frozen=True)
class ExampleSite:
    """An example `value` found at `pointer`, used at `where`; it must satisfy the schema at
    `schema_pointer` (None for `components/examples` entries, which only get a schema where used)."""

    where: str
    pointer: str
    value: Any
    schema_pointer: str | None


@dataclass
class Sites:
    examples: list[ExampleSite] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def find_sites(document: Document) -> Sites:
    sites = Sites()
    for site in walk(document.spec):
        pointer = fragment(site.pointer)
        if site.kind == "schema":
            _schema(document, site.node, pointer, sites)
        elif site.kind in ("parameter", "header", "media_type"):
            _examples_holder(document, site.node, pointer, sites)
        elif site.kind == "example" and len(tokens(pointer)) == 3 and pointer.startswith("#/components/"):
            _example_object(document, site.node, pointer, pointer, None, sites)
    return sites


def _schema(document: Document, node: dict[str, Any], pointer: str, sites: Sites) -> None:
    where = document.where(pointer)
    if "example" in node:
        _add(sites, where, join(pointer, "example"), node["example"], pointer)
    if isinstance(node.get("examples"), list):
        for index, value in enumerate(node["examples"]):
            _add(sites, where, join(pointer, "examples", index), value, pointer)


def _examples_holder(document: Document, node: dict[str, Any], pointer: str, sites: Sites) -> None:
    """A media type, parameter or header: its `example` and `examples` map, checked against its `schema`;
    an `examples` entry that is a `$ref` is checked here, against the schema of this place."""
    schema_pointer = join(pointer, "schema") if isinstance(node.get("schema"), dict) else None
    where = document.where(pointer)
    if "example" in node:
        _add(sites, where, join(pointer, "example"), node["example"], schema_pointer)
    for name, example in mapping(node.get("examples")).items():
        example_pointer = join(pointer, "examples", name)
        resolved, resolved_pointer = document.resolve(example, example_pointer)
        if resolved is not None:
            _example_object(document, resolved, resolved_pointer, pointer, schema_pointer, sites)


def _example_object(
    document: Document, node: Any, pointer: str, used_at: str, schema_pointer: str | None, sites: Sites
) -> None:
    node = mapping(node)
    where = document.where(used_at)
    if "externalValue" in node:
        message = "externalValue cannot be checked; put the example inline as `value`"
        sites.findings.append(Finding(where, join(pointer, "externalValue"), message))
    elif "value" not in node:
        sites.findings.append(Finding(where, pointer, "example has no value"))
    else:
        _add(sites, where, join(pointer, "value"), node["value"], schema_pointer)


def _add(sites: Sites, where: str, pointer: str, value: Any, schema_pointer: str | None) -> None:
    sites.examples.append(ExampleSite(where, pointer, value, schema_pointer))
