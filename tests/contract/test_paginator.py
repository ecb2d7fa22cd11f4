"""The paginator rules (walletapp_tools.contract._paginator): a consistent Laravel page passes, and each
way a page can lie while still matching its schema is named."""

from __future__ import annotations

from typing import Any

import pytest
from walletapp_tools.contract import find_page, violations

BASE = "https://api.example.test/members/list"


def page(total: int, current: int, per_page: int, /, **changes: Any) -> dict[str, Any]:
    """What a correct Laravel paginator answers for these numbers."""
    last = max(-(-total // per_page), 1)
    count = max(0, min(per_page, total - (current - 1) * per_page))
    first = (current - 1) * per_page + 1 if count else None
    body: dict[str, Any] = {
        "current_page": current, "total": total, "per_page": per_page, "last_page": last,
        "from": first, "to": first + count - 1 if first else None,
        "first_page_url": f"{BASE}?page=1", "last_page_url": f"{BASE}?page={last}",
        "next_page_url": f"{BASE}?page={current + 1}" if current < last else None,
        "prev_page_url": f"{BASE}?page={current - 1}" if current > 1 else None,
        "data": [{"n": i} for i in range(count)],
    }  # fmt: skip
    body.update(changes)
    return body


@pytest.mark.parametrize(
    ("total", "current", "per_page"), [(23, 1, 10), (23, 3, 10), (0, 1, 10), (5, 4, 2), (3, 9, 10)]
)
def test_a_consistent_page_passes(total: int, current: int, per_page: int) -> None:
    body = page(total, current, per_page)
    assert violations(body, body["data"], {"page": str(current), "per_page": str(per_page)}) == []


@pytest.mark.parametrize(
    ("changes", "rule"),
    [
        ({"last_page": 4}, "last_page: 4, but 23 items at 10 per page make 3"),
        ({"total": 10}, "last_page: 3, but 10 items at 10 per page make 1"),
        ({"from": 12}, "from/to: 12/20, expected 11/20"),
        ({"next_page_url": None}, "next_page_url: None on page 2 of 3"),
        ({"prev_page_url": f"{BASE}?page=2"}, "does not ask for page 1"),
        ({"current_page": 1}, "current_page: 1, but page 2 was asked for"),
        ({"per_page": 5, "last_page": 5}, "per_page: 5, but per_page=10 was asked for"),
        ({"data": [{"n": 1}]}, "1 items on page 2, but 23 items at 10 per page put 10 there"),
        ({"last_page_url": f"{BASE}?page=2"}, "does not ask for page 3"),
    ],
)
def test_each_inconsistency_is_named(changes: dict[str, Any], rule: str) -> None:
    body = page(23, 2, 10, **changes)
    problems = violations(body, body["data"], {"page": "2", "per_page": "10"})
    assert any(rule in problem for problem in problems), problems


def test_the_last_page_has_no_next_page() -> None:
    body = page(23, 3, 10, next_page_url=f"{BASE}?page=4")
    assert violations(body, body["data"], {"page": "3"}) == [
        "next_page_url: 'https://api.example.test/members/list?page=4' on page 3 of 3"
    ]


def test_a_member_list_page_is_found_under_data_with_its_members() -> None:
    members = page(2, 1, 10)
    members["members"] = members.pop("data")
    found = find_page({"message": "Request successful", "data": members})
    assert found is not None and found[1] == members["members"]


def test_an_answer_that_is_not_a_page_is_left_alone() -> None:
    assert find_page({"success": True, "data": [1, 2]}) is None
    assert find_page([1, 2]) is None


def test_fields_a_page_does_not_carry_are_not_checked() -> None:
    body = {"total": 23, "per_page": 10, "last_page": 3, "members": [{}] * 10}
    assert violations(body, body["members"], {}) == []
