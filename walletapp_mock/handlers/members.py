"""openapi/sources/members.txt: list, search, unsubscribe, signups, favourite location, a member's
coupons and storecards (Laravel paginator), delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import orjson

from ..call import Call, Stream
from ..clock import parse_request_time
from ..entities import Brand, Member, Pass
from ..errors import InvalidValue, NotFound
from ..pagination import page_bounds, paginator
from ._common import (
    brand_of,
    member_by_email,
    member_of,
    ok,
    storecard_of,
    time_or_none,
)

DEFAULT_PER_PAGE = 10


def list_members(call: Call) -> Any:
    brand = brand_of(call)
    page, per_page = call.query.get("page"), call.query.get("per_page")
    members = brand.members
    total = len(members)
    if page is None and per_page is None:
        return _whole_list(call, brand)
    page = page or 1
    per_page = per_page or DEFAULT_PER_PAGE
    start, end = page_bounds(total, page, per_page, call.runtime.settings.max_page_items)
    chunk = members[start:end]
    path = call.base_url + call.op.path
    prefix = f"{path}?brand_id={quote(brand.id, safe='')}&page="
    suffix = f"&per_page={per_page}"

    def url(p: int) -> str:
        return f"{prefix}{p}{suffix}"

    entries = orjson.Fragment(b"[" + b",".join([m.entry_json() for m in chunk]) + b"]")
    return ok(_member_page(total, page, per_page, chunk, entries, path, url))


def _member_page(
    total: int,
    page: int,
    per_page: int,
    chunk: list[Member],
    entries: Any,
    path: str,
    url: Callable[[int], str],
) -> dict[str, Any]:
    meta = paginator(total=total, page=page, per_page=per_page, count=len(chunk), path=path, url=url)
    return {
        "total": total,
        "last_page": meta["last_page"],
        "next_page_url": meta["next_page_url"],
        "per_page": per_page,
        "last_page_url": meta["last_page_url"],
        "members": entries,
        "current_page": page,
        "from": meta["from"],
        "to": meta["to"],
        "first_page_url": meta["first_page_url"],
        "prev_page_url": meta["prev_page_url"],
        "path": path,
        "links": meta["links"],
    }


_MARK = b'"__walletapp_mock_members__"'
_SLICE = 1000


def _whole_list(call: Call, brand: Brand) -> Stream:
    """Every member on one page (spec D25), serialised now (one consistent view of the brand) in slices
    that are sent one by one, so 100k members never exist as one huge bytes object."""
    members = brand.members
    total = len(members)
    path = call.base_url + call.op.path
    prefix = f"{path}?brand_id={quote(brand.id, safe='')}&page="

    def url(p: int) -> str:
        return f"{prefix}{p}&per_page={total}"

    envelope = orjson.dumps(ok(_member_page(total, 1, total, members, orjson.Fragment(_MARK), path, url)))
    head, tail = envelope.split(_MARK, 1)
    chunks = [head + b"["]
    for start in range(0, total, _SLICE):
        piece = orjson.dumps([m.entry() for m in members[start : start + _SLICE]])[1:-1]
        chunks.append(piece if start == 0 else b"," + piece)
    chunks.append(b"]" + tail)
    return Stream(chunks)


def list_member_points(call: Call) -> Any:
    brand = brand_of(call)
    card_id = call.input.get("storecard_id")
    card = storecard_of(call, brand) if card_id not in (None, "") else None
    rows = [
        {"email": m.email, "name": m.full_name, "points": p.points, "qr_code": p.code}
        for m in brand.members
        for p in m.passes
        if p.is_storecard and (card is None or p.product_id == card.id)
    ]
    return {"success": True, "data": rows}


def get_member_pass_codes(call: Call) -> Any:
    brand = brand_of(call)
    email, identifier = call.input.get("email"), call.input.get("user_identifier")
    if not email and not identifier:
        raise InvalidValue(
            {
                "email": ["The email field is required when user identifier is not present."],
                "user_identifier": ["The user identifier field is required when email is not present."],
            }
        )
    member = (
        member_by_email(call, brand, email)
        if email
        else member_of(call, brand, identifier, "user_identifier")
    )
    if email and identifier and member.uuid != identifier:
        raise NotFound("Member not found.", "user_identifier")
    return {"success": True, "email": member.email, "pass_codes": [p.code for p in member.passes]}


def unsubscribe_member(call: Call) -> Any:
    brand = brand_of(call)
    member = member_by_email(call, brand, call.input.get("email"))
    member.unsubscribed = 1
    member.touch(call.store.stamp())
    return ok("User unsubscribed")


def unsubscribe_members(call: Call) -> Any:
    brand = brand_of(call)
    at = call.store.stamp()
    amount = 0
    emails = call.input["email"]  # a list, or one address as the documentation's example sends (D20)
    for email in [emails] if isinstance(emails, str) else emails:
        member = call.store.member_by_email(brand, email)
        if member is not None and not member.unsubscribed:
            member.unsubscribed = 1
            member.touch(at)
            amount += 1
    return ok({"amount": amount, "message": f"Unsubscribed {amount} members"})


def signup(call: Call, brand: Brand, users: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, str]]:
    """Creates the members that don't exist yet (existing ones are left as they are)."""
    now = call.store.now()
    late = {
        f"users.{i}.subscribed_at": [f"The users.{i}.subscribed_at field must be a date before now."]
        for i, u in enumerate(users)
        if isinstance(u.get("subscribed_at"), str)
        and (t := parse_request_time(u["subscribed_at"])) is not None
        and t >= now
    }
    if late:
        raise InvalidValue(late)
    new: dict[str, str] = {}
    found: dict[str, str] = {}
    for user in users:
        email = str(user["email"]).strip().lower()
        existing = call.store.member_by_email(brand, email)
        if existing is not None:
            if email not in new:
                found[email] = existing.uuid
            continue
        member = call.store.add_member(
            brand,
            email,
            user.get("first_name"),
            user.get("last_name"),
            subscribed_at=time_or_none(user.get("subscribed_at")),
            unsubscribed=int(bool(user.get("unsubscribed"))),
        )
        new[email] = member.uuid
    return new, found


