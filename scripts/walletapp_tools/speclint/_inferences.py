"""Rule 4 of DISCREPANCIES.md: every inference is marked in the spec and registered in the register.

With a register beside the spec: every `x-walletapp-inferred` names existing entries, every `D` entry is
named somewhere, and the inferences speclint can see are marked: a description that calls itself
inferred (or undocumented), and every error response (the documentation documents none). A marker
covers the object carrying it and everything inside that object's operation or component, so a marker
on a component covers each use of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..spec import HTTP_METHODS, join, tokens
from ._document import Document, fragment, mapping
from ._finding import Finding
from ._register import MARKER, REGISTER, Marker, markers

_SAYS_INFERRED = re.compile(r"\binferred\b|\bnot documented\b|\bundocumented\b", re.IGNORECASE)
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})


class Coverage:
    """Which objects of the document a marker covers."""

    def __init__(self, found: list[Marker]) -> None:
        self._marked = {marker.pointer for marker in found if marker.problem is None}

    def covers(self, pointer: str) -> bool:
        parts = tokens(pointer)
        for length in range(len(parts), _scope(parts) - 1, -1):
            if join("#", *parts[:length]) in self._marked:
                return True
        return False


def _scope(tokens: list[str]) -> int:
    """How many tokens name the operation, component or webhook that `tokens` lie in."""
    if tokens[:1] == ["paths"] and len(tokens) >= 3 and tokens[2] in HTTP_METHODS:
        return 3
    if tokens[:1] in (["components"], ["webhooks"]) and len(tokens) >= 3:
        return 3
    return min(len(tokens), 1)


def check_inferences(document: Document, register: frozenset[str]) -> Iterator[Finding]:
    found = list(markers(document.spec))
    named: set[str] = set()
    for marker in found:
        where = document.where(marker.pointer)
        pointer = join(fragment(marker.pointer), MARKER)
        if marker.problem is not None:
            yield Finding(where, pointer, marker.problem)
        for entry in marker.entries:
            named.add(entry)
            if entry not in register:
                yield Finding(where, pointer, f"{MARKER} names {entry}, which is not an entry of {REGISTER}")
    for entry in sorted(register - named):
        yield Finding(
            REGISTER, "#", f"entry {entry} is named by no {MARKER} in the spec: mark what it decides"
        )
    coverage = Coverage(found)
    yield from _descriptions(document, document.spec, "#", coverage)
    yield from _error_responses(document, coverage)


def _descriptions(document: Document, node: Any, pointer: str, coverage: Coverage) -> Iterator[Finding]:
    if isinstance(node, dict):
        text = node.get("description")
        if isinstance(text, str) and _SAYS_INFERRED.search(text) and not coverage.covers(pointer):
            yield Finding(
                document.where(pointer),
                join(pointer, "description"),
                f"the description says this is inferred but nothing here carries {MARKER}",
            )
        for key, value in node.items():
            if key in _DATA_KEYS and not (key == "examples" and isinstance(value, dict)):
                continue
            if key == "value" and tokens(pointer)[-2:-1] == ["examples"]:
                continue
            yield from _descriptions(document, value, join(pointer, key), coverage)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _descriptions(document, value, join(pointer, index), coverage)


def _error_responses(document: Document, coverage: Coverage) -> Iterator[Finding]:
    for operation in document.operations():
        for status, response in mapping(operation.node.get("responses")).items():
            if str(status)[:1] not in "45" and str(status) != "default":
                continue
            _, pointer = document.resolve(response, join(fragment(operation.pointer), "responses", status))
            if not coverage.covers(pointer):
                yield Finding(
                    operation.label,
                    pointer,
                    f"error response {status} is not documented by the pages: mark it with {MARKER}",
                )
