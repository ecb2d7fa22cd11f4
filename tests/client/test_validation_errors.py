"""Bad input through the client: the mock's 422 surfaces as the typed ValidationError model (with the
offending fields), never as a crash in the client's parsing."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any
from uuid import UUID

import pytest
from walletapp_client import AuthenticatedClient
from walletapp_client.api.bulk import create_coupon_batch
from walletapp_client.api.members import list_members, sign_up_members
from walletapp_client.api.passes import get_pass
from walletapp_client.models import (
    CouponBatchRequest,
    ErrorMessage,
    SignUpMembersRequest,
    SignupUser,
    ValidationError,
)

Fixtures = dict[str, Any]


def test_an_invalid_email_is_a_typed_validation_error(
    client: AuthenticatedClient, fixtures: Fixtures
) -> None:
    body = SignUpMembersRequest(brand_id=UUID(fixtures["brand_id"]), users=[SignupUser(email="not-an-email")])
    response = sign_up_members.sync_detailed(client=client, body=body)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(response.parsed, ValidationError)
    assert "users.0.email" in response.parsed.errors.to_dict()
    assert response.parsed.errors["users.0.email"]
    assert response.parsed.message


def test_an_empty_batch_is_a_typed_validation_error(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    body = CouponBatchRequest(
        brand_id=UUID(fixtures["brand_id"]),
        coupon_id=UUID(fixtures["coupons"][0]["id"]),
        webhook_url="http://127.0.0.1:9/unused",
        users=[],
    )
    response = create_coupon_batch.sync_detailed(client=client, body=body)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(response.parsed, ValidationError)
    assert "users" in response.parsed.errors.to_dict()


def test_a_field_the_model_cannot_express_is_still_a_typed_error(
    client: AuthenticatedClient, fixtures: Fixtures
) -> None:
    """Extra, unknown fields ride on `additional_properties`; the answer still parses."""
    user = SignupUser(email="valid@example.com")
    user["unsubscribed"] = "sometimes"
    body = SignUpMembersRequest(brand_id=UUID(fixtures["brand_id"]), users=[user])
    response = sign_up_members.sync_detailed(client=client, body=body)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(response.parsed, ValidationError)
    assert list(response.parsed.errors.to_dict()) == ["users.0.unsubscribed"]


@pytest.mark.parametrize(("page", "per_page"), [(0, 10), (1, 0)])
def test_out_of_range_pagination_is_a_typed_validation_error(
    client: AuthenticatedClient, fixtures: Fixtures, page: int, per_page: int
) -> None:
    response = list_members.sync_detailed(
        client=client, brand_id=UUID(fixtures["brand_id"]), page=page, per_page=per_page
    )
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(response.parsed, ValidationError)


def test_an_unknown_pass_is_a_typed_not_found(client: AuthenticatedClient, fixtures: Fixtures) -> None:
    response = get_pass.sync_detailed(
        client=client, email="nobody@example.com", brand_id=UUID(fixtures["brand_id"]), pass_code="NOPE-0000"
    )
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, ErrorMessage)
