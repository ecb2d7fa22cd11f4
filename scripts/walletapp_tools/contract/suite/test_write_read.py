"""Every write the docs describe is followed by the read that shows it, through the spec's link from the
write to that read. An answer can match its schema while nothing was saved; these tests catch that.

Each test works on members it signs up itself, so it runs against any server where writes are allowed
(and is skipped, saying which operation is not called, where they are not).
"""

from __future__ import annotations

from typing import Any

from ._api import (
    Member,
    brand,
    call,
    example_body,
    first,
    follow,
    give_storecard_pass,
    member_entry,
    require,
    sign_up,
)


def _storecard_points(step: Any, code: str) -> int:
    items = [item for item in step.json()["data"] if item["qr_code"] == code]
    assert len(items) == 1, f"{step.operation_id}: pass {code} listed {len(items)} times"
    return int(items[0]["points"])


def test_points_added_to_a_pass_are_visible() -> None:
    require("updatePassPoints", "listMemberPoints")
    [member] = sign_up(1, "points")
    code = give_storecard_pass(member)
    balances: list[int] = []
    for delta in (7, -3):
        step = call(
            "updatePassPoints",
            body={
                "brand_id": brand(),
                "pass_code": code,
                "points": delta,
                "external_reference": f"contract-{delta}",
            },
        )
        assert step.json().get("transaction_id"), "updatePassPoints: no transaction_id"
        # No link can lead here: listMemberPoints takes a body, which links cannot portably build.
        listed = call("listMemberPoints", body={"brand_id": brand()})
        rows = [row for row in listed.json()["data"] if row["qr_code"] == code]
        assert rows, f"listMemberPoints: pass {code} is not listed after updatePassPoints"
        balances.append(int(rows[0]["points"]))
    assert balances == [7, 4], f"updatePassPoints +7 then -3 on a new pass: balances read back {balances}"


def test_an_upserted_pass_holds_the_points_sent() -> None:
    require("upsertPasses", "listMemberStorecards")
    [member] = sign_up(1, "upsert")
    seen = []
    for points in (15, 5):
        body = {
            "brand_id": brand(),
            "storecard_id": first("storecards"),
            "users": [{"identifier": member.uuid, "points": points}],
        }
        step = call("upsertPasses", body=body)
        page = follow(step, "listMemberStorecards")
        codes = [item["qr_code"] for item in page.json()["data"]]
        assert len(codes) == 1, f"upsertPasses twice for one member and storecard: {len(codes)} passes listed"
        seen.append(_storecard_points(page, codes[0]))
    assert seen == [15, 5], f"upsertPasses with 15 then 5 points (they replace, D42): points read back {seen}"


def test_a_deleted_member_is_gone() -> None:
    require("deleteMember", "listMemberCoupons")
    [member] = sign_up(1, "delete")
    step = call("deleteMember", path={"uuid": member.uuid}, query={"brand_id": brand()})
    follow(step, "listMemberCoupons", expect=404)


def test_an_unsubscribed_member_is_listed_as_unsubscribed() -> None:
    require("unsubscribeMember", "listMembers")
    [member] = sign_up(1, "unsubscribe")
    step = call("unsubscribeMember", body={"brand_id": brand(), "email": member.email})
    assert member_entry(step, member.uuid)["unsubscribed"] == 1


def test_bulk_unsubscribe_counts_the_members_it_unsubscribed() -> None:
    require("unsubscribeMembers", "listMembers")
    members = sign_up(2, "bulk-unsubscribe")
    emails = [m.email for m in members] + ["contract-suite-nobody@example.com"]
    step = call("unsubscribeMembers", body={"brand_id": brand(), "email": emails})
    assert step.json()["data"]["amount"] == 2, f"unsubscribeMembers: {step.json()['data']}"
    assert [member_entry(step, m.uuid)["unsubscribed"] for m in members] == [1, 1]


