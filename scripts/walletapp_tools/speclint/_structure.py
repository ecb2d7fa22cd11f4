"""Structural validation against the OpenAPI 3.1 schema, by openapi-spec-validator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing.exceptions import Unresolvable

from ..spec import extend
from ._document import Document
from ._finding import Finding


def check_structure(document: Document) -> Iterator[Finding]:
    errors = OpenAPIV31SpecValidator(document.spec).iter_errors()
    while True:
        try:
            error: Any = next(errors)
        except StopIteration:
            return
        except Unresolvable as unresolvable:
            # The validator stops at the first dangling $ref; the reference check names all of them.
            target = getattr(unresolvable, "ref", "") or getattr(unresolvable, "pointer", "")
            message = f"openapi-spec-validator stopped at an unresolvable $ref {target!r}"
            yield Finding("document", "#", message)
            return
        pointer = extend("#", error.absolute_path)
        message = str(error.message).strip().splitlines()[0]
        yield Finding(document.where(pointer), pointer, f"openapi-spec-validator: {message}")
