"""Background batches and webhook delivery: status life cycle, exact payloads, retries with backoff,
bounded attempts, failed batches, loopback-only targets, and concurrent batches processed exactly once."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

import httpx
import jsonschema
import pytest
from walletapp_tools.contract import WebhookReceiver
from walletapp_tools.spec import plain_json_schema

from tests.support.servers import InThreadMock, closed_port, wait_for
from walletapp_mock.spec import Spec
from walletapp_mock.webhooks import target_refusal

from .conftest import make_client
from .spec_check import SpecChecker


def _batch_event_validator(spec: Spec) -> jsonschema.Draft202012Validator:
    schemas = spec.document["components"]["schemas"]
    schema = {
        "oneOf": [plain_json_schema(schemas["BatchSucceeded"]), plain_json_schema(schemas["BatchFailed"])]
    }
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _coupon_batch(fx: dict[str, Any], url: str, members: list[str]) -> dict[str, Any]:
    return {
        "brand_id": fx["brand_id"],
        "coupon_id": fx["coupons"][1]["id"],
        "webhook_url": url,
        "users": [{"identifier": m} for m in members],
    }


def _finished(client: httpx.Client, path: str, auth: dict[str, str]) -> dict[str, Any]:
    found: dict[str, Any] = wait_for(
        lambda: (d := client.get(path, headers=auth).json()["data"])["status"] in ("finished", "failed") and d
    )
    return found


@pytest.fixture(scope="module")
def slow_server() -> Iterator[InThreadMock]:
    """Slow enough to watch a batch move from queued to processing to finished."""
    mock = InThreadMock(batch_start_delay=0.3, batch_chunk_size=1, batch_chunk_delay=0.05).start()
    yield mock
    mock.stop()


def test_a_batch_moves_from_queued_to_processing_to_finished_then_calls_back_once(
    slow_server: InThreadMock, checker: SpecChecker, receiver: WebhookReceiver, spec: Spec
) -> None:
    with make_client(slow_server.base_url, checker) as client:
        fx = client.get("/__mock/fixtures").json()
        auth = {"Authorization": f"Bearer {fx['tokens']['demo']['token']}"}
        members = [m["identifier"] for m in fx["members"][:6]]
        unknown = "00000000-0000-4000-8000-000000000000"
        accepted = client.post(
            "/bulk/coupons", headers=auth, json=_coupon_batch(fx, receiver.url("/ok"), [*members, unknown])
        ).json()["data"]
        assert (accepted["queued"], accepted["not_found"]) == (members, [unknown])
        path = f"/webhooks/coupons/{accepted['batch_id']}"
        seen: list[dict[str, Any]] = []

        def poll() -> bool:
            seen.append(client.get(path, headers=auth).json()["data"])
            return bool(seen[-1]["status"] == "finished")

        wait_for(poll, interval=0.005)
        statuses = [s["status"] for s in seen]
        assert statuses[0] == "queued" and "processing" in statuses and statuses[-1] == "finished"
        assert statuses == sorted(statuses, key=["queued", "processing", "finished"].index)
        queued = seen[0]
        assert queued["started_processing_at"] is None and queued["finished_processing_at"] is None
        assert queued["passes"] == []
        done = seen[-1]
        stamps = [
            datetime.fromisoformat(done[k].replace("Z", "+00:00"))
            for k in ("requested_at", "started_processing_at", "finished_processing_at")
        ]
        assert stamps == sorted(stamps)
        assert [p["identifier"] for p in done["passes"]] == members
        calls = wait_for(
            lambda: (
                receiver.calls("/ok")
                and [c for c in receiver.calls("/ok") if c.body["batch_id"] == accepted["batch_id"]]
            )
        )
        assert calls[0].body == {
            "status": "success",
            "batch_id": accepted["batch_id"],
            "link": slow_server.base_url + path,
        }
        assert not list(_batch_event_validator(spec).iter_errors(calls[0].body))
        assert client.get(calls[0].body["link"], headers=auth).json()["data"] == done
        coupons = client.get(
            f"/members/{members[0]}/coupons", params={"brand_id": fx["brand_id"]}, headers=auth
        )
        assert done["passes"][0]["qr_code"] in {p["qr_code"] for p in coupons.json()["data"]}
        assert len(calls) == 1


def test_a_refused_webhook_is_retried_with_growing_delays_until_acknowledged(
    client: httpx.Client,
    server: InThreadMock,
    fx: dict[str, Any],
    auth: dict[str, str],
    receiver: WebhookReceiver,
) -> None:
    url = receiver.url("/fail/2")
    batch = client.post(
        "/bulk/coupons", json=_coupon_batch(fx, url, [fx["members"][0]["identifier"]]), headers=auth
    ).json()["data"]["batch_id"]
    records = wait_for(
        lambda: (
            (r := client.get("/__mock/webhooks", params={"batch_id": batch}).json()["data"])
            and r[-1]["delivered"]
            and r
        )
    )
    assert [(r["attempt"], r["status_code"], r["delivered"]) for r in records] == [
        (1, 500, False),
        (2, 500, False),
        (3, 200, True),
    ]
    times = [datetime.fromisoformat(r["attempted_at"].replace("Z", "+00:00")) for r in records]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    backoff = server.settings.webhook_backoff
    assert gaps[0] >= backoff * 0.9 and gaps[1] >= 2 * backoff * 0.9
    assert len(receiver.calls("/fail/2")) == 3


def test_delivery_gives_up_after_the_configured_attempts(
    client: httpx.Client,
    server: InThreadMock,
    fx: dict[str, Any],
    auth: dict[str, str],
    receiver: WebhookReceiver,
) -> None:
    refused = client.post(
        "/bulk/storecards",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "storecard_id": fx["storecards"][1]["id"],
            "webhook_url": receiver.url("/status/503"),
            "users": [{"identifier": fx["members"][0]["identifier"]}],
        },
    ).json()["data"]["batch_id"]
    down = client.post(
        "/bulk/storecards",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "storecard_id": fx["storecards"][1]["id"],
            "webhook_url": f"http://127.0.0.1:{closed_port()}/hook",
            "users": [{"identifier": fx["members"][1]["identifier"]}],
        },
    ).json()["data"]["batch_id"]
    attempts = server.settings.webhook_attempts
    for batch in (refused, down):
        records = wait_for(
            lambda b=batch: (
                len(r := client.get("/__mock/webhooks", params={"batch_id": b}).json()["data"]) >= attempts
                and r
            )
        )
        assert [r["attempt"] for r in records] == list(range(1, attempts + 1))
        assert not any(r["delivered"] for r in records) and all(r["error"] for r in records)
    assert len(receiver.calls("/status/503")) == attempts


def test_a_receiver_slower_than_the_timeout_is_retried_then_given_up(receiver: WebhookReceiver) -> None:
    mock = InThreadMock(webhook_timeout=0.2, webhook_attempts=2).start()
    try:
        with httpx.Client(base_url=mock.base_url) as client:
            fx = client.get("/__mock/fixtures").json()
            auth = {"Authorization": f"Bearer {fx['tokens']['demo']['token']}"}
            body = _coupon_batch(fx, receiver.url("/sleep/1"), [fx["members"][0]["identifier"]])
            batch = client.post("/bulk/coupons", json=body, headers=auth).json()["data"]["batch_id"]
            records = wait_for(
                lambda: (
                    len(r := client.get("/__mock/webhooks", params={"batch_id": batch}).json()["data"]) == 2
                    and r
                )
            )
    finally:
        mock.stop()
    assert [(r["attempt"], r["delivered"], r["status_code"]) for r in records] == [
        (1, False, None),
        (2, False, None),
    ]
    assert all(r["error"] == "no answer within 0.2 s" for r in records)


def test_a_batch_that_finds_no_member_fails_and_sends_the_failed_webhook(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], receiver: WebhookReceiver, spec: Spec
) -> None:
    body = {
        "brand_id": fx["brand_id"],
        "storecard_id": fx["storecards"][0]["id"],
        "webhook_url": receiver.url("/failed"),
        "users": [{"identifier": "00000000-0000-4000-8000-000000000000", "points": 5}],
    }
    accepted = client.post("/bulk/points", json=body, headers=auth).json()["data"]
    assert accepted["queued"] == [] and len(accepted["not_found"]) == 1
    done = _finished(client, f"/webhooks/points/{accepted['batch_id']}", auth)
    assert done["status"] == "failed" and done["passes"] == []
    call = wait_for(
        lambda: [c for c in receiver.calls("/failed") if c.body["batch_id"] == accepted["batch_id"]]
    )
    assert call[0].body["status"] == "failed" and set(call[0].body) == {"status", "batch_id", "error"}
    assert not list(_batch_event_validator(spec).iter_errors(call[0].body))


def test_a_points_batch_updates_each_pass_once_and_never_creates_one(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    new = client.post(
        "/members/signups",
        headers=auth,
        json={"brand_id": fx["brand_id"], "users": [{"email": "passless@example.com"}]},
    ).json()["data"]["new"]
    passless = new["passless@example.com"]
    member = fx["members"][0]["identifier"]
    path = f"/members/{member}/storecards"
    before = client.get(path, params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"][0]["points"]
    accepted = client.post(
        "/bulk/points",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "storecard_id": fx["storecards"][0]["id"],
            "webhook_url": receiver.url("/ok"),
            "users": [{"identifier": member, "points": 25}, {"identifier": passless, "points": 5}],
        },
    ).json()["data"]
    done = _finished(client, f"/webhooks/points/{accepted['batch_id']}", auth)
    assert [p["identifier"] for p in done["passes"]] == [member]
    after = client.get(path, params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"][0]["points"]
    assert after == before + 25
    empty = client.get(
        f"/members/{passless}/storecards", params={"brand_id": fx["brand_id"]}, headers=auth
    ).json()
    assert empty["total"] == 0


@pytest.mark.parametrize(
    "url",
    ["http://example.com/hook", "http://10.1.2.3/hook", "http://[2001:db8::1]/x", "ftp://127.0.0.1/hook"],
)
def test_webhooks_to_other_hosts_are_accepted_but_never_called(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], url: str
) -> None:
    """The request is valid (the real API would take it); the mock records the refusal instead of calling."""
    answer = client.post(
        "/bulk/coupons", json=_coupon_batch(fx, url, [fx["members"][0]["identifier"]]), headers=auth
    )
    assert answer.status_code == 200, answer.text
    batch = answer.json()["data"]["batch_id"]
    [record] = wait_for(
        lambda: client.get("/__mock/webhooks", params={"batch_id": batch}).json()["data"] or None
    )
    assert record["delivered"] is False and record["status_code"] is None
    assert "the mock only calls http(s) URLs on loopback addresses" in record["error"]


def test_a_webhook_url_that_is_not_a_uri_is_422(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    answer = client.post(
        "/bulk/coupons", json=_coupon_batch(fx, "not a url", [fx["members"][0]["identifier"]]), headers=auth
    )
    assert answer.status_code == 422 and list(answer.json()["errors"]) == ["webhook_url"]


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "localhost", "[::1]"])
def test_webhooks_to_loopback_hosts_are_accepted(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], host: str
) -> None:
    url = f"http://{host}:{closed_port()}/hook"
    answer = client.post(
        "/bulk/coupons", json=_coupon_batch(fx, url, [fx["members"][0]["identifier"]]), headers=auth
    )
    assert answer.status_code == 200


def test_an_allowed_webhook_host_widens_the_loopback_rule() -> None:
    allowed = frozenset({"hooks.internal"})
    assert target_refusal("https://hooks.internal/x", allowed) is None
    assert target_refusal("https://HOOKS.internal:8443/x", allowed) is None
    assert target_refusal("https://hooks.example/x", allowed) is not None
    assert target_refusal("https://hooks.internal/x", frozenset()) is not None


def test_concurrent_batches_process_every_member_exactly_once(
    checker: SpecChecker, receiver: WebhookReceiver
) -> None:
    batches, size = 5, 200
    mock = InThreadMock(members=batches * size, batch_chunk_size=50, batch_workers=3).start()
    try:
        with make_client(mock.base_url, checker) as client:
            fx = client.get("/__mock/fixtures").json()
            auth = {"Authorization": f"Bearer {fx['tokens']['demo']['token']}"}
            everyone = client.get("/members/list", params={"brand_id": fx["brand_id"]}, headers=auth).json()
            ids = [m["identifier"] for m in everyone["data"]["members"]]
            card = fx["storecards"][1]["id"]

            def start(n: int) -> str:
                body = {
                    "brand_id": fx["brand_id"],
                    "storecard_id": card,
                    "webhook_url": receiver.url(f"/many/{n}"),
                    "users": [{"identifier": i} for i in ids[n * size : (n + 1) * size]],
                }
                return str(
                    client.post("/bulk/storecards", json=body, headers=auth).json()["data"]["batch_id"]
                )

            with ThreadPoolExecutor(batches) as pool:
                batch_ids = list(pool.map(start, range(batches)))
            results = [_finished(client, f"/webhooks/storecards/{b}", auth) for b in batch_ids]
            processed = [p["identifier"] for r in results for p in r["passes"]]
            assert sorted(processed) == sorted(ids) and len(set(processed)) == len(ids)
            store = mock.runtime.store
            assert all(sum(p.product_id == card for p in store.members[i].passes) == 1 for i in ids)

            # The mock records an attempt once the receiver's answer is in, after the receiver saw the
            # call: wait for the mock's records, not for the receiver's.
            def delivered() -> list[dict[str, Any]] | None:
                records: list[dict[str, Any]] = client.get("/__mock/webhooks").json()["data"]
                return records if sum(r["delivered"] for r in records) >= batches else None

            records = wait_for(delivered)
            assert sorted(r["batch_id"] for r in records if r["delivered"]) == sorted(batch_ids), records
            assert [r for r in records if not r["delivered"]] == [], "every first attempt was acknowledged"
            for n, batch in enumerate(batch_ids):
                assert [c.body["batch_id"] for c in receiver.calls(f"/many/{n}")] == [batch]
    finally:
        mock.stop()


def test_a_points_batch_without_qr_code_updates_the_first_storecard_of_the_brand(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    """D57: "the first storecard that matches the member identifier for the specific brand", whichever
    storecard the batch names."""
    member = fx["members"][0]["identifier"]
    other_card = next(s["id"] for s in fx["storecards"] if s["id"] != fx["storecards"][0]["id"])
    path = f"/members/{member}/storecards"
    before = client.get(path, params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"]
    accepted = client.post(
        "/bulk/points",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "storecard_id": other_card,
            "webhook_url": receiver.url("/ok"),
            "users": [{"identifier": member, "points": 7}],
        },
    ).json()["data"]
    done = _finished(client, f"/webhooks/points/{accepted['batch_id']}", auth)
    assert [p["qr_code"] for p in done["passes"]] == [before[0]["qr_code"]]
    after = client.get(path, params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"]
    assert after[0]["points"] == before[0]["points"] + 7


def test_bulk_passes_give_each_pass_the_points_named(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    """D42: "The points of the pass. Can be negative or positive": the value replaces the points."""
    member = fx["members"][0]["identifier"]
    path = f"/members/{member}/storecards"
    for points in (250, -4):
        answer = client.post(
            "/bulk/passes",
            headers=auth,
            json={
                "brand_id": fx["brand_id"],
                "storecard_id": fx["storecards"][0]["id"],
                "users": [{"identifier": member, "points": points, "start_date": "2026-04-01"}],
            },
        )
        assert answer.json()["data"] == "Passes updated"
        card = client.get(path, params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"][0]
        assert (card["points"], card["start_date"]) == (points, "2026-04-01T00:00:00.000000Z")
