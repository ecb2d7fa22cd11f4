"""Every operation of the spec through the SDK (sync) against the mock: keyword arguments, plain dicts
and models for nested values, ``body=`` for whole bodies, str identifiers; results are the typed success
models. A new operation in the spec fails test_every_operation_has_an_sdk_test until it has a test."""

from __future__ import annotations

import datetime
from typing import Any, get_args
from uuid import UUID

from walletapp_client import WalletApp
from walletapp_client.models import (
    BatchState,
    CouponBatchUser,
    ImportMembersRequest,
    ImportUser,
    MailRecipient,
    PassStatus,
    PointsBatchUser,
    SignUpMembersRequest,
    SignupUser,
)

from . import COVERAGE

Fixtures = dict[str, Any]


def member(fx: Fixtures, index: int = 0) -> dict[str, Any]:
    found: dict[str, Any] = fx["members"][index]
    return found


def pass_code(fx: Fixtures, kind: str) -> str:
    code: str = next(p["code"] for m in fx["members"] for p in m["passes"] if p["kind"] == kind)
    return code


def owner_of(fx: Fixtures, code: str) -> dict[str, Any]:
    return next(m for m in fx["members"] if any(p["code"] == code for p in m["passes"]))


def test_every_operation_has_an_sdk_test() -> None:
    assert COVERAGE.problems("sync") + COVERAGE.problems("async", every_operation=False) == []


# Members


@COVERAGE.covers("listMembers")
def test_list_members_returns_a_page_of_typed_members(wa: WalletApp, fixtures: Fixtures) -> None:
    page = wa.members.list_members(brand_id=fixtures["brand_id"], page=2, per_page=5)
    assert page.page_number == 2
    assert page.response.data.total == fixtures["member_count"]
    assert [m.identifier for m in page.items][:1] == [UUID(member(fixtures, 5)["identifier"])]
    assert page.has_next_page()


@COVERAGE.covers("listMemberPoints")
def test_list_member_points_gives_each_balance(wa: WalletApp, fixtures: Fixtures) -> None:
    result = wa.members.list_member_points(
        brand_id=fixtures["brand_id"], storecard_id=fixtures["storecards"][0]["id"]
    )
    assert {row.email for row in result.data} >= {m["email"] for m in fixtures["members"]}


@COVERAGE.covers("getMemberPassCodes")
def test_get_member_pass_codes_finds_a_member_by_identifier(wa: WalletApp, fixtures: Fixtures) -> None:
    m = member(fixtures)
    result = wa.members.get_member_pass_codes(brand_id=fixtures["brand_id"], user_identifier=m["identifier"])
    assert result.email == m["email"]
    assert sorted(result.pass_codes) == sorted(p["code"] for p in m["passes"])


@COVERAGE.covers("unsubscribeMember")
def test_unsubscribe_member_flags_the_member(wa: WalletApp, fixtures: Fixtures) -> None:
    result = wa.members.unsubscribe_member(brand_id=fixtures["brand_id"], email=member(fixtures)["email"])
    assert result.data
    first = wa.members.list_members(brand_id=fixtures["brand_id"], page=1, per_page=1).items[0]
    assert first.unsubscribed == 1


@COVERAGE.covers("unsubscribeMembers")
def test_unsubscribe_members_counts_them(wa: WalletApp, fixtures: Fixtures) -> None:
    emails = (member(fixtures, 0)["email"], member(fixtures, 1)["email"], "nobody@example.com")
    result = wa.members.unsubscribe_members(brand_id=fixtures["brand_id"], email=emails)
    assert result.data.amount == 2


@COVERAGE.covers("signUpMembers")
def test_sign_up_members_takes_dicts_models_and_datetimes(wa: WalletApp, fixtures: Fixtures) -> None:
    existing = member(fixtures)["email"]
    result = wa.members.sign_up_members(
        brand_id=UUID(fixtures["brand_id"]),
        users=[
            {"email": "new.member@example.com", "subscribed_at": datetime.datetime(2024, 5, 1, 9, 30)},
            SignupUser(email=existing),
        ],
    )
    assert list(result.data.new) == ["new.member@example.com"], "a map-like model iterates its keys"
    assert dict(result.data.found.items()) == {existing: UUID(member(fixtures)["identifier"])}
    assert len(result.data.new) == 1 and "new.member@example.com" in result.data.new


