"""Find every Schema Object of an OpenAPI 3.x document, with its JSON pointer.

The down-conversion rules rewrite schema keywords (``type``, ``const``, ``examples``...). Walking the
whole document blindly would also rewrite a property *named* ``type`` or a media type's ``examples``
map, so this walker follows the OpenAPI object structure and only yields real Schema Objects, parents
before children (a rule that rewrites a parent may add children, which are then visited too).

To support a new place where schemas live, extend the ``_*_schemas`` function of its container.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._openapi import HTTP_METHODS
from .._pointer import escape

Schema = dict[str, Any]

_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_SINGLES = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
)


def _dicts(container: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(container, dict):
        for key, value in container.items():
            if isinstance(value, dict):
                yield escape(key), value


def subschemas(schema: Schema, pointer: str) -> Iterator[tuple[Schema, str]]:
    """Yield the direct sub-schemas of ``schema``, read at the time of the call."""
    for keyword in _SCHEMA_MAPS:
        for key, child in _dicts(schema.get(keyword)):
            yield child, f"{pointer}/{escape(keyword)}/{key}"
    for keyword in _SCHEMA_LISTS:
        children = schema.get(keyword)
        if isinstance(children, list):
            for index, child in enumerate(children):
                if isinstance(child, dict):
                    yield child, f"{pointer}/{keyword}/{index}"
    for keyword in _SCHEMA_SINGLES:
        single = schema.get(keyword)
        if isinstance(single, dict):
            yield single, f"{pointer}/{keyword}"
        elif keyword == "items" and isinstance(single, list):
            for index, item in enumerate(single):
                if isinstance(item, dict):
                    yield item, f"{pointer}/items/{index}"


def _schema_tree(schema: Schema, pointer: str) -> Iterator[tuple[Schema, str]]:
    yield schema, pointer
    for child, child_pointer in list(subschemas(schema, pointer)):
        yield from _schema_tree(child, child_pointer)


def _content_schemas(content: Any, pointer: str) -> Iterator[tuple[Schema, str]]:
    for media, media_type in _dicts(content):
        media_pointer = f"{pointer}/{media}"
        if isinstance(media_type.get("schema"), dict):
            yield from _schema_tree(media_type["schema"], f"{media_pointer}/schema")
        for name, encoding in _dicts(media_type.get("encoding")):
            yield from _headers_schemas(encoding.get("headers"), f"{media_pointer}/encoding/{name}/headers")


def _parameter_schemas(parameter: dict[str, Any], pointer: str) -> Iterator[tuple[Schema, str]]:
    if isinstance(parameter.get("schema"), dict):
        yield from _schema_tree(parameter["schema"], f"{pointer}/schema")
    yield from _content_schemas(parameter.get("content"), f"{pointer}/content")


def _headers_schemas(headers: Any, pointer: str) -> Iterator[tuple[Schema, str]]:
    for name, header in _dicts(headers):
        yield from _parameter_schemas(header, f"{pointer}/{name}")


def _response_schemas(response: dict[str, Any], pointer: str) -> Iterator[tuple[Schema, str]]:
    yield from _headers_schemas(response.get("headers"), f"{pointer}/headers")
    yield from _content_schemas(response.get("content"), f"{pointer}/content")


def _parameters_schemas(parameters: Any, pointer: str) -> Iterator[tuple[Schema, str]]:
    if isinstance(parameters, list):
        for index, parameter in enumerate(parameters):
            if isinstance(parameter, dict):
                yield from _parameter_schemas(parameter, f"{pointer}/{index}")


def _callbacks_schemas(callbacks: Any, pointer: str) -> Iterator[tuple[Schema, str]]:
    for name, callback in _dicts(callbacks):
        for expression, path_item in _dicts(callback):
            yield from path_item_schemas(path_item, f"{pointer}/{name}/{expression}")


def operation_schemas(operation: dict[str, Any], pointer: str) -> Iterator[tuple[Schema, str]]:
    yield from _parameters_schemas(operation.get("parameters"), f"{pointer}/parameters")
    body = operation.get("requestBody")
    if isinstance(body, dict):
        yield from _content_schemas(body.get("content"), f"{pointer}/requestBody/content")
    for status, response in _dicts(operation.get("responses")):
        yield from _response_schemas(response, f"{pointer}/responses/{status}")
    yield from _callbacks_schemas(operation.get("callbacks"), f"{pointer}/callbacks")


def path_item_schemas(path_item: dict[str, Any], pointer: str) -> Iterator[tuple[Schema, str]]:
    yield from _parameters_schemas(path_item.get("parameters"), f"{pointer}/parameters")
    for method in HTTP_METHODS:
        operation = path_item.get(method)
        if isinstance(operation, dict):
            yield from operation_schemas(operation, f"{pointer}/{method}")


def document_schemas(document: dict[str, Any]) -> Iterator[tuple[Schema, str]]:
    """Yield ``(schema, pointer)`` for every Schema Object in ``document``, parents first."""
    for path, path_item in _dicts(document.get("paths")):
        yield from path_item_schemas(path_item, f"/paths/{path}")
    for name, path_item in _dicts(document.get("webhooks")):
        yield from path_item_schemas(path_item, f"/webhooks/{name}")
    components = document.get("components")
    if not isinstance(components, dict):
        return
    for name, schema in _dicts(components.get("schemas")):
        yield from _schema_tree(schema, f"/components/schemas/{name}")
    for name, parameter in _dicts(components.get("parameters")):
        yield from _parameter_schemas(parameter, f"/components/parameters/{name}")
    yield from _headers_schemas(components.get("headers"), "/components/headers")
    for name, body in _dicts(components.get("requestBodies")):
        yield from _content_schemas(body.get("content"), f"/components/requestBodies/{name}/content")
    for name, response in _dicts(components.get("responses")):
        yield from _response_schemas(response, f"/components/responses/{name}")
    yield from _callbacks_schemas(components.get("callbacks"), "/components/callbacks")
    for name, path_item in _dicts(components.get("pathItems")):
        yield from path_item_schemas(path_item, f"/components/pathItems/{name}")
