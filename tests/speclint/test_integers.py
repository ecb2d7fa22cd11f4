"""Request integers are bounded within ±(2^53 - 1), what every JSON consumer represents exactly."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import findings

PAGE = "#/components/parameters/Page/schema"
LIST = "GET /members/list (listMembers)"


def test_a_request_integer_without_a_maximum_is_reported(spec: dict[str, Any]) -> None:
    del spec["components"]["parameters"]["Page"]["schema"]["maximum"]

    assert findings(spec) == [
        (LIST, PAGE, "request integer has no maximum (within ±9007199254740991, 2^53 - 1)")
    ]


@pytest.mark.parametrize(("minimum", "maximum"), [(1, 2**63 - 1), (-(2**53), 10)])
def test_request_integer_bounds_beyond_2_53_are_reported(
    spec: dict[str, Any], minimum: int, maximum: int
) -> None:
    spec["components"]["parameters"]["Page"]["schema"].update(minimum=minimum, maximum=maximum)

    assert findings(spec) == [
        (
            LIST,
            PAGE,
            f"request integer bounds [{minimum}, {maximum}] are not (within ±9007199254740991, 2^53 - 1)",
        )
    ]


def test_answer_integers_need_no_bounds(spec: dict[str, Any]) -> None:
    total = spec["components"]["schemas"]["MemberPage"]["properties"]["data"]["properties"]["total"]

    assert "maximum" not in total
    assert findings(spec) == []