@COVERAGE.covers("setFavoriteLocation")
def test_set_favorite_location_takes_str_identifiers(wa: WalletApp, fixtures: Fixtures) -> None:
    ids = [member(fixtures, 0)["identifier"], member(fixtures, 1)["identifier"]]
    result = wa.members.set_favorite_location(location_id=fixtures["locations"][0]["external_id"], users=ids)
    assert result.users == [UUID(i) for i in ids]


@COVERAGE.covers("listMemberCoupons")
def test_list_member_coupons_gives_the_coupon_passes(wa: WalletApp, fixtures: Fixtures) -> None:
    m = owner_of(fixtures, pass_code(fixtures, "coupon"))
    page = wa.members.list_member_coupons(uuid=m["identifier"], brand_id=fixtures["brand_id"])
    assert [p.qr_code for p in page] == [p["code"] for p in m["passes"] if p["kind"] == "coupon"]
    assert all(p.status in get_args(PassStatus) for p in page.items)


@COVERAGE.covers("listMemberStorecards")
def test_list_member_storecards_gives_points(wa: WalletApp, fixtures: Fixtures) -> None:
    page = wa.members.list_member_storecards(
        uuid=member(fixtures)["identifier"], brand_id=fixtures["brand_id"]
    )
    assert len(page.items) == 1
    assert isinstance(page.items[0].points, int)


@COVERAGE.covers("deleteMember")
def test_delete_member_removes_the_member(wa: WalletApp, fixtures: Fixtures) -> None:
    result = wa.members.delete_member(uuid=member(fixtures)["identifier"], brand_id=fixtures["brand_id"])
    assert result.success is True
    assert wa.members.list_members(brand_id=fixtures["brand_id"]).response.data.total == 24


# Bulk


@COVERAGE.covers("createCouponBatch", "getCouponBatch")
def test_coupon_batch_is_accepted_and_has_a_status_page(wa: WalletApp, fixtures: Fixtures) -> None:
    accepted = wa.bulk.create_coupon_batch(
        brand_id=fixtures["brand_id"],
        coupon_id=fixtures["coupons"][1]["id"],
        webhook_url="http://127.0.0.1:9/unused",
        users=[CouponBatchUser(identifier=member(fixtures)["identifier"], expiration_date="2027-06-30")],
    )
    assert accepted.data.queued == [UUID(member(fixtures)["identifier"])]
    status = wa.bulk.get_coupon_batch(batch_id=accepted.data.batch_id)
    assert status.data.status in get_args(BatchState)


@COVERAGE.covers("createStorecardBatch", "getStorecardBatch")
def test_storecard_batch_splits_queued_and_not_found(wa: WalletApp, fixtures: Fixtures) -> None:
    accepted = wa.bulk.create_storecard_batch(
        brand_id=fixtures["brand_id"],
        storecard_id=fixtures["storecards"][1]["id"],
        webhook_url="http://127.0.0.1:9/unused",
        users=[{"identifier": member(fixtures)["identifier"]}, {"identifier": str(UUID(int=1))}],
    )
    assert accepted.data.not_found == [UUID(int=1)]
    status = wa.bulk.get_storecard_batch(batch_id=str(accepted.data.batch_id))
    assert isinstance(status.data.requested_at, datetime.datetime)


@COVERAGE.covers("createPointsBatch", "getPointsBatch")
def test_points_batch_ends_finished(wa: WalletApp, fixtures: Fixtures) -> None:
    accepted = wa.bulk.create_points_batch(
        brand_id=fixtures["brand_id"],
        storecard_id=fixtures["storecards"][0]["id"],
        webhook_url="http://127.0.0.1:9/unused",
        users=[PointsBatchUser(identifier=member(fixtures)["identifier"], points=25)],
    )
    final = wa.batches.wait("points", accepted.data.batch_id, poll_interval=0.05)
    assert final.data.status == "finished"
    assert wa.bulk.get_points_batch(batch_id=accepted.data.batch_id).data.passes == final.data.passes


