"""The records the store keeps, with their public JSON shapes: the API's objects and the batches.

Members cache their serialised list entry (`Member.entry_json`) so that a page of /members/list is a
join of cached bytes and the 100k-member full list stays well under the time budget; every change goes
through `Member.touch`, which drops the cache.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from .state import Store

NOTHING_FOUND = "None of the requested members were found."


@dataclass(slots=True)
class Organization:
    id: str
    name: str


@dataclass(slots=True)
class Coupon:
    id: str
    brand_id: str
    title: str
    thumbnail_url: str
    external_reference: str
    price: float
    points: int


@dataclass(slots=True)
class Storecard:
    id: str
    brand_id: str
    title: str
    thumbnail_url: str


@dataclass(slots=True)
class Location:
    id: str
    brand_id: str
    external_id: str
    name: str


@dataclass(slots=True)
class Template:
    id: str
    brand_id: str
    title: str
    subject: str
    sender: str
    html: str
    reserved_tags: list[str]
    custom_tags: list[str]

    def summary(self) -> dict[str, Any]:
        return {"identifier": self.id, "title": self.title, "subject": self.subject, "sender": self.sender}

    def detail(self) -> dict[str, Any]:
        return {
            **self.summary(),
            "brand_id": self.brand_id,
            "html": self.html,
            "reserved_tags": list(self.reserved_tags),
            "custom_tags": list(self.custom_tags),
        }


@dataclass(slots=True)
class Brand:
    id: str
    organization_id: str
    name: str
    members: list[Member] = field(default_factory=list)
    by_email: dict[str, Member] = field(default_factory=dict)


@dataclass(slots=True, eq=False)
class Member:
    uuid: str
    brand_id: str
    email: str
    first_name: str | None
    last_name: str | None
    created_at: str
    updated_at: str
    subscribed_at: str | None = None
    unsubscribed: int = 0
    phone_number: str | None = None
    birth_date: str | None = None
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    external_reference: str | None = None
    favorite_location_id: str | None = None
    licenseplates: list[str] = field(default_factory=list)
    last_points_at: str | None = None
    passes: list[Pass] = field(default_factory=list)
    _json: bytes | None = None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def storecard_pass(self, product_id: str) -> Pass | None:
        """The member's first pass of this storecard."""
        return next((p for p in self.passes if p.is_storecard and p.product_id == product_id), None)

    def touch(self, at: str) -> None:
        self.updated_at = at
        self._json = None

    def entry(self) -> dict[str, Any]:
        """The member as /members/list shows it."""
        return {
            "email": self.email,
            "full_name": self.full_name,
            "identifier": self.uuid,
            "unsubscribed": self.unsubscribed,
            "last_name": self.last_name,
            "phone_number": self.phone_number,
            "birth_date": self.birth_date,
            "street": self.street,
            "house_number": self.house_number,
            "postcode": self.postcode,
            "city": self.city,
            "country": self.country,
            "subscribed_at": self.subscribed_at,
        }

    def entry_json(self) -> bytes:
        if self._json is None:
            # A copy: orjson's own result keeps a 4 KB buffer, which 100k cached entries would multiply.
            self._json = bytes(memoryview(orjson.dumps(self.entry())))
        return self._json


@dataclass(slots=True, eq=False)
class Pass:
    code: str
    wlnt_code: str
    member: Member
    brand_id: str
    kind: str
    product_id: str
    title: str | None
    status: str
    created_at: str
    updated_at: str
    expiration_date: str | None = None
    start_date: str | None = None
    points: int = 0
    downloaded: int = 0
    batch_reference: str | None = None

    @property
    def balance(self) -> float:
        """The API shows the points once more as a float."""
        return float(self.points)

    @property
    def is_storecard(self) -> bool:
        return self.kind == "storecard"

    def flags(self) -> dict[str, int]:
        return {
            "redeemed": int(self.status == "redeemed"),
            "active": int(self.status == "active"),
            "expired": int(self.status == "expired"),
            "blocked": int(self.status == "blocked"),
        }


@dataclass(slots=True)
class Transaction:
    id: str
    pass_code: str
    points: int
    external_reference: str | None
    created_at: str


@dataclass(slots=True)
class Mail:
    uuid: str
    member_uuid: str
    template_id: str
    status: str
    provider_id: str
    created_at: str
    updated_at: str
    error: str | None = None
    tags: dict[str, Any] = field(default_factory=dict)

    def public(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "mailing_error": self.error,
            "mailing_status": self.status,
            "provider_id": self.provider_id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass(slots=True)
class ImportRecord:
    id: str
    organization_id: str
    imported_members: int
    created_at: str


Processor = Callable[["Store", "Batch", dict[str, Any]], list[dict[str, Any]]]
"""Turns one queued item of a batch into its result rows (none when the member is gone)."""


@dataclass(eq=False)
class Batch:
    """A background batch (/bulk/coupons, /bulk/storecards, /bulk/points, /mails) and its progress;
    :class:`~walletapp_mock.batches.BatchRunner` moves it from ``queued`` to ``finished`` or ``failed``."""

    id: str
    kind: str
    result_key: str
    webhook_url: str | None
    link: str
    items: list[dict[str, Any]]
    requested_at: str
    process: Processor
    options: dict[str, Any] = field(default_factory=dict)
    requested_remotely: bool = False
    """Requested from another machine: its webhook may not call this machine's loopback services."""
    status: str = "queued"
    started_at: str | None = None
    finished_at: str | None = None
    results: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    def status_body(self) -> dict[str, Any]:
        return {
            "requested_at": self.requested_at,
            "started_processing_at": self.started_at,
            "finished_processing_at": self.finished_at,
            "status": self.status,
            self.result_key: list(self.results),
        }

    def webhook_payload(self) -> dict[str, Any]:
        if self.status == "failed":
            return {"status": "failed", "batch_id": self.id, "error": self.error or "The batch failed."}
        return {"status": "success", "batch_id": self.id, "link": self.link}
