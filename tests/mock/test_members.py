"""The flows of openapi/sources/members.txt against the mock's state."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.servers import InThreadMock


def _list(client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]) -> list[dict[str, Any]]:
    members: list[dict[str, Any]] = client.get(
        "/members/list", params={"brand_id": fx["brand_id"]}, headers=auth
    ).json()["data"]["members"]
    return members


def test_signups_create_new_members_and_find_existing_ones(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    existing = fx["members"][0]
    body = {
        "brand_id": fx["brand_id"],
        "users": [
            {
                "email": "Nina.Nieuw@Example.com",
                "first_name": "Nina",
                "last_name": "Nieuw",
                "subscribed_at": "2026-02-01 10:00:00",
            },
            {"email": existing["email"], "first_name": "Ignored"},
        ],
    }
    answer = client.post("/members/signups", json=body, headers=auth).json()["data"]
    assert answer["found"] == {existing["email"]: existing["identifier"]}
    new_id = answer["new"]["nina.nieuw@example.com"]
    listed = {m["identifier"]: m for m in _list(client, fx, auth)}
    assert listed[new_id]["full_name"] == "Nina Nieuw"
    assert listed[new_id]["subscribed_at"] == "2026-02-01T10:00:00.000000Z"
    assert listed[existing["identifier"]]["full_name"] != "Ignored"
    again = client.post("/members/signups", json=body, headers=auth).json()["data"]
    assert again["new"] == {} and again["found"]["nina.nieuw@example.com"] == new_id


def test_a_signup_dated_in_the_future_is_refused(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    body = {
        "brand_id": fx["brand_id"],
        "users": [{"email": "later@example.com", "subscribed_at": "2999-01-01 00:00:00"}],
    }
    answer = client.post("/members/signups", json=body, headers=auth)
    assert answer.status_code == 422 and list(answer.json()["errors"]) == ["users.0.subscribed_at"]


def test_a_member_is_found_by_email_or_identifier_with_its_pass_codes(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]
    codes = [p["code"] for p in member["passes"]]
    by_email = client.get(
        "/members", params={"brand_id": fx["brand_id"], "email": member["email"]}, headers=auth
    )
    by_id = client.get(
        "/members", params={"brand_id": fx["brand_id"], "user_identifier": member["identifier"]}, headers=auth
    )
    assert by_email.json()["pass_codes"] == by_id.json()["pass_codes"] == codes
    neither = client.get("/members", params={"brand_id": fx["brand_id"]}, headers=auth)
    assert neither.status_code == 422 and set(neither.json()["errors"]) == {"email", "user_identifier"}
    nobody = client.get(
        "/members", params={"brand_id": fx["brand_id"], "email": "nobody@example.com"}, headers=auth
    )
    assert nobody.status_code == 404


def test_unsubscribing_one_and_many_members(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    first, second, third = fx["members"][:3]
    one = client.patch(
        "/members/unsubscribe", json={"brand_id": fx["brand_id"], "email": first["email"]}, headers=auth
    )
    assert one.json() == {"message": "Request successful", "data": "User unsubscribed"}
    many = client.post(
        "/members/unsubscribe",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "email": [first["email"], second["email"], third["email"], "nobody@example.com"],
        },
    )
    assert many.json()["data"] == {"amount": 2, "message": "Unsubscribed 2 members"}
    flags = {m["identifier"]: m["unsubscribed"] for m in _list(client, fx, auth)}
    assert flags[first["identifier"]] == flags[second["identifier"]] == flags[third["identifier"]] == 1
    missing = client.patch(
        "/members/unsubscribe", json={"brand_id": fx["brand_id"], "email": "no@example.com"}, headers=auth
    )
    assert missing.status_code == 404


def test_a_favourite_location_is_set_on_the_members_found(
    client: httpx.Client, server: InThreadMock, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][2]["identifier"]
    location = fx["locations"][1]
    answer = client.post(
        "/members/location",
        headers=auth,
        json={
            "location_id": location["external_id"],
            "users": [member, "00000000-0000-4000-8000-000000000000"],
        },
    )
    assert answer.json() == {"success": True, "users": [member]}
    assert server.runtime.store.members[member].favorite_location_id == location["id"]


def test_member_points_list_the_storecard_passes(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    rows = client.post("/import/export", json={"brand_id": fx["brand_id"]}, headers=auth).json()["data"]
    assert len(rows) == fx["member_count"]
    gift = client.post(
        "/import/export",
        json={"brand_id": fx["brand_id"], "storecard_id": fx["storecards"][1]["id"]},
        headers=auth,
    ).json()["data"]
    assert gift == []


def test_deleting_a_member_removes_it_and_its_passes(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]
    gone = client.delete(
        f"/members/{member['identifier']}", params={"brand_id": fx["brand_id"]}, headers=auth
    )
    assert gone.json() == {"success": True, "message": "Member deleted"}
    assert member["identifier"] not in {m["identifier"] for m in _list(client, fx, auth)}
    for p in member["passes"]:
        assert client.get("/search/pass", params={"pass_code": p["code"]}, headers=auth).json()["data"] == []
    coupons = client.get(
        f"/members/{member['identifier']}/coupons", params={"brand_id": fx["brand_id"]}, headers=auth
    )
    assert coupons.status_code == 404
    again = client.delete(
        f"/members/{member['identifier']}", params={"brand_id": fx["brand_id"]}, headers=auth
    )
    assert again.status_code == 404


def test_a_member_of_another_brand_is_not_found(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]["identifier"]
    answer = client.get(
        f"/members/{member}/storecards", params={"brand_id": fx["other_brand_id"]}, headers=auth
    )
    assert answer.status_code == 404


def test_bulk_signups_updates_and_licence_plates_change_the_members(
    client: httpx.Client, server: InThreadMock, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]
    signed = client.post(
        "/bulk/signups",
        headers=auth,
        json={"brand_id": fx["brand_id"], "users": [{"email": "bulk.one@example.com", "first_name": "Bo"}]},
    )
    assert signed.json() == {"message": "Request successful", "data": "Members imported"}
    updated = client.put(
        "/bulk/members",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "users": [
                {"identifier": member["identifier"], "city": "Leiden", "birth_day": "1990-05-17"},
                {"identifier": "00000000-0000-4000-8000-000000000000", "city": "Nowhere"},
            ],
        },
    )
    assert updated.json()["data"] == "Members updated"
    plates = client.post(
        "/bulk/licenseplates",
        headers=auth,
        json={
            "users": [
                {"identifier": member["identifier"], "licenseplates": ["AB-123-C", "AB-123-C", "XY-99-Z"]}
            ]
        },
    )
    assert plates.json()["data"] == "Licenseplates added"
    listed = {m["identifier"]: m for m in _list(client, fx, auth)}
    assert listed[member["identifier"]]["city"] == "Leiden"
    assert listed[member["identifier"]]["birth_date"] == "1990-05-17"
    assert "bulk.one@example.com" in {m["email"] for m in listed.values()}
    assert server.runtime.store.members[member["identifier"]].licenseplates == ["AB-123-C", "XY-99-Z"]


def test_the_documentations_own_request_forms_are_accepted(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    """What the pages' examples send: one address for the bulk unsubscribe (D20), `1`/`0` for a yes/no
    and an ISO timestamp as `subscribed_at` (D15, D18), any string as a birthday (D21)."""
    first = fx["members"][0]
    one = client.post(
        "/members/unsubscribe", json={"brand_id": fx["brand_id"], "email": first["email"]}, headers=auth
    )
    assert one.json()["data"] == {"amount": 1, "message": "Unsubscribed 1 members"}
    signed = client.post(
        "/members/signups",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "users": [
                {"email": "iso@example.com", "unsubscribed": 1, "subscribed_at": "2026-02-01T10:00:00Z"}
            ],
        },
    )
    assert signed.status_code == 200, signed.text
    new_id = signed.json()["data"]["new"]["iso@example.com"]
    updated = client.put(
        "/bulk/members",
        headers=auth,
        json={"brand_id": fx["brand_id"], "users": [{"identifier": new_id, "birth_day": "17-05-1990"}]},
    )
    assert updated.status_code == 200, updated.text
    listed = {m["identifier"]: m for m in _list(client, fx, auth)}
    assert listed[new_id]["unsubscribed"] == 1
    assert listed[new_id]["subscribed_at"] == "2026-02-01T10:00:00.000000Z"
    assert listed[new_id]["birth_date"] == "17-05-1990"
