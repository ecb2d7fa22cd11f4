"""Lookups and answers shared by the pages' handlers. What is missing or wrong is raised as a domain error
(`errors`); the HTTP layer (`dispatch`) picks the status the spec documents."""

from __future__ import annotations

from typing import Any

from ..call import Call
from ..clock import parse_request_time, stamp
from ..entities import Batch, Brand, Coupon, Member, Processor, Storecard, Template
from ..errors import NotFound
from ..hosts import is_loopback_address

OK = "Request successful"


def ok(data: Any) -> dict[str, Any]:
    return {"message": OK, "data": data}


def brand_of(call: Call, field: str = "brand_id") -> Brand:
    brand_id = call.input.get(field)
    brand = call.store.brands.get(str(brand_id)) if brand_id is not None else None
    if brand is None:
        raise NotFound("Brand not found.", field)
    return brand


def coupon_of(call: Call, brand: Brand, field: str = "coupon_id") -> Coupon:
    coupon = call.store.coupons.get(str(call.input.get(field)))
    if coupon is None or coupon.brand_id != brand.id:
        raise NotFound("Coupon not found.", field)
    return coupon


def storecard_of(call: Call, brand: Brand, field: str = "storecard_id") -> Storecard:
    card = call.store.storecards.get(str(call.input.get(field)))
    if card is None or card.brand_id != brand.id:
        raise NotFound("Storecard not found.", field)
    return card


def template_of(call: Call, brand: Brand | None, template_id: Any, field: str = "template_id") -> Template:
    template = call.store.templates.get(str(template_id))
    if template is None or (brand is not None and template.brand_id != brand.id):
        raise NotFound("Template not found.", field)
    return template


def member_of(call: Call, brand: Brand, identifier: Any, field: str = "identifier") -> Member:
    member = call.store.member_in_brand(brand.id, str(identifier))
    if member is None:
        raise NotFound("Member not found.", field)
    return member


def member_by_email(call: Call, brand: Brand, email: Any, field: str = "email") -> Member:
    member = call.store.member_by_email(brand, str(email))
    if member is None:
        raise NotFound("Member not found.", field)
    return member


def time_or_none(value: Any) -> str | None:
    """A request `Timestamp` written as WalletApp answers timestamps (RFC 3339 in UTC; None when absent).
    The spec admits a few values no datetime holds (`0000-01-01T00:00:00Z`, or an offset that moves
    0001-01-01 before year 1): those are kept as sent, which an answer's open timestamp accepts, rather
    than refused: the mock accepts whatever the spec accepts."""
    if not isinstance(value, str) or not value.strip():
        return None
    parsed = parse_request_time(value)
    if parsed is None:
        return value
    try:
        return stamp(parsed)
    except OverflowError:
        return value


def start_batch(
    call: Call,
    *,
    kind: str,
    result_key: str,
    status_operation: str,
    brand: Brand,
    process: Processor,
    options: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Split the request's users into queued/not_found, register the batch and hand it to the runner.

    Any webhook_url the spec accepts is accepted, as the real API would; whether the mock may *call* it
    is decided at delivery (WebhookDispatcher), where a refusal is recorded for GET /__mock/webhooks.
    The dispatcher learns here which port the mock serves on (never a target) and who asked."""
    store = call.store
    server, client = call.request.scope.get("server"), call.request.client
    if server and server[1]:
        call.runtime.webhooks.own_ports.add(server[1])
    webhook_url: str | None = call.input.get("webhook_url")
    items: list[dict[str, Any]] = []
    queued: list[str] = []
    not_found_ids: list[str] = []
    for user in call.input["users"]:
        identifier = str(user.get("identifier"))
        member = store.member_in_brand(brand.id, identifier)
        if member is None:
            not_found_ids.append(identifier)
        else:
            queued.append(identifier)
            items.append(user)
    batch_id = store.new_uuid()
    batch = Batch(
        id=batch_id,
        kind=kind,
        result_key=result_key,
        webhook_url=webhook_url,
        link=call.url_for(status_operation, batch_id=batch_id),
        items=items,
        requested_at=store.stamp(),
        process=process,
        options=options or {},
        requested_remotely=client is not None and not is_loopback_address(client.host),
    )
    store.batches[batch_id] = batch
    call.runtime.batches.submit(store, batch)
    return ok(
        {"webhook_url": webhook_url, "batch_id": batch_id, "queued": queued, "not_found": not_found_ids}
    )


def batch_status(call: Call, kind: str) -> dict[str, Any]:
    batch = call.store.batches.get(str(call.path.get("batch_id")))
    if batch is None or batch.kind != kind:
        raise NotFound("Batch not found.")
    return ok(batch.status_body())


def download_link(code: str) -> str:
    """The pass's download page, keyed by its WalletApp code as in the spec's examples."""
    return f"https://my.walletapp.co/pass/{code}"
