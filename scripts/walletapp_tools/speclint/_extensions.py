"""Every `x-` extension the spec uses must be documented in EXTENSIONS.md next to it.

An undocumented extension is a private convention other-language teams cannot learn; the register says
what each one means, where it may appear and which values it takes (github/rest-api-description keeps
the same kind of register).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..spec import join, tokens
from ._document import Document
from ._finding import Finding

REGISTER = "EXTENSIONS.md"
_HEADING = re.compile(r"^#+\s*`(x-[A-Za-z0-9_.-]+)`", re.MULTILINE)


def documented_extensions(spec_path: Path) -> frozenset[str]:
    """The extensions with a `## \\`x-name\\`` heading in the register beside the spec (none without one)."""
    register = spec_path.parent / REGISTER
    if not register.is_file():
        return frozenset()
    return frozenset(_HEADING.findall(register.read_text(encoding="utf-8")))


def check_extensions(document: Document, documented: frozenset[str]) -> Iterator[Finding]:
    yield from _walk(document, document.spec, "#", documented)


def _walk(document: Document, node: Any, pointer: str, documented: frozenset[str]) -> Iterator[Finding]:
    if isinstance(node, dict):
        for key, value in node.items():
            child = join(pointer, key)
            if (
                isinstance(key, str)
                and key.startswith("x-")
                and key not in documented
                and not _is_data(pointer)
            ):
                yield Finding(
                    document.where(child), child, f"extension {key!r} is not documented in {REGISTER}"
                )
            yield from _walk(document, value, child, documented)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(document, value, join(pointer, index), documented)


def _is_data(pointer: str) -> bool:
    """Keys of example values and schema property names are data, not extensions."""
    parts = tokens(pointer)
    in_example = "example" in parts or "examples" in parts
    return in_example or parts[-1:] in (["properties"], ["patternProperties"])
