"""openapi/sources/imports.txt: import members (at most 2,000 per request) and the import log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..call import Call
from ..entities import ImportRecord
from ..errors import NotFound
from ._common import brand_of, time_or_none


def import_members(call: Call) -> Any:
    """Checks every user first (brand, storecard and location must exist: 404 otherwise, spec D40),
    then applies them all, so a refused import changes nothing."""
    store = call.store
    body = call.input
    org_id = str(body.get("organization_id"))
    users = body["users"]
    if org_id not in store.organizations:
        raise NotFound("Organization not found.", "organization_id")
    plans = []
    for i, user in enumerate(users):
        brand = store.brands.get(str(user.get("brand_id")))
        if brand is None or brand.organization_id != org_id:
            raise NotFound("Brand not found.", f"users.{i}.brand_id")
        card = store.storecards.get(str(user.get("storecard")))
        if card is None or card.brand_id != brand.id:
            raise NotFound("Storecard not found.", f"users.{i}.storecard")
        location = None
        if user.get("location_id") not in (None, ""):
            location = next(
                (
                    loc
                    for loc in store.locations.values()
                    if loc.brand_id == brand.id and str(user["location_id"]) in (loc.external_id, loc.id)
                ),
                None,
            )
            if location is None:
                raise NotFound("Location not found.", f"users.{i}.location_id")
        plans.append((user, brand, card, location))
    at = store.stamp()
    for user, brand, card, location in plans:
        member = store.member_by_email(brand, str(user["email"]))
        if member is None:
            first, _, last = str(user.get("name") or "").partition(" ")
            member = store.add_member(brand, str(user["email"]), first or None, last or None, at=at)
        if user.get("phone_number"):
            member.phone_number = str(user["phone_number"])
        if user.get("external_reference"):
            member.external_reference = str(user["external_reference"])
        if user.get("licenseplate") and user["licenseplate"] not in member.licenseplates:
            member.licenseplates.append(str(user["licenseplate"]))
        if location is not None:
            member.favorite_location_id = location.id
        member.touch(at)
        target = member.storecard_pass(card.id)
        if target is None:
            target = store.add_pass(
                member,
                "storecard",
                card.id,
                start_date=time_or_none(user.get("start_date")),
                expiration_date=time_or_none(user.get("expires_at")),
            )
        store.change_points(target, int(user["points"]), "import")
    record = ImportRecord(store.new_uuid(), org_id, len(plans), at)
    store.imports.append(record)
    return {"import_id": record.id, "imported_members": record.imported_members}


def list_import_log(call: Call) -> Any:
    brand = brand_of(call)
    rows = [{"email": m.email, "last_updated": m.last_points_at} for m in brand.members if m.last_points_at]
    return {"success": True, "data": rows}


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "importMembers": import_members,
    "listImportLog": list_import_log,
}
