"""Batches and webhooks: a batch waited for with wa.batches.wait and its webhook parsed with
webhooks.parse, for a batch that finishes and one that fails; status words the spec does not know
(still running without an end time, an unknown outcome with one); waiting that runs out of time;
payloads that are not WalletApp events."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from walletapp_client import WalletApp, webhooks
from walletapp_client.errors import (
    APITimeoutError,
    BatchFailedError,
    BatchOutcomeUnknownError,
    WalletAppError,
    WebhookParseError,
)
from walletapp_client.models import BatchFailed, BatchSucceeded
from walletapp_tools.contract import WebhookReceiver

from tests.support.servers import Answer, ScriptedServer

Fixtures = dict[str, Any]


def test_a_points_batch_is_waited_for_and_its_webhook_parsed(
    wa: WalletApp, fixtures: Fixtures, receiver: WebhookReceiver
) -> None:
    members = [m["identifier"] for m in fixtures["members"][:3]]
    accepted = wa.bulk.create_points_batch(
        brand_id=fixtures["brand_id"],
        storecard_id=fixtures["storecards"][0]["id"],
        webhook_url=receiver.url(),
        users=[{"identifier": m, "points": 10} for m in members],
    )
    batch_id = accepted.data.batch_id

    final = wa.batches.wait("points", batch_id, timeout=15, poll_interval=0.05)
    event = webhooks.parse(json.dumps(receiver.event(batch_id)).encode())

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
        webhook_url=receiver.url(),
        users=[{"identifier": uuid.UUID(int=99)}],
    )
    batch_id = accepted.data.batch_id
    with pytest.raises(BatchFailedError) as raised:
        wa.batches.wait("coupons", batch_id, poll_interval=0.05)
    event = webhooks.parse(receiver.event(batch_id))

    assert (raised.value.kind, raised.value.batch_id) == ("coupons", batch_id)
    assert str(raised.value) == f"coupons batch {batch_id} failed (the error is in its webhook)"
    assert isinstance(event, BatchFailed)
    assert event.error


def status_page(status: str, finished_at: str | None) -> Answer:
    """A storecard batch's status page with ``status`` and ``finished_processing_at``."""
    return Answer.json(200, {"message": "ok", "data": {
        "requested_at": "2026-03-14T09:00:00Z", "started_processing_at": "2026-03-14T09:00:01Z",
        "finished_processing_at": finished_at, "status": status, "passes": [],
    }})  # fmt: skip


def test_waiting_gives_up_with_a_timeout_when_the_batch_does_not_end() -> None:
    with (
        ScriptedServer(status_page("processing", None)) as server,
        WalletApp(token="t", base_url=server.url) as wa,
        pytest.raises(APITimeoutError) as raised,
    ):
        wa.batches.wait("storecards", "b-3", timeout=0.3, poll_interval=0.1)
    assert str(raised.value) == "storecards batch b-3 is still processing after 0.3 s"
    assert 3 <= len(server.received) <= 5
    assert server.received[0].path == "/webhooks/storecards/b-3"


def test_a_state_the_spec_does_not_know_is_running_until_the_batch_has_an_end_time() -> None:
    answers = [status_page("validating", None), status_page("sending", None), status_page("finished", "x")]
    with ScriptedServer(*answers) as server, WalletApp(token="t", base_url=server.url) as wa:
        final = wa.batches.wait("storecards", "b-4", timeout=5, poll_interval=0.01)
    assert final.data.status == "finished"
    assert len(server.received) == 3


@pytest.mark.parametrize("word", ["success", "processing"])
def test_a_batch_that_ended_in_a_state_the_spec_does_not_know_has_an_unknown_outcome(word: str) -> None:
    """The webhook's own word `success`, or a running word with an end time: the outcome is unknown, so
    wait raises neither returns (as if it worked) nor a BatchFailedError (inviting a second send)."""
    answers = [status_page("queued", None), status_page(word, "2026-03-14T09:00:07Z")]
    with (
        ScriptedServer(*answers) as server,
        WalletApp(token="t", base_url=server.url) as wa,
        pytest.raises(BatchOutcomeUnknownError) as raised,
    ):
        wa.batches.wait("storecards", "b-5", timeout=5, poll_interval=0.01)
    assert str(raised.value) == (
        f"storecards batch b-5 ended as {word!r}, neither 'finished' nor 'failed': "
        "read its status page or webhook before sending it again"
    )
    assert (raised.value.kind, raised.value.batch_id, raised.value.state) == ("storecards", "b-5", word)
    assert not isinstance(raised.value, BatchFailedError)
    assert isinstance(raised.value, WalletAppError)
    assert len(server.received) == 2


def test_an_unknown_batch_kind_is_a_value_error(wa: WalletApp) -> None:
    with pytest.raises(ValueError, match="unknown batch kind 'imports': one of 'coupons', 'storecards'"):
        wa.batches.wait("imports", "b-1")  # type: ignore[call-overload]


EVENT = {"status": "success", "batch_id": "batch-2026-0001", "link": "https://x/y"}  # any string is an id


@pytest.mark.parametrize(
    "body", [json.dumps(EVENT), json.dumps(EVENT).encode(), EVENT], ids=["str", "bytes", "dict"]
)
def test_a_webhook_is_parsed_from_bytes_str_or_dict(body: bytes | str | dict[str, str]) -> None:
    event = webhooks.parse(body)
    assert isinstance(event, BatchSucceeded)
    assert event.batch_id == EVENT["batch_id"]


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
        (
            b'{"status": "success", "batch_id": 42, "link": "x"}',
            "invalid BatchSucceeded event: batch_id is integer, expected string",
        ),
        (
            b'{"status": "failed", "batch_id": "b-1", "error": null}',
            "invalid BatchFailed event: error is null, expected string",
        ),
        (b"\xff\xfe", "the webhook body is not JSON: "),
    ],
    ids=["not-json", "array", "unknown-status", "no-status", "missing-field", "int-id", "null", "not-utf8"],
)
def test_a_malformed_webhook_is_a_clear_parse_error(body: bytes, message: str) -> None:
    with pytest.raises(WebhookParseError) as raised:
        webhooks.parse(body)
    assert str(raised.value).startswith(message)
    assert isinstance(raised.value, WalletAppError)
