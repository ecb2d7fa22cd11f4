"""Following local ``$ref``s (``#/components/...``) in a loaded document."""

from __future__ import annotations

from typing import Any

from .._pointer import unescape
from ._model import BreakingCheckError, Document


class Resolver:
    """Resolves the local references of one document; ``name`` is used in error messages."""

    def __init__(self, document: Document, name: str) -> None:
        self.document = document
        self.name = name

    def lookup(self, reference: str) -> Any:
        if not reference.startswith("#"):
            raise BreakingCheckError(f"{self.name}: external $ref {reference!r} is not supported")
        node: Any = self.document
        for token in filter(None, reference[1:].split("/")):
            key = unescape(token)
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise BreakingCheckError(f"{self.name}: $ref {reference!r} points to nothing")
        return node

    def deref(self, node: Any) -> Any:
        """Return ``node`` with its ``$ref`` chain followed (siblings of a ``$ref`` are ignored)."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            reference = node["$ref"]
            if reference in seen:
                raise BreakingCheckError(f"{self.name}: $ref {reference!r} refers to itself")
            seen.add(reference)
            node = self.lookup(reference)
        return node
