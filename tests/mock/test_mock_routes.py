from __future__ import annotations

from typing import Any

import httpx

from walletapp_mock.seed import build_store

from .servers import MockServer, WebhookReceiver, wait_for


def test_the_seed_decides_every_id() -> None:
    first, again, other = build_store(7, 30), build_store(7, 30), build_store(8, 30)
    assert list(first.members) == list(again.members)
    assert list(first.passes) == list(again.passes)
    assert list(first.members) != list(other.members)


def test_fixtures_name_the_seeded_ids_and_tokens(client: httpx.Client, server: MockServer) -> None:
    fx = client.get("/__mock/fixtures").json()
    runtime = server.runtime
    assert fx["tokens"]["demo"] == {"token": runtime.demo_token, "abilities": ["*"]}
    assert fx["member_count"] == server.settings.members
    assert fx["brand_id"] in runtime.store.brands and fx["organization_id"] in runtime.store.organizations
    assert all(m["passes"] for m in fx["members"])
    assert {t["id"] for t in fx["templates"]} <= set(runtime.store.templates)


def test_reset_restores_the_seed(client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]) -> None:
    member = fx["members"][0]["identifier"]
    client.delete(f"/members/{member}", params={"brand_id": fx["brand_id"]}, headers=auth)
    assert (
        client.get(
            f"/members/{member}/coupons", params={"brand_id": fx["brand_id"]}, headers=auth
        ).status_code
        == 404
    )
    reset = client.post("/__mock/reset")
    assert reset.json()["fixtures"] == fx
    assert (
        client.get(
            f"/members/{member}/coupons", params={"brand_id": fx["brand_id"]}, headers=auth
        ).status_code
        == 200
    )


def test_the_webhook_log_lists_attempts_and_filters_by_batch(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    body = {
        "brand_id": fx["brand_id"],
        "coupon_id": fx["coupons"][0]["id"],
        "webhook_url": receiver.url("/ok"),
        "users": [{"identifier": fx["members"][0]["identifier"]}],
    }
    first = client.post("/bulk/coupons", json=body, headers=auth).json()["data"]["batch_id"]
    second = client.post("/bulk/coupons", json=body, headers=auth).json()["data"]["batch_id"]
    wait_for(lambda: len(client.get("/__mock/webhooks").json()["data"]) == 2)
    only = client.get("/__mock/webhooks", params={"batch_id": second}).json()["data"]
    assert [r["batch_id"] for r in only] == [second] and only[0]["payload"]["batch_id"] == second
    assert first != second
    client.post("/__mock/reset")
    assert client.get("/__mock/webhooks").json()["data"] == []


def test_unknown_mock_routes_and_methods(client: httpx.Client) -> None:
    assert client.get("/__mock/nothing").status_code == 404
    assert client.get("/__mock/reset").status_code == 405
