"""Every operation answers as the spec says: examples, coverage and fuzzing phases, every enabled check."""

from __future__ import annotations

import pytest
from schemathesis import Case
from schemathesis.specs.openapi.schemas import OpenApiSchema

from ._schema import schema
from ._summary import RECORD

pytestmark = pytest.mark.usefixtures("fresh_mock")


@pytest.fixture(autouse=True)
def _bound(contract_schema: OpenApiSchema) -> None:
    """The server is started (or probed) before the first case is sent."""


@schema.parametrize()
def test_operation_honours_the_contract(case: Case) -> None:
    RECORD.count(case)
    try:
        case.call_and_validate()
    except BaseException as exc:
        RECORD.fail(case.operation.label, exc)
        raise
