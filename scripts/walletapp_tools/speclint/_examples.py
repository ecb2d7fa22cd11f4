"""Every example must validate against its schema.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so jsonschema's Draft202012Validator checks them, with
format checking on, through the registry of the spec (:class:`walletapp_tools.spec.Spec`), so local
`$ref`s resolve as every other tool resolves them. The
OpenAPI-only keywords (`discriminator`, `xml`, `externalDocs`, `example`) are unknown to JSON Schema and
ignored, as the OpenAPI spec intends. The OpenAPI formats int32/int64 are checked as ranges.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import UnknownType, best_match
from referencing.exceptions import Unresolvable

from ..spec import URI, Spec, extend
from ._finding import Finding
from ._sites import ExampleSite

_MAX_MESSAGE = 160


def _format_checker() -> FormatChecker:
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


def check_examples(spec: Spec, sites: Iterable[ExampleSite]) -> Iterator[Finding]:
    """Validate each example against its schema, resolving `$ref`s through the spec's own registry."""
    checker = _format_checker()
    validators: dict[str, Draft202012Validator] = {}
    for site in sites:
        if site.schema_pointer is None:
            continue
        validator = validators.get(site.schema_pointer)
        if validator is None:
            reference = f"{URI}#{quote(site.schema_pointer[1:], safe='/~')}"
            validator = Draft202012Validator(
                {"$ref": reference}, registry=spec.registry, format_checker=checker
            )
            validators[site.schema_pointer] = validator
        yield from _validate(validator, site)


def _validate(validator: Draft202012Validator, site: ExampleSite) -> Iterator[Finding]:
    try:
        errors = list(validator.iter_errors(site.value))
    except Unresolvable:
        return  # a dangling $ref in the schema: reported by the reference check
    except (UnknownType, re.error) as broken:
        reason = _first_line(broken)
        message = f"cannot check the example: the schema at {site.schema_pointer} is invalid ({reason})"
        yield Finding(site.where, site.pointer, message)
        return
    for error in errors:
        deepest = best_match([error])
        pointer = extend(site.pointer, deepest.absolute_path)
        message = f"example does not match schema {site.schema_pointer}: {_shorten(deepest.message)}"
        yield Finding(site.where, pointer, message)


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _shorten(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"
