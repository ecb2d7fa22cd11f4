"""Checks beyond the schema, registered with schemathesis so they run on every answer of every phase
(and on the scenarios' calls, which go through schemathesis too)."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, GenerationMode, Response
from schemathesis.checks import CheckContext

from .._paginator import find_page, violations
from .._validating_proxy import HEADER, proxy_violations


@schemathesis.check
def paginator_is_consistent(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A page's `total`, `last_page`, `from`/`to`, page URLs and items agree with each other and with
    the `page` and `per_page` asked for."""
    if not 200 <= response.status_code < 300:
        return None
    try:
        body: Any = response.json()
    except ValueError:
        return None
    found = find_page(body)
    if found is None:
        return None
    problems = violations(found[0], found[1], case.query)
    if problems:
        raise AssertionError(f"{case.operation.label}: inconsistent page: " + "; ".join(problems))
    return True


@schemathesis.check
def validating_proxy_found_no_violation(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """Behind Prism's validating proxy (`make contract-prism`): no answer, and no request the suite
    meant to be valid, breaks the spec in Prism's reading. A no-op without the proxy's header."""
    values = response.headers.get(HEADER)
    if not values:
        return None
    meta = case.meta
    meant_valid = (
        meta is not None
        and meta.generation.mode is GenerationMode.POSITIVE
        and not any(component.mode.is_negative for component in meta.components.values())
    )
    problems = proxy_violations(values[0], meant_valid=meant_valid)
    if problems:
        raise AssertionError(f"{case.operation.label}: Prism found: " + "; ".join(problems))
    return True