def test_member_updates_are_listed() -> None:
    require("updateMembers", "listMembers")
    [member] = sign_up(1, "update")
    change = {
        "identifier": member.uuid,
        "first_name": "Maartje",
        "last_name": "Verbeek",
        "city": "Haarlem",
        "postcode": "2011 AB",
        "house_number": "12",
        "street": "Grote Markt",
        "phone_number": "+31687654321",
    }
    step = call("updateMembers", body={"brand_id": brand(), "users": [change]})
    entry = member_entry(step, member.uuid)
    shown = {
        key: entry.get(key)
        for key in ("last_name", "city", "postcode", "house_number", "street", "phone_number")
    }
    assert shown == {key: change[key] for key in shown}, f"listMembers after updateMembers: {shown}"
    assert entry["full_name"] == "Maartje Verbeek", entry["full_name"]


def test_signed_up_members_are_found_by_email() -> None:
    require("getMemberPassCodes")
    member = sign_up(1, "signup")[0]
    step = call("getMemberPassCodes", query={"brand_id": brand(), "email": member.email})
    assert step.json()["email"] == member.email


def test_bulk_signed_up_members_are_listed() -> None:
    require("signUpMembersInBulk", "listMembers", "getMemberPassCodes")
    email = f"contract-suite-bulk-{id(object())}@example.com"
    step = call(
        "signUpMembersInBulk", body={"brand_id": brand(), "users": [{"email": email, "first_name": "Bulk"}]}
    )
    listed = follow(step, "listMembers", query={"page": 1, "per_page": 1})
    assert listed.json()["data"]["total"] >= 1
    found = call("getMemberPassCodes", query={"brand_id": brand(), "email": email})
    assert found.json()["email"] == email


def _own_pass(member: Member) -> tuple[str, dict[str, Any]]:
    code = give_storecard_pass(member)
    step = call("getPass", query={"brand_id": brand(), "email": member.email, "pass_code": code})
    return code, step.json()["data"]


def test_a_blocked_pass_reads_back_blocked_and_an_expiration_read_is_written_back_unchanged() -> None:
    require("updatePass", "getPass")
    [member] = sign_up(1, "block")
    code, _ = _own_pass(member)
    query = {"brand_id": brand(), "email": member.email, "pass_code": code}
    call("updatePass", body={**query, "expiration_date": _example_expiration(), "status": "active"})
    expiration = call("getPass", query=query).json()["data"]["expiration_date"]
    after = follow(
        call("updatePass", body={**query, "expiration_date": expiration, "status": "blocked"}), "getPass"
    )
    data = after.json()["data"]
    assert (data["blocked"], data["active"]) == (1, 0), f"getPass after blocking: {data}"
    assert data["expiration_date"] == expiration, (
        f"getPass after writing back its expiration_date {expiration!r}: {data['expiration_date']!r}"
    )


def _example_expiration() -> str:
    """The spec's own example of a new expiration date, for a pass that has none yet."""
    return str(example_body("updatePass")["expiration_date"])


def test_a_removed_pass_is_gone() -> None:
    require("deletePass", "getPass")
    [member] = sign_up(1, "remove")
    code, _ = _own_pass(member)
    step = call("deletePass", query={"brand_id": brand(), "email": member.email, "pass_code": code})
    follow(step, "getPass", expect=404)


def test_a_pass_created_as_a_link_belongs_to_its_member() -> None:
    require("createPassUrl", "getMemberPassCodes")
    [member] = sign_up(1, "url")
    body = {"brand_id": brand(), "email": member.email, "coupon_id": first("coupons"), "status": "active"}
    step = call("createPassUrl", body=body)
    code = str(step.json()["url"]).rstrip("/").rsplit("/", 1)[-1]
    codes = follow(step, "getMemberPassCodes").json()["pass_codes"]
    assert code in codes, f"createPassUrl made pass {code}, getMemberPassCodes lists {codes}"


def test_a_template_reads_as_it_is_listed() -> None:
    require("listTemplates", "getTemplate")
    listed = call("listTemplates", query={"brand_id": brand()})
    templates = listed.json()["data"]
    assert templates, "listTemplates: the brand has no template"
    detail = follow(listed, "getTemplate").json()["data"]
    summary = {key: templates[0][key] for key in ("identifier", "title", "subject", "sender")}
    assert {key: detail[key] for key in summary} == summary, f"getTemplate {detail['identifier']}"
