"""Checks beyond the schema, registered with schemathesis so they run on every answer of every phase
(and on the scenarios' calls, which go through schemathesis too)."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, Response
from schemathesis.checks import CheckContext

from .._paginator import find_page, violations


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
