"""The pages' JSON-like examples read as JSON, by five deliberate, named repairs.

The examples are hand-written and often not JSON. Each repair below is one kind of slip seen on the
pages, undone in the least surprising way; nothing else is changed, so a block that still does not
parse is reported as unusable with the parser's message.

1. `ellipsis`: a line that is only `...` ("and more like these") is dropped.
2. `bare-placeholder`: a placeholder written without quotes (`"created_at": <creation_date>,`) is
   quoted: it stands for a value, whose JSON type its kind decides (see `_kinds`).
3. `single-quotes`: strings in single quotes (`'email': '<email>'`, passes page) become double-quoted.
4. `trailing-comma`: a comma before `}` or `]` is dropped.
5. `duplicate-keys`: an object keeps every key it repeats (`"<email>": ...` four times in the signup
   answer) as a list of pairs, so that each placeholder key can be filled with its own value.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_ELLIPSIS = re.compile(r"^\s*\.\.\.\s*,?\s*$", re.MULTILINE)
_BARE_PLACEHOLDER = re.compile(r"(?<=[:\[,])(\s*)<([^<>\"']+)>(?=\s*[,}\]\n])")
_SINGLE_QUOTED = re.compile(r"'([^'\"\n]*)'")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


class NotJson(ValueError):
    """The block does not parse even after the repairs; the message says where."""


@dataclass(frozen=True)
class Pairs:
    """A JSON object as its key/value pairs in order, duplicates kept."""

    items: tuple[tuple[str, Any], ...]


def parse(text: str) -> tuple[Any, list[str]]:
    """The block as JSON (objects as `Pairs`), and the names of the repairs that changed it."""
    repairs: list[str] = []
    for name, pattern, replacement in (
        ("ellipsis", _ELLIPSIS, ""),
        ("bare-placeholder", _BARE_PLACEHOLDER, r'\1"<\2>"'),
        ("single-quotes", _SINGLE_QUOTED, r'"\1"'),
        ("trailing-comma", _TRAILING_COMMA, r"\1"),
    ):
        repaired = pattern.sub(replacement, text)
        if repaired != text:
            repairs.append(name)
            text = repaired
    try:
        value = json.loads(text, object_pairs_hook=lambda pairs: Pairs(tuple(pairs)))
    except json.JSONDecodeError as error:
        raise NotJson(f"not JSON after the repairs ({', '.join(repairs) or 'none'}): {error}") from None
    if _has_duplicates(value):
        repairs.append("duplicate-keys")
    return value, repairs


def _has_duplicates(value: Any) -> bool:
    if isinstance(value, Pairs):
        keys = [key for key, _ in value.items]
        return len(keys) != len(set(keys)) or any(_has_duplicates(item) for _, item in value.items)
    if isinstance(value, list):
        return any(_has_duplicates(item) for item in value)
    return False
