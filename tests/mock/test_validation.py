from __future__ import annotations

from typing import Any

import httpx
import pytest

from walletapp_mock.laravel import laravel_message
from walletapp_mock.settings import DEFAULT_SPEC
from walletapp_mock.spec import load_spec

BODY_OPERATIONS = [op for op in load_spec(DEFAULT_SPEC).operations if op.body_schema is not None]


def test_the_laravel_message_counts_the_other_errors() -> None:
    assert laravel_message({"a": ["A."]}) == "A."
    assert laravel_message({"a": ["A."], "b": ["B."]}) == "A. (and 1 more error)"
    assert laravel_message({"a": ["A.", "A2."], "b": ["B."]}) == "A. (and 2 more errors)"


def test_a_422_names_every_bad_field_in_dotted_notation(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    body = {
        "brand_id": "not-a-uuid",
        "users": [
            {"email": "no-at-sign", "unsubscribed": "yes"},
            {"first_name": 3},
            {"email": "ok@example.com", "subscribed_at": "14/03/2026"},
        ],
    }
    answer = client.post("/members/signups", json=body, headers=auth)
    assert answer.status_code == 422
    errors = answer.json()["errors"]
    assert set(errors) == {
        "brand_id",
        "users.0.email",
        "users.0.unsubscribed",
        "users.1.email",
        "users.1.first_name",
        "users.2.subscribed_at",
    }
    assert errors["users.1.email"] == ["The users.1.email field is required."]
    assert errors["users.0.unsubscribed"] == ["The users.0.unsubscribed field must be true or false."]
    assert answer.json()["message"].endswith("(and 5 more errors)")


def test_query_strings_are_coerced_to_the_schema_types(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    good = client.get(
        "/members/list", params={"brand_id": fx["brand_id"], "page": "2", "per_page": "3"}, headers=auth
    )
    assert good.status_code == 200 and good.json()["data"]["current_page"] == 2
    bad = client.get(
        "/members/list", params={"brand_id": fx["brand_id"], "page": "two", "per_page": "0"}, headers=auth
    )
    assert bad.status_code == 422
    assert bad.json()["errors"] == {
        "page": ["The page field must be an integer."],
        "per_page": ["The per page field must be at least 1."],
    }


def test_an_import_of_more_than_2000_users_is_refused(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    user = {
        "email": "a@example.com",
        "brand_id": fx["brand_id"],
        "name": "A",
        "points": 1,
        "storecard": fx["storecards"][0]["id"],
    }
    answer = client.post(
        "/v2/import", json={"organization_id": fx["organization_id"], "users": [user] * 2001}, headers=auth
    )
    assert answer.status_code == 422
    assert answer.json()["errors"] == {"users": ["The users field must not have more than 2000 items."]}


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"\xff\xfe\x00", "application/json"),
        (b"brand_id=x", "application/x-www-form-urlencoded"),
        (b'{"brand_id": "x"}', "text/plain"),
    ],
    ids=["malformed", "not-utf8", "form", "text"],
)
def test_a_body_that_is_not_json_is_a_422_not_a_500(
    client: httpx.Client, auth: dict[str, str], content: bytes, content_type: str
) -> None:
    answer = client.post("/members/signups", content=content, headers={**auth, "content-type": content_type})
    assert answer.status_code == 422
    assert list(answer.json()["errors"]) == ["body"]


@pytest.mark.parametrize("op", BODY_OPERATIONS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("body", [b"null", b"[]", b'"text"', b"42", b'{"users": "x", "brand_id": 5}'])
def test_garbage_bodies_never_crash_an_operation(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], op: Any, body: bytes
) -> None:
    path = op.path.replace("{uuid}", fx["members"][0]["identifier"])
    answer = client.request(
        op.method, path, content=body, headers={**auth, "content-type": "application/json"}
    )
    assert 400 <= answer.status_code < 500


def test_numbers_beyond_64_bits_are_422_not_500(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    page = client.get("/members/list", params={"brand_id": fx["brand_id"], "page": "9" * 30}, headers=auth)
    assert page.status_code == 422 and list(page.json()["errors"]) == ["page"]
    code = next(p["code"] for p in fx["members"][0]["passes"] if p["kind"] == "storecard")
    for points in (10**30, 2**63, 1e23):
        body = {"brand_id": fx["brand_id"], "pass_code": code, "points": points}
        answer = client.post("/passes/scan/storecard", json=body, headers=auth)
        assert answer.status_code == 422, (points, answer.text)
        assert list(answer.json()["errors"]) == ["points"]
    overflow = {"brand_id": fx["brand_id"], "pass_code": code, "points": 2**63 - 1}
    answer = client.post("/passes/scan/storecard", json=overflow, headers=auth)
    assert answer.status_code == 422 and list(answer.json()["errors"]) == ["points"]
    far_page = client.get(
        "/members/list", params={"brand_id": fx["brand_id"], "page": 2**53 - 1, "per_page": 10}, headers=auth
    )
    assert far_page.status_code == 200 and far_page.json()["data"]["members"] == []
    beyond = client.get(
        "/members/list", params={"brand_id": fx["brand_id"], "page": 2**53, "per_page": 10}, headers=auth
    )
    assert beyond.status_code == 422 and list(beyond.json()["errors"]) == ["page"]


def test_a_date_in_year_0000_is_refused_as_the_spec_refuses_it(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    """The spec's `Timestamp` admits real calendar dates from year 0001 only; the 422 names the field
    the way Laravel's `date` rule does."""
    member = fx["members"][0]
    single = client.post(
        "/passes",
        json={
            "brand_id": fx["brand_id"],
            "email": member["email"],
            "coupon_id": fx["coupons"][0]["id"],
            "status": "active",
            "expiration_date": "0000-01-01",
        },
        headers=auth,
    )
    assert single.status_code == 422
    assert single.json()["errors"] == {"expiration_date": ["The expiration date field must be a valid date."]}
    batch = client.post(
        "/bulk/passes",
        json={
            "brand_id": fx["brand_id"],
            "storecard_id": fx["storecards"][0]["id"],
            "users": [{"identifier": member["identifier"], "points": 1, "start_date": "0000-01-01"}],
        },
        headers=auth,
    )
    assert batch.status_code == 422
    assert batch.json()["errors"] == {
        "users.0.start_date": ["The users.0.start date field must be a valid date."]
    }


def test_a_timestamp_the_spec_admits_but_no_datetime_holds_is_kept_as_sent(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    """RFC 3339 admits year 0000 and an offset that moves 0001-01-01 before year 1; the mock accepts
    whatever the spec accepts, and answers such a value as it was sent (answers' timestamps are open)."""
    member = fx["members"][0]
    code = next(p["code"] for p in member["passes"] if p["kind"] == "coupon")
    q = {"brand_id": fx["brand_id"], "email": member["email"], "pass_code": code}
    for odd in ("0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"):
        answer = client.put("/passes", json={**q, "status": "active", "expiration_date": odd}, headers=auth)
        assert answer.status_code == 200, answer.text
        assert client.get("/passes", params=q, headers=auth).json()["data"]["expiration_date"] == odd
