"""The integration of with_sdk.py written with the low-level functions (walletapp_client.api), as the
README showed before the SDK: status checks by isinstance, a pagination loop, a polling loop, webhooks
told apart by hand."""

from __future__ import annotations

import json
import time
from uuid import UUID

from walletapp_client import AuthenticatedClient
from walletapp_client.api.bulk import create_points_batch, get_points_batch
from walletapp_client.api.imports import import_members
from walletapp_client.api.mailing import send_mail
from walletapp_client.api.members import get_member_pass_codes, list_members
from walletapp_client.api.passes import get_pass, update_pass_points
from walletapp_client.models import (
    BatchAcceptedResponse,
    BatchFailed,
    BatchSucceeded,
    ImportMembersRequest,
    ImportResult,
    ImportUser,
    MailRecipient,
    Member,
    MemberListResponse,
    MemberPassCodesResponse,
    PassBatchStatusResponse,
    PassResponse,
    PassTransaction,
    PointsBatchRequest,
    PointsBatchUser,
    SendMailRequest,
    SendMailResponse,
    UpdatePassPointsRequest,
)


def integrate(
    client: AuthenticatedClient, brand: UUID, storecard: UUID, organization: str, template: str, hook: str
) -> list[str]:
    log: list[str] = []
    user = ImportUser(
        email="lotte@example.com", brand_id=brand, name="Lotte", points=100, storecard=storecard
    )
    imported = import_members.sync(
        client=client, body=ImportMembersRequest(organization_id=organization, users=[user])
    )
    if not isinstance(imported, ImportResult):
        raise RuntimeError(f"import failed: {imported}")
    log.append(f"imported {imported.imported_members}")

    lotte: Member | None = None
    page = 1
    while lotte is None:
        members = list_members.sync(client=client, brand_id=brand, page=page, per_page=10)
        if not isinstance(members, MemberListResponse):
            raise RuntimeError(f"listing members failed: {members}")
        lotte = next((m for m in members.data.members if m.email == "lotte@example.com"), None)
        if members.data.next_page_url is None:
            break
        page += 1
    if lotte is None:
        raise RuntimeError("lotte@example.com not found")
    codes = get_member_pass_codes.sync(client=client, brand_id=brand, email=lotte.email)
    if not isinstance(codes, MemberPassCodesResponse):
        raise RuntimeError(f"pass codes failed: {codes}")
    code = codes.pass_codes[0]
    body = UpdatePassPointsRequest(brand_id=brand, pass_code=code, points=10, external_reference="R-1")
    if not isinstance(update_pass_points.sync(client=client, body=body), PassTransaction):
        raise RuntimeError("updating points failed")
    found = get_pass.sync(client=client, email=lotte.email, brand_id=brand, pass_code=code)
    if not isinstance(found, PassResponse):
        raise RuntimeError(f"getting the pass failed: {found}")
    log.append(f"balance {found.data.storecard}")

    batch_body = PointsBatchRequest(
        brand_id=brand,
        storecard_id=storecard,
        webhook_url=hook,
        users=[PointsBatchUser(identifier=lotte.identifier, points=5)],
    )
    batch = create_points_batch.sync(client=client, body=batch_body)
    if not isinstance(batch, BatchAcceptedResponse):
        raise RuntimeError(f"starting the batch failed: {batch}")
    deadline = time.monotonic() + 300
    while True:
        status = get_points_batch.sync(batch.data.batch_id, client=client)
        if not isinstance(status, PassBatchStatusResponse):
            raise RuntimeError(f"batch status failed: {status}")
        if status.data.status in ("finished", "failed"):
            break
        if time.monotonic() > deadline:
            raise RuntimeError("batch did not end in time")
        time.sleep(0.1)
    if status.data.status == "failed":
        raise RuntimeError(f"batch {batch.data.batch_id} failed")
    log.append(f"batch {status.data.status}: {len(status.data.passes)} passes")

    mail_body = SendMailRequest(
        brand_id=brand, template_id=template, user=MailRecipient(identifier=lotte.identifier)
    )
    mail = send_mail.sync(client=client, body=mail_body)
    if not isinstance(mail, SendMailResponse):
        raise RuntimeError(f"sending the mail failed: {mail}")
    log.append(f"mail {mail.data[str(lotte.identifier)].status}")
    return log


def on_webhook(body: bytes) -> str:
    data = json.loads(body)
    if not isinstance(data, dict):
        raise ValueError("webhook body is not an object")
    if data.get("status") == "success":
        event = BatchSucceeded.from_dict(data)
        return f"batch {event.batch_id}: {event.link}"
    if data.get("status") == "failed":
        failed = BatchFailed.from_dict(data)
        return f"batch {failed.batch_id}: {failed.error}"
    raise ValueError(f"unknown webhook status {data.get('status')!r}")
