"""What a comparison produces: a list of :class:`Change`, each with its rule and whether it breaks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Document = dict[str, Any]


class BreakingCheckError(Exception):
    """Bad input (unreadable file, bad version, unresolvable ``$ref``); the message is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


@dataclass(frozen=True)
class Change:
    """One difference between the released contract and the current one.

    ``rule`` is the stable identifier listed in the package docstring (and in the changelog), ``where``
    names the operation (``GET /members (searchMembers)``) or ``webhook batchFinished``, ``detail`` says
    what changed in words, with the field path where there is one (``response 200 body.data[].email``).
    """

    rule: str
    breaking: bool
    where: str
    detail: str
