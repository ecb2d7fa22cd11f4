"""Every selected operation answers as the spec says: the examples, coverage and fuzzing phases, every
built-in check and ours."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from ._run import SCHEMA, SESSION
from ._summary import RECORD


def _phase(case: Case[Any]) -> str:
    return case.meta.phase.name.value if case.meta is not None else "fuzzing"


@SCHEMA.parametrize()
def test_operation_honours_the_contract(case: Case[Any]) -> None:
    label = case.operation.label
    try:
        response = case.call(session=SESSION)
    except BaseException as exc:
        RECORD.record(label, _phase(case), None)
        RECORD.fail(label, exc)
        raise
    RECORD.record(label, _phase(case), response.status_code)
    try:
        case.validate_response(response)
    except BaseException as exc:
        RECORD.fail(label, exc)
        raise
