"""What ``update``, ``copy`` and ``remove`` do to the nodes their target selected.

Each function mutates the document in place through the selected nodes (their ``value`` for objects and
arrays, their parent container for replacement and removal) and raises :class:`ActionFailure` with a
message that :mod:`._apply` prefixes with the overlay file and action index.

Version differences, both from the normative texts:

- 1.0.0: targets of ``update`` MUST be objects or arrays; an array target gets the value appended as
  one entry ("the value of this field MUST be an entry to append to the array"), whatever its type.
- 1.1.0: targets may also be primitives (replaced by a primitive value); an array value is
  concatenated to an array target, any other value appended; the selected nodes MUST all be of one
  kind; ``copy`` takes its value from the single node its own JSONPath selects.

``remove`` deletes any selected node but the root, in both versions (the 1.0 conformance set
``remove-example`` removes a string).

``update`` and ``copy`` put a fresh copy of their value into every selected node, so a small value and
a target like ``$..*`` can multiply a document: both check first that the result stays within the
loader's bounds (:data:`~walletapp_tools.spec.MAX_NODES`, :data:`~walletapp_tools.spec.MAX_DEPTH`)
and return how many nodes they may have added.
"""

from __future__ import annotations

from collections.abc import Sequence

import jsonpath_rfc9535 as jsonpath

from ..spec import MAX_DEPTH, MAX_NODES, JSONValue, extent, is_primitive, kind
from ._merge import MergeConflict, describe_conflict, merge_object, normalized_path
from ._schema import FeatureSet


class ActionFailure(Exception):
    """An action that cannot be applied to this document; ``str`` is the reason."""


def _node_kind(value: JSONValue) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "primitive"


def _fresh(value: JSONValue) -> JSONValue:
    """A copy sharing nothing with ``value``, so each selected node gets its own subtree."""
    if isinstance(value, dict):
        return {key: _fresh(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_fresh(item) for item in value]
    return value


def _replace(node: jsonpath.JSONPathNode, value: JSONValue) -> None:
    parent = node.parent
    assert parent is not None, "the root of an OpenAPI document is an object"
    container = parent.value
    assert isinstance(container, dict | list)
    container[node.location[-1]] = value  # type: ignore[index]


def _merge_into(node: jsonpath.JSONPathNode, value: JSONValue, what: str, version: FeatureSet) -> None:
    target = node.value
    where = normalized_path(node.location)
    if isinstance(target, dict):
        if not isinstance(value, dict):
            raise ActionFailure(
                f"{what} is {kind(value)} but {where} is an object; "
                "to merge into an object it must be an object"
            )
        try:
            merge_object(target, _fresh(value), node.location)
        except MergeConflict as conflict:
            raise ActionFailure(describe_conflict(conflict, what)) from None
    elif isinstance(target, list):
        if version >= (1, 1) and isinstance(value, list):
            target.extend(_fresh(value))
        else:
            target.append(_fresh(value))
    elif version < (1, 1):
        raise ActionFailure(
            f"{where} is {kind(target)}; Overlay 1.0 targets must be objects or arrays "
            "(select the containing object, or declare overlay: 1.1.0 to replace primitives)"
        )
    elif not is_primitive(value):
        raise ActionFailure(
            f"{what} is {kind(value)} but {where} is {kind(target)}; "
            "a primitive can only be replaced by a primitive"
        )
    else:
        _replace(node, value)


def _check_one_kind(nodes: Sequence[jsonpath.JSONPathNode]) -> None:
    kinds = sorted({_node_kind(node.value) for node in nodes})
    if len(kinds) > 1:
        raise ActionFailure(
            f"target selects a mix of {' and '.join(k + 's' for k in kinds)}; "
            "the nodes of an update or copy must all be objects, all arrays or all primitives"
        )


def _growth(nodes: Sequence[jsonpath.JSONPathNode], value: JSONValue, room: int) -> int:
    """The most nodes putting ``value`` into every selected node adds; refused beyond ``room`` nodes or
    MAX_DEPTH levels."""
    size, depth = extent(value)
    grown = len(nodes) * size
    if grown > room:
        copies = f"{len(nodes):,} copies" if len(nodes) > 1 else "a copy"
        limit = f"{MAX_NODES:,} nodes"
        raise ActionFailure(
            f"{copies} of a value of {size:,} nodes would make the document hold more than {limit}"
        )
    if max(len(node.location) for node in nodes) + depth + 1 > MAX_DEPTH:
        raise ActionFailure(f"the value would nest the document deeper than {MAX_DEPTH} levels")
    return grown


def update(nodes: Sequence[jsonpath.JSONPathNode], value: JSONValue, version: FeatureSet, room: int) -> int:
    """Merge, append or replace ``value`` into each selected node, as the overlay's version defines;
    returns the most nodes that added (``room``: the most it may add)."""
    if version >= (1, 1):
        _check_one_kind(nodes)
    grown = _growth(nodes, value, room)
    for node in nodes:
        _merge_into(node, value, "update", version)
    return grown


def copy(
    nodes: Sequence[jsonpath.JSONPathNode],
    source: jsonpath.JSONPathQuery,
    source_text: str,
    document: JSONValue,
    version: FeatureSet,
    room: int,
) -> int:
    """Merge the single node selected by ``source`` into each selected node, like an update."""
    found = source.find(document)
    if len(found) != 1:
        matched = "no node" if not found else f"{len(found)} nodes"
        raise ActionFailure(f"copy {source_text} matched {matched}; it must select exactly one node")
    value = _fresh(found[0].value)
    _check_one_kind(nodes)
    grown = _growth(nodes, value, room)
    for node in nodes:
        _merge_into(node, value, f"the value copied from {normalized_path(found[0].location)}", version)
    return grown


def remove(nodes: Sequence[jsonpath.JSONPathNode]) -> None:
    """Remove each selected node from its object or array.

    Array items are deleted from the highest index down, so that removing several items of one array
    (``$.servers[?@.x]``) does not shift the indexes of the ones still to remove.
    """
    pending: dict[int, tuple[list[JSONValue], set[int]]] = {}
    for node in nodes:
        if node.parent is None:
            raise ActionFailure("cannot remove the document root ($)")
    for node in nodes:
        assert node.parent is not None
        container = node.parent.value
        key = node.location[-1]
        if isinstance(container, dict):
            container.pop(str(key), None)
        elif isinstance(container, list) and isinstance(key, int):
            pending.setdefault(id(container), (container, set()))[1].add(key)
    for items, indexes in pending.values():
        for index in sorted(indexes, reverse=True):
            del items[index]
