"""Every failure the mock can produce, through the SDK: one typed exception each, with a one-line message
that names the method and path and never the token. (429, 5xx, HTML pages and malformed answers come
from local servers in test_retries.py; BatchFailedError and WebhookParseError in test_batches.py.)"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from walletapp_client import WalletApp
from walletapp_client.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
    WalletAppError,
)
from walletapp_client.models import UnsubscribeMemberRequest
from walletapp_tools.contract import MockServer

from tests.support.servers import closed_port_url

Fixtures = dict[str, Any]


def test_an_unknown_token_is_an_authentication_error(mock: MockServer, fixtures: Fixtures) -> None:
    wa = WalletApp(token="9|not-a-real-token", base_url=mock.base_url)
    with wa, pytest.raises(AuthenticationError) as raised:
        wa.members.list_members(brand_id=fixtures["brand_id"])
    assert raised.value.status_code == 401
    assert str(raised.value) == "GET /members/list: 401 Unauthorized: Unauthenticated."
    assert "not-a-real-token" not in repr(raised.value.__dict__)


def test_a_token_without_the_ability_is_permission_denied_naming_it(
    readonly: WalletApp, fixtures: Fixtures
) -> None:
    with pytest.raises(PermissionDeniedError) as raised:
        readonly.members.sign_up_members(brand_id=fixtures["brand_id"], users=[{"email": "a@example.com"}])
    assert raised.value.message == "Invalid ability provided."
    assert str(raised.value).endswith("(needs the 'members.store' ability)")
    assert readonly.members.list_members(brand_id=fixtures["brand_id"], per_page=1).items, "reads still work"


def test_an_unknown_member_is_not_found(wa: WalletApp, fixtures: Fixtures) -> None:
    with pytest.raises(NotFoundError) as raised:
        wa.members.list_member_storecards(uuid=uuid.UUID(int=5), brand_id=fixtures["brand_id"])
    assert raised.value.status_code == 404
    assert isinstance(raised.value.body, dict)


def test_an_invalid_body_is_unprocessable_with_every_field_error(wa: WalletApp, fixtures: Fixtures) -> None:
    with pytest.raises(UnprocessableEntityError) as raised:
        wa.members.sign_up_members(
            brand_id=fixtures["brand_id"], users=[{"email": "not-an-email"}, {"email": "also wrong"}]
        )
    error = raised.value
    assert sorted(error.errors) == ["users.0.email", "users.1.email"]
    assert error.errors["users.0.email"] == ["The users.0.email field must be a valid email address."]
    assert error.message == "The users.0.email field must be a valid email address. (and 1 more error)"
    assert str(error) == f"POST /members/signups: 422 Unprocessable Entity: {error.message}"


def test_no_server_is_a_connection_error_after_the_retries(fixtures: Fixtures) -> None:
    wa = WalletApp(token="1|x", base_url=closed_port_url(), max_retries=1)
    with wa, pytest.raises(APIConnectionError) as raised:
        wa.mailing.list_templates(brand_id=fixtures["brand_id"])
    assert raised.value.request is not None


def test_every_failure_is_a_wallet_app_error(readonly: WalletApp, fixtures: Fixtures) -> None:
    with pytest.raises(WalletAppError) as raised:
        readonly.passes.search_passes(pass_code="nothing")
    assert isinstance(raised.value, APIStatusError)


def test_arguments_are_checked_before_anything_is_sent(wa: WalletApp, fixtures: Fixtures) -> None:
    body = UnsubscribeMemberRequest(brand_id=fixtures["brand_id"], email="a@example.com")
    with pytest.raises(TypeError, match=r"sign_up_members\(\) missing keyword argument 'users'"):
        wa.members.sign_up_members(brand_id=fixtures["brand_id"])  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="pass body= or the body's fields, not both"):
        wa.members.unsubscribe_member(body=body, email="b@example.com")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="SignupUser: the field 'email' is required"):
        wa.members.sign_up_members(brand_id=fixtures["brand_id"], users=[{"first_name": "Anna"}])
