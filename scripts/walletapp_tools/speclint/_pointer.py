"""JSON pointers (RFC 6901) as `#/a/b` fragments: building them and following them inside the spec."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from .._pointer import escape, unescape

MISSING = object()


def join(pointer: str, *tokens: object) -> str:
    """`join("#/paths", "/members")` is `#/paths/~1members`."""
    return pointer + "".join("/" + escape(token) for token in tokens)


def tokens(pointer: str) -> list[str]:
    """The unescaped tokens of a local `#/...` pointer (percent-encoding allowed, as in $ref values)."""
    path = unquote(pointer[1:]) if pointer.startswith("#") else unquote(pointer)
    if path == "":
        return []
    return [unescape(token) for token in path.split("/")[1:]]


def extend(pointer: str, path: Iterable[object]) -> str:
    return join(pointer, *path)


def follow(document: Any, pointer: str) -> Any:
    """The node at `pointer`, or `MISSING`; never raises, because the pointer comes from the spec."""
    node = document
    for token in tokens(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return MISSING
    return node


def exists(document: Any, pointer: str) -> bool:
    return follow(document, pointer) is not MISSING
