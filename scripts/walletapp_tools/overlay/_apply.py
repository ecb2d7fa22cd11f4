"""Applying overlays in order, strictly (our pipeline) or as the specification says (lenient).

The specification makes an action whose target selects nothing a successful no-op. For a pipeline
that is how a renamed path silently stops being patched, so strict mode, the default, makes it an
error, as it does an action that has nothing to do (no ``update``, ``copy`` or ``remove: true``).

Every JSONPath query runs within a time budget (:data:`QUERY_SECONDS`): a filter of a dozen characters
can otherwise take hours, and the document stays within the loader's bounds as actions change it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

import jsonpath_rfc9535 as jsonpath

from .._deadline import DeadlineExceeded, deadline
from ..spec import MAX_NODES, JSONValue, extent, json_clone, kind, load_document
from . import _actions
from ._errors import OverlayError, as_overlay_error
from ._model import Action, Overlay, load_overlay

QUERY_SECONDS = 10.0
"""The time budget of one JSONPath query (with a copy: the query and the merge of what it selected)."""


def _apply_action(
    document: JSONValue, overlay: Overlay, action: Action, strict: bool, room: int, seconds: float
) -> int:
    """Apply one action; returns the most nodes it added (``room``: the most it may add)."""
    where = f"{overlay.source}: {action.label}"
    if action.kind == "none":
        if strict:
            raise OverlayError(f"{where}: does nothing (it has no update, no copy and no remove: true)")
        return 0
    over_budget = f"took more than {seconds:g} s, the time budget of a JSONPath query"
    try:
        with deadline(seconds, over_budget):
            nodes = action.query.find(document)
    except jsonpath.JSONPathError as error:
        raise OverlayError(f"{where}: target {action.target} failed: {error}") from None
    except DeadlineExceeded:
        raise OverlayError(f"{where}: target {action.target} {over_budget}") from None
    if not nodes:
        if strict:
            raise OverlayError(f"{where}: target {action.target} matched no node")
        return 0
    try:
        if action.kind == "remove":
            _actions.remove(nodes)
            return 0
        if action.kind == "update":
            return _actions.update(nodes, action.update, overlay.feature_set, room)
        assert action.copy_query is not None and action.copy is not None
        with deadline(seconds, over_budget):
            return _actions.copy(nodes, action.copy_query, action.copy, document, overlay.feature_set, room)
    except _actions.ActionFailure as failure:
        raise OverlayError(f"{where}: {failure}") from None
    except jsonpath.JSONPathError as error:
        raise OverlayError(f"{where}: copy {action.copy} failed: {error}") from None
    except DeadlineExceeded:
        raise OverlayError(f"{where}: copy {action.copy} {over_budget}") from None


def apply_overlays(
    document: dict[str, JSONValue],
    overlays: Sequence[Overlay],
    *,
    strict: bool = True,
    query_seconds: float = QUERY_SECONDS,
) -> dict[str, JSONValue]:
    """Return ``document`` with ``overlays`` applied one after the other, each action on the previous result.

    ``document`` itself is left untouched. With ``strict`` (the default) a target matching no node is an
    error; with ``strict=False`` it is a no-op, as in the specification. Each JSONPath query may take
    ``query_seconds``. Raises :class:`OverlayError`.
    """
    if not isinstance(document, dict):
        raise OverlayError(f"the document must be an object, not {kind(document)}")
    with as_overlay_error():
        result: dict[str, JSONValue] = json_clone(document, "the document")
    room = MAX_NODES - extent(result)[0]
    for overlay in overlays:
        for action in overlay.actions:
            room -= _apply_action(result, overlay, action, strict, room, query_seconds)
    return result


def apply_overlay_files(
    spec_path: str | os.PathLike[str], overlay_paths: Iterable[str | os.PathLike[str]], *, strict: bool = True
) -> dict[str, JSONValue]:
    """Load the document at ``spec_path`` and apply the overlay files in the order given.

    Every overlay is loaded and validated before any is applied, so a broken last overlay is reported
    without doing the work of the others first.
    """
    with as_overlay_error():
        document = load_document(spec_path)
    if not isinstance(document, dict):
        raise OverlayError(
            f"{spec_path}: an OpenAPI document is a mapping at the top level; found {kind(document)}"
        )
    overlays = [load_overlay(path) for path in overlay_paths]
    return apply_overlays(document, overlays, strict=strict)
