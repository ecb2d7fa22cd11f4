"""Every operation of the spec through the generated client (sync), against the mock, asserting on the
parsed, typed models. A new operation in the spec fails test_every_operation_has_an_end_to_end_test
until it gets its test here."""

from __future__ import annotations

import datetime
from typing import Any, get_args
from uuid import UUID

from walletapp_client import AuthenticatedClient
from walletapp_client.api.bulk import (
    add_license_plates,
    create_coupon_batch,
    create_points_batch,
    create_storecard_batch,
    get_coupon_batch,
    get_points_batch,
    get_storecard_batch,
    sign_up_members_in_bulk,
    update_members,
    upsert_passes,
)
from walletapp_client.api.imports import import_members, list_import_log
from walletapp_client.api.mailing import (
    create_mail_batch,
    get_mail_batch,
    get_template,
    list_templates,
    send_mail,
)
from walletapp_client.api.members import (
    delete_member,
    get_member_pass_codes,
    list_member_coupons,
    list_member_points,
    list_member_storecards,
    list_members,
    set_favorite_location,
    sign_up_members,
    unsubscribe_member,
    unsubscribe_members,
)
from walletapp_client.api.passes import (
    create_pass_url,
    delete_pass,
    get_pass,
    search_passes,
    send_pass_by_email,
    update_pass,
    update_pass_points,
)
from walletapp_client.models import (
    AddLicensePlatesRequest,
    BatchAcceptedResponse,
    BatchState,
    ConfirmationResponse,
    CouponBatchRequest,
    CouponBatchUser,
    CouponPassPage,
    CouponPassRequest,
    ErrorMessage,
    FavoriteLocationResponse,
    ImportLogResponse,
    ImportMembersRequest,
    ImportResult,
    ImportUser,
    LicensePlateAssignment,
    ListMemberPointsRequest,
    MailBatchRequest,
    MailBatchStatusResponse,
    MailRecipient,
    MemberListResponse,
    MemberPassCodesResponse,
    MemberPointsResponse,
    MemberUpdate,
    PassBatchStatusResponse,
    PassResponse,
    PassSearchResponse,
    PassStatus,
    PassTransaction,
    PassUpsert,
    PassUrl,
    PointsBatchRequest,
    PointsBatchUser,
    SendMailRequest,
    SendMailResponse,
    SetFavoriteLocationRequest,
    SignUpMembersRequest,
    SignUpMembersResponse,
    SignupUser,
    StorecardBatchRequest,
    StorecardBatchUser,
    StorecardPassPage,
    SuccessMessage,
    TemplateListResponse,
    TemplateResponse,
    UnsubscribeMemberRequest,
    UnsubscribeMembersRequest,
    UnsubscribeMembersResponse,
    UpdateMembersRequest,
    UpdatePassPointsRequest,
    UpdatePassRequest,
    UpsertPassesRequest,
)

from . import COVERAGE

Fixtures = dict[str, Any]


def brand(fx: Fixtures) -> UUID:
    return UUID(fx["brand_id"])


def member(fx: Fixtures, index: int = 0) -> dict[str, Any]:
    m: dict[str, Any] = fx["members"][index]
    return m


def pass_code(fx: Fixtures, kind: str, index: int = 0) -> str:
    for m in fx["members"][index:]:
        for p in m["passes"]:
            if p["kind"] == kind:
                code: str = p["code"]
                return code
    raise AssertionError(f"no seeded {kind} pass")


def owner_of(fx: Fixtures, code: str) -> dict[str, Any]:
    return next(m for m in fx["members"] if any(p["code"] == code for p in m["passes"]))


def test_every_operation_has_an_end_to_end_test() -> None:
    assert COVERAGE.problems("sync") + COVERAGE.problems("async", every_operation=False) == []


# Members


