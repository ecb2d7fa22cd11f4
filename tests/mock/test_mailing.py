"""The flows of openapi/sources/mailing.txt (the mail batch's webhook is covered in test_batches)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.servers import InThreadMock, wait_for


def test_templates_are_listed_and_inspected_with_their_tags(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    listed = client.get("/templates", params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"]
    assert [t["identifier"] for t in listed] == [t["id"] for t in fx["templates"]]
    detail = client.get(f"/templates/{listed[0]['identifier']}", headers=auth).json()["data"]
    assert (
        "link_to_pass" in detail["reserved_tags"]
        and detail["custom_tags"] == fx["templates"][0]["custom_tags"]
    )
    assert client.get("/templates/no-such-template", headers=auth).status_code == 404
    other = client.get("/templates", params={"brand_id": fx["other_brand_id"]}, headers=auth).json()["data"]
    assert other == []


def test_a_single_mail_with_a_coupon_creates_the_pass_and_records_the_tags(
    client: httpx.Client, server: InThreadMock, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][1]["identifier"]
    answer = client.post(
        "/mail",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "template_id": fx["templates"][0]["id"],
            "coupon_id": fx["coupons"][0]["id"],
            "user": {"identifier": member, "store_name": "Utrecht", "first_name": "Override"},
        },
    )
    delivery = answer.json()["data"][member]
    mail = server.runtime.store.mails[delivery["transaction_id"]]
    assert mail.tags["store_name"] == "Utrecht" and mail.tags["first_name"] == "Override"
    assert mail.tags["link_to_pass"].startswith("https://my.walletapp.co/pass/")
    unknown = client.post(
        "/mail",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "template_id": fx["templates"][0]["id"],
            "user": {"identifier": "00000000-0000-4000-8000-000000000000"},
        },
    )
    assert unknown.status_code == 404


def test_a_mail_batch_without_webhook_url_is_polled_to_the_end(
    client: httpx.Client, server: InThreadMock, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    members = [m["identifier"] for m in fx["members"][:3]]
    accepted = client.post(
        "/mails",
        headers=auth,
        json={
            "brand_id": fx["brand_id"],
            "template_id": fx["templates"][1]["id"],
            "users": [{"identifier": m, "points_added": "10"} for m in members],
        },
    ).json()["data"]
    assert accepted["webhook_url"] is None and accepted["queued"] == members
    path = f"/webhooks/mails/{accepted['batch_id']}"
    done = wait_for(
        lambda: (d := client.get(path, headers=auth).json()["data"])["status"] == "finished" and d
    )
    assert len(done["mails"]) == 3 and {m["mailing_status"] for m in done["mails"]} == {"delivered"}
    assert client.get("/__mock/webhooks", params={"batch_id": accepted["batch_id"]}).json()["data"] == []
    assert client.get(f"/webhooks/coupons/{accepted['batch_id']}", headers=auth).status_code == 404
