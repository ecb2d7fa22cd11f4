"""The one exception of the spec package."""

from __future__ import annotations


class SpecError(Exception):
    """A document cannot be read, parsed or resolved.

    ``str(error)`` is one line that names the file and, where there is one, the JSON pointer
    (``openapi/walletapp.yaml#/paths/~1members/get: $ref '#/components/schemas/Nope' points at
    nothing``), so every tool prints it as is or prefixes it with its own name.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
