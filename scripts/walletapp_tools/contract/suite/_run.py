"""The run as the suite's modules see it, built once when they are collected.

schemathesis builds the examples and coverage cases while pytest collects the tests, so everything a case
carries must be known here: the token (an auth provider that always returns the run's token and is never
cached), the operations of the selection (an *exclude* filter: an include would be OR-ed with the
configuration's own filter and let every operation through), and the known ids of the configuration.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.core.result import Ok
from schemathesis.filters import HasAPIOperation
from schemathesis.specs.openapi.schemas import OpenApiSchema

from ...spec import Spec, load_spec, walk
from .._context import RunContext
from .._limits import BoundedSession
from .._operations import load_operations
from . import _config

CONTEXT = RunContext.from_environment()
SPEC = Path(CONTEXT.spec)
MODEL = load_spec(SPEC)
"""The contract, read and resolved as every tool reads it."""
DOCUMENT = MODEL.document
OPERATIONS = load_operations(SPEC)
SELECTED = frozenset(CONTEXT.included)
LABELS = {op.operation_id: op.label for op in OPERATIONS}


def _not_selected(ctx: HasAPIOperation) -> bool:
    return ctx.operation.definition.raw.get("operationId") not in SELECTED


def _without_listed_targets_for_writes(document: dict[str, Any]) -> dict[str, Any]:
    """On a live server the stateful phase must not follow a link into a write with values the server
    listed: `listMembers -> deleteMember` would delete the first member of a real brand. Such writes stay
    entry points, whose identifiers come from the run's own data."""
    copied = Spec(copy.deepcopy(document), str(SPEC))
    responses = [
        site.node for site in walk(copied.document) if site.kind == "response" and site.node.get("links")
    ]
    for response in responses:
        response["links"] = {
            name: link
            for name, link in response["links"].items()
            if not acts_on_listed_data(copied.resolve(link)[0])
        }
    return copied.document


def acts_on_listed_data(link: dict[str, Any]) -> bool:
    """Whether following `link` writes with a value taken from the source's answer."""
    target = LABELS.get(str(link.get("operationId")), "GET")
    values = [*link.get("parameters", {}).values(), link.get("requestBody", "")]
    return not target.startswith("GET ") and any("$response" in str(value) for value in values)


SCHEMA: OpenApiSchema = schemathesis.openapi.from_dict(
    _without_listed_targets_for_writes(DOCUMENT) if CONTEXT.live else DOCUMENT,
    config=_config.build(CONTEXT, OPERATIONS),
).exclude(func=_not_selected)  # type: ignore[assignment]


@SCHEMA.auth(refresh_interval=None)
class BearerToken:
    """The run's token, on every case whose security the generator does not deliberately negate."""

    def get(self, case: schemathesis.Case[Any], context: schemathesis.AuthContext) -> str:
        return CONTEXT.token

    def set(self, case: schemathesis.Case[Any], data: str, context: schemathesis.AuthContext) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


SESSION = BoundedSession(seconds=CONTEXT.request_seconds, limit=CONTEXT.max_response_bytes)
"""Every request of the suite: within its total deadline, its answer within the size limit."""


def collected_operations() -> set[str]:
    """The operationIds schemathesis will test, to compare with the selection the run printed."""
    return {
        result.ok().definition.raw["operationId"]
        for result in SCHEMA.get_all_operations()
        if isinstance(result, Ok) and SCHEMA.filter_set.applies_to(result.ok())
    }
