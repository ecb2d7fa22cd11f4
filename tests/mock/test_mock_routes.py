from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from walletapp_tools.contract import WebhookReceiver

from tests.support.servers import InThreadMock, wait_for
from walletapp_mock.seed import build_store


def test_the_seed_decides_every_id() -> None:
    first, again, other = build_store(7, 30), build_store(7, 30), build_store(8, 30)
    assert list(first.members) == list(again.members)
    assert list(first.passes) == list(again.passes)
    assert list(first.members) != list(other.members)


def test_fixtures_name_the_seeded_ids_and_tokens(client: httpx.Client, server: InThreadMock) -> None:
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


@pytest.mark.parametrize(
    ("headers", "content", "status"),
    [
        ({"Content-Type": "text/plain"}, b"x", 415),
        ({"Content-Type": "text/plain; charset=json"}, b"x", 415),
        ({"Content-Type": "application/x-www-form-urlencoded"}, b"a=b", 415),
        ({"Content-Type": "multipart/form-data; boundary=x"}, b"--x--", 415),
        ({}, b"{}", 415),
        ({"Origin": "https://attacker.example"}, b"", 403),
        ({"Origin": "null"}, b"", 403),
        ({"Origin": "http://localhost:3000"}, b"", 403),
    ],
    ids=[
        "text-plain",
        "text-plain-json-param",
        "form",
        "multipart",
        "body-without-type",
        "foreign-origin",
        "null-origin",
        "other-local-origin",
    ],
)
def test_a_request_a_web_page_could_send_cannot_reset_the_mock(
    server: InThreadMock, headers: dict[str, str], content: bytes, status: int
) -> None:
    """A cross-site `POST /__mock/reset` with `text/plain` reset a developer's mock. What a page may send
    without a CORS preflight (a form, a simple fetch) is refused, and so is any foreign Origin."""
    with httpx.Client(base_url=server.base_url) as raw:
        store = server.runtime.store
        answer = raw.post("/__mock/reset", content=content, headers=headers)
        assert answer.status_code == status and "message" in answer.json()
        assert server.runtime.store is store, "the mock was reset"
        assert server.runtime.demo_token not in answer.text


@pytest.mark.parametrize(
    "headers", [{}, {"Content-Type": "application/json"}, {"Origin": "http://127.0.0.1:{port}"}]
)
def test_the_local_developer_resets_with_json_or_nothing(
    server: InThreadMock, headers: dict[str, str]
) -> None:
    headers = {name: value.format(port=server.port) for name, value in headers.items()}
    with httpx.Client(base_url=server.base_url) as raw:
        store = server.runtime.store
        answer = raw.post(
            "/__mock/reset", headers=headers, content=b"{}" if headers.get("Content-Type") else b""
        )
        assert answer.status_code == 200 and server.runtime.store is not store


def test_the_mock_routes_answer_loopback_peers_only(server: InThreadMock) -> None:
    """Even with --allow-remote, another machine can read neither the tokens nor the webhook records,
    whatever Host it names (localhost included)."""
    transport = httpx.ASGITransport(app=server.app, client=("192.0.2.7", 50000))

    async def ask(base_url: str) -> list[int]:
        async with httpx.AsyncClient(transport=transport, base_url=base_url) as remote:
            return [
                (await remote.get("/__mock/fixtures")).status_code,
                (await remote.get("/__mock/webhooks")).status_code,
                (await remote.post("/__mock/reset", json={})).status_code,
            ]

    for base_url in ("http://192.0.2.2:4010", "http://localhost:4010", "http://127.0.0.1:4010"):
        assert asyncio.run(ask(base_url)) == [403, 403, 403], base_url


def test_a_loopback_peer_with_another_local_host_name_still_sees_the_tokens(server: InThreadMock) -> None:
    for host in ("localhost", "app.localhost:4010", "127.0.0.1", "[::1]"):
        answer = httpx.get(server.base_url + "/__mock/fixtures", headers={"Host": host})
        assert (
            answer.status_code == 200
            and answer.json()["tokens"]["demo"]["token"] == server.runtime.demo_token
        )
    answer = httpx.get(server.base_url + "/__mock/fixtures", headers={"Host": "192.0.2.2:4010"})
    assert answer.status_code == 403
