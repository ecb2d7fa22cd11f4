"""Inferences speclint sees by comparing the spec with the documentation pages (openapi/sources)."""

from __future__ import annotations

from typing import Any

from .conftest import project_findings

MARKER = "x-walletapp-inferred"


def test_a_type_that_differs_from_the_page_must_be_marked(project: dict[str, Any]) -> None:
    del project["components"]["parameters"]["PageQuery"][MARKER]

    found = [f for f in project_findings(project) if f[1] == "#/components/parameters/PageQuery"]

    assert found == [
        (
            "GET /members/list (listMembers)",
            "#/components/parameters/PageQuery",
            "`page` differs from the page (type string on the page, integer here; format int64 here; "
            f"minimum here; maximum here): mark it with {MARKER}",
        )
    ]


def test_a_format_the_page_never_names_must_be_marked(project: dict[str, Any]) -> None:
    """Planted: a batch request's `pass_title` closed to an email address."""
    project["components"]["schemas"]["CouponBatchUser"]["properties"]["pass_title"]["format"] = "email"
    field = "#/components/schemas/CouponBatchUser/properties/pass_title"

    assert [f for f in project_findings(project) if f[1] == field] == [
        (
            "POST /bulk/coupons (createCouponBatch)",
            "#/components/schemas/CouponBatchUser/properties/pass_title",
            f"`users.*.pass_title` differs from the page (format email here): mark it with {MARKER}",
        )
    ]


def test_a_format_the_page_names_for_that_field_elsewhere_needs_no_marker(project: dict[str, Any]) -> None:
    """`brand_id` is "The UUID of the brand" on the passes page, so a UUID brand id is documented."""
    assert "format" in project["components"]["schemas"]["CouponBatchRequest"]["properties"]["brand_id"]

    assert project_findings(project) == []


def test_requiredness_that_differs_from_the_page_must_be_marked(project: dict[str, Any]) -> None:
    project["components"]["schemas"]["StorecardBatchUser"]["required"].append("qr_code")
    del project["components"]["schemas"]["StorecardBatchUser"]["properties"]["qr_code"][MARKER]
    field = "#/components/schemas/StorecardBatchUser/properties/qr_code"

    assert [f for f in project_findings(project) if f[1] == field] == [
        (
            "POST /bulk/storecards (createStorecardBatch)",
            "#/components/schemas/StorecardBatchUser/properties/qr_code",
            "`users.*.qr_code` differs from the page (optional on the page, required here): "
            f"mark it with {MARKER}",
        )
    ]


def test_a_request_field_the_page_does_not_list_must_be_marked(project: dict[str, Any]) -> None:
    project["components"]["schemas"]["SendMailRequest"]["properties"]["reply_to"] = {
        "type": "string",
        "format": "email",
        "description": "Where answers to the mail go.",
    }

    assert project_findings(project) == [
        (
            "POST /mail (sendMail)",
            "#/components/schemas/SendMailRequest/properties/reply_to",
            f"`reply_to` is not on the page: mark it with {MARKER}",
        )
    ]


def test_an_answer_field_the_pages_example_does_not_show_must_be_marked(project: dict[str, Any]) -> None:
    del project["components"]["schemas"]["MemberPage"]["properties"]["path"][MARKER]

    assert project_findings(project) == [
        (
            "GET /members/list (listMembers)",
            "#/components/schemas/MemberPage/properties/path",
            f"answer field `data.path` is not in the page's example: mark it with {MARKER}",
        )
    ]


def test_a_documented_field_the_spec_lacks_is_reported(project: dict[str, Any]) -> None:
    del project["components"]["schemas"]["CouponPassRequest"]["properties"]["pass_title"]

    found = project_findings(project)

    assert (
        "POST /passes (sendPassByEmail)",
        "#/paths/~1passes/post",
        "the page lists `pass_title`, which the spec lacks",
    ) in found
