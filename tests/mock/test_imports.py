"""The flows of openapi/sources/imports.txt."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.servers import InThreadMock


def _user(fx: dict[str, Any], email: str, points: int, **extra: Any) -> dict[str, Any]:
    return {
        "email": email,
        "brand_id": fx["brand_id"],
        "name": "Ivo van Import",
        "points": points,
        "storecard": fx["storecards"][0]["id"],
        **extra,
    }


def test_an_import_adds_members_passes_and_points_and_logs_them(
    client: httpx.Client, server: InThreadMock, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    existing = fx["members"][0]
    users = [
        _user(
            fx,
            "ivo@example.com",
            40,
            phone_number="+31612345678",
            licenseplate="IV-00-OO",
            location_id=fx["locations"][0]["external_id"],
            start_date="2026-01-01",
            expires_at="2027-01-01",
        ),
        _user(fx, existing["email"], 5),
    ]
    answer = client.post(
        "/v2/import", json={"organization_id": fx["organization_id"], "users": users}, headers=auth
    )
    assert answer.json()["imported_members"] == 2
    store = server.runtime.store
    brand = store.brands[fx["brand_id"]]
    ivo = brand.by_email["ivo@example.com"]
    assert (ivo.first_name, ivo.last_name, ivo.phone_number, ivo.licenseplates) == (
        "Ivo",
        "van Import",
        "+31612345678",
        ["IV-00-OO"],
    )
    assert [p.points for p in ivo.passes] == [40]
    log = client.get("/import/log", params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"]
    assert {"ivo@example.com", existing["email"]} <= {row["email"] for row in log}


def test_an_import_naming_an_unknown_brand_changes_nothing(
    client: httpx.Client, server: InThreadMock, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    users = [
        _user(fx, "first@example.com", 1),
        {**_user(fx, "second@example.com", 1), "brand_id": "00000000-0000-4000-8000-000000000000"},
    ]
    answer = client.post(
        "/v2/import", json={"organization_id": fx["organization_id"], "users": users}, headers=auth
    )
    assert answer.status_code == 404
    assert "first@example.com" not in server.runtime.store.brands[fx["brand_id"]].by_email


def test_an_import_takes_the_flags_as_the_documentation_sends_them(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    """The imports page's example sends `"welcome_email": 0, "update_mail": 0` (D15)."""
    user = _user(fx, "flags@example.com", 3, welcome_email=0, update_mail=1, start_date="2026-01-01 08:00:00")
    answer = client.post(
        "/v2/import", json={"organization_id": fx["organization_id"], "users": [user]}, headers=auth
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["imported_members"] == 1