@COVERAGE.covers("listMembers")
def test_list_members_pages_through_the_brand(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    page = list_members.sync(client=client, brand_id=brand(fixtures), page=2, per_page=5)
    assert isinstance(page, MemberListResponse)
    assert page.data.total == fixtures["member_count"]
    assert page.data.current_page == 2
    assert len(page.data.members) == 5
    assert page.data.members[0].identifier == UUID(member(fixtures, 5)["identifier"])


@COVERAGE.covers("listMemberPoints")
def test_list_member_points_gives_each_storecard_balance(
    client: AuthenticatedClient, fixtures: Fixtures
) -> None:
    storecard = UUID(fixtures["storecards"][0]["id"])
    result = list_member_points.sync(
        client=client, body=ListMemberPointsRequest(brand_id=brand(fixtures), storecard_id=storecard)
    )
    assert isinstance(result, MemberPointsResponse)
    assert result.success is True
    assert {row.email for row in result.data} >= {m["email"] for m in fixtures["members"]}
    assert all(isinstance(row.points, int) for row in result.data)


@COVERAGE.covers("getMemberPassCodes")
def test_get_member_pass_codes_finds_a_member_by_email(
    client: AuthenticatedClient, fixtures: Fixtures
) -> None:
    m = member(fixtures)
    result = get_member_pass_codes.sync(client=client, brand_id=brand(fixtures), email=m["email"])
    assert isinstance(result, MemberPassCodesResponse)
    assert result.email == m["email"]
    assert sorted(result.pass_codes) == sorted(p["code"] for p in m["passes"])


@COVERAGE.covers("unsubscribeMember")
def test_unsubscribe_member_flags_the_member(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    m = member(fixtures)
    result = unsubscribe_member.sync(
        client=client, body=UnsubscribeMemberRequest(brand_id=brand(fixtures), email=m["email"])
    )
    assert isinstance(result, ConfirmationResponse)
    page = list_members.sync(client=client, brand_id=brand(fixtures), page=1, per_page=1)
    assert isinstance(page, MemberListResponse)
    assert page.data.members[0].unsubscribed == 1


@COVERAGE.covers("unsubscribeMembers")
def test_unsubscribe_members_counts_the_members_unsubscribed(
    client: AuthenticatedClient, fixtures: Fixtures
) -> None:
    emails = [member(fixtures, 0)["email"], member(fixtures, 1)["email"], "nobody@example.com"]
    result = unsubscribe_members.sync(
        client=client, body=UnsubscribeMembersRequest(brand_id=brand(fixtures), email=emails)
    )
    assert isinstance(result, UnsubscribeMembersResponse)
    assert result.data.amount == 2


@COVERAGE.covers("signUpMembers")
def test_sign_up_members_returns_new_and_found_ids(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    existing = member(fixtures)["email"]
    body = SignUpMembersRequest(
        brand_id=brand(fixtures),
        users=[SignupUser(email="new.member@example.com", first_name="New"), SignupUser(email=existing)],
    )
    result = sign_up_members.sync(client=client, body=body)
    assert isinstance(result, SignUpMembersResponse)
    new, found = result.data.new.to_dict(), result.data.found.to_dict()
    assert list(new) == ["new.member@example.com"]
    assert found == {existing: member(fixtures)["identifier"]}
    UUID(new["new.member@example.com"])


@COVERAGE.covers("setFavoriteLocation")
def test_set_favorite_location_confirms_the_members(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    ids = [UUID(member(fixtures, 0)["identifier"]), UUID(member(fixtures, 1)["identifier"])]
    body = SetFavoriteLocationRequest(location_id=fixtures["locations"][0]["external_id"], users=ids)
    result = set_favorite_location.sync(client=client, body=body)
    assert isinstance(result, FavoriteLocationResponse)
    assert result.success is True
    assert result.users == ids


@COVERAGE.covers("listMemberCoupons")
def test_list_member_coupons_gives_the_coupon_passes(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    m = owner_of(fixtures, pass_code(fixtures, "coupon"))
    page = list_member_coupons.sync(UUID(m["identifier"]), client=client, brand_id=brand(fixtures))
    assert isinstance(page, CouponPassPage)
    assert [p.qr_code for p in page.data] == [p["code"] for p in m["passes"] if p["kind"] == "coupon"]
    assert all(p.status in get_args(PassStatus) for p in page.data)


@COVERAGE.covers("listMemberStorecards")
def test_list_member_storecards_gives_points(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    m = member(fixtures)
    page = list_member_storecards.sync(UUID(m["identifier"]), client=client, brand_id=brand(fixtures))
    assert isinstance(page, StorecardPassPage)
    assert len(page.data) == 1
    assert isinstance(page.data[0].points, int)
    assert isinstance(page.data[0].created_at, datetime.datetime)


@COVERAGE.covers("deleteMember")
def test_delete_member_removes_the_member(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    uuid = UUID(member(fixtures)["identifier"])
    result = delete_member.sync(uuid, client=client, brand_id=brand(fixtures))
    assert isinstance(result, SuccessMessage)
    assert result.success is True
    again = list_member_storecards.sync(uuid, client=client, brand_id=brand(fixtures))
    assert isinstance(again, ErrorMessage)


# Bulk


def _coupon_batch(client: AuthenticatedClient, fx: Fixtures, url: str) -> BatchAcceptedResponse:
    body = CouponBatchRequest(
        brand_id=brand(fx),
        coupon_id=UUID(fx["coupons"][1]["id"]),
        webhook_url=url,
        users=[CouponBatchUser(identifier=UUID(member(fx)["identifier"]), pass_title="Spring treat")],
    )
    result = create_coupon_batch.sync(client=client, body=body)
    assert isinstance(result, BatchAcceptedResponse)
    return result


@COVERAGE.covers("createCouponBatch")
def test_create_coupon_batch_queues_known_members(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    result = _coupon_batch(client, fixtures, "http://127.0.0.1:9/unused")
    assert result.data.queued == [UUID(member(fixtures)["identifier"])]
    assert result.data.not_found == []


@COVERAGE.covers("getCouponBatch")
def test_get_coupon_batch_reports_its_state(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    accepted = _coupon_batch(client, fixtures, "http://127.0.0.1:9/unused")
    status = get_coupon_batch.sync(accepted.data.batch_id, client=client)
    assert isinstance(status, PassBatchStatusResponse)
    assert status.data.status in get_args(BatchState)
    assert isinstance(status.data.requested_at, datetime.datetime)


@COVERAGE.covers("createStorecardBatch")
def test_create_storecard_batch_splits_queued_and_not_found(
    client: AuthenticatedClient, fixtures: Fixtures
) -> None:
    unknown = UUID(int=1)
    body = StorecardBatchRequest(
        brand_id=brand(fixtures),
        storecard_id=UUID(fixtures["storecards"][1]["id"]),
        webhook_url="http://127.0.0.1:9/unused",
        users=[
            StorecardBatchUser(identifier=UUID(member(fixtures)["identifier"])),
            StorecardBatchUser(identifier=unknown),
        ],
    )
    result = create_storecard_batch.sync(client=client, body=body)
    assert isinstance(result, BatchAcceptedResponse)
    assert result.data.queued == [UUID(member(fixtures)["identifier"])]
    assert result.data.not_found == [unknown]


@COVERAGE.covers("getStorecardBatch")
def test_get_storecard_batch_of_an_unknown_batch_is_not_found(
    client: AuthenticatedClient, fixtures: Fixtures
) -> None:
    result = get_storecard_batch.sync(UUID(int=2), client=client)
    assert isinstance(result, ErrorMessage)
    assert result.message


@COVERAGE.covers("createPointsBatch")
def test_create_points_batch_queues_known_members(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    body = PointsBatchRequest(
        brand_id=brand(fixtures),
        storecard_id=UUID(fixtures["storecards"][0]["id"]),
        webhook_url="http://127.0.0.1:9/unused",
        users=[PointsBatchUser(identifier=UUID(member(fixtures)["identifier"]), points=25)],
    )
    result = create_points_batch.sync(client=client, body=body)
    assert isinstance(result, BatchAcceptedResponse)
    assert result.data.queued == [UUID(member(fixtures)["identifier"])]


@COVERAGE.covers("getPointsBatch")
def test_get_points_batch_of_an_unknown_batch_is_not_found(
    client: AuthenticatedClient, fixtures: Fixtures
) -> None:
    assert isinstance(get_points_batch.sync(UUID(int=3), client=client), ErrorMessage)


@COVERAGE.covers("signUpMembersInBulk")
def test_sign_up_members_in_bulk_adds_members(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    body = SignUpMembersRequest(brand_id=brand(fixtures), users=[SignupUser(email="bulk.one@example.com")])
    result = sign_up_members_in_bulk.sync(client=client, body=body)
    assert isinstance(result, ConfirmationResponse)
    page = list_members.sync(client=client, brand_id=brand(fixtures))
    assert isinstance(page, MemberListResponse)
    assert page.data.total == fixtures["member_count"] + 1


@COVERAGE.covers("updateMembers")
def test_update_members_changes_the_given_fields(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    body = UpdateMembersRequest(
        brand_id=brand(fixtures),
        users=[MemberUpdate(identifier=UUID(member(fixtures)["identifier"]), city="Haarlem")],
    )
    assert isinstance(update_members.sync(client=client, body=body), ConfirmationResponse)
    page = list_members.sync(client=client, brand_id=brand(fixtures), page=1, per_page=1)
    assert isinstance(page, MemberListResponse)
    assert page.data.members[0].city == "Haarlem"


@COVERAGE.covers("addLicensePlates")
def test_add_license_plates_confirms(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    body = AddLicensePlatesRequest(
        users=[
            LicensePlateAssignment(
                identifier=UUID(member(fixtures)["identifier"]), licenseplates=["AB-123-C"]
            )
        ]
    )
    result = add_license_plates.sync(client=client, body=body)
    assert isinstance(result, ConfirmationResponse)


@COVERAGE.covers("upsertPasses")
def test_upsert_passes_creates_a_storecard_pass(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    uuid = UUID(member(fixtures)["identifier"])
    body = UpsertPassesRequest(
        brand_id=brand(fixtures),
        storecard_id=UUID(fixtures["storecards"][1]["id"]),
        users=[PassUpsert(identifier=uuid, points=40)],
    )
    assert isinstance(upsert_passes.sync(client=client, body=body), ConfirmationResponse)
    page = list_member_storecards.sync(uuid, client=client, brand_id=brand(fixtures))
    assert isinstance(page, StorecardPassPage)
    assert 40 in [p.points for p in page.data]


# Imports


@COVERAGE.covers("importMembers")
def test_import_members_counts_the_imported(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    user = ImportUser(
        email="imported@example.com",
        brand_id=brand(fixtures),
        name="Imported Member",
        points=10,
        storecard=UUID(fixtures["storecards"][0]["id"]),
    )
    body = ImportMembersRequest(organization_id=fixtures["organization_id"], users=[user])
    result = import_members.sync(client=client, body=body)
    assert isinstance(result, ImportResult)
    assert result.imported_members == 1


@COVERAGE.covers("listImportLog")
def test_list_import_log_lists_imported_members(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    test_import_members_counts_the_imported(client, fixtures)
    result = list_import_log.sync(client=client, brand_id=brand(fixtures))
    assert isinstance(result, ImportLogResponse)
    assert "imported@example.com" in [entry.email for entry in result.data]


# Passes


@COVERAGE.covers("getPass")
def test_get_pass_gives_the_pass(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "storecard")
    result = get_pass.sync(
        client=client, email=owner_of(fixtures, code)["email"], brand_id=brand(fixtures), pass_code=code
    )
    assert isinstance(result, PassResponse)
    assert result.data.code == code
    assert result.data.storecard is not None


@COVERAGE.covers("searchPasses")
def test_search_passes_finds_a_pass_by_code(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "coupon")
    result = search_passes.sync(client=client, pass_code=code)
    assert isinstance(result, PassSearchResponse)
    assert [r.pass_code for r in result.data] == [code]
    assert result.data[0].member_id == UUID(owner_of(fixtures, code)["identifier"])


@COVERAGE.covers("updatePass")
def test_update_pass_changes_the_status(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "coupon")
    body = UpdatePassRequest(
        email=owner_of(fixtures, code)["email"],
        brand_id=brand(fixtures),
        pass_code=code,
        expiration_date="2027-01-31 23:59:00",
        status="redeemed",
    )
    result = update_pass.sync(client=client, body=body)
    assert isinstance(result, PassTransaction)
    found = search_passes.sync(client=client, pass_code=code)
    assert isinstance(found, PassSearchResponse)
    assert found.data[0].status == "redeemed"


@COVERAGE.covers("deletePass")
def test_delete_pass_removes_the_pass(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "coupon")
    email = owner_of(fixtures, code)["email"]
    result = delete_pass.sync(client=client, email=email, brand_id=brand(fixtures), pass_code=code)
    assert isinstance(result, SuccessMessage)
    again = get_pass.sync(client=client, email=email, brand_id=brand(fixtures), pass_code=code)
    assert isinstance(again, ErrorMessage)


@COVERAGE.covers("sendPassByEmail")
def test_send_pass_by_email_confirms(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    body = CouponPassRequest(
        email=member(fixtures)["email"],
        brand_id=brand(fixtures),
        coupon_id=UUID(fixtures["coupons"][0]["id"]),
        status="active",
    )
    result = send_pass_by_email.sync(client=client, body=body)
    assert isinstance(result, SuccessMessage)
    assert result.success is True


@COVERAGE.covers("createPassUrl")
def test_create_pass_url_gives_a_download_url(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    body = CouponPassRequest(
        email=member(fixtures)["email"],
        brand_id=brand(fixtures),
        coupon_id=UUID(fixtures["coupons"][1]["id"]),
        status="active",
        pass_title="Pastry treat",
    )
    result = create_pass_url.sync(client=client, body=body)
    assert isinstance(result, PassUrl)
    assert result.url.startswith("my.walletapp.co/pass/"), "documented without scheme"


@COVERAGE.covers("updatePassPoints")
def test_update_pass_points_changes_the_balance(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    code = pass_code(fixtures, "storecard")
    uuid = UUID(owner_of(fixtures, code)["identifier"])
    before = list_member_storecards.sync(uuid, client=client, brand_id=brand(fixtures))
    assert isinstance(before, StorecardPassPage)
    body = UpdatePassPointsRequest(points=15, brand_id=brand(fixtures), pass_code=code)
    result = update_pass_points.sync(client=client, body=body)
    assert isinstance(result, PassTransaction)
    after = list_member_storecards.sync(uuid, client=client, brand_id=brand(fixtures))
    assert isinstance(after, StorecardPassPage)
    assert after.data[0].points == before.data[0].points + 15


# Mailing


@COVERAGE.covers("listTemplates")
def test_list_templates_lists_the_brand_templates(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    result = list_templates.sync(client=client, brand_id=brand(fixtures))
    assert isinstance(result, TemplateListResponse)
    assert [t.identifier for t in result.data] == [t["id"] for t in fixtures["templates"]]


@COVERAGE.covers("getTemplate")
def test_get_template_gives_its_tags(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    template = fixtures["templates"][0]
    result = get_template.sync(template["id"], client=client)
    assert isinstance(result, TemplateResponse)
    assert result.data.custom_tags == template["custom_tags"]
    assert result.data.reserved_tags == template["reserved_tags"]


@COVERAGE.covers("sendMail")
def test_send_mail_reports_the_delivery(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    recipient = MailRecipient(identifier=UUID(member(fixtures)["identifier"]))
    recipient["store_name"] = "Demo Coffee Utrecht"
    body = SendMailRequest(
        brand_id=brand(fixtures), template_id=fixtures["templates"][0]["id"], user=recipient
    )
    result = send_mail.sync(client=client, body=body)
    assert isinstance(result, SendMailResponse)
    assert member(fixtures)["identifier"] in result.data.to_dict()


@COVERAGE.covers("createMailBatch")
def test_create_mail_batch_queues_known_members(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    body = MailBatchRequest(
        brand_id=brand(fixtures),
        template_id=fixtures["templates"][0]["id"],
        users=[MailRecipient(identifier=UUID(member(fixtures)["identifier"]))],
    )
    result = create_mail_batch.sync(client=client, body=body)
    assert isinstance(result, BatchAcceptedResponse)
    assert result.data.queued == [UUID(member(fixtures)["identifier"])]


@COVERAGE.covers("getMailBatch")
def test_get_mail_batch_reports_its_state(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    body = MailBatchRequest(
        brand_id=brand(fixtures),
        template_id=fixtures["templates"][0]["id"],
        users=[MailRecipient(identifier=UUID(member(fixtures)["identifier"]))],
    )
    accepted = create_mail_batch.sync(client=client, body=body)
    assert isinstance(accepted, BatchAcceptedResponse)
    status = get_mail_batch.sync(accepted.data.batch_id, client=client)
    assert isinstance(status, MailBatchStatusResponse)
    assert status.data.status in get_args(BatchState)
