"""Comparing the operations (and webhooks) of two OpenAPI 3.x documents.

Operations are matched by method and path, with path parameter names ignored (``/members/{uuid}`` and
``/members/{id}`` are the same URL); webhook operations by webhook name and method. Rules:

``operation-removed``         an operation (or webhook) is gone.
``operation-moved``           an operationId now lives at another method or path (path or method changed).
``operation-id-changed``      same method and path, new operationId: generated clients rename the method.
``ability-changed``           the abilities (security requirement scopes) an operation requires changed,
                              or it now requires a token where it did not; adding an alternative
                              requirement while keeping the old ones is not breaking.
``parameter-removed``         a parameter is gone (generated clients lose the argument).
``new-required-input``        a new required parameter or request body, or one made required.
``request-body-removed``      the request body or one of its media types is gone.
``response-status-removed``   a documented 2xx/3xx response is gone (4xx/5xx removals are listed only).
``response-media-removed``    a media type of a response is gone.
plus the schema rules of :mod:`._schemas` on parameters (input), request bodies (input) and responses
(output). Webhooks and callbacks run the other way round: WalletApp sends their request body, so it is
compared as output, and their responses as input.

Listed, not breaking: ``operation-added``, ``parameter-added`` (optional), ``response-status-added``,
``parameter-optional``, ``deprecated`` (an operation newly marked deprecated), ``summary-changed``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .._openapi import HTTP_METHODS
from ._model import Change, Document
from ._refs import Resolver
from ._schemas import Direction, Emit, SchemaComparer

_PARAMETER = re.compile(r"\{[^}]*\}")

OperationKey = tuple[str, str, str]
"""(kind, method, normalised path or webhook name); kind is ``path`` or ``webhook``."""


def _label(key: OperationKey, display: str, operation: dict[str, Any]) -> str:
    kind, method, _ = key
    name = f" ({operation['operationId']})" if operation.get("operationId") else ""
    return f"{'webhook ' if kind == 'webhook' else ''}{method.upper()} {display}{name}"


def _operations(
    document: Document, resolver: Resolver
) -> dict[OperationKey, tuple[str, dict[str, Any], list[Any]]]:
    found: dict[OperationKey, tuple[str, dict[str, Any], list[Any]]] = {}
    for kind, container in (
        ("path", document.get("paths") or {}),
        ("webhook", document.get("webhooks") or {}),
    ):
        for name, path_item in container.items():
            item = resolver.deref(path_item)
            if not isinstance(item, dict):
                continue
            shared = list(item.get("parameters") or [])
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    normalised = _PARAMETER.sub("{}", name) if kind == "path" else name
                    found[(kind, method, normalised)] = (name, item[method], shared)
    return found


def _flip(direction: Direction, webhook: bool) -> Direction:
    if not webhook:
        return direction
    return "output" if direction == "input" else "input"


class OperationComparer:
    """Produces the :class:`Change` list between a released document and the current one."""

    def __init__(self, base: Document, current: Document, base_name: str, current_name: str) -> None:
        self.base_doc, self.current_doc = base, current
        self.base = Resolver(base, base_name)
        self.current = Resolver(current, current_name)
        self.schemas = SchemaComparer(self.base, self.current)
        self.changes: list[Change] = []

    def _emitter(self, where: str, prefix: str = "") -> Emit:
        def emit(rule: str, breaking: bool, detail: str) -> None:
            self.changes.append(Change(rule, breaking, where, f"{prefix}{detail}"))

        return emit

    def run(self) -> list[Change]:
        old = _operations(self.base_doc, self.base)
        new = _operations(self.current_doc, self.current)
        new_ids = {op.get("operationId"): key for key, (_, op, _) in new.items() if op.get("operationId")}
        old_ids = {op.get("operationId"): key for key, (_, op, _) in old.items() if op.get("operationId")}
        for key, (display, operation, shared) in old.items():
            where = _label(key, display, operation)
            if key in new:
                self._compare_operation(key, where, (operation, shared), new[key][1:])
                continue
            moved_to = new_ids.get(operation.get("operationId"))
            if moved_to is not None and moved_to not in old:
                target = new[moved_to]
                emit = self._emitter(where)
                emit("operation-moved", True, f"now {moved_to[1].upper()} {target[0]}")
                self._compare_operation(key, where, (operation, shared), target[1:])
            else:
                self._emitter(where)("operation-removed", True, "removed")
        for key, (display, operation, _) in new.items():
            if key in old:
                continue
            moved_from = old_ids.get(operation.get("operationId"))
            if moved_from is None or moved_from in new:
                self._emitter(_label(key, display, operation))("operation-added", False, "new")
        return self.changes

    def _compare_operation(
        self,
        key: OperationKey,
        where: str,
        old: tuple[dict[str, Any], list[Any]],
        new: tuple[dict[str, Any], list[Any]],
    ) -> None:
        (old_op, old_shared), (new_op, new_shared) = old, new
        webhook = key[0] == "webhook"
        emit = self._emitter(where)
        old_id, new_id = old_op.get("operationId"), new_op.get("operationId")
        if old_id != new_id and key[0] == "path":
            emit("operation-id-changed", True, f"operationId {old_id} -> {new_id}")
        if new_op.get("deprecated") and not old_op.get("deprecated"):
            emit("deprecated", False, "now deprecated")
        if old_op.get("summary") != new_op.get("summary"):
            emit("summary-changed", False, f"summary {old_op.get('summary')!r} -> {new_op.get('summary')!r}")
        if not webhook:
            self._compare_security(old_op, new_op, emit)
        self._compare_parameters(old_op, old_shared, new_op, new_shared, webhook, where)
        self._compare_body(old_op, new_op, webhook, where)
        self._compare_responses(old_op, new_op, webhook, where)
        self._compare_callbacks(old_op, new_op, where)

    def _abilities(
        self, document: Document, operation: dict[str, Any]
    ) -> set[tuple[tuple[str, tuple[str, ...]], ...]]:
        requirements = operation.get("security", document.get("security")) or []
        return {
            tuple(sorted((scheme, tuple(sorted(scopes or []))) for scheme, scopes in requirement.items()))
            for requirement in requirements
        }

    def _compare_security(self, old_op: dict[str, Any], new_op: dict[str, Any], emit: Emit) -> None:
        before = self._abilities(self.base_doc, old_op)
        after = self._abilities(self.current_doc, new_op)
        if before == after:
            return

        def show(requirements: set[tuple[tuple[str, tuple[str, ...]], ...]]) -> str:
            if not requirements or requirements == {()}:
                return "no token"
            return " or ".join(
                sorted(
                    " + ".join(f"{scheme}[{', '.join(scopes)}]" for scheme, scopes in requirement)
                    or "no token"
                    for requirement in requirements
                )
            )

        public_before = not before or () in before
        breaking = not (before <= after) and not (public_before and () in after)
        emit("ability-changed", breaking, f"requires {show(before)} -> {show(after)}")

    def _parameters(
        self, resolver: Resolver, operation: dict[str, Any], shared: list[Any]
    ) -> dict[tuple[str, str], dict[str, Any]]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for parameter in [*shared, *(operation.get("parameters") or [])]:
            resolved = resolver.deref(parameter)
            if isinstance(resolved, dict) and "name" in resolved:
                merged[(str(resolved.get("in")), str(resolved["name"]))] = resolved
        return merged

    def _compare_parameters(
        self,
        old_op: dict[str, Any],
        old_shared: list[Any],
        new_op: dict[str, Any],
        new_shared: list[Any],
        webhook: bool,
        where: str,
    ) -> None:
        old = self._parameters(self.base, old_op, old_shared)
        new = self._parameters(self.current, new_op, new_shared)
        direction = _flip("input", webhook)
        for (location, name), parameter in old.items():
            label = f"{location} parameter {name}"
            emit = self._emitter(where, f"{label}: ")
            if (location, name) not in new:
                emit("parameter-removed", direction == "input", "removed")
                continue
            current = new[(location, name)]
            if current.get("required") and not parameter.get("required"):
                emit("new-required-input", direction == "input", "now required")
            elif parameter.get("required") and not current.get("required"):
                emit("parameter-optional", direction == "output", "now optional")
            if "schema" in parameter and "schema" in current:
                self.schemas.compare(parameter["schema"], current["schema"], direction, "value", emit)
        for (location, name), parameter in new.items():
            if (location, name) in old:
                continue
            emit = self._emitter(where, f"{location} parameter {name}: ")
            if parameter.get("required"):
                emit("new-required-input", direction == "input", "new required parameter")
            else:
                emit("parameter-added", False, "new optional parameter")

    def _content(self, resolver: Resolver, holder: Any) -> dict[str, Any]:
        resolved = resolver.deref(holder)
        if not isinstance(resolved, dict):
            return {}
        return {media: resolver.deref(value) for media, value in (resolved.get("content") or {}).items()}

    def _compare_content(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        where: str,
        label: str,
        rule: str,
    ) -> None:
        for media, media_type in old.items():
            emit = self._emitter(where, f"{label} {media}: ")
            if media not in new:
                emit(rule, True, "media type removed")
                continue
            if "schema" in media_type and "schema" in new[media]:
                self.schemas.compare(media_type["schema"], new[media]["schema"], direction, "body", emit)
        for media in new:
            if media not in old:
                self._emitter(where, f"{label} {media}: ")("media-type-added", False, "new media type")

    def _compare_body(
        self, old_op: dict[str, Any], new_op: dict[str, Any], webhook: bool, where: str
    ) -> None:
        direction = _flip("input", webhook)
        old_body = self.base.deref(old_op.get("requestBody"))
        new_body = self.current.deref(new_op.get("requestBody"))
        emit = self._emitter(where, "request body: ")
        if old_body is None and new_body is None:
            return
        if new_body is None:
            emit("request-body-removed", direction == "input", "removed")
            return
        if old_body is None:
            if new_body.get("required"):
                emit("new-required-input", direction == "input", "new required request body")
            else:
                emit("parameter-added", False, "new optional request body")
            return
        if new_body.get("required") and not old_body.get("required"):
            emit("new-required-input", direction == "input", "now required")
        self._compare_content(
            self._content(self.base, old_body),
            self._content(self.current, new_body),
            direction,
            where,
            "request body",
            "request-body-removed",
        )

    def _compare_responses(
        self, old_op: dict[str, Any], new_op: dict[str, Any], webhook: bool, where: str
    ) -> None:
        direction = _flip("output", webhook)
        old = old_op.get("responses") or {}
        new = new_op.get("responses") or {}
        for status, response in old.items():
            emit = self._emitter(where, f"response {status}: ")
            if status not in new:
                emit("response-status-removed", str(status)[0] in "23" and direction == "output", "removed")
                continue
            self._compare_content(
                self._content(self.base, response),
                self._content(self.current, new[status]),
                direction,
                where,
                f"response {status}",
                "response-media-removed",
            )
        for status in new:
            if status not in old:
                self._emitter(where, f"response {status}: ")("response-status-added", False, "new")

    def _compare_callbacks(self, old_op: dict[str, Any], new_op: dict[str, Any], where: str) -> None:
        old = old_op.get("callbacks") or {}
        new = new_op.get("callbacks") or {}
        for name, callback in old.items():
            emit = self._emitter(where, f"callback {name}: ")
            if name not in new:
                emit("operation-removed", True, "removed")
                continue
            for (method, old_cb, old_shared), (_, new_cb, new_shared) in self._paired_callbacks(
                callback, new[name]
            ):
                cb_where = f"{where} callback {name} {method.upper()}"
                self._compare_parameters(old_cb, old_shared, new_cb, new_shared, True, cb_where)
                self._compare_body(old_cb, new_cb, True, cb_where)
                self._compare_responses(old_cb, new_cb, True, cb_where)
        for name in new:
            if name not in old:
                self._emitter(where, f"callback {name}: ")("operation-added", False, "new")

    def _paired_callbacks(
        self, old: Any, new: Any
    ) -> Iterator[tuple[tuple[str, dict[str, Any], list[Any]], tuple[str, dict[str, Any], list[Any]]]]:
        old_cb, new_cb = self.base.deref(old) or {}, self.current.deref(new) or {}
        for expression, old_item in old_cb.items():
            if expression not in new_cb:
                continue
            old_path, new_path = self.base.deref(old_item), self.current.deref(new_cb[expression])
            for method in HTTP_METHODS:
                if isinstance(old_path.get(method), dict) and isinstance(new_path.get(method), dict):
                    yield (
                        (method, old_path[method], list(old_path.get("parameters") or [])),
                        (method, new_path[method], list(new_path.get("parameters") or [])),
                    )
