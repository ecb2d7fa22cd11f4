"""The asynchronous batches end to end: the webhook arrives at a receiver inside the test, its link is
followed, and the result holds exactly the queued members."""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

from walletapp_client import AuthenticatedClient
from walletapp_client.api.bulk import create_coupon_batch, create_points_batch, get_coupon_batch
from walletapp_client.api.mailing import create_mail_batch
from walletapp_client.api.members import list_member_coupons, list_member_storecards, sign_up_members
from walletapp_client.models import (
    BatchAcceptedResponse,
    BatchFailed,
    BatchSucceeded,
    CouponBatchRequest,
    CouponBatchUser,
    CouponPassPage,
    ErrorMessage,
    MailBatchRequest,
    MailBatchStatusResponse,
    MailRecipient,
    PassBatchStatusResponse,
    PointsBatchRequest,
    PointsBatchUser,
    SignUpMembersRequest,
    SignUpMembersResponse,
    SignupUser,
    StorecardPassPage,
)
from walletapp_tools.contract import WebhookReceiver

Fixtures = dict[str, Any]


def _sign_up(client: AuthenticatedClient, brand: UUID, count: int) -> list[UUID]:
    emails = [f"batch.member.{n}.{uuid4().hex[:6]}@example.com" for n in range(count)]
    result = sign_up_members.sync(
        client=client, body=SignUpMembersRequest(brand_id=brand, users=[SignupUser(email=e) for e in emails])
    )
    assert isinstance(result, SignUpMembersResponse)
    new = result.data.new.to_dict()
    return [UUID(new[e]) for e in emails]


def _follow(client: AuthenticatedClient, link: str) -> dict[str, Any]:
    """GET the event's link with the client's own session (so with its token)."""
    response = client.get_httpx_client().get(link)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_coupon_batch_webhook_links_to_a_pass_for_every_queued_member(
    client: AuthenticatedClient, fixtures: Fixtures, receiver: WebhookReceiver
) -> None:
    brand = UUID(fixtures["brand_id"])
    members = _sign_up(client, brand, 3)
    unknown = uuid4()
    coupon = fixtures["coupons"][1]
    body = CouponBatchRequest(
        brand_id=brand,
        coupon_id=UUID(coupon["id"]),
        webhook_url=receiver.url(),
        users=[CouponBatchUser(identifier=m) for m in [*members, unknown]],
    )
    accepted = create_coupon_batch.sync(client=client, body=body)
    assert isinstance(accepted, BatchAcceptedResponse)
    assert accepted.data.queued == members
    assert accepted.data.not_found == [unknown]
    batch_id = accepted.data.batch_id

    event = BatchSucceeded.from_dict(receiver.event(str(batch_id)))
    assert event.status == "success"
    assert event.batch_id == batch_id
    assert event.link.endswith(f"/webhooks/coupons/{batch_id}"), "the link is this batch's status page"

    status = PassBatchStatusResponse.from_dict(_follow(client, event.link))
    assert status.data.status == "finished"
    assert status.data.finished_processing_at is not None
    assert sorted(p.identifier for p in status.data.passes) == sorted(members)
    assert all(p.download_link for p in status.data.passes)
    same = get_coupon_batch.sync(batch_id, client=client)
    assert isinstance(same, PassBatchStatusResponse)
    assert same.data.passes == status.data.passes

    for m in members:
        page = list_member_coupons.sync(m, client=client, brand_id=brand)
        assert isinstance(page, CouponPassPage)
        assert [p.coupon_title for p in page.data] == [coupon["title"]]
    assert isinstance(list_member_coupons.sync(unknown, client=client, brand_id=brand), ErrorMessage)


