"""One valid request per operationId, built from the seeded fixtures; `test_every_operation` walks the
spec and fails when an operation has no recipe here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from walletapp_tools.contract import WebhookReceiver


@dataclass
class Ctx:
    client: httpx.Client
    fx: dict[str, Any]
    auth: dict[str, str]
    receiver: WebhookReceiver

    @property
    def brand(self) -> str:
        return str(self.fx["brand_id"])

    def member(self, i: int = 0) -> dict[str, Any]:
        return dict(self.fx["members"][i])

    def code(self, i: int = 0, kind: str = "storecard") -> str:
        return next(str(p["code"]) for p in self.member(i)["passes"] if p["kind"] == kind)

    def batch(self, path: str, body: dict[str, Any]) -> str:
        answer = self.client.post(path, json=body, headers=self.auth)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["data"]["batch_id"])


@dataclass
class Request:
    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    json: dict[str, Any] | None = None


def _coupon(c: Ctx) -> str:
    return str(c.fx["coupons"][0]["id"])


def _card(c: Ctx) -> str:
    return str(c.fx["storecards"][0]["id"])


def _coupon_batch(c: Ctx) -> dict[str, Any]:
    return {
        "brand_id": c.brand,
        "coupon_id": _coupon(c),
        "webhook_url": c.receiver.url("/ok"),
        "users": [{"identifier": c.member()["identifier"]}],
    }


def _card_batch(c: Ctx) -> dict[str, Any]:
    return {
        "brand_id": c.brand,
        "storecard_id": _card(c),
        "webhook_url": c.receiver.url("/ok"),
        "users": [{"identifier": c.member()["identifier"]}],
    }


def _points_batch(c: Ctx) -> dict[str, Any]:
    return {
        "brand_id": c.brand,
        "storecard_id": _card(c),
        "webhook_url": c.receiver.url("/ok"),
        "users": [{"identifier": c.member()["identifier"], "points": 5}],
    }


def _mail_batch(c: Ctx) -> dict[str, Any]:
    return {
        "brand_id": c.brand,
        "template_id": c.fx["templates"][0]["id"],
        "webhook_url": c.receiver.url("/ok"),
        "users": [{"identifier": c.member()["identifier"], "store_name": "Utrecht"}],
    }


def _pass_query(c: Ctx) -> dict[str, Any]:
    return {"brand_id": c.brand, "email": c.member()["email"], "pass_code": c.code()}


RECIPES: dict[str, Callable[[Ctx], Request]] = {
    "listMembers": lambda c: Request(query={"brand_id": c.brand, "page": 1, "per_page": 5}),
    "listMemberPoints": lambda c: Request(json={"brand_id": c.brand}),
    "getMemberPassCodes": lambda c: Request(query={"brand_id": c.brand, "email": c.member()["email"]}),
    "unsubscribeMember": lambda c: Request(json={"brand_id": c.brand, "email": c.member()["email"]}),
    "unsubscribeMembers": lambda c: Request(json={"brand_id": c.brand, "email": [c.member()["email"]]}),
    "signUpMembers": lambda c: Request(
        json={
            "brand_id": c.brand,
            "users": [{"email": "new.member@example.com"}, {"email": c.member()["email"]}],
        }
    ),
    "setFavoriteLocation": lambda c: Request(
        json={"location_id": c.fx["locations"][0]["id"], "users": [c.member()["identifier"]]}
    ),
    "listMemberCoupons": lambda c: Request(
        path={"uuid": c.member()["identifier"]}, query={"brand_id": c.brand}
    ),
    "listMemberStorecards": lambda c: Request(
        path={"uuid": c.member()["identifier"]}, query={"brand_id": c.brand}
    ),
    "deleteMember": lambda c: Request(path={"uuid": c.member(1)["identifier"]}, query={"brand_id": c.brand}),
    "createCouponBatch": lambda c: Request(json=_coupon_batch(c)),
    "getCouponBatch": lambda c: Request(path={"batch_id": c.batch("/bulk/coupons", _coupon_batch(c))}),
    "createStorecardBatch": lambda c: Request(json=_card_batch(c)),
    "getStorecardBatch": lambda c: Request(path={"batch_id": c.batch("/bulk/storecards", _card_batch(c))}),
    "createPointsBatch": lambda c: Request(json=_points_batch(c)),
    "getPointsBatch": lambda c: Request(path={"batch_id": c.batch("/bulk/points", _points_batch(c))}),
    "signUpMembersInBulk": lambda c: Request(
        json={"brand_id": c.brand, "users": [{"email": "bulk@example.com"}]}
    ),
    "updateMembers": lambda c: Request(
        json={"brand_id": c.brand, "users": [{"identifier": c.member()["identifier"], "city": "Leiden"}]}
    ),
    "addLicensePlates": lambda c: Request(
        json={"users": [{"identifier": c.member()["identifier"], "licenseplates": ["AB-123-C"]}]}
    ),
    "upsertPasses": lambda c: Request(
        json={
            "brand_id": c.brand,
            "storecard_id": _card(c),
            "users": [{"identifier": c.member()["identifier"], "points": 5}],
        }
    ),
    "importMembers": lambda c: Request(
        json={
            "organization_id": c.fx["organization_id"],
            "users": [
                {
                    "email": "imported@example.com",
                    "brand_id": c.brand,
                    "name": "Ivo Import",
                    "points": 10,
                    "storecard": _card(c),
                }
            ],
        }
    ),
    "listImportLog": lambda c: Request(query={"brand_id": c.brand}),
    "getPass": lambda c: Request(query=_pass_query(c)),
    "updatePass": lambda c: Request(
        json={**_pass_query(c), "expiration_date": "2027-01-31 23:59:59", "status": "blocked"}
    ),
    "deletePass": lambda c: Request(query=_pass_query(c)),
    "sendPassByEmail": lambda c: Request(
        json={"brand_id": c.brand, "email": c.member()["email"], "coupon_id": _coupon(c), "status": "active"}
    ),
    "searchPasses": lambda c: Request(query={"pass_code": c.code()}),
    "createPassUrl": lambda c: Request(
        json={"brand_id": c.brand, "email": c.member()["email"], "coupon_id": _coupon(c), "status": "active"}
    ),
    "updatePassPoints": lambda c: Request(json={"brand_id": c.brand, "pass_code": c.code(), "points": -3}),
    "listTemplates": lambda c: Request(query={"brand_id": c.brand}),
    "getTemplate": lambda c: Request(path={"id": c.fx["templates"][0]["id"]}),
    "sendMail": lambda c: Request(
        json={
            "brand_id": c.brand,
            "template_id": c.fx["templates"][0]["id"],
            "user": {"identifier": c.member()["identifier"], "store_name": "Utrecht"},
        }
    ),
    "createMailBatch": lambda c: Request(json=_mail_batch(c)),
    "getMailBatch": lambda c: Request(path={"batch_id": c.batch("/mails", _mail_batch(c))}),
}


def send(
    client: httpx.Client, method: str, template: str, req: Request, headers: dict[str, str]
) -> httpx.Response:
    path = template
    for name, value in req.path.items():
        path = path.replace("{" + name + "}", value)
    return client.request(method, path, params=req.query or None, json=req.json, headers=headers)
