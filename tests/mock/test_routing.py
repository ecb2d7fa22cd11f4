"""Routes compiled from the spec: static paths win over parameterised ones, a known path asked with
another method is a 405 naming the methods it serves, anything else a JSON 404."""

from __future__ import annotations

import httpx


def test_a_static_path_wins_over_a_parameter(
    client: httpx.Client, fx: dict[str, str], auth: dict[str, str]
) -> None:
    answer = client.get("/members/list", params={"brand_id": fx["brand_id"]}, headers=auth)
    assert answer.status_code == 200 and "members" in answer.json()["data"]


def test_a_static_path_asked_with_a_method_only_a_parameterised_path_has_is_405(
    client: httpx.Client, fx: dict[str, str], auth: dict[str, str]
) -> None:
    """`DELETE /members/{uuid}` exists, but `/members/list` is the static path `GET /members/list`."""
    answer = client.delete("/members/list", params={"brand_id": fx["brand_id"]}, headers=auth)
    assert answer.status_code == 405 and answer.headers["allow"] == "GET"
    assert answer.json() == {"message": "The DELETE method is not supported for route members/list."}


def test_unknown_routes_and_methods_get_json_404_and_405(client: httpx.Client, auth: dict[str, str]) -> None:
    unknown = client.get("/no/such/route", headers=auth)
    assert unknown.status_code == 404 and unknown.json() == {"message": "The route could not be found."}
    wrong = client.put("/members/list", headers=auth)
    assert wrong.status_code == 405 and "PUT" in wrong.json()["message"]
    assert wrong.headers["allow"] == "GET"
    assert client.put("/members/unsubscribe", headers=auth).headers["allow"] == "PATCH, POST"


def test_a_parameterised_path_asked_with_another_method_is_405(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    answer = client.get("/members/8f0ad3a0-5a8b-4f5c-9a8e-6d1f3c7b2a10", headers=auth)
    assert answer.status_code == 405 and answer.headers["allow"] == "DELETE"


def test_a_path_parameter_that_is_not_a_uuid_is_404(
    client: httpx.Client, fx: dict[str, str], auth: dict[str, str]
) -> None:
    answer = client.delete("/members/not-a-uuid", params={"brand_id": fx["brand_id"]}, headers=auth)
    assert answer.status_code == 404
    batch = client.get("/webhooks/coupons/not-a-batch", headers=auth)
    assert batch.status_code == 404


def test_a_trailing_slash_is_redirected_to_the_path_without_it(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    """As Laravel's default front controller does (and Starlette's router)."""
    answer = client.get("/members/list/", params={"brand_id": "x"}, headers=auth)
    assert answer.status_code == 307
    assert httpx.URL(answer.headers["location"]).path == "/members/list"
