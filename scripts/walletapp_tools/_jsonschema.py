"""Validating values against the schemas of an OpenAPI 3.1 document, as speclint and the docs checks do.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so jsonschema's Draft202012Validator checks them, with
format checking on, against the whole document registered as one resource (local `$ref`s resolve). The
OpenAPI-only keywords (`discriminator`, `xml`, `externalDocs`, `example`) are unknown to JSON Schema and
ignored, as the OpenAPI specification intends. The OpenAPI formats int32/int64 are checked as ranges.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._pointer import unescape

_SPEC_URI = "urn:walletapp:spec"


def format_checker() -> FormatChecker:
    checker = FormatChecker(formats=Draft202012Validator.FORMAT_CHECKER.checkers)

    def in_range(bits: int) -> Any:
        def check(value: object) -> bool:
            if isinstance(value, bool) or not isinstance(value, int):
                return True
            low, high = -(2 ** (bits - 1)), 2 ** (bits - 1)
            return bool(low <= value < high)

        return check

    checker.checks("int32")(in_range(32))
    checker.checks("int64")(in_range(64))
    return checker


class SpecSchemas:
    """Validators for the schemas of one document, by the JSON pointer (`#/...`) of each schema."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        self._checker = format_checker()
        self._validators: dict[str, Draft202012Validator] = {}

    def validator(self, pointer: str) -> Draft202012Validator:
        found = self._validators.get(pointer)
        if found is None:
            reference = f"{_SPEC_URI}#{quote(pointer[1:], safe='/~')}"
            found = Draft202012Validator(
                {"$ref": reference}, registry=self._registry, format_checker=self._checker
            )
            self._validators[pointer] = found
        return found

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """`node` (found at `pointer`) with local `$ref`s followed, and the pointer of what it names."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
            pointer = node["$ref"]
            seen.add(pointer)
            node = self.spec
            for token in pointer.lstrip("#").split("/")[1:]:
                key = unescape(token)
                node = node.get(key) if isinstance(node, dict) else None
        return node, pointer
