"""openapi/sources/bulk.txt: the three background batches (coupons, storecards, points) with their
status pages, and the synchronous bulk signups, member updates, licence plates and pass upserts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..call import Call
from ..entities import Batch
from ..state import Store
from ._common import (
    batch_status,
    brand_of,
    coupon_of,
    download_link,
    ok,
    start_batch,
    storecard_of,
    time_or_none,
)
from .members import signup

_MEMBER_FIELDS = {
    "first_name": "first_name",
    "last_name": "last_name",
    "phone_number": "phone_number",
    "birth_day": "birth_date",
    "birth_date": "birth_date",
    "street": "street",
    "house_number": "house_number",
    "postcode": "postcode",
    "city": "city",
    "country": "country",
}


def _pass_row(p: Any) -> dict[str, Any]:
    return {
        "qr_code": p.code,
        "walletapp_code": p.wlnt_code,
        "identifier": p.member.uuid,
        "download_link": download_link(p.wlnt_code),
    }


def _create_coupon_pass(store: Store, batch: Batch, item: dict[str, Any]) -> list[dict[str, Any]]:
    member = store.members.get(str(item["identifier"]))
    if member is None:
        return []
    created = store.add_pass(
        member,
        "coupon",
        batch.options["product_id"],
        code=item.get("qr_code") or None,
        title=item.get("pass_title") or None,
        expiration_date=time_or_none(item.get("expiration_date")),
        batch_reference=batch.id,
    )
    return [_pass_row(created)]


def _create_storecard_pass(store: Store, batch: Batch, item: dict[str, Any]) -> list[dict[str, Any]]:
    member = store.members.get(str(item["identifier"]))
    if member is None:
        return []
    created = store.add_pass(
        member,
        "storecard",
        batch.options["product_id"],
        code=item.get("qr_code") or None,
        title=item.get("pass_title") or None,
        batch_reference=batch.id,
    )
    return [_pass_row(created)]


def _update_points(store: Store, batch: Batch, item: dict[str, Any]) -> list[dict[str, Any]]:
    """Adds the points to the member's pass with the given qr_code, else to "the first storecard that
    matches the member identifier for the specific brand" (spec D57: of any storecard); a member without
    one is skipped (this operation never creates a pass)."""
    member = store.members.get(str(item["identifier"]))
    if member is None:
        return []
    code = item.get("qr_code")
    if code:
        target = next((p for p in member.passes if p.is_storecard and code in (p.code, p.wlnt_code)), None)
    else:
        target = next((p for p in member.passes if p.is_storecard), None)
    if target is None:
        return []
    store.change_points(target, int(item["points"]), f"batch:{batch.id}")
    return [_pass_row(target)]


def create_coupon_batch(call: Call) -> Any:
    brand = brand_of(call)
    coupon = coupon_of(call, brand)
    return start_batch(
        call,
        kind="coupons",
        result_key="passes",
        status_operation="getCouponBatch",
        brand=brand,
        process=_create_coupon_pass,
        options={"product_id": coupon.id},
    )


def create_storecard_batch(call: Call) -> Any:
    brand = brand_of(call)
    card = storecard_of(call, brand)
    return start_batch(
        call,
        kind="storecards",
        result_key="passes",
        status_operation="getStorecardBatch",
        brand=brand,
        process=_create_storecard_pass,
        options={"product_id": card.id},
    )


def create_points_batch(call: Call) -> Any:
    brand = brand_of(call)
    card = storecard_of(call, brand)
    return start_batch(
        call,
        kind="points",
        result_key="passes",
        status_operation="getPointsBatch",
        brand=brand,
        process=_update_points,
        options={"product_id": card.id},
    )


def get_coupon_batch(call: Call) -> Any:
    return batch_status(call, "coupons")


def get_storecard_batch(call: Call) -> Any:
    return batch_status(call, "storecards")


def get_points_batch(call: Call) -> Any:
    return batch_status(call, "points")


def sign_up_members_in_bulk(call: Call) -> Any:
    brand = brand_of(call)
    signup(call, brand, call.input["users"])
    return ok("Members imported")


def update_members(call: Call) -> Any:
    """Updates the members it finds; unknown identifiers are skipped (the call never creates)."""
    brand = brand_of(call)
    at = call.store.stamp()
    for user in call.input["users"]:
        member = call.store.member_in_brand(brand.id, str(user.get("identifier")))
        if member is None:
            continue
        for key, attribute in _MEMBER_FIELDS.items():
            if key in user:
                setattr(member, attribute, user[key])
        member.touch(at)
    return ok("Members updated")


def add_license_plates(call: Call) -> Any:
    at = call.store.stamp()
    for user in call.input["users"]:
        member = call.store.members.get(str(user.get("identifier")))
        if member is None:
            continue
        for plate in user.get("licenseplates") or []:
            if plate not in member.licenseplates:
                member.licenseplates.append(str(plate))
        member.touch(at)
    return ok("Licenseplates added")


def upsert_passes(call: Call) -> Any:
    """Gives the member's pass with `pass_code` (or its first pass of the storecard) `points` points
    ("The points of the pass", spec D42: they replace the pass's points), creating that pass first when
    the member has none."""
    brand = brand_of(call)
    card = storecard_of(call, brand)
    for user in call.input["users"]:
        member = call.store.member_in_brand(brand.id, str(user.get("identifier")))
        if member is None:
            continue
        code = user.get("pass_code") or None
        if code:
            target = next((p for p in member.passes if p.is_storecard and p.code == code), None)
        else:
            target = member.storecard_pass(card.id)
        if target is None:
            target = call.store.add_pass(member, "storecard", card.id, code=code)
        if user.get("start_date"):
            target.start_date = time_or_none(user["start_date"])
        call.store.change_points(target, int(user["points"]) - target.points)
    return ok("Passes updated")


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "createCouponBatch": create_coupon_batch,
    "getCouponBatch": get_coupon_batch,
    "createStorecardBatch": create_storecard_batch,
    "getStorecardBatch": get_storecard_batch,
    "createPointsBatch": create_points_batch,
    "getPointsBatch": get_points_batch,
    "signUpMembersInBulk": sign_up_members_in_bulk,
    "updateMembers": update_members,
    "addLicensePlates": add_license_plates,
    "upsertPasses": upsert_passes,
}
