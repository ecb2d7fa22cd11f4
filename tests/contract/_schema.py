"""The schemathesis schema of the suite, built when the tests are collected.

schemathesis 4.32's lazy `schemathesis.pytest.from_fixture` does not run under pytest 9.2 (it sets
`request.node._nodeid`, which pytest 9.2 removed), so the schema is loaded eagerly: collection needs the
operations (from the spec and the safety knobs) and the generation depth; the server and the token are only
known once the `contract_target` fixture has started or probed the server. The base URL is fixed here
(for the mock, a free port chosen now, on which the fixture starts it); the token is plugged in by
`bind` through an auth provider.
"""

from __future__ import annotations

from dataclasses import dataclass

import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema
from walletapp_tools.contract import (
    DEFAULT_SPEC,
    SelectionError,
    free_port,
    load_operations,
    parse_names,
    select,
)

from . import _config, _seeded


@dataclass
class _Credentials:
    token: str | None = None


_CREDENTIALS = _Credentials()


def _knobs() -> _config.Knobs:
    try:
        return _config.Knobs.from_env()
    except _config.KnobError:
        # The `knobs` fixture reports the error in one line before any request is made.
        return _config.Knobs.from_env({})


def _included_ids(knobs: _config.Knobs) -> list[str]:
    operations = load_operations()
    if knobs.base_url is None:
        return [op.operation_id for op in operations]
    try:
        selection = select(
            operations, allow_writes=knobs.allow_writes, dangerous=parse_names(knobs.dangerous)
        )
    except SelectionError:
        # The `contract_target` fixture reports it and stops the run before any request; until then
        # the read-only selection keeps collection going.
        selection = select(operations, allow_writes=False)
    return sorted(selection.operation_ids)


KNOBS = _knobs()
MOCK_PORT = free_port()
BASE_URL = KNOBS.base_url or f"http://127.0.0.1:{MOCK_PORT}"
MOCK_FIXTURES = _seeded.mock_fixtures() if KNOBS.base_url is None else None
_config_for_collection = _config.build(
    base_url=BASE_URL,
    max_examples=KNOBS.max_examples,
    seed=KNOBS.seed,
    live=KNOBS.base_url is not None,
    dictionaries=(
        _seeded.dictionaries_from_fixtures(MOCK_FIXTURES)
        if MOCK_FIXTURES is not None
        else _seeded.dictionaries_for_live(KNOBS.brand_id)
    ),
)
schema: OpenApiSchema = schemathesis.openapi.from_path(DEFAULT_SPEC, config=_config_for_collection).include(
    operation_id=_included_ids(KNOBS)
)


@schema.auth()
class _BearerToken:
    """The run's token, as the spec's bearerAuth scheme sends it."""

    def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str | None:
        return _CREDENTIALS.token

    def set(self, case: schemathesis.Case, data: str | None, context: schemathesis.AuthContext) -> None:
        if data is not None:
            case.headers["Authorization"] = f"Bearer {data}"


def bind(token: str) -> OpenApiSchema:
    """Give the collected schema the token of the server under test."""
    _CREDENTIALS.token = token
    return schema