def sign_up_members(call: Call) -> Any:
    brand = brand_of(call)
    new, found = signup(call, brand, call.input["users"])
    return ok({"new": new, "found": found})


def set_favorite_location(call: Call) -> Any:
    location_id = str(call.input.get("location_id"))
    location = call.store.locations.get(location_id) or next(
        (loc for loc in call.store.locations.values() if loc.external_id == location_id), None
    )
    if location is None:
        raise NotFound("Location not found.", "location_id")
    at = call.store.stamp()
    updated: list[str] = []
    for identifier in call.input.get("users") or []:
        member = call.store.member_in_brand(location.brand_id, str(identifier))
        if member is not None:
            member.favorite_location_id = location.id
            member.touch(at)
            updated.append(member.uuid)
    return {"success": True, "users": updated}


def _pass_row(p: Pass, product: dict[str, Any]) -> dict[str, Any]:
    """The fields both lists share, in the API's order, around the product's own."""
    return {
        "created_at": p.created_at,
        "updated_at": p.updated_at,
        "expiration_date": p.expiration_date,
        "start_date": p.start_date,
        "qr_code": p.code,
        "wlnt_code": p.wlnt_code,
        **product,
        "status": p.status,
    }


def _coupon_row(call: Call, p: Pass) -> dict[str, Any]:
    coupon = call.store.coupons.get(p.product_id)
    return _pass_row(
        p,
        {
            "coupon_title": p.title or (coupon.title if coupon else None),
            "coupon_thumbnail_url": coupon.thumbnail_url if coupon else None,
            "coupon_external_reference": coupon.external_reference if coupon else None,
        },
    )


def _storecard_row(call: Call, p: Pass) -> dict[str, Any]:
    card = call.store.storecards.get(p.product_id)
    return _pass_row(
        p,
        {
            "points": p.points,
            "balance": p.balance,
            "storecard_title": p.title or (card.title if card else None),
            "storecard_thumbnail_url": card.thumbnail_url if card else None,
        },
    )


def _member_passes(call: Call, kind: str, row: Callable[[Call, Pass], dict[str, Any]]) -> Any:
    brand = brand_of(call)
    member: Member = member_of(call, brand, call.path.get("uuid"), "uuid")
    passes = [p for p in member.passes if p.kind == kind]
    page = call.query.get("page") or 1
    per_page = call.query.get("per_page") or DEFAULT_PER_PAGE
    start, end = page_bounds(len(passes), page, per_page, call.runtime.settings.max_page_items)
    chunk = passes[start:end]
    path = call.base_url + call.op.path.replace("{uuid}", quote(member.uuid, safe=""))
    extra = f"&per_page={per_page}" if call.query.get("per_page") else ""

    def url(p: int) -> str:
        return f"{path}?brand_id={quote(brand.id, safe='')}{extra}&page={p}"

    meta = paginator(total=len(passes), page=page, per_page=per_page, count=len(chunk), path=path, url=url)
    return {"current_page": meta.pop("current_page"), "data": [row(call, p) for p in chunk], **meta}


def list_member_coupons(call: Call) -> Any:
    return _member_passes(call, "coupon", _coupon_row)


def list_member_storecards(call: Call) -> Any:
    return _member_passes(call, "storecard", _storecard_row)


def delete_member(call: Call) -> Any:
    brand = brand_of(call)
    member = member_of(call, brand, call.path.get("uuid"), "uuid")
    call.store.delete_member(member)
    return {"success": True, "message": "Member deleted"}


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "listMembers": list_members,
    "listMemberPoints": list_member_points,
    "getMemberPassCodes": get_member_pass_codes,
    "unsubscribeMember": unsubscribe_member,
    "unsubscribeMembers": unsubscribe_members,
    "signUpMembers": sign_up_members,
    "setFavoriteLocation": set_favorite_location,
    "listMemberCoupons": list_member_coupons,
    "listMemberStorecards": list_member_storecards,
    "deleteMember": delete_member,
}
