"""Each placeholder of the pages (`<brand_id>`, `<timestamp>`, ...) filled with a value of its kind.

The kind is read from the placeholder's own words and the pages' statements about that thing, never
from the spec: the spec is what is being checked. Where the pages do not settle a kind, the value is
deliberately one the spec might not expect but the pages allow (a batch id that is no UUID, a status
word nobody listed, a timestamp in the documented `YYYY-MM-DD HH:MM:SS` form, the schemeless pass link
the passes page shows), so that a spec closing what the pages leave open is caught.

A placeholder stands for a value: the quotes the pages put around `"<points>"` or `"<unsubscribed>"`
are not part of it (spec D13-D15: placeholders are typed by meaning).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

PLACEHOLDER = re.compile(r"<([^<>]+)>|\{uuid\}")


@dataclass(frozen=True)
class Kind:
    name: str
    value: Callable[[str, int], Any]
    """(role, n) -> the value; `n` counts earlier uses of the placeholder as an object key."""


def _uuid(name: str) -> Callable[[str, int], Any]:
    return lambda role, n: str(uuid.uuid5(uuid.NAMESPACE_URL, f"walletapp:{name}:{n}"))


def _same(value: Any) -> Callable[[str, int], Any]:
    return lambda role, n: value


def _email(role: str, n: int) -> str:
    return f"member{n}@example.com" if n else "anna.devries@example.com"


_UUID = "an identifier the pages call a UUID"
_OPAQUE = "an identifier the pages never call a UUID"
_KINDS: dict[str, Kind] = {}


def _kind(kind: str, value: Callable[[str, int], Any], *names: str) -> None:
    for name in names:
        _KINDS[name.lower()] = Kind(kind, value)


# UUIDs: brands ("The UUID of the brand"), members ("The UUID of the member", `{uuid}`), storecards
# ("The UUID of the storecard"), coupons (`"<UUID>"` on /search/pass), and the `<uuid>` placeholders.
for _name in ("uuid", "user uuid", "transaction uuid", "provider_uuid", "brand_id", "member_id",
              "member_identifier", "identifier", "coupon_id", "storecard_id", "{uuid}"):  # fmt: skip
    _kind(_UUID, _uuid(_name), _name)
_kind(_OPAQUE, _same("b-20260314-0042"), "unique_batch_id", "batch_id")
_kind(_OPAQUE, _same("welcome-2026"), "template_id")
_kind(_OPAQUE, _same("utrecht-oudegracht"), "location_id", "external_location_reference")
_kind(_OPAQUE, _same("vip-2026"), "tag_id")
_kind(_OPAQUE, _same("org-vermeer"), "organization_id")
_kind(_OPAQUE, _same("mt_8Hq2LmP4"), "transaction_id")
_kind("a pass code", _same("WA-7K3P-QX9M"), "pass_code", "qr_code", "code", "pass_id||qr_code",
      "qr_code on the pass", "walletapp_id", "pass_identifier")  # fmt: skip
_kind("a WLNT code", _same("WLNT-40977-KD"), "unique wlnt code")
_kind("an email address", _email, "email", "member_email")
_kind("a timestamp (the documented YYYY-MM-DD HH:MM:SS)", _same("2026-03-14 09:26:53"), "timestamp",
      "request_date", "creation_date", "update_data", "subscribed_at", "member_subscribed_at")  # fmt: skip
_kind("a date", _same("2026-12-31"), "date", "expiration_date", "start_date")
_kind("a timestamp or any string", _same("not yet"), "timestamp|string")
_kind("a birthday, in words the pages leave open", _same("17-04-1990"), "birth_day", "member_birth_day")
_kind("a page number", _same(2), "page", "page_number")
_kind("a page size", _same(10), "per_page")
_kind("a page count", _same(3), "last_page")
_kind("a record count", _same(23), "total_amount_of_records")
_kind("an integer", _same(7), "integer")
_kind("points (may be negative)", _same(-5), "points")
_kind("points", _same(120), "points on the pass", "coupon shop points")
_kind("an amount of money", _same(12.5), "balance", "balance on the pass", "coupon shop price")
_kind("true or false", _same(False), "unsubscribed")
_kind("a status word nobody listed", lambda role, n: "active" if role == "request" else "in_review",
      "status")  # fmt: skip
_kind("a pass status word nobody listed", _same("archived"), "status of this pass")
_kind("a mailing status word nobody listed", _same("soft_bounce"), "mailing_status")
_kind("a URL", _same("https://hooks.example.com/walletapp/batches"), "your_endpoint", "your_endpoints",
      "url", "hook_url")  # fmt: skip
_kind("a URL", _same("https://api.walletapp.co/webhooks/coupons/b-20260314-0042"),
      "link_where_results_can_be_fetched")  # fmt: skip
_kind("a URL", _same("https://cdn.walletapp.co/coupons/free-coffee.png"), "image of associated coupon")
_kind("a pass page link as the passes page shows it (no scheme)", _same("my.walletapp.co/pass/WA-3QNV-8ZKE"),
      "download_page_link")  # fmt: skip
_kind("a first name", _same("Anna"), "first_name")
_kind("a last name", _same("de Vries"), "last_name", "member_last_name")
_kind("a name", _same("Anna de Vries"), "name", "member_name", "username")
_kind("a title", _same("Spring treat"), "title", "pass_title", "custom_tilte", "title of associated coupon",
      "title of the storecard", "title of the associated storecard")  # fmt: skip
_kind("a mail subject", _same("Welkom bij Bakkerij Vermeer"), "subject")
_kind("a mail sender", _same("Bakkerij Vermeer <info@bakkerijvermeer.example.com>"), "sender")
_kind("HTML", _same("<p>Hoi {{first_name}}</p>"), "html")
_kind("a merge tag name", _same("first_name"), "tags")
_kind("a merge tag value", _same("Desem"), "tag")
_kind("a phone number", _same("+31612345678"), "phone_number", "member_phone_number")
_kind("a street", _same("Prinsengracht"), "street", "member_street")
_kind("a house number", _same("263A"), "house_number", "member_house_number")
_kind("a postcode", _same("1016 GV"), "postcode", "member_postcode")
_kind("a city", _same("Amsterdam"), "city", "member_city")
_kind("a country", _same("NL"), "country", "member_country")
_kind("a licence plate", _same("52-XKB-7"), "licenseplate", "licenseplates")
_kind("a message", _same("The storecard was archived while the batch was queued."), "error_message",
      "message")  # fmt: skip
_kind("a reference", _same("POS-COFFEE-01"), "reference", "external_reference",
      "external_reference of associated coupon")  # fmt: skip


class UnknownPlaceholder(LookupError):
    """A placeholder no kind is known for: the example cannot be filled honestly."""


def kind_of(placeholder: str) -> Kind:
    """`placeholder` is the text between `<` and `>` (or `{uuid}`)."""
    found = _KINDS.get(placeholder.strip().lower())
    if found is None:
        raise UnknownPlaceholder(f"no kind known for <{placeholder}>")
    return found


def placeholders(text: str) -> Iterator[str]:
    for match in PLACEHOLDER.finditer(text):
        yield match.group(1) if match.group(1) is not None else match.group(0)
