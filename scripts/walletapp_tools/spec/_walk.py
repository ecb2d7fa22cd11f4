"""The one walk over an OpenAPI 3.x document: every object, by kind, with its JSON pointer.

It follows the OpenAPI structure (paths, webhooks, callbacks, components) rather than every mapping,
so a property *named* ``type`` or ``example`` is never taken for a keyword. A Reference Object is
yielded as a ``reference`` and not followed: what it names is visited once, where it is defined (under
``components``). Schema Objects are
always visited (in 3.1 ``$ref`` is a schema keyword like the others), parents before children, and a
parent's children are read after the parent was yielded (see :func:`._schema.schema_tree`), so a tool
may rewrite what it is given.

Kinds: ``path_item``, ``operation``, ``parameter``, ``header``, ``request_body``, ``response``,
``media_type``, ``encoding``, ``example``, ``link``, ``callback``, ``security_scheme``, ``schema`` and
``reference`` (a Reference Object standing for one of the others; a schema's ``$ref`` is a ``schema``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from ._pointer import join
from ._schema import is_extension, schema_tree

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The fixed fields of a Path Item Object that hold an Operation Object, in the specification's order."""

Kind = Literal[
    "path_item",
    "operation",
    "parameter",
    "header",
    "request_body",
    "response",
    "media_type",
    "encoding",
    "example",
    "link",
    "callback",
    "security_scheme",
    "schema",
    "reference",
]


@dataclass(frozen=True, slots=True)
class Site:
    """One OpenAPI object of ``kind`` found at ``pointer`` (``/paths/~1members~1list/get``)."""

    kind: Kind
    node: dict[str, Any]
    pointer: str


def _objects(container: Any, extensions: bool = True) -> Iterator[tuple[str, dict[str, Any]]]:
    """The ``(name, object)`` entries of a map; ``extensions=False`` leaves out ``x-`` keys, where the
    OpenAPI object allows them beside its entries (Paths, Responses, Callback)."""
    if isinstance(container, dict):
        for name, value in container.items():
            if isinstance(value, dict) and (extensions or not is_extension(name)):
                yield str(name), value


Shape = Literal["one", "list", "map", "entries"]
"""How a field holds its objects: one, a list, a map of names, or a map that may also hold ``x-`` keys."""

_PARAMETER: tuple[tuple[str, Kind, Shape], ...] = (
    ("schema", "schema", "one"),
    ("examples", "example", "map"),
    ("content", "media_type", "map"),
)
_FIELDS: dict[Kind, tuple[tuple[str, Kind, Shape], ...]] = {
    "path_item": (
        ("parameters", "parameter", "list"),
        *((method, "operation", "one") for method in HTTP_METHODS),
    ),
    "operation": (
        ("parameters", "parameter", "list"),
        ("requestBody", "request_body", "one"),
        ("responses", "response", "entries"),
        ("callbacks", "callback", "map"),
    ),
    "parameter": _PARAMETER,
    "header": _PARAMETER,
    "request_body": (("content", "media_type", "map"),),
    "response": (("headers", "header", "map"), ("content", "media_type", "map"), ("links", "link", "map")),
    "media_type": (
        ("schema", "schema", "one"),
        ("examples", "example", "map"),
        ("encoding", "encoding", "map"),
    ),
    "encoding": (("headers", "header", "map"),),
    "callback": (("", "path_item", "entries"),),
}
"""The OpenAPI objects each kind holds, by field ("": the callback's own entries, expression to path
item). Examples, links and security schemes hold none."""

_COMPONENTS: dict[str, Kind] = {
    "schemas": "schema",
    "responses": "response",
    "parameters": "parameter",
    "examples": "example",
    "requestBodies": "request_body",
    "headers": "header",
    "securitySchemes": "security_scheme",
    "links": "link",
    "callbacks": "callback",
    "pathItems": "path_item",
}


def walk(document: dict[str, Any]) -> Iterator[Site]:
    """Every object of ``document`` with its kind and pointer, in document order, parents first."""
    for path, item in _objects(document.get("paths"), extensions=False):
        yield from _visit("path_item", item, join("/paths", path))
    for name, item in _objects(document.get("webhooks")):
        yield from _visit("path_item", item, join("/webhooks", name))
    components = document.get("components")
    if not isinstance(components, dict):
        return
    for section, kind in _COMPONENTS.items():
        for name, node in _objects(components.get(section)):
            yield from _visit(kind, node, join("/components", section, name))


def _visit(kind: Kind, node: dict[str, Any], pointer: str) -> Iterator[Site]:
    if kind == "schema":
        for schema, schema_pointer in schema_tree(node, pointer):
            yield Site("schema", schema, schema_pointer)
        return
    if "$ref" in node:
        yield Site("reference", node, pointer)
        return
    yield Site(kind, node, pointer)
    for field, child, shape in _FIELDS.get(kind, ()):
        value, at = (node.get(field), join(pointer, field)) if field else (node, pointer)
        if shape == "one":
            if isinstance(value, dict):
                yield from _visit(child, value, at)
        elif shape == "list":
            for index, item in enumerate(value if isinstance(value, list) else []):
                if isinstance(item, dict):
                    yield from _visit(child, item, join(at, index))
        else:
            for name, item in _objects(value, extensions=shape == "map"):
                yield from _visit(child, item, join(at, name))
