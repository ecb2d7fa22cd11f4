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
from typing import Any

from ..spec import Operation, Spec
from ._model import Change, Document
from ._schemas import Direction, Emit, SchemaComparer, deref

_PARAMETER = re.compile(r"\{[^}]*\}")

OperationKey = tuple[str, str, str]
"""(kind, method, normalised path or webhook name); kind is ``path`` or ``webhook``."""


def _label(operation: Operation) -> str:
    name = f" ({operation.operation_id})" if operation.operation_id else ""
    prefix = "webhook " if operation.kind == "webhook" else ""
    return f"{prefix}{operation.method.upper()} {operation.path}{name}"


def _operations(spec: Spec) -> dict[OperationKey, Operation]:
    found: dict[OperationKey, Operation] = {}
    for operation in [*spec.operations(), *spec.webhooks()]:
        normalised = _PARAMETER.sub("{}", operation.path) if operation.kind == "path" else operation.path
        found[(operation.kind, operation.method, normalised)] = operation
    return found


def _flip(direction: Direction, webhook: bool) -> Direction:
    if not webhook:
        return direction
    return "output" if direction == "input" else "input"


class OperationComparer:
    """Produces the :class:`Change` list between a released document and the current one."""

    def __init__(self, base: Document, current: Document, base_name: str, current_name: str) -> None:
        self.base = Spec(base, base_name)
        self.current = Spec(current, current_name)
        self.schemas = SchemaComparer(self.base, self.current)
        self.changes: list[Change] = []

    def _emitter(self, where: str, prefix: str = "") -> Emit:
        def emit(rule: str, breaking: bool, detail: str) -> None:
            self.changes.append(Change(rule, breaking, where, f"{prefix}{detail}"))

        return emit

    def run(self) -> list[Change]:
        old = _operations(self.base)
        new = _operations(self.current)
        new_ids: dict[str | None, OperationKey] = {
            op.operation_id: k for k, op in new.items() if op.operation_id
        }
        old_ids: dict[str | None, OperationKey] = {
            op.operation_id: k for k, op in old.items() if op.operation_id
        }
        for key, operation in old.items():
            where = _label(operation)
            if key in new:
                self._compare_operation(where, operation, new[key])
                continue
            moved_to = new_ids.get(operation.operation_id)
            if moved_to is not None and moved_to not in old:
                target = new[moved_to]
                self._emitter(where)("operation-moved", True, f"now {moved_to[1].upper()} {target.path}")
                self._compare_operation(where, operation, target)
            else:
                self._emitter(where)("operation-removed", True, "removed")
        for key, operation in new.items():
            if key in old:
                continue
            moved_from = old_ids.get(operation.operation_id)
            if moved_from is None or moved_from in new:
                self._emitter(_label(operation))("operation-added", False, "new")
        return self.changes

    def _compare_operation(self, where: str, old: Operation, new: Operation) -> None:
        webhook = old.kind == "webhook"
        emit = self._emitter(where)
        old_op, new_op = old.node, new.node
        if old.operation_id != new.operation_id and old.kind == "path":
            emit("operation-id-changed", True, f"operationId {old.operation_id} -> {new.operation_id}")
        if new_op.get("deprecated") and not old_op.get("deprecated"):
            emit("deprecated", False, "now deprecated")
        if old_op.get("summary") != new_op.get("summary"):
            emit("summary-changed", False, f"summary {old_op.get('summary')!r} -> {new_op.get('summary')!r}")
        if not webhook:
            self._compare_security(old, new, emit)
        self._compare_parameters(old, new, webhook, where)
        self._compare_body(old_op, new_op, webhook, where)
        self._compare_responses(old_op, new_op, webhook, where)
        self._compare_callbacks(old, new, where)

    @staticmethod
    def _requirements(operation: Operation) -> set[tuple[tuple[str, tuple[str, ...]], ...]]:
        return {
            tuple(sorted((scheme, tuple(sorted(scopes))) for scheme, scopes in requirement.schemes))
            for requirement in operation.security
        }

    def _compare_security(self, old: Operation, new: Operation, emit: Emit) -> None:
        before = self._requirements(old)
        after = self._requirements(new)
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

    @staticmethod
    def _parameters(spec: Spec, operation: Operation) -> dict[tuple[str, str], dict[str, Any]]:
        return {
            (str(parameter.get("in")), str(parameter["name"])): parameter
            for parameter in spec.parameters(operation)
            if "name" in parameter
        }

    def _compare_parameters(self, old_op: Operation, new_op: Operation, webhook: bool, where: str) -> None:
        old = self._parameters(self.base, old_op)
        new = self._parameters(self.current, new_op)
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

    @staticmethod
    def _content(spec: Spec, holder: Any) -> dict[str, Any]:
        resolved = deref(spec, holder)
        if not isinstance(resolved, dict):
            return {}
        return {media: deref(spec, value) for media, value in (resolved.get("content") or {}).items()}

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
        old_body = deref(self.base, old_op.get("requestBody"))
        new_body = deref(self.current, new_op.get("requestBody"))
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

    def _compare_callbacks(self, old: Operation, new: Operation, where: str) -> None:
        old_names = dict.fromkeys(callback.callback for callback in old.callbacks)
        new_names = dict.fromkeys(callback.callback for callback in new.callbacks)
        current = {(cb.callback, cb.path, cb.method): cb for cb in new.callbacks}
        for name in old_names:
            if name not in new_names:
                self._emitter(where, f"callback {name}: ")("operation-removed", True, "removed")
                continue
            for callback in old.callbacks:
                paired = current.get((callback.callback, callback.path, callback.method))
                if callback.callback != name or paired is None:
                    continue
                cb_where = f"{where} callback {name} {callback.method.upper()}"
                self._compare_parameters(callback, paired, True, cb_where)
                self._compare_body(callback.node, paired.node, True, cb_where)
                self._compare_responses(callback.node, paired.node, True, cb_where)
        for name in new_names:
            if name not in old_names:
                self._emitter(where, f"callback {name}: ")("operation-added", False, "new")
