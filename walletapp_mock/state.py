"""The in-memory store: every record and index, and the changes the handlers make to them.

Problems are raised as domain errors (`errors`); the HTTP layer decides how the API answers them.

Atomicity: the mock runs on one event loop and no method here awaits, so each change (including a whole
bulk request, which handlers validate completely before applying) happens in one step; no request or
batch ever observes half of it.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import datetime

from . import clock
from .entities import (
    Batch,
    Brand,
    Coupon,
    ImportRecord,
    Location,
    Mail,
    Member,
    Organization,
    Pass,
    Storecard,
    Template,
    Transaction,
)
from .errors import InvalidValue

# A balance is a PHP integer on the real server: 64-bit.
MAX_BALANCE = 2**63 - 1
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class Store:
    """All state of one mock instance; `seed.build_store` fills it, `POST /__mock/reset` replaces it."""

    def __init__(self, seed: int, now: Callable[[], datetime] = clock.now) -> None:
        self.rng = random.Random(seed)
        self._now = now
        self.organizations: dict[str, Organization] = {}
        self.brands: dict[str, Brand] = {}
        self.coupons: dict[str, Coupon] = {}
        self.storecards: dict[str, Storecard] = {}
        self.locations: dict[str, Location] = {}
        self.templates: dict[str, Template] = {}
        self.members: dict[str, Member] = {}
        self.passes: dict[str, Pass] = {}
        self.shared_codes: dict[str, list[Pass]] = {}
        self.transactions: dict[str, Transaction] = {}
        self.mails: dict[str, Mail] = {}
        self.imports: list[ImportRecord] = []
        self.batches: dict[str, Batch] = {}

    def stamp(self) -> str:
        return clock.stamp(self._now())

    def now(self) -> datetime:
        return self._now()

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def new_code(self) -> str:
        """A 12-digit pass code (qr_code) not used by any pass yet."""
        while True:
            code = str(self.rng.randrange(10**11, 10**12))
            if code not in self.passes:
                return code

    def new_wlnt_code(self) -> str:
        while True:
            chars = "".join(self.rng.choices(_CODE_ALPHABET, k=8))
            code = f"WA-{chars[:4]}-{chars[4:]}"
            if code not in self.passes:
                return code

    # members -------------------------------------------------------------------------------------

    def member_by_email(self, brand: Brand, email: str) -> Member | None:
        return brand.by_email.get(email.strip().lower())

    def member_in_brand(self, brand_id: str, member_uuid: str) -> Member | None:
        member = self.members.get(member_uuid)
        return member if member is not None and member.brand_id == brand_id else None

    def add_member(
        self,
        brand: Brand,
        email: str,
        first_name: str | None = None,
        last_name: str | None = None,
        *,
        member_uuid: str | None = None,
        subscribed_at: str | None = None,
        unsubscribed: int = 0,
        at: str | None = None,
    ) -> Member:
        moment = at or self.stamp()
        member = Member(
            uuid=member_uuid or self.new_uuid(),
            brand_id=brand.id,
            email=email.strip().lower(),
            first_name=first_name,
            last_name=last_name,
            created_at=moment,
            updated_at=moment,
            subscribed_at=subscribed_at or moment,
            unsubscribed=unsubscribed,
        )
        self.members[member.uuid] = member
        brand.members.append(member)
        brand.by_email[member.email] = member
        return member

    def delete_member(self, member: Member) -> None:
        """Removes the member and every pass it holds."""
        for p in list(member.passes):
            self.remove_pass(p)
        brand = self.brands[member.brand_id]
        brand.members.remove(member)
        brand.by_email.pop(member.email, None)
        del self.members[member.uuid]

    # passes --------------------------------------------------------------------------------------

    def add_pass(
        self,
        member: Member,
        kind: str,
        product_id: str,
        *,
        code: str | None = None,
        title: str | None = None,
        status: str = "active",
        expiration_date: str | None = None,
        start_date: str | None = None,
        points: int = 0,
        batch_reference: str | None = None,
        at: str | None = None,
    ) -> Pass:
        moment = at or self.stamp()
        new = Pass(
            code=code or self.new_code(),
            wlnt_code=self.new_wlnt_code(),
            member=member,
            brand_id=member.brand_id,
            kind=kind,
            product_id=product_id,
            title=title,
            status=status,
            created_at=moment,
            updated_at=moment,
            expiration_date=expiration_date,
            start_date=start_date,
            points=points,
            batch_reference=batch_reference,
        )
        member.passes.append(new)
        self._index(new.code, new)
        self._index(new.wlnt_code, new)
        return new

    def _index(self, code: str, target: Pass) -> None:
        """Codes index one pass each; a code given to several passes (a client may reuse a qr_code)
        keeps the others in `shared_codes`, which stays empty in the common case to save memory."""
        if code in self.passes:
            self.shared_codes.setdefault(code, []).append(target)
        else:
            self.passes[code] = target

    def remove_pass(self, target: Pass) -> None:
        target.member.passes.remove(target)
        for code in (target.code, target.wlnt_code):
            others = self.shared_codes.get(code, [])
            if self.passes.get(code) is target:
                if others:
                    self.passes[code] = others.pop(0)
                else:
                    del self.passes[code]
            elif target in others:
                others.remove(target)
            if code in self.shared_codes and not others:
                del self.shared_codes[code]

    def find_passes(self, code: str) -> list[Pass]:
        first = self.passes.get(code)
        return [] if first is None else [first, *self.shared_codes.get(code, ())]

    def member_pass(self, member: Member, code: str) -> Pass | None:
        for p in member.passes:
            if code in (p.code, p.wlnt_code):
                return p
        return None

    def change_points(self, target: Pass, delta: int, external_reference: str | None = None) -> Transaction:
        """Adds `delta` (negative subtracts; a balance may go below zero) and records the transaction.
        A balance beyond a 64-bit integer, which the real server cannot hold, is refused (`points`)."""
        if abs(target.points + delta) > MAX_BALANCE:
            message = f"The points balance must stay between {-MAX_BALANCE} and {MAX_BALANCE}."
            raise InvalidValue.of("points", message)
        at = self.stamp()
        target.points += delta
        target.updated_at = at
        target.member.last_points_at = at
        transaction = Transaction(self.new_uuid(), target.code, delta, external_reference, at)
        self.transactions[transaction.id] = transaction
        return transaction