@COVERAGE.covers("signUpMembersInBulk")
def test_sign_up_members_in_bulk_takes_a_whole_body(wa: WalletApp, fixtures: Fixtures) -> None:
    body = SignUpMembersRequest(
        brand_id=fixtures["brand_id"], users=[SignupUser(email="bulk.one@example.com")]
    )
    assert wa.bulk.sign_up_members_in_bulk(body=body).data
    assert wa.members.list_members(brand_id=fixtures["brand_id"]).response.data.total == 26


@COVERAGE.covers("updateMembers")
def test_update_members_changes_the_given_fields(wa: WalletApp, fixtures: Fixtures) -> None:
    wa.bulk.update_members(
        brand_id=fixtures["brand_id"],
        users=[
            {
                "identifier": member(fixtures)["identifier"],
                "city": "Haarlem",
                "birth_day": "1990-04-17",  # a plain string in the spec (D21), not a date
            }
        ],
    )
    first = wa.members.list_members(brand_id=fixtures["brand_id"], page=1, per_page=1).items[0]
    assert (first.city, first.birth_date) == ("Haarlem", "1990-04-17")


@COVERAGE.covers("addLicensePlates")
def test_add_license_plates_confirms(wa: WalletApp, fixtures: Fixtures) -> None:
    result = wa.bulk.add_license_plates(
        users=[{"identifier": member(fixtures)["identifier"], "licenseplates": ["AB-123-C"]}]
    )
    assert result.data


@COVERAGE.covers("upsertPasses")
def test_upsert_passes_creates_a_storecard_pass(wa: WalletApp, fixtures: Fixtures) -> None:
    uuid = member(fixtures)["identifier"]
    wa.bulk.upsert_passes(
        brand_id=fixtures["brand_id"],
        storecard_id=fixtures["storecards"][1]["id"],
        users=[{"identifier": uuid, "points": 40, "start_date": "2026-04-01"}],
    )
    page = wa.members.list_member_storecards(uuid=uuid, brand_id=fixtures["brand_id"])
    assert 40 in [p.points for p in page]


# Imports


@COVERAGE.covers("importMembers", "listImportLog")
def test_import_members_then_the_import_log_lists_them(wa: WalletApp, fixtures: Fixtures) -> None:
    user = ImportUser(
        email="imported@example.com",
        brand_id=fixtures["brand_id"],
        name="Imported Member",
        points=10,
        storecard=fixtures["storecards"][0]["id"],
        start_date=datetime.date(2026, 1, 1),
    )
    result = wa.imports.import_members(
        body=ImportMembersRequest(organization_id=fixtures["organization_id"], users=[user])
    )
    assert result.imported_members == 1
    log = wa.imports.list_import_log(brand_id=fixtures["brand_id"])
    assert "imported@example.com" in [entry.email for entry in log.data]


# Passes


@COVERAGE.covers("getPass")
def test_get_pass_gives_the_pass(wa: WalletApp, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "storecard")
    result = wa.passes.get_pass(
        email=owner_of(fixtures, code)["email"], brand_id=fixtures["brand_id"], pass_code=code
    )
    assert result.data.code == code
    assert result.data.storecard is not None


@COVERAGE.covers("searchPasses")
def test_search_passes_finds_a_pass_by_code(wa: WalletApp, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "coupon")
    result = wa.passes.search_passes(pass_code=code)
    assert [r.pass_code for r in result.data] == [code]


