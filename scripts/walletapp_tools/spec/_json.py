"""Checks that parsed data stays inside the JSON data model, and copies it.

YAML can express values JSON cannot (timestamps, binary, sets, NaN, non-string keys, aliases shared
between two places). Overlays are defined on JSON values, and our outputs must round-trip through JSON,
so every document read from a file goes through :func:`json_clone` (:mod:`._files`), and so does every
value an overlay puts into one.
"""

from __future__ import annotations

import math
from typing import Any

from ._errors import SpecError
from ._limits import MAX_DEPTH
from ._pointer import extend

JSONValue = Any
"""A value of the JSON data model: dict (str keys), list, str, int, float, bool or None."""


def describe_pointer(location: tuple[str | int, ...]) -> str:
    """The JSON pointer of ``location`` for a message ("the document root" for the empty one)."""
    return extend("", location) or "the document root"


def kind(value: JSONValue) -> str:
    """Name the JSON type of ``value`` the way the Overlay and JSON specifications do."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    return f"a {type(value).__name__}"


def is_primitive(value: JSONValue) -> bool:
    """Primitives per RFC 8259: strings, numbers, booleans and null."""
    return not isinstance(value, dict | list)


def extent(value: JSONValue) -> tuple[int, int]:
    """How many nodes ``value`` holds (itself, keys and values: as the loader counts them, see
    ``MAX_NODES``) and how deeply its objects and arrays nest."""
    if isinstance(value, dict | list):
        items = value.values() if isinstance(value, dict) else value
        nodes, depth = 1 + (len(value) if isinstance(value, dict) else 0), 0
        for item in items:
            item_nodes, item_depth = extent(item)
            nodes += item_nodes
            depth = max(depth, item_depth)
        return nodes, depth + 1
    return 1, 0


def json_clone(value: JSONValue, source: str, location: tuple[str | int, ...] = ()) -> JSONValue:
    """Return a deep copy of ``value`` that shares nothing with it, or fail on a non-JSON value.

    Unlike ``copy.deepcopy`` this does not preserve aliasing, so a YAML anchor used twice becomes two
    independent subtrees and an overlay action applied to one of them cannot leak into the other.
    Objects and arrays nested deeper than :data:`MAX_DEPTH` are refused.
    """
    if isinstance(value, dict | list) and len(location) >= MAX_DEPTH:
        raise SpecError(f"{source}: {describe_pointer(location)}: nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, dict):
        copied: dict[str, JSONValue] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise SpecError(
                    f"{source}: {describe_pointer(location)}: key {key!r} is {kind(key)}; "
                    "JSON keys are strings"
                )
            copied[key] = json_clone(item, source, (*location, key))
        return copied
    if isinstance(value, list):
        return [json_clone(item, source, (*location, index)) for index, item in enumerate(value)]
    if isinstance(value, float) and not math.isfinite(value):
        raise SpecError(f"{source}: {describe_pointer(location)}: {value} is not a JSON number")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise SpecError(
        f"{source}: {describe_pointer(location)}: {kind(value)} value is not a JSON value (quote it in YAML)"
    )
