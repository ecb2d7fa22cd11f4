"""The ability table of `info.description` says what the operations' security says.

The table (`| Ability | Operations |`, one row per ability, operations as `` `GET /path` ``) is what
integrators read to request a token; it is checked against the scopes of every operation's security
requirement, both ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..spec import join
from ._document import Document, fragment, mapping
from ._finding import Finding

_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|(.*)\|\s*$", re.MULTILINE)
_OPERATION = re.compile(r"`([A-Z]+ /[^`]*)`")
TABLE = "#/info/description"


def table(description: str) -> dict[str, set[str]]:
    """ability -> the `METHOD /path` strings its row lists."""
    return {match.group(1): set(_OPERATION.findall(match.group(2))) for match in _ROW.finditer(description)}


def check_abilities(document: Document) -> Iterator[Finding]:
    description = mapping(document.spec.get("info")).get("description")
    rows = table(description if isinstance(description, str) else "")
    root_security = document.spec.get("security")
    listed = {operation for operations in rows.values() for operation in operations}
    known: set[str] = set()
    for operation in document.operations():
        name = f"{operation.method.upper()} {operation.path}"
        known.add(name)
        security = operation.node.get("security", root_security)
        pointer = (
            join(fragment(operation.pointer), "security") if "security" in operation.node else "#/security"
        )
        scopes = {
            scope
            for requirement in (security if isinstance(security, list) else [])
            for scopes in mapping(requirement).values()
            for scope in (scopes if isinstance(scopes, list) else [])
        }
        if not scopes:
            continue  # reported by the operation rules: "has no security requirement naming a scope"
        for scope in sorted(scopes):
            if name not in rows.get(scope, set()):
                where = f"the row of `{scope}`" if scope in rows else f"a row for `{scope}`"
                yield Finding(
                    operation.label,
                    pointer,
                    f"requires ability {scope}, but the ability table ({TABLE}) has no `{name}` in {where}",
                )
        for ability, operations in rows.items():
            if name in operations and ability not in scopes:
                yield Finding(
                    operation.label,
                    pointer,
                    f"the ability table ({TABLE}) lists it under `{ability}`, "
                    "which its security does not require",
                )
    for name in sorted(listed - known):
        yield Finding(
            "document", TABLE, f"the ability table lists `{name}`, which is no operation of the spec"
        )