@COVERAGE.covers("updatePass")
def test_update_pass_takes_a_datetime_for_the_expiration(wa: WalletApp, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "coupon")
    result = wa.passes.update_pass(
        email=owner_of(fixtures, code)["email"],
        brand_id=fixtures["brand_id"],
        pass_code=code,
        expiration_date=datetime.datetime(2027, 1, 31, 23, 59),
        status="redeemed",
    )
    assert result.transaction_id
    found = wa.passes.search_passes(pass_code=code).data[0]
    assert found.status == "redeemed"
    assert found.expiration_date is not None and found.expiration_date.date() == datetime.date(2027, 1, 31)


@COVERAGE.covers("deletePass")
def test_delete_pass_removes_the_pass(wa: WalletApp, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "coupon")
    result = wa.passes.delete_pass(
        email=owner_of(fixtures, code)["email"], brand_id=fixtures["brand_id"], pass_code=code
    )
    assert result.success is True
    assert wa.passes.search_passes(pass_code=code).data == []


@COVERAGE.covers("sendPassByEmail")
def test_send_pass_by_email_confirms(wa: WalletApp, fixtures: Fixtures) -> None:
    result = wa.passes.send_pass_by_email(
        email=member(fixtures)["email"],
        brand_id=fixtures["brand_id"],
        coupon_id=fixtures["coupons"][0]["id"],
        status="active",
        expiration_date=datetime.date(2027, 6, 30),
    )
    assert result.success is True


@COVERAGE.covers("createPassUrl")
def test_create_pass_url_gives_a_download_url(wa: WalletApp, fixtures: Fixtures) -> None:
    result = wa.passes.create_pass_url(
        email=member(fixtures)["email"],
        brand_id=fixtures["brand_id"],
        coupon_id=fixtures["coupons"][1]["id"],
        status="active",
        pass_title="Pastry treat",
    )
    assert result.url.startswith("my.walletapp.co/pass/")


@COVERAGE.covers("updatePassPoints")
def test_update_pass_points_changes_the_balance(wa: WalletApp, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "storecard")
    uuid = owner_of(fixtures, code)["identifier"]
    before = wa.members.list_member_storecards(uuid=uuid, brand_id=fixtures["brand_id"]).items[0].points
    wa.passes.update_pass_points(
        points=15, brand_id=fixtures["brand_id"], pass_code=code, external_reference="R-1"
    )
    after = wa.members.list_member_storecards(uuid=uuid, brand_id=fixtures["brand_id"]).items[0].points
    assert after == before + 15


# Mailing


@COVERAGE.covers("listTemplates", "getTemplate")
def test_templates_are_listed_and_inspected(wa: WalletApp, fixtures: Fixtures) -> None:
    listed = wa.mailing.list_templates(brand_id=fixtures["brand_id"])
    assert [t.identifier for t in listed.data] == [t["id"] for t in fixtures["templates"]]
    template = wa.mailing.get_template(id=listed.data[0].identifier)
    assert template.data.custom_tags == fixtures["templates"][0]["custom_tags"]


@COVERAGE.covers("sendMail")
def test_send_mail_fills_merge_tags_from_a_dict(wa: WalletApp, fixtures: Fixtures) -> None:
    uuid = member(fixtures)["identifier"]
    result = wa.mailing.send_mail(
        brand_id=fixtures["brand_id"],
        template_id=fixtures["templates"][0]["id"],
        user={"identifier": uuid, "store_name": "Demo Coffee Utrecht"},
    )
    assert uuid in result.data
    assert result.data[uuid].status


@COVERAGE.covers("createMailBatch", "getMailBatch")
def test_mail_batch_is_waited_for(wa: WalletApp, fixtures: Fixtures) -> None:
    recipient = MailRecipient(identifier=member(fixtures)["identifier"])
    recipient["store_name"] = "Demo Coffee Utrecht"
    accepted = wa.mailing.create_mail_batch(
        brand_id=fixtures["brand_id"], template_id=fixtures["templates"][0]["id"], users=[recipient]
    )
    final = wa.batches.wait("mails", accepted.data.batch_id, poll_interval=0.05)
    assert final.data.status == "finished"
    assert len(wa.mailing.get_mail_batch(batch_id=accepted.data.batch_id).data.mails) == 1
