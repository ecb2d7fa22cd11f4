"""The asyncio side of the generated client, on a representative set: a paginated list, a lookup by
path parameter, a query-only lookup, a write with a body, an asynchronous batch and its status page,
and an error answer — several of them concurrently on one AsyncClient."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import UUID

from walletapp_client import AuthenticatedClient
from walletapp_client.api.bulk import create_coupon_batch, get_coupon_batch
from walletapp_client.api.mailing import get_template
from walletapp_client.api.members import list_member_storecards, list_members
from walletapp_client.api.passes import search_passes, update_pass_points
from walletapp_client.models import (
    BatchAcceptedResponse,
    CouponBatchRequest,
    CouponBatchUser,
    ErrorMessage,
    MemberListResponse,
    PassBatchStatusResponse,
    PassSearchResponse,
    PassTransaction,
    StorecardPassPage,
    TemplateResponse,
    UpdatePassPointsRequest,
)

from . import COVERAGE

Fixtures = dict[str, Any]


@COVERAGE.covers("listMembers", mode="async")
@COVERAGE.covers("getTemplate", mode="async")
@COVERAGE.covers("searchPasses", mode="async")
@COVERAGE.covers("listMemberStorecards", mode="async")
def test_async_reads_run_concurrently(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    brand = UUID(fixtures["brand_id"])
    first = fixtures["members"][0]
    code = first["passes"][0]["code"]

    async def scenario() -> tuple[Any, ...]:
        async with client as c:
            return await asyncio.gather(
                list_members.asyncio(client=c, brand_id=brand, page=1, per_page=3),
                get_template.asyncio(fixtures["templates"][1]["id"], client=c),
                search_passes.asyncio(client=c, pass_code=code),
                list_member_storecards.asyncio(UUID(first["identifier"]), client=c, brand_id=brand),
                list_member_storecards.asyncio(UUID(int=5), client=c, brand_id=brand),
            )

    members, template, found, storecards, unknown = asyncio.run(scenario())
    assert isinstance(members, MemberListResponse)
    assert [m.email for m in members.data.members] == [m["email"] for m in fixtures["members"][:3]]
    assert isinstance(template, TemplateResponse)
    assert template.data.title == fixtures["templates"][1]["title"]
    assert isinstance(found, PassSearchResponse)
    assert found.data[0].pass_code == code
    assert isinstance(storecards, StorecardPassPage)
    assert storecards.total == 1
    assert isinstance(unknown, ErrorMessage)


@COVERAGE.covers("createCouponBatch", mode="async")
@COVERAGE.covers("getCouponBatch", mode="async")
@COVERAGE.covers("updatePassPoints", mode="async")
def test_async_writes_give_typed_answers(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    brand = UUID(fixtures["brand_id"])
    first = fixtures["members"][0]
    storecard_code = next(p["code"] for p in first["passes"] if p["kind"] == "storecard")

    async def scenario() -> tuple[Any, Any, Any]:
        async with client as c:
            accepted = await create_coupon_batch.asyncio_detailed(
                client=c,
                body=CouponBatchRequest(
                    brand_id=brand,
                    coupon_id=UUID(fixtures["coupons"][0]["id"]),
                    webhook_url="http://127.0.0.1:9/unused",
                    users=[CouponBatchUser(identifier=UUID(first["identifier"]))],
                ),
            )
            assert isinstance(accepted.parsed, BatchAcceptedResponse)
            status = await get_coupon_batch.asyncio(accepted.parsed.data.batch_id, client=c)
            points = await update_pass_points.asyncio(
                client=c, body=UpdatePassPointsRequest(points=-5, brand_id=brand, pass_code=storecard_code)
            )
            return accepted, status, points

    accepted, status, points = asyncio.run(scenario())
    assert accepted.status_code == 200
    assert accepted.parsed.data.queued == [UUID(first["identifier"])]
    assert isinstance(status, PassBatchStatusResponse)
    assert isinstance(points, PassTransaction)
    assert points.success is True
