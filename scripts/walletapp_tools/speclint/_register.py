"""The register of judgment calls (DISCREPANCIES.md beside the spec) and the spec's markers of them.

Entries are headings `### D07 ...` (an optional letter: `D18a`); `T` entries record tooling decisions,
which the spec does not state, so only `D` entries must be referenced. A marker is the value of
`x-walletapp-inferred`: one entry number or a non-empty list of them (openapi/EXTENSIONS.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..spec import join, tokens

REGISTER = "DISCREPANCIES.md"
MARKER = "x-walletapp-inferred"
ENTRY = re.compile(r"^D\d{2}[a-z]?$")
_HEADING = re.compile(r"^###\s+(D\d{2}[a-z]?)\b", re.MULTILINE)
# Where values are data, not the document's own keys (example values, defaults, enums).
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const", "value"})


def register_entries(spec_path: Path) -> frozenset[str] | None:
    """The `D` entries of the register beside the spec, or None when there is no register (then the
    inference rules do not apply: the spec does not track its inferences)."""
    register = spec_path.parent / REGISTER
    if not register.is_file():
        return None
    return frozenset(_HEADING.findall(register.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Marker:
    pointer: str
    """Of the object carrying the marker (the marker itself is at `pointer/x-walletapp-inferred`)."""
    entries: tuple[str, ...]
    problem: str | None


def markers(spec: dict[str, Any]) -> Iterator[Marker]:
    yield from _walk(spec, "#")


def _walk(node: Any, pointer: str) -> Iterator[Marker]:
    if isinstance(node, dict):
        if MARKER in node:
            yield _read(node[MARKER], pointer)
        for key, value in node.items():
            if key in _DATA_KEYS and _is_data(key, value, pointer):
                continue
            yield from _walk(value, join(pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, join(pointer, index))


def _is_data(key: str, value: Any, pointer: str) -> bool:
    """`examples` is data in a schema (a list) but a map of Example Objects in a media type; `value` is
    data inside an Example Object only."""
    if key == "examples":
        return isinstance(value, list)
    if key == "value":
        parts = tokens(pointer)
        return len(parts) >= 2 and parts[-2] == "examples"
    return True


def _read(value: Any, pointer: str) -> Marker:
    entries = value if isinstance(value, list) else [value]
    if not entries or not all(isinstance(e, str) and ENTRY.match(e) for e in entries):
        problem = f"{MARKER} must name register entries (D36, or a list such as [D12, D18a]), not {value!r}"
        return Marker(pointer, (), problem)
    return Marker(pointer, tuple(entries), None)


def is_marked(node: Any) -> bool:
    return isinstance(node, dict) and MARKER in node
