"""The generated client reads what a real server may answer under the documentation, and writes back
what it read (DISCREPANCIES.md, rules 2 and 3).

The pages show placeholders where these answers put values (`<unique_batch_id>`, `"<status>"`,
`"<timestamp|string>"`, `"<download_page_link>"`); the only pass link they print has no scheme. Each
answer below is sent through an ``httpx.MockTransport`` and must parse into its model, the unexpected
value kept as it came.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import Any
from uuid import UUID

import httpx
import pytest
from walletapp_client import AuthenticatedClient
from walletapp_client.api.bulk import create_coupon_batch, get_coupon_batch
from walletapp_client.api.imports import list_import_log
from walletapp_client.api.mailing import get_mail_batch
from walletapp_client.api.members import list_member_coupons
from walletapp_client.api.passes import get_pass, update_pass
from walletapp_client.models import (
    BatchAcceptedResponse,
    BatchSucceeded,
    CouponBatchRequest,
    CouponBatchUser,
    CouponPassPage,
    ImportLogResponse,
    MailBatchStatusResponse,
    PassBatchStatusResponse,
    PassResponse,
    UpdatePassRequest,
)
from walletapp_tools.spec import SpecSchemas

from .client_spec import client_spec

BATCH_ID = "b-20260314-0042"
MEMBER = "7f3ced78-8000-485c-abdc-998e30def373"
BRAND = UUID("9ac0d510-39cb-4520-a843-082befafa314")
UPDATED = {"success": True, "message": "Pass updated successfully", "transaction_id": MEMBER}


def _client(answer: Any, requests: list[httpx.Request] | None = None) -> AuthenticatedClient:
    def respond(request: httpx.Request) -> httpx.Response:
        if requests is not None:
            requests.append(request)
        return httpx.Response(200, json=answer)

    return AuthenticatedClient(
        base_url="https://api.walletapp.co",
        token="test-token-not-a-secret",
        httpx_args={"transport": httpx.MockTransport(respond)},
    )


@cache
def _schemas() -> SpecSchemas:
    return SpecSchemas(client_spec())


def test_a_batch_id_that_is_no_uuid_is_read_and_sent_back() -> None:
    accepted = {
        "message": "Request successful",
        "data": {"webhook_url": None, "batch_id": BATCH_ID, "queued": [MEMBER], "not_found": []},
    }
    body = CouponBatchRequest(
        brand_id=BRAND,
        coupon_id=UUID("c1df68c1-8352-4595-8cb3-ca058ff2e559"),
        webhook_url="https://hooks.example.com/walletapp/batches",
        users=[CouponBatchUser(identifier=UUID(MEMBER))],
    )
    result = create_coupon_batch.sync(client=_client(accepted), body=body)
    assert isinstance(result, BatchAcceptedResponse)
    assert result.data.batch_id == BATCH_ID

    requests: list[httpx.Request] = []
    status = {
        "message": "Request successful",
        "data": {
            "requested_at": "2026-03-14 09:00:00",
            "started_processing_at": None,
            "finished_processing_at": None,
            "status": "pending_review",
            "passes": [],
        },
    }
    get_coupon_batch.sync(result.data.batch_id, client=_client(status, requests))
    assert requests[0].url.path == f"/webhooks/coupons/{BATCH_ID}"


def test_a_status_page_with_words_and_values_nobody_listed_parses() -> None:
    answer = {
        "message": "Request successful",
        "data": {
            "requested_at": "2026-03-14 09:26:53",
            "started_processing_at": "yesterday morning",
            "finished_processing_at": None,
            "status": "pending_review",
            "passes": [
                {
                    "qr_code": "WA-7K3P-QX9M",
                    "walletapp_code": "WLNT-40977-KD",
                    "identifier": MEMBER,
                    "download_link": "my.walletapp.co/pass/WA-3QNV-8ZKE",
                }
            ],
        },
    }
    status = get_coupon_batch.sync(BATCH_ID, client=_client(answer))

    assert isinstance(status, PassBatchStatusResponse)
    assert status.data.status == "pending_review"
    assert status.data.started_processing_at == "yesterday morning"
    assert status.data.requested_at == datetime(2026, 3, 14, 9, 26, 53)
    assert status.data.passes[0].download_link == "my.walletapp.co/pass/WA-3QNV-8ZKE"
    assert status.to_dict()["data"]["status"] == "pending_review"


def test_a_known_status_word_is_still_recognised() -> None:
    answer = {
        "message": "Request successful",
        "data": {
            "requested_at": "2026-03-14T09:00:00.000000Z",
            "started_processing_at": "2026-03-14T09:00:02.000000Z",
            "finished_processing_at": "2026-03-14T09:00:07.000000Z",
            "status": "finished",
            "mails": [],
        },
    }
    status = get_mail_batch.sync(BATCH_ID, client=_client(answer))

    assert isinstance(status, MailBatchStatusResponse)
    assert status.data.status == "finished"
    assert isinstance(status.data.finished_processing_at, datetime)


def test_last_updated_as_a_plain_string_parses() -> None:
    answer = {"success": True, "data": [{"email": "anna.devries@example.com", "last_updated": "not yet"}]}
    log = list_import_log.sync(client=_client(answer), brand_id=BRAND)

    assert isinstance(log, ImportLogResponse)
    assert log.data[0].last_updated == "not yet"


def test_a_pass_status_and_thumbnail_nobody_listed_parse() -> None:
    pass_row = {
        "created_at": "2026-02-01 12:00:00",
        "updated_at": "2026-02-01T12:00:00.000000Z",
        "expiration_date": "2026-12-31",
        "start_date": None,
        "qr_code": "WA-9F2C-LM4T",
        "wlnt_code": "WLNT-58213-AQ",
        "coupon_title": "Free coffee",
        "coupon_thumbnail_url": "Free coffee thumbnail",
        "coupon_external_reference": None,
        "status": "archived",
    }
    page = {
        "current_page": 1,
        "data": [pass_row],
        "first_page_url": "https://api.walletapp.co/members/x/coupons?page=1",
        "from": 1,
        "last_page": 1,
        "last_page_url": "https://api.walletapp.co/members/x/coupons?page=1",
        "links": [],
        "next_page_url": None,
        "path": "https://api.walletapp.co/members/x/coupons",
        "per_page": 10,
        "prev_page_url": None,
        "to": 1,
        "total": 1,
    }
    parsed = list_member_coupons.sync(UUID(MEMBER), client=_client(page), brand_id=BRAND)

    assert isinstance(parsed, CouponPassPage)
    assert (parsed.data[0].status, parsed.data[0].coupon_thumbnail_url) == (
        "archived",
        "Free coffee thumbnail",
    )


def test_a_webhook_with_a_batch_id_that_is_no_uuid_parses() -> None:
    event = BatchSucceeded.from_dict(
        {
            "status": "success",
            "batch_id": BATCH_ID,
            "link": f"https://api.walletapp.co/webhooks/coupons/{BATCH_ID}",
        }
    )

    assert event.batch_id == BATCH_ID


def _pass(expiration: Any) -> dict[str, Any]:
    return {
        "success": True,
        "data": {
            "brand_id": str(BRAND),
            "code": "WA-9F2C-LM4T",
            "created_at": "2026-02-01T12:00:00.000000Z",
            "updated_at": "2026-02-01T12:00:00.000000Z",
            "demo": 0,
            "redeemed": 0,
            "active": 1,
            "expired": 0,
            "blocked": 0,
            "reminder_send": 2,
            "expiration_date": expiration,
            "start_date": None,
            "reminder_date": None,
            "parsed_historical": 0,
            "coupon": None,
            "storecard": None,
        },
    }


@pytest.mark.parametrize(
    "expiration", ["2026-12-31T23:59:59.000000Z", "2026-12-31 23:59:59", "2026-12-31", None]
)
def test_a_pass_read_with_get_is_written_back_with_put(expiration: Any) -> None:
    """A prepaidcard pass (neither coupon nor storecard), with a flag value nobody listed: its expiration,
    in each form an answer may carry, goes back through updatePass as a value the spec accepts."""
    read = get_pass.sync(client=_client(_pass(expiration)), email="anna.devries@example.com", brand_id=BRAND,
                         pass_code="WA-9F2C-LM4T")  # fmt: skip
    assert isinstance(read, PassResponse)
    requests: list[httpx.Request] = []
    body = UpdatePassRequest(
        email="anna.devries@example.com",
        brand_id=read.data.brand_id,
        pass_code=read.data.code,
        expiration_date=read.data.expiration_date,
        status="active",
    )
    update_pass.sync_detailed(client=_client(UPDATED, requests), body=body)

    sent = json.loads(requests[0].content)
    validator = _schemas().validator("#/components/schemas/UpdatePassRequest")
    assert not list(validator.iter_errors(sent)), sent
    if expiration is None:
        assert sent["expiration_date"] is None
    else:
        assert datetime.fromisoformat(sent["expiration_date"]) == datetime.fromisoformat(expiration)
