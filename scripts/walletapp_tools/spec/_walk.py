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

from collections.abc import Callable, Iterator
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
    yield from _CHILDREN[kind](node, pointer)


def _each(kind: Kind, container: Any, pointer: str, extensions: bool = True) -> Iterator[Site]:
    for name, node in _objects(container, extensions):
        yield from _visit(kind, node, join(pointer, name))


def _path_item(node: dict[str, Any], pointer: str) -> Iterator[Site]:
    yield from _parameters(node.get("parameters"), join(pointer, "parameters"))
    for method in HTTP_METHODS:
        if isinstance(node.get(method), dict):
            yield from _visit("operation", node[method], join(pointer, method))


def _operation(node: dict[str, Any], pointer: str) -> Iterator[Site]:
    yield from _parameters(node.get("parameters"), join(pointer, "parameters"))
    if isinstance(node.get("requestBody"), dict):
        yield from _visit("request_body", node["requestBody"], join(pointer, "requestBody"))
    yield from _each("response", node.get("responses"), join(pointer, "responses"), extensions=False)
    yield from _each("callback", node.get("callbacks"), join(pointer, "callbacks"))


def _parameters(node: Any, pointer: str) -> Iterator[Site]:
    for index, parameter in enumerate(node if isinstance(node, list) else []):
        if isinstance(parameter, dict):
            yield from _visit("parameter", parameter, join(pointer, index))


def _parameter(node: dict[str, Any], pointer: str) -> Iterator[Site]:
    """A Parameter or a Header Object: a ``schema`` with examples, or ``content``."""
    if isinstance(node.get("schema"), dict):
        yield from _visit("schema", node["schema"], join(pointer, "schema"))
    yield from _each("example", node.get("examples"), join(pointer, "examples"))
    yield from _each("media_type", node.get("content"), join(pointer, "content"))


def _request_body(node: dict[str, Any], pointer: str) -> Iterator[Site]:
    yield from _each("media_type", node.get("content"), join(pointer, "content"))


def _response(node: dict[str, Any], pointer: str) -> Iterator[Site]:
    yield from _each("header", node.get("headers"), join(pointer, "headers"))
    yield from _each("media_type", node.get("content"), join(pointer, "content"))
    yield from _each("link", node.get("links"), join(pointer, "links"))


def _media_type(node: dict[str, Any], pointer: str) -> Iterator[Site]:
    if isinstance(node.get("schema"), dict):
        yield from _visit("schema", node["schema"], join(pointer, "schema"))
    yield from _each("example", node.get("examples"), join(pointer, "examples"))
    yield from _each("encoding", node.get("encoding"), join(pointer, "encoding"))


def _encoding(node: dict[str, Any], pointer: str) -> Iterator[Site]:
    yield from _each("header", node.get("headers"), join(pointer, "headers"))


def _callback(node: dict[str, Any], pointer: str) -> Iterator[Site]:
    yield from _each("path_item", node, pointer, extensions=False)


def _leaf(node: dict[str, Any], pointer: str) -> Iterator[Site]:
    """Examples, links and security schemes hold no other OpenAPI object."""
    return iter(())


_CHILDREN: dict[Kind, Callable[[dict[str, Any], str], Iterator[Site]]] = {
    "path_item": _path_item,
    "operation": _operation,
    "parameter": _parameter,
    "header": _parameter,
    "request_body": _request_body,
    "response": _response,
    "media_type": _media_type,
    "encoding": _encoding,
    "callback": _callback,
    "example": _leaf,
    "link": _leaf,
    "security_scheme": _leaf,
}
