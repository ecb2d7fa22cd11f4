"""An OpenAPI document read from a file, with its ``$ref``s resolved through ``referencing``.

The document is registered as one JSON Schema 2020-12 resource (OpenAPI 3.1's default dialect), so the
same registry serves ``$ref`` lookups here and JSON Schema validation of examples (speclint). Only
local references (``#/...``) are supported: the contract is one file.
"""

from __future__ import annotations

import os
from typing import Any, overload

from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from ._errors import SpecError
from ._files import load_document
from ._operations import Operation, operations
from ._pointer import join

URI = "urn:walletapp:openapi"
"""The URI of the document in :attr:`Spec.registry`; a ``$ref`` to ``{URI}#/...`` names a node of it."""


class Spec:
    """An OpenAPI document (``document``), named ``source`` in every message."""

    def __init__(self, document: dict[str, Any], source: str = "<document>") -> None:
        if not isinstance(document, dict):
            raise SpecError(f"{source}: not an OpenAPI document (the top level is not a mapping)")
        self.document = document
        self.source = source
        self.registry: Registry[Any] = Registry().with_resource(
            URI, Resource.from_contents(document, DRAFT202012)
        )
        self._resolver = self.registry.resolver(URI)

    def error(self, pointer: str | None, problem: str) -> SpecError:
        """A :class:`SpecError` for ``problem`` at ``pointer`` (``/paths/~1members/get``) of this file;
        ``None`` when the caller does not know where it is."""
        return SpecError(f"{self.source}{'' if pointer is None else '#' + pointer}: {problem}")

    def lookup(self, ref: str, pointer: str | None = None) -> Any:
        """The node the ``$ref`` value ``ref`` names; ``pointer`` is where the ``$ref`` is written."""
        if not ref.startswith("#"):
            raise self.error(pointer, f"only local $refs (#/...) are supported, got {ref!r}")
        try:
            return self._resolver.lookup(ref).contents
        except (Unresolvable, LookupError, ValueError, TypeError):
            raise self.error(pointer, f"$ref {ref!r} points at nothing") from None

    @overload
    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]: ...
    @overload
    def resolve(self, node: Any, pointer: None = None) -> tuple[Any, str | None]: ...
    def resolve(self, node: Any, pointer: str | None = None) -> tuple[Any, str | None]:
        """Follow ``node``'s chain of ``$ref``s; return the object at its end and that object's pointer.

        Siblings of a ``$ref`` are not merged in (see :meth:`inline`); a chain that comes back to one
        of its references is an error.
        """
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in seen:
                raise self.error(pointer, f"$ref {ref!r} refers to itself")
            seen.add(ref)
            node, pointer = self.lookup(ref, None if pointer is None else join(pointer, "$ref")), ref[1:]
        return node, pointer

    def inline(self, node: Any, pointer: str = "") -> Any:
        """A copy of ``node`` with every ``$ref`` replaced by a copy of what it names, for the tools that
        need an object whole (the mock's validators, the client tests).

        The siblings of a ``$ref`` (a ``description``, say) are laid over the named object. One call
        inlines each ``$ref`` once and shares the copy wherever it stands: read the result, do not
        change it. A recursive ``$ref`` cannot be inlined and is an error naming where it is.
        """
        return _Inliner(self).inline(node, pointer, ())

    def operations(self) -> list[Operation]:
        """The operations under ``paths``, in document order, each with its callbacks."""
        return operations(self, "paths")

    def webhooks(self) -> list[Operation]:
        """The operations under ``webhooks`` (requests the API sends), in document order."""
        return operations(self, "webhooks")

    def parameters(self, operation: Operation) -> list[dict[str, Any]]:
        """The parameters of ``operation``, ``$ref``s followed: the path item's, then its own (an own
        parameter replaces the path item's of the same name and location, in place)."""
        merged: dict[tuple[Any, Any], dict[str, Any]] = {}
        for holder, holder_pointer in (
            (operation.path_item, operation.path_item_pointer),
            (operation.node, operation.pointer),
        ):
            listed = holder.get("parameters")
            for index, parameter in enumerate(listed if isinstance(listed, list) else []):
                resolved, _ = self.resolve(parameter, join(holder_pointer, "parameters", index))
                if isinstance(resolved, dict):
                    merged[(resolved.get("name"), resolved.get("in"))] = resolved
        return list(merged.values())


class _Inliner:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.done: dict[str, Any] = {}

    def inline(self, node: Any, pointer: str, stack: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [self.inline(item, join(pointer, index), stack) for index, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return {key: self.inline(value, join(pointer, key), stack) for key, value in node.items()}
        if ref in stack:
            raise self.spec.error(pointer, f"recursive $ref {ref!r} cannot be inlined")
        if ref not in self.done:
            target = self.spec.lookup(ref, join(pointer, "$ref"))
            self.done[ref] = self.inline(target, ref[1:], (*stack, ref))
        resolved = self.done[ref]
        siblings = {
            key: self.inline(value, join(pointer, key), stack) for key, value in node.items() if key != "$ref"
        }
        if siblings and isinstance(resolved, dict):
            return {**resolved, **siblings}
        return resolved


def load_spec(path: str | os.PathLike[str]) -> Spec:
    """Read the OpenAPI document at ``path`` (YAML 1.2 or JSON); raises :class:`SpecError` naming it."""
    return Spec(load_document(path), str(path))
