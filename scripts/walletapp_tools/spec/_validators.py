"""Validating values against the schemas of an OpenAPI 3.1 document, through the document's own
registry (:attr:`Spec.registry`), so a `$ref` resolves as it does everywhere else.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so jsonschema's Draft202012Validator checks them, with
format checking on. The OpenAPI-only keywords (`discriminator`, `xml`, `externalDocs`, `example`) are
unknown to JSON Schema and ignored, as the OpenAPI specification intends. The OpenAPI formats int32/int64
are checked as ranges.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator, FormatChecker

from ._errors import SpecError
from ._spec import URI, Spec


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

    def __init__(self, spec: Spec | dict[str, Any]) -> None:
        self.model = spec if isinstance(spec, Spec) else Spec(spec)
        self.spec = self.model.document
        self._checker = format_checker()
        self._validators: dict[str, Draft202012Validator] = {}

    def validator(self, pointer: str) -> Draft202012Validator:
        found = self._validators.get(pointer)
        if found is None:
            reference = f"{URI}#{quote(pointer.lstrip('#'), safe='/~')}"
            found = Draft202012Validator(
                {"$ref": reference}, registry=self.model.registry, format_checker=self._checker
            )
            self._validators[pointer] = found
        return found

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """`node` (found at `pointer`, `#/...`) with `$ref`s followed, and the pointer of what it names;
        a `$ref` that names nothing gives None (speclint's reference check reports it)."""
        try:
            found, where = self.model.resolve(node, pointer.lstrip("#"))
        except SpecError:
            return None, str(node.get("$ref", pointer)) if isinstance(node, dict) else pointer
        return found, f"#{where}"
