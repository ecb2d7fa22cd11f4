"""Pagination (x-walletapp-pagination): iterating a page yields every item across all pages, equal to the
unpaginated answer, for each of the three paginated operations; the page methods; memory stays at one
page (the pages behind are released while iterating)."""

from __future__ import annotations

import asyncio
import gc
import json
import operator
import weakref
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from walletapp_client import AsyncWalletApp, WalletApp
from walletapp_client.pagination import SyncPage

Fixtures = dict[str, Any]


def _member_with_passes(wa: WalletApp, fx: Fixtures) -> str:
    """The first member, given 6 more coupon passes and 6 more storecard passes."""
    member = fx["members"][0]
    for n in range(6):
        wa.passes.send_pass_by_email(
            email=member["email"],
            brand_id=fx["brand_id"],
            coupon_id=fx["coupons"][n % 2]["id"],
            status="active",
        )
    wa.bulk.upsert_passes(
        brand_id=fx["brand_id"],
        storecard_id=fx["storecards"][1]["id"],
        users=[{"identifier": member["identifier"], "points": n, "pass_code": f"PAGE-{n}"} for n in range(6)],
    )
    identifier: str = member["identifier"]
    return identifier


@pytest.mark.parametrize("operation", ["list_members", "list_member_coupons", "list_member_storecards"])
def test_iterating_a_page_yields_the_unpaginated_answer(
    wa: WalletApp, fixtures: Fixtures, operation: str
) -> None:
    brand = fixtures["brand_id"]
    if operation == "list_members":
        everything = wa.members.list_members(brand_id=brand)  # without page and per_page: one page of all
        pages = wa.members.list_members(brand_id=brand, per_page=4)
        key: Callable[[Any], object] = operator.attrgetter("identifier")
    else:
        uuid = _member_with_passes(wa, fixtures)
        method = getattr(wa.members, operation)
        everything = method(uuid=uuid, brand_id=brand, per_page=100)
        pages = method(uuid=uuid, brand_id=brand, per_page=2)
        key = operator.attrgetter("qr_code")
    assert not everything.has_next_page()
    assert len(everything.items) > len(pages.items) > 0
    assert [key(item) for item in pages] == [key(item) for item in everything.items]


def test_a_page_can_be_walked_by_hand(wa: WalletApp, fixtures: Fixtures) -> None:
    first = wa.members.list_members(brand_id=fixtures["brand_id"], per_page=10)
    pages = list(first.iter_pages())
    assert [p.page_number for p in pages] == [1, 2, 3]
    assert [len(p.items) for p in pages] == [10, 10, 5]
    assert pages[0] is first
    assert [m.email for m in first.next_page().items] == [m.email for m in pages[1].items]
    assert not pages[2].has_next_page()
    with pytest.raises(RuntimeError, match="page 3 is the last page"):
        pages[2].next_page()
    assert [m.email for m in wa.members.list_members(brand_id=fixtures["brand_id"], page=3, per_page=10)] == [
        m.email for m in pages[2].items
    ], "iteration starts at the page asked for"


def test_async_iteration_yields_every_item(awa: AsyncWalletApp, fixtures: Fixtures) -> None:
    async def scenario() -> tuple[list[str], list[int]]:
        async with awa:
            page = await awa.members.list_members(brand_id=fixtures["brand_id"], per_page=7)
            emails = [m.email async for m in page]
            numbers = [p.page_number async for p in page.iter_pages()]
            return emails, numbers

    emails, numbers = asyncio.run(scenario())
    assert emails[: len(fixtures["members"])] == [m["email"] for m in fixtures["members"]]
    assert len(set(emails)) == len(emails) == fixtures["member_count"]
    assert numbers == [1, 2, 3, 4]


def test_iterating_releases_the_pages_behind() -> None:
    """Items and answers of page n are freed once the iteration is on page n+1, by reference counting
    alone (the cyclic collector is off): memory stays at one page however many pages there are."""

    def serve(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        members = [_member(page * 10 + n) for n in range(10)]
        data = {"total": 50, "per_page": 10, "last_page": 5, "last_page_url": "x", "members": members}
        data["next_page_url"] = "next" if page < 5 else None
        return httpx.Response(200, json={"message": "Request successful", "data": data})

    answers: list[weakref.ref[httpx.Response]] = []
    http = httpx.Client(
        transport=httpx.MockTransport(serve),
        event_hooks={"response": [lambda r: answers.append(weakref.ref(r))]},
    )
    watched: list[weakref.ref[Any]] = []
    alive_behind = []
    gc.disable()
    try:
        with WalletApp(token="t", base_url="http://walletapp.test", http_client=http) as wa:
            pages = wa.members.list_members(
                brand_id="9ac0d510-39cb-4520-a843-082befafa314", page=1, per_page=10
            )
            for count, member in enumerate(pages):
                if count == 0:
                    del pages  # only the iteration refers to the first page now
                if count % 10 == 1:
                    alive_behind.append(
                        sum(ref() is not None for ref in watched)
                        + sum(ref() is not None for ref in answers[:-1])
                    )
                    watched.append(weakref.ref(member))
            del member
    finally:
        gc.enable()
    assert count == 49
    assert len(answers) == 5
    assert alive_behind == [0, 0, 0, 0, 0], "no item or answer of an earlier page is still referenced"


def _member(n: int) -> dict[str, object]:
    return {
        "email": f"m{n}@example.com", "full_name": None, "identifier": f"00000000-0000-0000-0000-{n:012d}",
        "unsubscribed": 0, "last_name": None, "phone_number": None, "birth_date": None, "street": None,
        "house_number": None, "postcode": None, "city": None, "country": None, "subscribed_at": None,
    }  # fmt: skip


def test_a_page_repr_says_where_it_is() -> None:
    page: SyncPage[int, int] = SyncPage(response=0, items=[1, 2], has_next=True, page=4, fetch=lambda n: page)
    assert repr(page) == "<SyncPage 4: 2 items, more pages follow>"
    assert json.dumps(page.items) == "[1, 2]"
