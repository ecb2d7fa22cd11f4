"""Every paginated operation, walked page by page: each page's paginator is consistent (the check runs on
every answer), every item appears exactly once across the pages, and the pages add up to `total`.

A paginated operation is a GET that takes `page` and `per_page`; its items are found in the answer the
way the paginator check finds them. Pages are small (`per_page` 2), so a few items make several pages; a
listing longer than `MAX_PAGES` pages is checked on its first pages only.
"""

from __future__ import annotations

from typing import Any

import pytest

from .._paginator import find_page
from ._api import Member, brand, call, give_coupon_pass, give_storecard_pass, require, sign_up
from ._run import CONTEXT, OPERATIONS, SCHEMA

PER_PAGE = 2
MAX_PAGES = 6
PAGED = [
    op.operation_id
    for op in OPERATIONS
    if op.method == "GET"
    and {"page", "per_page"} <= {p.name for p in SCHEMA.find_operation_by_id(op.operation_id).query}
]


def _member_with_passes() -> Member:
    """A member of the run's own with a few passes of each kind it can be given."""
    [member] = sign_up(1, "pages")
    if CONTEXT.known.storecards and {"upsertPasses", "listMemberStorecards"} <= set(CONTEXT.included):
        give_storecard_pass(member)
    if CONTEXT.known.coupons and "createPassUrl" in CONTEXT.included:
        for _ in range(3):
            give_coupon_pass(member)
    return member


def _identity(item: Any) -> str:
    if isinstance(item, dict):
        for key in ("identifier", "qr_code", "code", "email"):
            if key in item:
                return str(item[key])
    return repr(item)


@pytest.mark.parametrize("operation_id", PAGED)
def test_walking_every_page_yields_every_item_once(operation_id: str) -> None:
    require(operation_id)
    path: dict[str, str] = {}
    if "{uuid}" in SCHEMA.find_operation_by_id(operation_id).path:
        path["uuid"] = _member_with_passes().uuid
    seen: list[str] = []
    total = last_page = 0
    for page in range(1, MAX_PAGES + 1):
        body = call(
            operation_id, path=path, query={"brand_id": brand(), "page": page, "per_page": PER_PAGE}
        ).json()
        found = find_page(body)
        assert found is not None, f"{operation_id}: page {page} is not a paginated answer"
        paginator, items = found
        total, last_page = paginator["total"], paginator["last_page"]
        seen += [_identity(item) for item in items]
        if page >= last_page:
            break
    duplicates = sorted({item for item in seen if seen.count(item) > 1})
    assert not duplicates, f"{operation_id}: listed on more than one page: {duplicates}"
    if last_page <= MAX_PAGES:
        assert len(seen) == total, (
            f"{operation_id}: {len(seen)} items on {last_page} pages, total says {total}"
        )
