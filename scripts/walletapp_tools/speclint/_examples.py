"""Every example must validate against its schema.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so jsonschema's Draft202012Validator checks them, with
format checking on, through the registry of the spec (:class:`walletapp_tools.spec.Spec`), so local
`$ref`s resolve as every other tool resolves them (`walletapp_tools.spec.SpecSchemas`). The
OpenAPI-only keywords (`discriminator`, `xml`, `externalDocs`, `example`) are unknown to JSON Schema and
ignored, as the OpenAPI spec intends. The OpenAPI formats int32/int64 are checked as ranges.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from jsonschema import Draft202012Validator
from jsonschema.exceptions import UnknownType, best_match
from referencing.exceptions import Unresolvable

from ..spec import Spec, SpecSchemas, extend
from ._finding import Finding
from ._sites import ExampleSite

_MAX_MESSAGE = 160


def check_examples(spec: Spec, sites: Iterable[ExampleSite]) -> Iterator[Finding]:
    """Validate each example against its schema, resolving `$ref`s through the spec's own registry."""
    schemas = SpecSchemas(spec)
    for site in sites:
        if site.schema_pointer is None:
            continue
        yield from _validate(schemas.validator(site.schema_pointer), site)


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
