"""Every example must validate against its schema (`walletapp_tools._jsonschema` says how)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import UnknownType, best_match
from referencing.exceptions import Unresolvable

from .._jsonschema import SpecSchemas
from . import _pointer
from ._finding import Finding
from ._sites import ExampleSite

_MAX_MESSAGE = 160


def check_examples(spec: dict[str, Any], sites: Iterable[ExampleSite]) -> Iterator[Finding]:
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
        pointer = _pointer.extend(site.pointer, deepest.absolute_path)
        message = f"example does not match schema {site.schema_pointer}: {_shorten(deepest.message)}"
        yield Finding(site.where, pointer, message)


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _shorten(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"
