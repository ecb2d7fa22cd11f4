"""openapi/sources/passes.txt: inspect (by member email, or by code alone), modify status/expiration,
remove, send by email, create as a download URL, add or subtract points with a transaction id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..call import Call
from ..entities import Brand, Mail, Member, Pass
from ..errors import InvalidValue, NotFound
from ._common import brand_of, coupon_of, download_link, member_by_email, time_or_none


def _member_pass(call: Call) -> tuple[Brand, Member, Pass]:
    brand = brand_of(call)
    member = member_by_email(call, brand, call.input.get("email"))
    found = call.store.member_pass(member, str(call.input.get("pass_code")))
    if found is None:
        raise NotFound("Pass not found.", "pass_code")
    return brand, member, found


def _coupon_detail(call: Call, p: Pass) -> dict[str, Any] | None:
    coupon = call.store.coupons.get(p.product_id) if p.kind == "coupon" else None
    if coupon is None:
        return None
    return {
        "identifier": coupon.id,
        "price": coupon.price,
        "points": coupon.points,
        "external_reference": coupon.external_reference,
    }


def _storecard_detail(call: Call, p: Pass) -> dict[str, Any] | None:
    if not p.is_storecard:
        return None
    return {"identifier": p.product_id, "points": p.points, "balance": p.balance}


def get_pass(call: Call) -> Any:
    _, _, p = _member_pass(call)
    return {
        "success": True,
        "data": {
            "brand_id": p.brand_id,
            "code": p.code,
            "created_at": p.created_at,
            "updated_at": p.updated_at,
            "demo": 0,
            **p.flags(),
            "reminder_send": 0,
            "expiration_date": p.expiration_date,
            "start_date": p.start_date,
            "reminder_date": None,
            "parsed_historical": 0,
            "coupon": _coupon_detail(call, p),
            "storecard": _storecard_detail(call, p),
        },
    }


def search_passes(call: Call) -> Any:
    found = call.store.find_passes(str(call.input.get("pass_code")))
    rows = []
    for p in found:
        brand = call.store.brands[p.brand_id]
        coupon = call.store.coupons.get(p.product_id) if p.kind == "coupon" else None
        rows.append(
            {
                "created_at": p.created_at,
                "updated_at": p.updated_at,
                "expiration_date": p.expiration_date,
                "downloaded": p.downloaded,
                "start_date": p.start_date,
                "batch_reference": p.batch_reference,
                "reminder_date": None,
                "download_lat": None,
                "user_name": p.member.full_name,
                "member_id": p.member.uuid,
                "download_long": None,
                "pass_code": p.code,
                "status": p.status,
                "brand": {"name": brand.name, "identifier": brand.id},
                "coupon": None
                if coupon is None
                else {
                    "title": p.title or coupon.title,
                    "identifier": coupon.id,
                    "price": coupon.price,
                    "points": coupon.points,
                    "external_reference": coupon.external_reference,
                },
            }
        )
    return {"success": True, "data": rows}


def update_pass(call: Call) -> Any:
    """Sets both fields; a null `expiration_date` leaves the pass without one (spec D61), so a pass read
    with getPass is written back unchanged."""
    _, _, p = _member_pass(call)
    status = str(call.input["status"])
    p.status = status
    p.expiration_date = time_or_none(call.input.get("expiration_date"))
    transaction = call.store.change_points(p, 0, "status:" + status)
    return {"success": True, "message": "Pass updated successfully", "transaction_id": transaction.id}


def delete_pass(call: Call) -> Any:
    _, _, p = _member_pass(call)
    call.store.remove_pass(p)
    return {"success": True, "message": "Pass removed"}


def _issue_coupon_pass(call: Call) -> tuple[Member, Pass]:
    brand = brand_of(call)
    coupon = coupon_of(call, brand)
    status = str(call.input["status"])
    expiration = time_or_none(call.input.get("expiration_date"))
    member = member_by_email(call, brand, call.input.get("email"))
    created = call.store.add_pass(
        member,
        "coupon",
        coupon.id,
        title=call.input.get("pass_title") or None,
        status=status,
        expiration_date=expiration,
    )
    return member, created


def send_pass_by_email(call: Call) -> Any:
    member, created = _issue_coupon_pass(call)
    at = call.store.stamp()
    mail = Mail(
        call.store.new_uuid(),
        member.uuid,
        "",
        "sent",
        call.store.new_uuid(),
        at,
        at,
        tags={"link_to_pass": download_link(created.code)},
    )
    call.store.mails[mail.uuid] = mail
    return {"success": True, "message": "Email has been send"}


def create_pass_url(call: Call) -> Any:
    _, created = _issue_coupon_pass(call)
    return {"success": True, "url": f"my.walletapp.co/pass/{created.code}"}


def update_pass_points(call: Call) -> Any:
    brand = brand_of(call)
    code = str(call.input.get("pass_code"))
    candidates = [p for p in call.store.find_passes(code) if p.brand_id == brand.id]
    if not candidates:
        raise NotFound("Pass not found.", "pass_code")
    cards = [p for p in candidates if p.is_storecard]
    if not cards:
        raise InvalidValue({"pass_code": ["The pass code field must refer to a storecard pass."]})
    points = int(call.input["points"])
    transaction = call.store.change_points(cards[0], points, call.input.get("external_reference"))
    return {"success": True, "message": "Pass updated", "transaction_id": transaction.id}


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "getPass": get_pass,
    "searchPasses": search_passes,
    "updatePass": update_pass,
    "deletePass": delete_pass,
    "sendPassByEmail": send_pass_by_email,
    "createPassUrl": create_pass_url,
    "updatePassPoints": update_pass_points,
}
