"""Applying overlays in order, strictly (our pipeline) or as the specification says (lenient).

The specification makes an action whose target selects nothing a successful no-op. For a pipeline
that is how a renamed path silently stops being patched, so strict mode, the default, makes it an
error, as it does an action that has nothing to do (no ``update``, ``copy`` or ``remove: true``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

import jsonpath_rfc9535 as jsonpath

from ..spec import JSONValue, json_clone, kind, load_document
from . import _actions
from ._errors import OverlayError, as_overlay_error
from ._model import Action, Overlay, load_overlay


def _apply_action(document: JSONValue, overlay: Overlay, action: Action, strict: bool) -> None:
    if action.kind == "none":
        if strict:
            raise OverlayError(
                f"{overlay.source}: {action.label}: does nothing "
                "(it has no update, no copy and no remove: true)"
            )
        return
    try:
        nodes = action.query.find(document)
    except jsonpath.JSONPathError as error:
        raise OverlayError(
            f"{overlay.source}: {action.label}: target {action.target} failed: {error}"
        ) from None
    if not nodes:
        if strict:
            raise OverlayError(f"{overlay.source}: {action.label}: target {action.target} matched no node")
        return
    try:
        if action.kind == "remove":
            _actions.remove(nodes)
        elif action.kind == "update":
            _actions.update(nodes, action.update, overlay.feature_set)
        else:
            assert action.copy_query is not None and action.copy is not None
            _actions.copy(nodes, action.copy_query, action.copy, document, overlay.feature_set)
    except _actions.ActionFailure as failure:
        raise OverlayError(f"{overlay.source}: {action.label}: {failure}") from None
    except jsonpath.JSONPathError as error:
        raise OverlayError(f"{overlay.source}: {action.label}: copy {action.copy} failed: {error}") from None


def apply_overlays(
    document: dict[str, JSONValue], overlays: Sequence[Overlay], *, strict: bool = True
) -> dict[str, JSONValue]:
    """Return ``document`` with ``overlays`` applied one after the other, each action on the previous result.

    ``document`` itself is left untouched. With ``strict`` (the default) a target matching no node is an
    error; with ``strict=False`` it is a no-op, as in the specification. Raises :class:`OverlayError`.
    """
    if not isinstance(document, dict):
        raise OverlayError(f"the document must be an object, not {kind(document)}")
    with as_overlay_error():
        result: dict[str, JSONValue] = json_clone(document, "the document")
    for overlay in overlays:
        for action in overlay.actions:
            _apply_action(result, overlay, action, strict)
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
