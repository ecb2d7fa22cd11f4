"""Behind Prism's validating proxy, its `sl-violations` header is a check: answers always, requests only
when the suite meant them to be valid."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis import Case, GenerationMode
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.transport import Response
from schemathesis.generation.meta import (
    CaseMetadata,
    ComponentInfo,
    FuzzingPhaseData,
    GenerationInfo,
    PhaseInfo,
    TestPhase,
)
from schemathesis.schemas import APIOperation
from walletapp_tools.contract._validating_proxy import proxy_violations
from walletapp_tools.contract.suite._checks import validating_proxy_found_no_violation

from tests.support.prism import logged_violations

REQUEST = {
    "location": ["request", "body"],
    "severity": "Error",
    "message": "must have required property 'brand_id'",
}
RESPONSE = {"location": ["response", "body", "data"], "severity": "Error", "message": "must be array"}
SECURITY = {
    "location": ["request"],
    "severity": "Error",
    "code": 401,
    "message": "Invalid security scheme used",
}


def test_without_the_proxy_there_is_nothing_to_say() -> None:
    assert proxy_violations(None, meant_valid=True) == []


@pytest.mark.parametrize("meant_valid", [True, False])
def test_an_answer_that_breaks_the_spec_fails_whatever_was_asked(meant_valid: bool) -> None:
    assert proxy_violations(json.dumps([RESPONSE]), meant_valid=meant_valid) == [
        "response.body.data: must be array"
    ]


def test_a_request_meant_to_be_valid_that_breaks_the_spec_fails() -> None:
    found = proxy_violations(json.dumps([SECURITY, REQUEST]), meant_valid=True)
    assert found == [
        "request: Invalid security scheme used",
        "request.body: must have required property 'brand_id'",
    ]


def test_a_request_invalid_on_purpose_is_not_a_failure() -> None:
    assert proxy_violations(json.dumps([SECURITY, REQUEST]), meant_valid=False) == []


def test_a_list_prism_cut_short_is_read_as_far_as_it_is_complete() -> None:
    header = "Too many violations! " + json.dumps([SECURITY, RESPONSE, REQUEST])[:-20]
    assert proxy_violations(header, meant_valid=True) == [
        "request: Invalid security scheme used",
        "response.body.data: must be array",
    ]


@pytest.mark.parametrize("header", ["not json", json.dumps(["a string"])])
def test_an_unreadable_header_is_a_failure_not_a_pass(header: str) -> None:
    (found,) = proxy_violations(header, meant_valid=False)
    assert found.startswith("unreadable sl-violations")


def test_prisms_log_is_counted_by_side_and_message() -> None:
    validator = "[5:55:47 PM] \u203a     [VALIDATOR] \u2716  error     Violation: "
    log = "\n".join(
        [
            validator + "request.query Request query must have required property 'brand_id'",
            validator + "request.query Request query must have required property 'brand_id'",
            validator + "response.body Response body must be object",
            "[5:55:47 PM] \u203a [HTTP SERVER] get /members/list \u2139  info      Request received",
        ]
    )
    assert logged_violations(log) == {
        ("request", "request.query: Request query must have required property 'brand_id'"): 2,
        ("response", "response.body: Response body must be object"): 1,
    }


def _answer(operation: APIOperation, header: list[dict[str, object]], *, negative: bool) -> tuple[Any, Any]:
    """A case of `operation` (generated positive, or negative in its body) and an answer carrying `header`."""
    mode = GenerationMode.NEGATIVE if negative else GenerationMode.POSITIVE
    case = Case(
        operation,
        "POST",
        operation.path,
        body={"brand_id": "x"},
        media_type="application/json",
        meta=CaseMetadata(
            generation=GenerationInfo(time=0.0, mode=mode),
            components={ParameterLocation.BODY: ComponentInfo(mode=mode)},
            phase=PhaseInfo(TestPhase.FUZZING, FuzzingPhaseData(None, None, None, None)),
        ),
    )
    request = requests.Request("POST", "http://127.0.0.1/members/signups").prepare()
    response = Response(200, {"sl-violations": [json.dumps(header)]}, b"{}", request, 0.0, True)
    return case, response


@pytest.fixture(scope="module")
def signups() -> APIOperation:
    return schemathesis.openapi.from_path("openapi/walletapp.yaml").find_operation_by_id("signUpMembers")


def test_the_check_reads_the_header_schemathesis_hands_it(signups: APIOperation) -> None:
    case, response = _answer(signups, [REQUEST], negative=False)
    with pytest.raises(AssertionError, match=r"POST /members/signups: Prism found: request\.body: must have"):
        validating_proxy_found_no_violation(None, response, case)  # type: ignore[arg-type]
    case, response = _answer(signups, [REQUEST], negative=True)
    assert validating_proxy_found_no_violation(None, response, case)  # type: ignore[arg-type]