def test_points_batch_webhook_links_to_the_updated_passes(
    client: AuthenticatedClient, fixtures: Fixtures, receiver: WebhookReceiver
) -> None:
    """Members with a storecard pass get the points; a member just signed up is queued but, having no
    pass, gets none (the operation never creates a pass)."""
    brand = UUID(fixtures["brand_id"])
    storecard = UUID(fixtures["storecards"][0]["id"])
    with_pass = [UUID(m["identifier"]) for m in fixtures["members"][:3]]
    (without_pass,) = _sign_up(client, brand, 1)
    unknown = uuid4()

    def storecard_passes(member: UUID) -> list[int]:
        page = list_member_storecards.sync(member, client=client, brand_id=brand)
        assert isinstance(page, StorecardPassPage)
        return [p.points for p in page.data]

    before = {m: storecard_passes(m)[0] for m in with_pass}
    body = PointsBatchRequest(
        brand_id=brand,
        storecard_id=storecard,
        webhook_url=receiver.url(),
        users=[PointsBatchUser(identifier=m, points=25) for m in [*with_pass, without_pass, unknown]],
    )
    accepted = create_points_batch.sync(client=client, body=body)
    assert isinstance(accepted, BatchAcceptedResponse)
    assert accepted.data.queued == [*with_pass, without_pass]
    assert accepted.data.not_found == [unknown]

    event = BatchSucceeded.from_dict(receiver.event(str(accepted.data.batch_id)))
    assert event.link.endswith(f"/webhooks/points/{accepted.data.batch_id}")
    status = PassBatchStatusResponse.from_dict(_follow(client, event.link))
    assert status.data.status == "finished"
    assert sorted(p.identifier for p in status.data.passes) == sorted(with_pass)
    assert {m: storecard_passes(m) for m in with_pass} == {m: [before[m] + 25] for m in with_pass}
    assert storecard_passes(without_pass) == []


def test_mail_batch_webhook_links_to_a_mail_for_every_queued_member(
    client: AuthenticatedClient, fixtures: Fixtures, receiver: WebhookReceiver
) -> None:
    brand = UUID(fixtures["brand_id"])
    members = _sign_up(client, brand, 2)
    unknown = uuid4()
    body = MailBatchRequest(
        brand_id=brand,
        template_id=fixtures["templates"][0]["id"],
        webhook_url=receiver.url(),
        users=[MailRecipient(identifier=m) for m in [*members, unknown]],
    )
    accepted = create_mail_batch.sync(client=client, body=body)
    assert isinstance(accepted, BatchAcceptedResponse)
    assert accepted.data.queued == members
    assert accepted.data.not_found == [unknown]

    event = BatchSucceeded.from_dict(receiver.event(str(accepted.data.batch_id)))
    assert event.link.endswith(f"/webhooks/mails/{accepted.data.batch_id}")
    status = MailBatchStatusResponse.from_dict(_follow(client, event.link))
    assert status.data.status == "finished"
    assert len(status.data.mails) == len(members)
    assert len({mail.uuid for mail in status.data.mails}) == len(members)


def test_a_batch_of_unknown_members_sends_the_failed_webhook(
    client: AuthenticatedClient, fixtures: Fixtures, receiver: WebhookReceiver
) -> None:
    brand = UUID(fixtures["brand_id"])
    unknown = [uuid4(), uuid4()]
    body = CouponBatchRequest(
        brand_id=brand,
        coupon_id=UUID(fixtures["coupons"][0]["id"]),
        webhook_url=receiver.url(),
        users=[CouponBatchUser(identifier=u) for u in unknown],
    )
    accepted = create_coupon_batch.sync(client=client, body=body)
    assert isinstance(accepted, BatchAcceptedResponse)
    assert accepted.data.queued == []
    assert accepted.data.not_found == unknown

    event = BatchFailed.from_dict(receiver.event(str(accepted.data.batch_id)))
    assert event.status == "failed"
    assert event.batch_id == accepted.data.batch_id
    assert event.error
    status = get_coupon_batch.sync(accepted.data.batch_id, client=client)
    assert isinstance(status, PassBatchStatusResponse)
    assert status.data.status == "failed"
    assert status.data.passes == []
