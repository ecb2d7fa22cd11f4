"""JSON pointers (RFC 6901): building them from keys and reading them back.

Pointers here are plain (``/paths/~1members/get``); a ``$ref`` or a message writes them as a URI
fragment (``#/paths/~1members/get``).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote


def escape(token: object) -> str:
    """``a/b~c`` is ``a~1b~0c``."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """The inverse of :func:`escape`; ``~1`` goes first, so ``~01`` stays ``~1``."""
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: object) -> str:
    """``join("/paths", "/members")`` is ``/paths/~1members``; works on ``#/...`` fragments too."""
    return pointer + "".join("/" + escape(token) for token in tokens)


def extend(pointer: str, tokens: Iterable[object]) -> str:
    """:func:`join` with the tokens as one iterable (a validator's ``absolute_path``)."""
    return join(pointer, *tokens)


def tokens(pointer: str) -> list[str]:
    """The unescaped tokens of ``/a/b`` or ``#/a/b`` (percent-encoding allowed, as in ``$ref`` values)."""
    path = unquote(pointer[1:] if pointer.startswith("#") else pointer)
    return [] if path == "" else [unescape(token) for token in path.split("/")[1:]]
