"""AsyncWalletApp on a representative set, concurrently on one client: a paginated list (async for), a
lookup by path parameter, a query-only lookup, a write with dicts, a batch waited for, and an error."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import UUID

import pytest
from walletapp_client import AsyncWalletApp
from walletapp_client.errors import NotFoundError

from . import COVERAGE

Fixtures = dict[str, Any]


@COVERAGE.covers(
    "listMembers",
    "getTemplate",
    "searchPasses",
    "signUpMembers",
    "createPointsBatch",
    "getPointsBatch",
    mode="async",
)
@COVERAGE.covers("listMemberStorecards", mode="async")
def test_async_calls_run_concurrently_on_one_client(awa: AsyncWalletApp, fixtures: Fixtures) -> None:
    brand = fixtures["brand_id"]
    first = fixtures["members"][0]

    async def batch() -> str:
        accepted = await awa.bulk.create_points_batch(
            brand_id=brand,
            storecard_id=fixtures["storecards"][0]["id"],
            webhook_url="http://127.0.0.1:9/unused",
            users=[{"identifier": first["identifier"], "points": 3}],
        )
        final = await awa.batches.wait("points", accepted.data.batch_id, poll_interval=0.05)
        return final.data.status

    async def members() -> list[str]:
        return [m.email async for m in await awa.members.list_members(brand_id=brand, per_page=10)]

    async def scenario() -> tuple[Any, ...]:
        async with awa:
            return await asyncio.gather(
                members(),
                awa.mailing.get_template(id=fixtures["templates"][1]["id"]),
                awa.passes.search_passes(pass_code=first["passes"][0]["code"]),
                awa.members.sign_up_members(
                    brand_id=fixtures["other_brand_id"], users=[{"email": "async.one@example.com"}]
                ),
                batch(),
                awa.members.list_member_storecards(uuid=UUID(int=5), brand_id=brand),
                return_exceptions=True,
            )

    emails, template, found, signed_up, batch_status, unknown = asyncio.run(scenario())
    assert len(emails) == fixtures["member_count"]
    assert template.data.title == fixtures["templates"][1]["title"]
    assert found.data[0].pass_code == first["passes"][0]["code"]
    assert list(signed_up.data.new) == ["async.one@example.com"]
    assert batch_status == "finished"
    assert isinstance(unknown, NotFoundError)


def test_the_async_client_retries_and_closes_like_the_sync_one(
    awa: AsyncWalletApp, fixtures: Fixtures
) -> None:
    async def scenario() -> None:
        async with awa:
            page = await awa.members.list_members(brand_id=fixtures["brand_id"], per_page=20, max_retries=0)
            assert page.has_next_page()
            assert len((await page.next_page()).items) == 5
        with pytest.raises(RuntimeError):
            await awa.members.list_members(brand_id=fixtures["brand_id"])

    asyncio.run(scenario())
