"""Every batch kind of the spec, end to end: started for members of the run's own, polled until it has
ended, every queued member in the result exactly once, and its webhook delivered exactly once, valid
against the spec's callback schema, with a `link` to this batch's status page.

Against a live server the webhook part needs `CONTRACT_WEBHOOK_URL` (a URL that reaches the suite's
receiver); without it that test is reported as skipped, never as passed.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema.exceptions import best_match

from .._context import RunContext
from .._facts import BatchKind, batch_kinds, callback_validator, item_fields, request_schema
from .._receiver import WebhookReceiver
from ._api import brand, call, first, give_storecard_pass, require, sign_up
from ._run import MODEL, SCHEMA

KINDS = batch_kinds(MODEL)
PRODUCTS = {"coupon_id": "coupons", "storecard_id": "storecards", "template_id": "templates"}
POLL_TIMEOUT = 120.0
WEBHOOK_TIMEOUT = 60.0
SETTLE = 2.0
"""Seconds to keep listening after a webhook arrived, so a second delivery of it is seen."""


@dataclass
class Started:
    kind: BatchKind
    batch_id: str
    queued: list[str]
    hook_path: str
    status: dict[str, Any] | None = None


_STARTED: dict[str, Started] = {}


def _hook(run: RunContext, kind: BatchKind) -> tuple[str, str]:
    """(URL given to the server, path the receiver sees) for one batch."""
    suffix = f"/e2e/{kind.create}/{uuid.uuid4().hex[:12]}"
    base = run.webhook_url or "https://example.invalid/walletapp-contract"
    return base + suffix, urlsplit(base + suffix).path


def _start(kind: BatchKind, run: RunContext) -> Started:
    if kind.create in _STARTED:
        return _STARTED[kind.create]
    require(kind.create, kind.status, "signUpMembers")
    members = sign_up(3, "batch")
    schema = request_schema(MODEL, kind.create)
    with_points = "points" in item_fields(MODEL, schema, "users")
    if with_points:
        for member in members:
            give_storecard_pass(member)
    unknown = str(uuid.uuid4())
    users = [
        {"identifier": m, **({"points": 5} if with_points else {})}
        for m in [x.uuid for x in members] + [unknown]
    ]
    url, path = _hook(run, kind)
    body: dict[str, Any] = {"brand_id": brand(), "webhook_url": url, "users": users}
    for name, known in PRODUCTS.items():
        if name in schema.get("required", ()):
            body[name] = first(known)
    accepted = call(kind.create, body=body).json()["data"]
    queued, not_found = accepted["queued"], accepted["not_found"]
    assert sorted(queued) == sorted(m.uuid for m in members), f"{kind.create}: queued {queued}"
    assert not_found == [unknown], f"{kind.create}: not_found {not_found}, expected the unknown member only"
    _STARTED[kind.create] = started = Started(kind, accepted["batch_id"], queued, path)
    return started


def _ended(started: Started) -> dict[str, Any]:
    """The status page once `finished_processing_at` is set (the batch ended, finished or failed)."""
    if started.status is not None:
        return started.status
    deadline, pause = time.monotonic() + POLL_TIMEOUT, 0.05
    while True:
        data: dict[str, Any] = call(started.kind.status, path={"batch_id": started.batch_id}).json()["data"]
        if data.get("finished_processing_at") is not None:
            started.status = data
            return data
        assert time.monotonic() < deadline, (
            f"{started.kind.status}: batch {started.batch_id} still {data.get('status')!r} "
            f"after {POLL_TIMEOUT:.0f}s"
        )
        time.sleep(pause)
        pause = min(pause * 2, 2.0)


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.create)
def test_a_batch_processes_every_queued_member_exactly_once(kind: BatchKind, run: RunContext) -> None:
    started = _start(kind, run)
    status = _ended(started)
    assert status.get("started_processing_at") is not None, (
        f"{kind.status}: ended without started_processing_at"
    )
    rows = status[kind.results]
    identifiers = [row["identifier"] for row in rows if isinstance(row, dict) and "identifier" in row]
    if identifiers:
        assert sorted(identifiers) == sorted(started.queued), (
            f"{kind.status}: {kind.results} lists {sorted(identifiers)}, expected each queued member once: "
            f"{sorted(started.queued)}"
        )
    else:
        assert len(rows) == len(started.queued), (
            f"{kind.status}: {len(rows)} {kind.results} for {len(started.queued)} queued members"
        )


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.create)
def test_a_batch_webhook_arrives_once_valid_and_linking_its_status(
    kind: BatchKind, run: RunContext, receiver: WebhookReceiver | None
) -> None:
    if receiver is None:
        pytest.skip(run.webhook_note or "no webhook receiver in this run")
    started = _start(kind, run)
    _ended(started)
    deliveries = receiver.wait(started.hook_path, timeout=WEBHOOK_TIMEOUT, settle=SETTLE)
    assert len(deliveries) == 1, (
        f"{kind.create}: batch {started.batch_id}: {len(deliveries)} webhook deliveries, expected exactly one"
    )
    event = deliveries[0].body
    error = best_match(callback_validator(MODEL, kind.create).iter_errors(event))
    assert error is None, (
        f"{kind.create}: webhook of batch {started.batch_id} breaks the callback schema: {error}"
    )
    assert event["batch_id"] == started.batch_id, f"{kind.create}: webhook names batch {event['batch_id']}"
    assert event["status"] == "success", f"{kind.create}: batch of known members failed: {event}"
    expected = SCHEMA.find_operation_by_id(kind.status).path.replace("{batch_id}", started.batch_id)
    link = urlsplit(event["link"])
    assert link.path.endswith(expected), f"{kind.create}: webhook link {event['link']} is not {expected}"
    call(kind.status, path={"batch_id": link.path.rsplit("/", 1)[-1]})
