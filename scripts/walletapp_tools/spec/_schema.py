"""The keywords of an OpenAPI 3.1 Schema Object, and its sub-schemas.

An OpenAPI 3.1 schema is a JSON Schema 2020-12 schema plus four OpenAPI keywords. Which keywords hold
sub-schemas (and how: one, a list, a map of names) is written here once, for every tool that walks
schemas: the walker (:mod:`._walk`), the down-conversion, the mock's keyword check and
:func:`plain_json_schema`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._pointer import join

Schema = dict[str, Any]

SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")
"""Keywords whose value maps names to sub-schemas (``definitions``: the pre-2019 name of ``$defs``)."""
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
"""Keywords whose value is a list of sub-schemas."""
SCHEMA_SINGLES = (
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
    "contentSchema",
    "additionalItems",
)
"""Keywords whose value is one sub-schema (``items`` may also be a pre-2020 list; ``additionalItems``
is its pre-2020 companion)."""

JSON_SCHEMA_KEYWORDS = frozenset(
    {
        # core
        "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
        "$comment", "$defs",
        # applicator and unevaluated
        "allOf", "anyOf", "oneOf", "prefixItems", "items", "additionalProperties", "not", "if",
        "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties",
        "properties", "patternProperties", "dependentSchemas",
        # validation
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
        "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
        "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required",
        "dependentRequired",
        # meta-data, format, content
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
        "format", "contentEncoding", "contentMediaType", "contentSchema",
    }
)  # fmt: skip
"""The JSON Schema 2020-12 vocabulary (https://json-schema.org/draft/2020-12)."""

OPENAPI_KEYWORDS = frozenset({"discriminator", "xml", "externalDocs", "example"})
"""Keywords OpenAPI 3.1 adds to JSON Schema; annotations a JSON Schema validator does not know."""

DATA_KEYWORDS = frozenset({"enum", "const", "default", "example", "examples"})
"""Keywords whose value is data (instances), never a schema or a keyword."""


def is_extension(keyword: object) -> bool:
    """``x-...`` keys are specification extensions, allowed in every OpenAPI object."""
    return isinstance(keyword, str) and keyword.startswith("x-")


def subschemas(schema: Schema, pointer: str) -> Iterator[tuple[Schema, str]]:
    """The direct sub-schemas of ``schema`` with their pointers, read at the time of the call."""
    for keyword in SCHEMA_MAPS:
        children = schema.get(keyword)
        if isinstance(children, dict):
            for name, child in children.items():
                if isinstance(child, dict):
                    yield child, join(pointer, keyword, name)
    for keyword in SCHEMA_LISTS:
        children = schema.get(keyword)
        if isinstance(children, list):
            for index, child in enumerate(children):
                if isinstance(child, dict):
                    yield child, join(pointer, keyword, index)
    for keyword in SCHEMA_SINGLES:
        single = schema.get(keyword)
        if isinstance(single, dict):
            yield single, join(pointer, keyword)
        elif keyword == "items" and isinstance(single, list):
            for index, item in enumerate(single):
                if isinstance(item, dict):
                    yield item, join(pointer, keyword, index)


def schema_tree(schema: Schema, pointer: str) -> Iterator[tuple[Schema, str]]:
    """``schema`` and every schema inside it, parents first.

    A parent's children are read after the parent was yielded, so a caller that rewrites a parent
    (adding an ``allOf``, say) sees the children it added.
    """
    yield schema, pointer
    for child, child_pointer in list(subschemas(schema, pointer)):
        yield from schema_tree(child, child_pointer)


def plain_json_schema(schema: Any) -> Any:
    """A copy of ``schema`` without the OpenAPI keywords and extensions, for a JSON Schema validator.

    Data keywords are copied as they are, and names under ``properties`` (a property may be called
    ``example``) are kept.
    """
    if not isinstance(schema, dict):
        return schema
    plain: dict[str, Any] = {}
    for keyword, value in schema.items():
        if keyword in OPENAPI_KEYWORDS or is_extension(keyword):
            continue
        if keyword in SCHEMA_MAPS and isinstance(value, dict):
            plain[keyword] = {name: plain_json_schema(child) for name, child in value.items()}
        elif keyword in SCHEMA_LISTS and isinstance(value, list):
            plain[keyword] = [plain_json_schema(child) for child in value]
        elif keyword in SCHEMA_SINGLES and isinstance(value, dict | list):
            plain[keyword] = (
                [plain_json_schema(child) for child in value]
                if isinstance(value, list)
                else plain_json_schema(value)
            )
        else:
            plain[keyword] = value
    return plain
