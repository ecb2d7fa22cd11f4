"""The Overlay merge rules, shared by ``update`` and ``copy``.

Overlay 1.1.0, Action Object: the value is merged into the target object by recursively applying:

- a property only in the target is left unchanged;
- a property only in the value is inserted (after the target's existing properties, so key order is
  stable: existing keys keep their place, new keys follow in the value's order);
- a property in both: primitive replaces primitive, array is concatenated to array, object is merged
  into object; any other combination is incompatible and an error.

Overlay 1.0.0 only says "recursively merged" and "MUST be compatible"; its own traits example (shown
with its result in 1.1.0) concatenates arrays, so both versions share these rules.
"""

from __future__ import annotations

from jsonpath_rfc9535.serialize import canonical_string

from ..spec import JSONValue, is_primitive, kind


class MergeConflict(Exception):
    """A property whose value in the document and in the update cannot be combined."""

    def __init__(self, location: tuple[str | int, ...], current: JSONValue, incoming: JSONValue) -> None:
        super().__init__(location)
        self.location = location
        self.current = current
        self.incoming = incoming


def normalized_path(location: tuple[str | int, ...]) -> str:
    """The RFC 9535 normalized path of ``location`` (``$['paths']['/x']``), as error messages show nodes."""
    return "$" + "".join(f"[{canonical_string(p)}]" if isinstance(p, str) else f"[{p}]" for p in location)


def merge_object(
    target: dict[str, JSONValue], value: dict[str, JSONValue], location: tuple[str | int, ...]
) -> None:
    """Merge ``value`` into ``target`` in place; ``value`` must not be shared with anything else."""
    for key, incoming in value.items():
        if key not in target:
            target[key] = incoming
            continue
        current = target[key]
        if isinstance(current, dict) and isinstance(incoming, dict):
            merge_object(current, incoming, (*location, key))
        elif isinstance(current, list) and isinstance(incoming, list):
            current.extend(incoming)
        elif is_primitive(current) and is_primitive(incoming):
            target[key] = incoming
        else:
            raise MergeConflict((*location, key), current, incoming)


def describe_conflict(conflict: MergeConflict, what: str) -> str:
    return (
        f"cannot merge: {what} has {kind(conflict.incoming)} for {normalized_path(conflict.location)}, "
        f"where the document has {kind(conflict.current)}"
    )
