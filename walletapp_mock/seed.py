"""Deterministic demo data: the same seed always gives the same ids, codes, names and timestamps.

One organization with a demo brand (coupons, storecards, locations, mail templates with reserved and
custom tags, `members` members, each with a storecard pass and every third with a coupon pass) and a
small second brand, so that "wrong brand" answers can be tried.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from . import clock
from .entities import Brand, Coupon, Location, Organization, Storecard, Template
from .state import Store

FREEZE_FROM = 10_000
SEED_EPOCH = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
RESERVED_TAGS = ["first_name", "last_name", "email", "link_to_pass"]
_FIRST = [
    "Anna",
    "Bram",
    "Chloe",
    "Daan",
    "Emma",
    "Finn",
    "Guus",
    "Hanna",
    "Isa",
    "Jesse",
    "Julia",
    "Lars",
    "Lotte",
    "Milan",
    "Noah",
    "Olivia",
    "Pieter",
    "Sanne",
    "Tess",
    "Vera",
    "Wout",
    "Yara",
    "Zoe",
    "Luuk",
]
_LAST = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "de Boer",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "Koster",
]
_CITIES = [
    ("Amsterdam", "1012 AB"),
    ("Utrecht", "3511 CD"),
    ("Rotterdam", "3011 EF"),
    ("Groningen", "9711 GH"),
]
_STREETS = ["Keizersgracht", "Oudegracht", "Coolsingel", "Grote Markt", "Damrak", "Stationsplein"]


def build_store(seed: int, members: int, now: Callable[[], datetime] = clock.now) -> Store:
    """The seeded store. The garbage collector is paused while it fills (it would rescan the growing
    heap again and again: half the time of 100k members); a large store is then frozen out of later
    scans, after collecting the store it replaces (members and passes reference each other)."""
    large = members >= FREEZE_FROM
    if large:
        gc.unfreeze()
        gc.collect()
    paused = gc.isenabled()
    gc.disable()
    try:
        store = _build(seed, members, now)
    finally:
        if paused:
            gc.enable()
    if large:
        gc.freeze()
    return store


def _build(seed: int, members: int, now: Callable[[], datetime]) -> Store:
    store = Store(seed, now)
    org = Organization(store.new_uuid(), "Demo Organization")
    store.organizations[org.id] = org
    brand = _brand(store, org, "Demo Coffee")
    other = _brand(store, org, "Other Brand")
    coupons = [
        _coupon(store, brand, "Free coffee", "COFFEE-FREE", 0.0, 100),
        _coupon(store, brand, "10% off pastries", "PASTRY-10", 2.5, 50),
        _coupon(store, brand, "Birthday cake", "BDAY-CAKE", 0.0, 0),
    ]
    cards = [
        _storecard(store, brand, "Loyalty card"),
        _storecard(store, brand, "Gift card"),
    ]
    _storecard(store, other, "Other loyalty card")
    for n, name in enumerate(["Amsterdam Centraal", "Utrecht Oudegracht", "Rotterdam Coolsingel"], start=1):
        loc = Location(store.new_uuid(), brand.id, f"LOC-{n:03d}", name)
        store.locations[loc.id] = loc
    _template(
        store, brand, "Welcome", "Welcome to Demo Coffee, {{first_name}}!", ["store_name", "welcome_gift"]
    )
    _template(store, brand, "Points update", "You have new points", ["points_added", "custom_tag"])
    _members(store, brand, members, cards[0], coupons[0])
    _members(store, other, 3, None, None, offset=members)
    return store


def _brand(store: Store, org: Organization, name: str) -> Brand:
    brand = Brand(store.new_uuid(), org.id, name)
    store.brands[brand.id] = brand
    return brand


def _coupon(store: Store, brand: Brand, title: str, ref: str, price: float, points: int) -> Coupon:
    slug = ref.lower()
    coupon = Coupon(
        store.new_uuid(), brand.id, title, f"https://cdn.walletapp.co/demo/{slug}.png", ref, price, points
    )
    store.coupons[coupon.id] = coupon
    return coupon


def _storecard(store: Store, brand: Brand, title: str) -> Storecard:
    card = Storecard(store.new_uuid(), brand.id, title, "https://cdn.walletapp.co/demo/storecard.png")
    store.storecards[card.id] = card
    return card


def _template(store: Store, brand: Brand, title: str, subject: str, custom: list[str]) -> None:
    html = "<p>Hi {{first_name}},</p><p>" + " ".join("{{" + t + "}}" for t in custom) + "</p>{{link_to_pass}}"
    template = Template(
        store.new_uuid(),
        brand.id,
        title,
        subject,
        "Demo Coffee <hello@demo-coffee.example>",
        html,
        list(RESERVED_TAGS),
        list(custom),
    )
    store.templates[template.id] = template


def _members(
    store: Store, brand: Brand, count: int, card: Storecard | None, coupon: Coupon | None, offset: int = 0
) -> None:
    rng = store.rng
    for i in range(count):
        n = offset + i
        first, last = _FIRST[n % len(_FIRST)], _LAST[(n // len(_FIRST)) % len(_LAST)]
        at = clock.stamp(SEED_EPOCH + timedelta(minutes=7 * n))
        email = f"{first}.{last.replace(' ', '')}.{n + 1}@example.com".lower()
        member = store.add_member(brand, email, first, last, subscribed_at=at, at=at)
        city, postcode = _CITIES[n % len(_CITIES)]
        member.phone_number = f"+3161{n:07d}"[:12]
        member.birth_date = f"{1960 + n % 45}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        member.street = _STREETS[n % len(_STREETS)]
        member.house_number = str(1 + n % 200)
        member.postcode = postcode
        member.city = city
        member.country = "NL"
        member.unsubscribed = int(n % 10 == 9)
        if card is not None:
            store.add_pass(member, "storecard", card.id, points=rng.randrange(0, 500), at=at)
            member.last_points_at = at
        if coupon is not None and n % 3 == 0:
            expires = clock.stamp(SEED_EPOCH + timedelta(days=365))
            store.add_pass(member, "coupon", coupon.id, expiration_date=expires, at=at)


def fixtures(store: Store, tokens: dict[str, Any], sample: int = 10) -> dict[str, Any]:
    """The ids a newcomer needs to walk the documented flows (GET /__mock/fixtures, start-up banner)."""
    brand, other = list(store.brands.values())[:2]
    return {
        "organization_id": next(iter(store.organizations)),
        "brand_id": brand.id,
        "other_brand_id": other.id,
        "coupons": [{"id": c.id, "title": c.title} for c in store.coupons.values() if c.brand_id == brand.id],
        "storecards": [
            {"id": s.id, "title": s.title, "brand_id": s.brand_id} for s in store.storecards.values()
        ],
        "locations": [
            {"id": loc.id, "external_id": loc.external_id, "name": loc.name}
            for loc in store.locations.values()
        ],
        "templates": [
            {"id": t.id, "title": t.title, "reserved_tags": t.reserved_tags, "custom_tags": t.custom_tags}
            for t in store.templates.values()
        ],
        "member_count": len(brand.members),
        "members": [
            {
                "identifier": m.uuid,
                "email": m.email,
                "passes": [{"code": p.code, "kind": p.kind, "product_id": p.product_id} for p in m.passes],
            }
            for m in brand.members[:sample]
        ],
        "tokens": tokens,
    }
