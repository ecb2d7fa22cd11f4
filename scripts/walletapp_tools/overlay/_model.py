"""Overlay documents turned into checked, ready-to-apply values.

Everything that can be checked without the target document is checked here, once, when an overlay is
loaded: its schema, its version, and that every JSONPath compiles. Applying an overlay can then only
fail on what depends on the document (a target that matches nothing, a value of the wrong kind).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

import jsonpath_rfc9535 as jsonpath

from ..spec import JSONValue, json_clone, load_document
from ._errors import OverlayError, as_overlay_error
from ._schema import FeatureSet, validate_overlay

ActionKind = Literal["update", "copy", "remove", "none"]


@dataclass(frozen=True)
class Action:
    """One entry of an overlay's ``actions`` list, with its JSONPath queries compiled.

    ``kind`` is what the action does: ``remove`` when ``remove: true`` (which wins over the rest, as the
    specification says), else ``update`` or ``copy``, else ``none`` (an action that changes nothing).
    """

    index: int
    target: str
    query: jsonpath.JSONPathQuery
    kind: ActionKind
    update: JSONValue = None
    copy: str | None = None
    copy_query: jsonpath.JSONPathQuery | None = None
    description: str | None = None

    @property
    def label(self) -> str:
        return f"actions[{self.index}]"


@dataclass(frozen=True)
class Overlay:
    """A validated Overlay document; build one with :func:`load_overlay` or :func:`parse_overlay`."""

    source: str
    """Where the overlay came from (its path as given); every error message starts with it."""
    version: str
    feature_set: FeatureSet
    title: str
    actions: tuple[Action, ...]


def _compile(query: str, what: str, source: str, index: int) -> jsonpath.JSONPathQuery:
    try:
        return jsonpath.compile(query)
    except jsonpath.JSONPathError as error:
        raise OverlayError(
            f"{source}: actions[{index}]: {what} {query} is not valid JSONPath: {error}"
        ) from None


def _action(raw: dict[str, JSONValue], index: int, source: str) -> Action:
    target = raw["target"]
    query = _compile(target, "target", source, index)
    copy = raw.get("copy")
    copy_query = _compile(copy, "copy", source, index) if copy is not None else None
    kind: ActionKind
    if raw.get("remove") is True:
        kind = "remove"
    elif "update" in raw and "copy" in raw:
        raise OverlayError(
            f"{source}: actions[{index}]: has both update and copy; the specification makes each one "
            "cancel the other, so keep only one"
        )
    elif "update" in raw:
        kind = "update"
    elif "copy" in raw:
        kind = "copy"
    else:
        kind = "none"
    return Action(
        index=index,
        target=target,
        query=query,
        kind=kind,
        update=raw.get("update"),
        copy=copy,
        copy_query=copy_query,
        description=raw.get("description"),
    )


def parse_overlay(document: JSONValue, source: str = "<overlay>") -> Overlay:
    """Check an already parsed Overlay document and compile it; ``source`` names it in errors."""
    with as_overlay_error():
        document = json_clone(document, source)
    feature_set = validate_overlay(document, source)
    return Overlay(
        source=source,
        version=document["overlay"],
        feature_set=feature_set,
        title=document["info"]["title"],
        actions=tuple(_action(raw, index, source) for index, raw in enumerate(document["actions"])),
    )


def load_overlay(path: str | os.PathLike[str]) -> Overlay:
    """Read, validate and compile the Overlay document at ``path`` (YAML, or JSON if it ends in .json)."""
    with as_overlay_error():
        document = load_document(path)
    return parse_overlay(document, str(path))
