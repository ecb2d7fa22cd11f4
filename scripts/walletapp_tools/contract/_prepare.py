"""The data a run needs before its cases are built: what exists on the server, and what the run may change.

- **On the mock** the seeded fixtures (`GET /__mock/fixtures`) say everything, and all of it may change.
- **On a live server** the brand (`CONTRACT_BRAND_ID`) is the starting point: the read operations list its
  members, their passes, the products of those passes and the brand's templates. These are used by read
  operations only.
- **With writes allowed**, the run creates its own data through the API: members signed up with
  recognisable addresses (`contract-suite+<run>-<n>@example.com`), a coupon pass, a storecard pass and one
  batch of each kind. Writes target only these, so a live run never changes a real customer's data.
  `cleanup` removes what the API allows removing (passes; members only when `deleteMember` is allowed).

Every step that cannot be done is recorded as a note with its reason, for the run's summary.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from ..spec import Spec
from ._calls import CallError, SpecCaller
from ._context import Known
from ._facts import BatchKind, item_fields, request_schema

OWN_MEMBERS = 3
"""Members the run signs up: batch checks need more than one queued member."""
NEUTRAL_WEBHOOK_URL = "https://example.invalid/walletapp-contract"
"""Where batches send their webhook when no receiver is reachable (RFC 2606: never resolves)."""


@dataclass
class Created:
    """What a run created on a live server, to remove afterwards."""

    brand_id: str = ""
    members: dict[str, str] = field(default_factory=dict)
    """email -> identifier."""
    passes: list[tuple[str, str]] = field(default_factory=list)
    """(email, pass code)."""


def known_from_fixtures(fx: dict[str, Any]) -> Known:
    """The mock's seeded data: all of it belongs to the run."""
    members = fx["members"]
    codes = [p["code"] for m in members for p in m["passes"]]
    card_codes = [p["code"] for m in members for p in m["passes"] if p["kind"] == "storecard"]
    brand = fx["brand_id"]
    return Known(
        brands=[brand],
        members=[m["identifier"] for m in members],
        emails=[m["email"] for m in members],
        pass_codes=codes,
        storecard_pass_codes=card_codes,
        coupons=[c["id"] for c in fx["coupons"]],
        storecards=[s["id"] for s in fx["storecards"] if s["brand_id"] == brand],
        templates=[t["id"] for t in fx["templates"]],
        locations=[loc["external_id"] for loc in fx["locations"]],
        organizations=[fx["organization_id"]],
        own_members=[m["identifier"] for m in members],
        own_emails=[m["email"] for m in members],
        own_pass_codes=codes,
        own_storecard_pass_codes=card_codes,
    )


def _attempt(notes: list[str], what: str, step: Callable[[], object]) -> None:
    try:
        step()
    except CallError as exc:
        notes.append(f"{what}: {exc}")
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        notes.append(f"{what}: the answer did not have the documented shape")


def discover(caller: SpecCaller, brand_id: str, notes: list[str], sample: int = 5) -> Known:
    """Read the brand's data through the read operations (never a write)."""
    known = Known(brands=[brand_id])

    def members() -> None:
        page = caller.json("listMembers", query={"brand_id": brand_id, "page": 1, "per_page": 25})
        for member in page["data"]["members"]:
            known.members.append(member["identifier"])
            known.emails.append(member["email"])

    def passes() -> None:
        for uuid in known.members[:sample]:
            for operation, codes in (
                ("listMemberStorecards", known.storecard_pass_codes),
                ("listMemberCoupons", None),
            ):
                page = caller.json(operation, path={"uuid": uuid}, query={"brand_id": brand_id})
                for item in page["data"]:
                    known.pass_codes.append(item["qr_code"])
                    if codes is not None:
                        codes.append(item["qr_code"])

    def products() -> None:
        for code in known.pass_codes[: sample * 2]:
            found = caller.json("searchPasses", query={"pass_code": code})
            for item in found["data"]:
                product = (item.get("coupon") or {}).get("identifier")
                if product and product not in known.coupons:
                    known.coupons.append(product)
            for email in known.emails[:sample]:
                answer = caller.call(
                    "getPass", query={"brand_id": brand_id, "email": email, "pass_code": code}, expect=None
                )
                if answer.status_code == 200:
                    card = (answer.json()["data"].get("storecard") or {}).get("identifier")
                    if card and card not in known.storecards:
                        known.storecards.append(card)
                    break

    def templates() -> None:
        listed = caller.json("listTemplates", query={"brand_id": brand_id})
        known.templates.extend(t["identifier"] for t in listed["data"])

    _attempt(notes, "members of the brand", members)
    _attempt(notes, "passes of the first members", passes)
    _attempt(notes, "coupons and storecards of those passes", products)
    _attempt(notes, "templates of the brand", templates)
    for name in ("members", "pass_codes", "coupons", "storecards", "templates"):
        if not getattr(known, name):
            notes.append(f"no {name.replace('_', ' ')} found on brand {brand_id}")
    notes.append(
        "no documented operation lists locations or organizations: positive cases of "
        "setFavoriteLocation and importMembers cannot reach real ones"
    )
    return known


