"""openapi/sources/mailing.txt: templates (list, inspect), a single mail, bulk mails as a batch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..call import Call
from ..entities import Batch, Mail, Member
from ..state import Store
from ._common import (
    batch_status,
    brand_of,
    coupon_of,
    download_link,
    member_of,
    ok,
    start_batch,
    storecard_of,
    template_of,
)

_USER_KEYS = ("identifier",)


def list_templates(call: Call) -> Any:
    brand = brand_of(call)
    return {
        "success": True,
        "data": [t.summary() for t in call.store.templates.values() if t.brand_id == brand.id],
    }


def get_template(call: Call) -> Any:
    template = template_of(call, None, call.path.get("id"), "id")
    return {"success": True, "data": template.detail()}


def _mail(
    store: Store, member: Member, template_id: str, user: dict[str, Any], link: str | None, status: str
) -> Mail:
    at = store.stamp()
    tags = {k: v for k, v in user.items() if k not in _USER_KEYS}
    if link is not None:
        tags.setdefault("link_to_pass", link)
    mail = Mail(store.new_uuid(), member.uuid, template_id, status, store.new_uuid(), at, at, tags=tags)
    store.mails[mail.uuid] = mail
    return mail


def send_mail(call: Call) -> Any:
    brand = brand_of(call)
    template = template_of(call, brand, call.input.get("template_id"))
    user = call.input.get("user") or {}
    coupon = coupon_of(call, brand) if call.input.get("coupon_id") else None
    card = storecard_of(call, brand) if call.input.get("storecard_id") else None
    member = member_of(call, brand, user.get("identifier"), "user.identifier")
    link = None
    if coupon is not None:
        link = download_link(call.store.add_pass(member, "coupon", coupon.id).code)
    if card is not None:
        code = call.input.get("pass_identifier") or None
        link = download_link(call.store.add_pass(member, "storecard", card.id, code=code).code)
    mail = _mail(call.store, member, template.id, user, link, "queued")
    return ok({member.uuid: {"status": mail.status, "transaction_id": mail.uuid}})


def _send_one(store: Store, batch: Batch, item: dict[str, Any]) -> list[dict[str, Any]]:
    member = store.members.get(str(item["identifier"]))
    if member is None:
        return []
    link = None
    if batch.options.get("coupon_id"):
        link = download_link(store.add_pass(member, "coupon", batch.options["coupon_id"]).code)
    return [_mail(store, member, batch.options["template_id"], item, link, "delivered").public()]


def create_mail_batch(call: Call) -> Any:
    brand = brand_of(call)
    template = template_of(call, brand, call.input.get("template_id"))
    coupon = coupon_of(call, brand) if call.input.get("coupon_id") else None
    return start_batch(
        call,
        kind="mails",
        result_key="mails",
        status_operation="getMailBatch",
        brand=brand,
        process=_send_one,
        options={"template_id": template.id, "coupon_id": coupon.id if coupon else None},
    )


def get_mail_batch(call: Call) -> Any:
    return batch_status(call, "mails")


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "listTemplates": list_templates,
    "getTemplate": get_template,
    "sendMail": send_mail,
    "createMailBatch": create_mail_batch,
    "getMailBatch": get_mail_batch,
}
