from __future__ import annotations

import httpx

from walletapp_mock.routing import Router

from .servers import MockServer


def _router() -> Router[str]:
    router: Router[str] = Router()
    router.add("DELETE", "/members/{uuid}", "deleteMember")
    router.add("GET", "/members/{uuid}/coupons", "listMemberCoupons")
    router.add("GET", "/members/list", "listMembers")
    router.add("GET", "/members", "getMemberPassCodes")
    return router


def test_a_static_segment_wins_over_a_parameter() -> None:
    match = _router().match("GET", "/members/list")
    assert match is not None and match.target == "listMembers" and match.params == {}


def test_a_parameter_matches_when_no_static_segment_does() -> None:
    match = _router().match("GET", "/members/abc%20def/coupons")
    assert match is not None and match.target == "listMemberCoupons" and match.params == {"uuid": "abc def"}


def test_a_known_path_with_another_method_reports_the_allowed_methods() -> None:
    match = _router().match("PUT", "/members/list")
    assert match is not None and match.target is None and match.allowed == ("GET",)


def test_an_unknown_path_does_not_match() -> None:
    assert _router().match("GET", "/nothing/here") is None
    assert _router().match("GET", "/members/x/y/z") is None


def test_a_trailing_slash_is_ignored() -> None:
    match = _router().match("GET", "/members/list/")
    assert match is not None and match.target == "listMembers"


def test_unknown_routes_and_methods_get_json_404_and_405(client: httpx.Client, auth: dict[str, str]) -> None:
    unknown = client.get("/no/such/route", headers=auth)
    assert unknown.status_code == 404 and "message" in unknown.json()
    wrong = client.put("/members/list", headers=auth)
    assert wrong.status_code == 405 and "PUT" in wrong.json()["message"]
    assert wrong.headers["allow"] == "GET"
    assert client.put("/members/unsubscribe", headers=auth).headers["allow"] == "PATCH, POST"


def test_a_static_path_is_never_read_as_a_parameter() -> None:
    match = _router().match("DELETE", "/members/list")
    assert match is not None and match.target is None and match.allowed == ("GET",)


def test_another_method_on_a_static_path_is_405_not_the_parameterised_route(
    server: MockServer, fx: dict[str, str], auth: dict[str, str]
) -> None:
    """`DELETE /members/list` is not `DELETE /members/{uuid}` with uuid "list" (found by the contract
    suite's unsupported_method check once its requests carried the token)."""
    for path in ("/members/list", "/members/unsubscribe", "/members/signups", "/members/location"):
        answer = httpx.delete(server.base_url + path, params={"brand_id": fx["brand_id"]}, headers=auth)
        assert answer.status_code == 405, path
        assert "DELETE" not in answer.headers["allow"], path


def test_a_path_parameter_that_is_not_a_uuid_is_404(client: httpx.Client, auth: dict[str, str]) -> None:
    batch = client.get("/webhooks/coupons/not-a-batch", headers=auth)
    assert batch.status_code == 404
