"""Escaping JSON pointer (RFC 6901) reference tokens, shared by the tools that build or follow pointers."""

from __future__ import annotations


def escape(token: object) -> str:
    """``a/b~c`` is ``a~1b~0c``."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """The inverse of :func:`escape`; ``~1`` goes first, so ``~01`` stays ``~1``."""
    return token.replace("~1", "/").replace("~0", "~")
