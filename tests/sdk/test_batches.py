"""Batches and webhooks: a batch waited for with wa.batches.wait and its webhook parsed with
webhooks.parse, for a batch that finishes and one that fails; waiting that runs out of time; payloads
that are not WalletApp events."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from walletapp_client import WalletApp, webhooks
from walletapp_client.errors import APITimeoutError, BatchFailedError, WalletAppError, WebhookParseError
from walletapp_client.models import BatchFailed, BatchSucceeded

from tests.client._receiver import WebhookReceiver

from ._servers import Answer, ScriptedServer

Fixtures = dict[str, Any]


def test_a_points_batch_is_waited_for_and_its_webhook_parsed(
    wa: WalletApp, fixtures: Fixtures, receiver: WebhookReceiver
) -> None:
    members = [m["identifier"] for m in fixtures["members"][:3]]
    accepted = wa.bulk.create_points_batch(
        brand_id=fixtures["brand_id"],
        storecard_id=fixtures["storecards"][0]["id"],
        webhook_url=receiver.url,
        users=[{"identifier": m, "points": 10} for m in members],
    )
    batch_id = accepted.data.batch_id

    final = wa.batches.wait("points", batch_id, timeout=15, poll_interval=0.05)
    event = webhooks.parse(json.dumps(receiver.wait_for(str(batch_id))).encode())

    assert final.data.status == "finished"
    assert sorted(str(p.identifier) for p in final.data.passes) == sorted(members)
    assert isinstance(event, BatchSucceeded)
    assert event.batch_id == batch_id
    assert event.link.endswith(f"/webhooks/points/{batch_id}")


def test_a_failed_batch_raises_and_its_webhook_says_why(
    wa: WalletApp, fixtures: Fixtures, receiver: WebhookReceiver
) -> None:
    accepted = wa.bulk.create_coupon_batch(
        brand_id=fixtures["brand_id"],
        coupon_id=fixtures["coupons"][0]["id"],
        webhook_url=receiver.url,
        users=[{"identifier": uuid.UUID(int=99)}],
    )
    batch_id = accepted.data.batch_id
    with pytest.raises(BatchFailedError) as raised:
        wa.batches.wait("coupons", batch_id, poll_interval=0.05)
    event = webhooks.parse(receiver.wait_for(str(batch_id)))

    assert (raised.value.kind, raised.value.batch_id) == ("coupons", str(batch_id))
    assert str(raised.value) == f"coupons batch {batch_id} failed (the error is in its webhook)"
    assert isinstance(event, BatchFailed)
    assert event.error


def test_waiting_gives_up_with_a_timeout_when_the_batch_does_not_end() -> None:
    running = {"message": "ok", "data": {
        "requested_at": "2026-03-14T09:00:00Z", "started_processing_at": "2026-03-14T09:00:01Z",
        "finished_processing_at": None, "status": "processing", "passes": [],
    }}  # fmt: skip
    with (
        ScriptedServer(Answer.json(200, running)) as server,
        WalletApp(token="t", base_url=server.url) as wa,
        pytest.raises(APITimeoutError) as raised,
    ):
        wa.batches.wait("storecards", uuid.UUID(int=3), timeout=0.3, poll_interval=0.1)
    assert str(raised.value) == f"storecards batch {uuid.UUID(int=3)} is still processing after 0.3 s"
    assert 3 <= len(server.received) <= 5
    assert server.received[0].path == f"/webhooks/storecards/{uuid.UUID(int=3)}"


def test_an_unknown_batch_kind_is_a_value_error(wa: WalletApp) -> None:
    with pytest.raises(ValueError, match="unknown batch kind 'imports': one of 'coupons', 'storecards'"):
        wa.batches.wait("imports", uuid.UUID(int=1))  # type: ignore[call-overload]


EVENT = {"status": "success", "batch_id": "8295ca69-2a61-45e4-93c8-4381e5e5de62", "link": "https://x/y"}


@pytest.mark.parametrize(
    "body", [json.dumps(EVENT), json.dumps(EVENT).encode(), EVENT], ids=["str", "bytes", "dict"]
)
def test_a_webhook_is_parsed_from_bytes_str_or_dict(body: bytes | str | dict[str, str]) -> None:
    event = webhooks.parse(body)
    assert isinstance(event, BatchSucceeded)
    assert event.batch_id == uuid.UUID(EVENT["batch_id"])


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "the webhook body is not JSON: "),
        (b"[1, 2]", "the webhook body must be a JSON object, not list"),
        (
            b'{"status": "queued"}',
            "not a WalletApp event: status is 'queued', expected one of 'failed', 'success'",
        ),
        (b'{"batch_id": "x"}', "not a WalletApp event: status is None"),
        (
            b'{"status": "failed", "batch_id": "8295ca69-2a61-45e4-93c8-4381e5e5de62"}',
            "BatchFailed event without its 'error' field",
        ),
        (b'{"status": "success", "batch_id": "nope", "link": "x"}', "invalid BatchSucceeded event: "),
        (b"\xff\xfe", "the webhook body is not JSON: "),
    ],
    ids=["not-json", "array", "unknown-status", "no-status", "missing-field", "bad-uuid", "not-utf8"],
)
def test_a_malformed_webhook_is_a_clear_parse_error(body: bytes, message: str) -> None:
    with pytest.raises(WebhookParseError) as raised:
        webhooks.parse(body)
    assert str(raised.value).startswith(message)
    assert isinstance(raised.value, WalletAppError)
