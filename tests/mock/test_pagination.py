from __future__ import annotations

from typing import Any

import httpx

from walletapp_mock.pagination import links


def _labels(page: int, last: int) -> list[str]:
    return [link["label"] for link in links(page, last, lambda p: f"/x?page={p}")][1:-1]


def test_a_short_paginator_links_every_page() -> None:
    assert _labels(1, 3) == ["1", "2", "3"]


def test_a_long_paginator_elides_like_laravel() -> None:
    assert _labels(1, 20) == [*map(str, range(1, 11)), "...", "19", "20"]
    assert _labels(10, 20) == ["1", "2", "...", *map(str, range(7, 14)), "...", "19", "20"]
    assert _labels(20, 20) == ["1", "2", "...", *map(str, range(11, 21))]


def test_the_member_list_without_page_and_per_page_is_the_whole_list(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    data = client.get("/members/list", params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"]
    assert data["total"] == data["per_page"] == len(data["members"]) == fx["member_count"]
    assert data["last_page"] == 1 and data["next_page_url"] is None


def test_the_member_list_pages_and_its_next_link_can_be_followed(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    everyone = client.get("/members/list", params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"]
    first = client.get(
        "/members/list", params={"brand_id": fx["brand_id"], "page": 1, "per_page": 10}, headers=auth
    ).json()["data"]
    assert [m["identifier"] for m in first["members"]] == [m["identifier"] for m in everyone["members"][:10]]
    assert (first["from"], first["to"], first["last_page"], first["prev_page_url"]) == (1, 10, 3, None)
    second = client.get(first["next_page_url"], headers=auth).json()["data"]
    assert [m["identifier"] for m in second["members"]] == [
        m["identifier"] for m in everyone["members"][10:20]
    ]
    last = client.get(first["last_page_url"], headers=auth).json()["data"]
    assert (last["from"], last["to"], last["next_page_url"]) == (21, 25, None)
    beyond = client.get(
        "/members/list", params={"brand_id": fx["brand_id"], "page": 9, "per_page": 10}, headers=auth
    ).json()["data"]
    assert beyond["members"] == [] and beyond["from"] is None and beyond["to"] is None


def test_a_members_coupons_are_paginated_ten_per_page_by_default(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]
    for _ in range(11):
        sent = client.post(
            "/passes",
            json={
                "brand_id": fx["brand_id"],
                "email": member["email"],
                "coupon_id": fx["coupons"][1]["id"],
                "status": "active",
            },
            headers=auth,
        )
        assert sent.status_code == 200
    path = f"/members/{member['identifier']}/coupons"
    page = client.get(path, params={"brand_id": fx["brand_id"]}, headers=auth).json()
    assert (page["per_page"], page["total"], len(page["data"]), page["last_page"]) == (10, 12, 10, 2)
    assert [link["label"] for link in page["links"]] == ["&laquo; Previous", "1", "2", "Next &raquo;"]
    second = client.get(page["next_page_url"], headers=auth).json()
    assert (second["current_page"], len(second["data"]), second["from"], second["to"]) == (2, 2, 11, 12)
    custom = client.get(
        path, params={"brand_id": fx["brand_id"], "per_page": 5, "page": 3}, headers=auth
    ).json()
    assert (custom["per_page"], len(custom["data"]), custom["last_page"]) == (5, 2, 3)