def create_own_data(
    caller: SpecCaller,
    known: Known,
    allowed: Iterable[str],
    spec: Spec,
    kinds: Iterable[BatchKind],
    notes: list[str],
    *,
    run_id: str | None = None,
    webhook_url: str = NEUTRAL_WEBHOOK_URL,
) -> Created:
    """Sign up the run's own members and give them passes and batches, through the selected operations."""
    allowed = frozenset(allowed)
    run_id = run_id or secrets.token_hex(4)
    brand = known.brands[0]
    created = Created(brand_id=brand)

    def members() -> None:
        emails = [f"contract-suite+{run_id}-{n}@example.com" for n in range(OWN_MEMBERS)]
        users = [
            {"email": e, "first_name": "Contract", "last_name": f"Suite {n}"} for n, e in enumerate(emails)
        ]
        answer = caller.json("signUpMembers", body={"brand_id": brand, "users": users})
        new = {**answer["data"].get("found", {}), **answer["data"]["new"]}
        created.members.update({email: new[email] for email in emails})
        known.own_members[:0] = list(created.members.values())
        known.own_emails[:0] = list(created.members)

    def coupon_pass() -> None:
        email = next(iter(created.members))
        answer = caller.json(
            "createPassUrl",
            body={"brand_id": brand, "email": email, "coupon_id": known.coupons[0], "status": "active"},
        )
        code = urlsplit("//" + answer["url"].split("://")[-1]).path.rstrip("/").rsplit("/", 1)[-1]
        created.passes.append((email, code))
        known.own_pass_codes.insert(0, code)

    def storecard_pass() -> None:
        email, member = next(iter(created.members.items()))
        users = [{"identifier": member, "points": 0}]
        caller.call(
            "upsertPasses", body={"brand_id": brand, "storecard_id": known.storecards[0], "users": users}
        )
        page = caller.json("listMemberStorecards", path={"uuid": member}, query={"brand_id": brand})
        code = page["data"][0]["qr_code"]
        created.passes.append((email, code))
        known.own_pass_codes.insert(0, code)
        known.own_storecard_pass_codes.insert(0, code)

    def batches() -> None:
        users = [{"identifier": member} for member in created.members.values()]
        products = {
            "coupon_id": known.coupons,
            "storecard_id": known.storecards,
            "template_id": known.templates,
        }
        for kind in kinds:
            if kind.create not in allowed:
                notes.append(f"no batch of {kind.create}: it is not called in this run")
                continue
            schema = request_schema(spec, kind.create)
            product = next((name for name in products if name in schema.get("required", ())), None)
            if product is not None and not products[product]:
                notes.append(f"no batch of {kind.create}: no known {product}")
                continue
            body: dict[str, Any] = {
                "brand_id": brand,
                "webhook_url": webhook_url,
                "users": [{**u, "points": 1} for u in users]
                if "points" in item_fields(spec, schema, "users")
                else users,
            }
            if product is not None:
                body[product] = products[product][0]
            known.batches[kind.status] = caller.json(kind.create, body=body)["data"]["batch_id"]

    steps: list[tuple[str, str, Callable[[], None], Callable[[], bool]]] = [
        ("signUpMembers", "the run's own members", members, lambda: True),
        (
            "createPassUrl",
            "a coupon pass of its own",
            coupon_pass,
            lambda: bool(created.members and known.coupons),
        ),
        (
            "upsertPasses",
            "a storecard pass of its own",
            storecard_pass,
            lambda: bool(created.members and known.storecards),
        ),
        ("signUpMembers", "batches of its own", batches, lambda: bool(created.members)),
    ]
    for operation, what, step, ready in steps:
        if operation not in allowed:
            notes.append(f"{what}: not created ({operation} is not called in this run)")
        elif not ready():
            notes.append(f"{what}: not created (what it needs was not found)")
        else:
            _attempt(notes, what, step)
    return created


def cleanup(caller: SpecCaller, created: Created, allowed: Iterable[str], notes: list[str]) -> None:
    """Remove what the run created, where the API and the run's selection allow it."""
    allowed = frozenset(allowed)
    if "deletePass" in allowed:
        for email, code in created.passes:
            query = {"brand_id": created.brand_id, "email": email, "pass_code": code}
            _attempt(
                notes, f"removing pass {code}", partial(caller.call, "deletePass", query=query, expect=None)
            )
    if not created.members:
        return
    if "deleteMember" in allowed:
        for uuid in created.members.values():
            delete = partial(
                caller.call,
                "deleteMember",
                path={"uuid": uuid},
                query={"brand_id": created.brand_id},
                expect=None,
            )
            _attempt(notes, f"deleting member {uuid}", delete)
    else:
        notes.append(
            f"left on the server: {len(created.members)} test member(s) "
            f"({', '.join(created.members)}); name deleteMember in CONTRACT_INCLUDE_DANGEROUS to remove them"
        )
