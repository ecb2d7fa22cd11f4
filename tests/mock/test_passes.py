"""The flows of openapi/sources/passes.txt."""

from __future__ import annotations

from typing import Any

import httpx


def _first(member: dict[str, Any], kind: str) -> str:
    return next(str(p["code"]) for p in member["passes"] if p["kind"] == kind)


def test_inspecting_a_storecard_and_a_coupon_pass(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]
    q = {"brand_id": fx["brand_id"], "email": member["email"]}
    card = client.get("/passes", params={**q, "pass_code": _first(member, "storecard")}, headers=auth).json()[
        "data"
    ]
    assert card["coupon"] is None and card["storecard"]["identifier"] == fx["storecards"][0]["id"]
    coupon = client.get("/passes", params={**q, "pass_code": _first(member, "coupon")}, headers=auth).json()[
        "data"
    ]
    assert coupon["storecard"] is None and coupon["coupon"]["identifier"] == fx["coupons"][0]["id"]
    assert (coupon["active"], coupon["blocked"]) == (1, 0)
    other = client.get(
        "/passes", params={**q, "pass_code": _first(fx["members"][3], "storecard")}, headers=auth
    )
    assert other.status_code == 404


def test_changing_status_and_expiration_of_a_pass(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]
    code = _first(member, "coupon")
    q = {"brand_id": fx["brand_id"], "email": member["email"], "pass_code": code}
    for status in ("blocked", "redeemed", "expired", "active"):
        changed = client.put(
            "/passes", json={**q, "status": status, "expiration_date": "2027-06-30 12:00:00"}, headers=auth
        ).json()
        assert changed["message"] == "Pass updated successfully"
        data = client.get("/passes", params=q, headers=auth).json()["data"]
        assert data[status] == 1 and sum(data[s] for s in ("active", "blocked", "redeemed", "expired")) == 1
        assert data["expiration_date"] == "2027-06-30T12:00:00.000000Z"
    wrong = client.put("/passes", json={**q, "status": "lost", "expiration_date": "tomorrow"}, headers=auth)
    assert wrong.status_code == 422 and set(wrong.json()["errors"]) == {"status", "expiration_date"}


def test_a_pass_read_with_get_is_written_back_with_put_unchanged(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    """Spec rule 3 (D18, D61): the expiration date getPass answers, null included, is what updatePass
    takes; writing it back changes nothing."""
    member = fx["members"][0]
    for kind in ("coupon", "storecard"):
        q = {"brand_id": fx["brand_id"], "email": member["email"], "pass_code": _first(member, kind)}
        before = client.get("/passes", params=q, headers=auth).json()["data"]
        status = next(s for s in ("active", "blocked", "redeemed", "expired") if before[s] == 1)
        written = client.put(
            "/passes",
            json={**q, "status": status, "expiration_date": before["expiration_date"]},
            headers=auth,
        )
        assert written.status_code == 200, written.text
        after = client.get("/passes", params=q, headers=auth).json()["data"]
        assert {k: v for k, v in after.items() if k != "updated_at"} == {
            k: v for k, v in before.items() if k != "updated_at"
        }


def test_timestamps_in_every_documented_form_are_accepted(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]
    q = {"brand_id": fx["brand_id"], "email": member["email"], "pass_code": _first(member, "coupon")}
    forms = {
        "2027-06-30 12:00:00": "2027-06-30T12:00:00.000000Z",
        "2027-06-30T12:00:00.250Z": "2027-06-30T12:00:00.250000Z",
        "2027-06-30T14:00:00+02:00": "2027-06-30T12:00:00.000000Z",
        "2027-06-30": "2027-06-30T00:00:00.000000Z",
    }
    for sent, answered in forms.items():
        answer = client.put("/passes", json={**q, "status": "active", "expiration_date": sent}, headers=auth)
        assert answer.status_code == 200, (sent, answer.text)
        assert client.get("/passes", params=q, headers=auth).json()["data"]["expiration_date"] == answered


def test_points_are_added_and_subtracted_with_a_transaction_each(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]
    code = _first(member, "storecard")
    path = f"/members/{member['identifier']}/storecards"

    def balance() -> int:
        return int(
            client.get(path, params={"brand_id": fx["brand_id"]}, headers=auth).json()["data"][0]["points"]
        )

    before = balance()
    ids = set()
    for points in (10, -3):
        answer = client.post(
            "/passes/scan/storecard",
            headers=auth,
            json={
                "brand_id": fx["brand_id"],
                "pass_code": code,
                "points": points,
                "external_reference": "receipt-1",
            },
        )
        assert answer.json()["message"] == "Pass updated"
        ids.add(answer.json()["transaction_id"])
    assert balance() == before + 7 and len(ids) == 2
    coupon = client.post(
        "/passes/scan/storecard",
        headers=auth,
        json={"brand_id": fx["brand_id"], "pass_code": _first(member, "coupon"), "points": 1},
    )
    assert coupon.status_code == 422
    unknown = client.post(
        "/passes/scan/storecard",
        headers=auth,
        json={"brand_id": fx["brand_id"], "pass_code": "NOPE", "points": 1},
    )
    assert unknown.status_code == 404


def test_removing_a_pass(client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]) -> None:
    member = fx["members"][0]
    q = {"brand_id": fx["brand_id"], "email": member["email"], "pass_code": _first(member, "coupon")}
    assert client.delete("/passes", params=q, headers=auth).json() == {
        "success": True,
        "message": "Pass removed",
    }
    assert client.get("/passes", params=q, headers=auth).status_code == 404
    assert client.delete("/passes", params=q, headers=auth).status_code == 404


def test_a_coupon_pass_sent_by_email_or_as_a_url_belongs_to_the_member(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][1]
    body = {
        "brand_id": fx["brand_id"],
        "email": member["email"],
        "coupon_id": fx["coupons"][2]["id"],
        "status": "active",
        "pass_title": "Happy birthday",
        "expiration_date": "2026-12-31",
    }
    sent = client.post("/passes", json=body, headers=auth)
    assert sent.json() == {"success": True, "message": "Email has been send"}
    url = client.post("/passes/url", json=body, headers=auth).json()["url"]
    assert url.startswith("my.walletapp.co/pass/")
    code = url.rsplit("/", 1)[1]
    found = client.get("/search/pass", params={"pass_code": code}, headers=auth).json()["data"]
    assert [(r["member_id"], r["coupon"]["title"]) for r in found] == [
        (member["identifier"], "Happy birthday")
    ]
    coupons = client.get(
        f"/members/{member['identifier']}/coupons", params={"brand_id": fx["brand_id"]}, headers=auth
    ).json()
    assert coupons["total"] == 2
    assert {p["expiration_date"] for p in coupons["data"]} == {"2026-12-31T00:00:00.000000Z"}
    nobody = client.post("/passes/url", json={**body, "email": "nobody@example.com"}, headers=auth)
    assert nobody.status_code == 404


def test_search_finds_a_pass_by_qr_code_and_by_walletapp_code(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str]
) -> None:
    member = fx["members"][0]
    code = _first(member, "storecard")
    by_code = client.get("/search/pass", params={"pass_code": code}, headers=auth).json()["data"]
    assert len(by_code) == 1 and by_code[0]["brand"]["identifier"] == fx["brand_id"]
    wlnt = client.get(
        f"/members/{member['identifier']}/storecards", params={"brand_id": fx["brand_id"]}, headers=auth
    ).json()["data"][0]["wlnt_code"]
    by_wlnt = client.get("/search/pass", params={"pass_code": wlnt}, headers=auth).json()["data"]
    assert by_wlnt == by_code
