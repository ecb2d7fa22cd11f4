"""Operations of an OpenAPI document, with what every tool asks of them: method, path, pointer, abilities.

Abilities are the scopes of the bearer scheme (the API's token abilities, Laravel Sanctum). An operation's
``security`` lists alternatives (any one suffices), each requiring all of its schemes with all of their
scopes: :class:`Requirement` keeps them all, and :meth:`Operation.allows` answers with them all.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._pointer import join
from ._schema import is_extension
from ._walk import HTTP_METHODS

if TYPE_CHECKING:
    from ._spec import Spec

OperationKind = Literal["path", "webhook", "callback"]


@dataclass(frozen=True, slots=True)
class Requirement:
    """One Security Requirement Object: each scheme with its scopes, all needed together."""

    schemes: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def scopes(self) -> tuple[str, ...]:
        return tuple(scope for _, scopes in self.schemes for scope in scopes)


def requirements(security: Any) -> tuple[Requirement, ...]:
    """The requirements of a ``security`` list as written (anything malformed is left out)."""
    found = []
    for requirement in security if isinstance(security, list) else []:
        if isinstance(requirement, dict):
            schemes = tuple(
                (str(name), tuple(str(scope) for scope in scopes if isinstance(scope, str)))
                for name, scopes in requirement.items()
                if isinstance(scopes, list)
            )
            found.append(Requirement(schemes))
    return tuple(found)


@dataclass(frozen=True)
class Operation:
    """One Operation Object, found at ``pointer`` (``/paths/~1members~1list/get``).

    ``path`` is the path template; for a webhook it is the webhook's name and for a callback its
    expression (``{$request.body#/webhook_url}``), under the callback ``callback``.
    """

    kind: OperationKind
    method: str
    """Lower case, as written in the document (``get``)."""
    path: str
    pointer: str
    node: dict[str, Any]
    path_item: dict[str, Any]
    """The Path Item Object holding the operation, ``$ref`` followed."""
    path_item_pointer: str
    security: tuple[Requirement, ...]
    """The operation's own requirements, else the document's."""
    callback: str = ""
    callbacks: tuple[Operation, ...] = ()

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) and value else None

    @property
    def label(self) -> str:
        """``GET /members/list (listMembers)``, the name of the operation in messages."""
        suffix = f" ({self.operation_id})" if self.operation_id else ""
        return f"{self.method.upper()} {self.path}{suffix}"

    @property
    def tags(self) -> tuple[str, ...]:
        tags = self.node.get("tags")
        return tuple(str(tag) for tag in tags) if isinstance(tags, list) else ()

    @property
    def abilities(self) -> tuple[str, ...]:
        """Every scope any requirement names, once each, in document order."""
        return tuple(dict.fromkeys(scope for requirement in self.security for scope in requirement.scopes))

    @property
    def requires_token(self) -> bool:
        """False when the operation has no requirement or an empty one (``{}``: anonymous allowed)."""
        return bool(self.security) and all(requirement.schemes for requirement in self.security)

    def allows(self, granted: Collection[str], everything: str = "*") -> bool:
        """Whether a token with the abilities ``granted`` may call the operation: it meets one
        requirement whole. ``everything`` is the ability that grants every other (Sanctum's ``*``)."""
        if not self.requires_token or everything in granted:
            return True
        return any(all(scope in granted for scope in requirement.scopes) for requirement in self.security)


def operations(spec: Spec, section: Literal["paths", "webhooks"]) -> list[Operation]:
    """The operations of the ``paths`` or ``webhooks`` map of ``spec``, in document order."""
    container = spec.document.get(section)
    kind: OperationKind = "path" if section == "paths" else "webhook"
    found: list[Operation] = []
    for name, item in container.items() if isinstance(container, dict) else ():
        if not is_extension(name):
            found += _path_item_operations(spec, kind, str(name), item, join(f"/{section}", name))
    return found


def _path_item_operations(
    spec: Spec, kind: OperationKind, name: str, item: Any, pointer: str, callback: str = ""
) -> list[Operation]:
    item, pointer = spec.resolve(item, pointer)
    if not isinstance(item, dict):
        return []
    root_security = spec.document.get("security")
    found = []
    for method in HTTP_METHODS:
        node = item.get(method)
        if not isinstance(node, dict):
            continue
        operation_pointer = join(pointer, method)
        found.append(
            Operation(
                kind=kind,
                method=method,
                path=name,
                pointer=operation_pointer,
                node=node,
                path_item=item,
                path_item_pointer=pointer,
                security=requirements(node.get("security", root_security)),
                callback=callback,
                callbacks=tuple(_callbacks(spec, node, operation_pointer)),
            )
        )
    return found


def _callbacks(spec: Spec, operation: dict[str, Any], pointer: str) -> list[Operation]:
    found: list[Operation] = []
    callbacks = operation.get("callbacks")
    for name, callback in callbacks.items() if isinstance(callbacks, dict) else ():
        resolved, callback_pointer = spec.resolve(callback, join(pointer, "callbacks", name))
        for expression, item in resolved.items() if isinstance(resolved, dict) else ():
            if not is_extension(expression):
                item_pointer = join(callback_pointer, expression)
                found += _path_item_operations(
                    spec, "callback", str(expression), item, item_pointer, str(name)
                )
    return found
