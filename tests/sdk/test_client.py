"""The client itself, through httpx.MockTransport (no network): token and base URL, headers and their
isolation, timeouts, the User-Agent, copies with other options, and the models' conveniences (map-like
models, str identifiers, timestamps as datetime, date or checked strings)."""

from __future__ import annotations

import datetime
import platform
import re
from collections.abc import Callable, Mapping
from uuid import UUID

import httpx
import pytest
from walletapp_client import AuthenticatedClient, WalletApp
from walletapp_client.api.members import list_members
from walletapp_client.errors import WalletAppError
from walletapp_client.models import (
    CouponBatchUser,
    FieldErrors,
    NewMemberIds,
    PointsBatchUser,
    SignupUser,
    UpdatePassRequest,
)
from walletapp_tools.spec import SpecSchemas

from tests.generated.client_spec import client_spec
from tests.support.servers import MEMBER_PAGE

BRAND = "9ac0d510-39cb-4520-a843-082befafa314"


def recording(sent: list[httpx.Request]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=MEMBER_PAGE)

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_the_token_comes_from_the_environment_when_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[httpx.Request] = []
    monkeypatch.setenv("WALLETAPP_TOKEN", "1|from-env")
    with WalletApp(http_client=recording(sent)) as wa:
        wa.members.list_members(brand_id=BRAND)
    assert sent[0].headers["Authorization"] == "Bearer 1|from-env"
    assert str(sent[0].url).startswith("https://api.walletapp.co/members/list?brand_id=")
    monkeypatch.delenv("WALLETAPP_TOKEN")
    with pytest.raises(WalletAppError, match=r"no API token: pass token=\.\.\. or set the WALLETAPP_TOKEN"):
        WalletApp()


def test_every_request_says_who_sends_it() -> None:
    sent: list[httpx.Request] = []
    with WalletApp(token="t", http_client=recording(sent)) as wa:
        wa.members.list_members(brand_id=BRAND)
    python = ".".join(platform.python_version_tuple()[:2])
    assert re.fullmatch(
        rf"walletapp-client/\d+\.\d+\.\d+ python/{python} httpx/\d+\.\d+", sent[0].headers["User-Agent"]
    )
    assert sent[0].headers["Accept"] == "application/json"


def test_extra_headers_go_to_one_call_and_no_client_changes_another() -> None:
    sent: list[httpx.Request] = []
    shared = recording(sent)
    with WalletApp(token="t", http_client=shared, default_headers={"X-Team": "loyalty"}) as wa:
        tagged = wa.with_options(default_headers={"X-Tenant": "a"})
        wa.members.list_members(brand_id=BRAND, extra_headers={"X-Request-Id": "42"})
        wa.members.list_members(brand_id=BRAND)
        tagged.members.list_members(brand_id=BRAND)
    first, second, third = (dict(r.headers) for r in sent)
    assert (first["x-request-id"], first["x-team"]) == ("42", "loyalty")
    assert "x-request-id" not in second and "x-tenant" not in second
    assert (third["x-tenant"], third["x-team"]) == ("a", "loyalty")
    assert not shared.headers.get("x-team"), "the given httpx.Client is never changed"
    assert not shared.is_closed, "nor closed"


def test_extra_headers_cannot_replace_the_token() -> None:
    sent: list[httpx.Request] = []
    with WalletApp(token="real", http_client=recording(sent)) as wa:
        wa.members.list_members(brand_id=BRAND, extra_headers={"Authorization": "Bearer other"})
    assert sent[0].headers["Authorization"] == "Bearer real"


def test_timeouts_are_finite_by_default_and_set_per_client_and_per_call() -> None:
    sent: list[httpx.Request] = []
    with WalletApp(token="t", http_client=recording(sent)) as wa:
        assert wa.timeout == httpx.Timeout(60.0, connect=5.0)
        assert wa.max_retries == 2
        wa.members.list_members(brand_id=BRAND)
        wa.members.list_members(brand_id=BRAND, timeout=3)
        quick = wa.with_options(timeout=1.5, max_retries=0)
        quick.members.list_members(brand_id=BRAND)
        assert (quick.timeout, quick.max_retries, wa.timeout) == (1.5, 0, httpx.Timeout(60.0, connect=5.0))
    timeouts = [r.extensions["timeout"] for r in sent]
    assert timeouts[0] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert timeouts[1] == {"connect": 3, "read": 3, "write": 3, "pool": 3}
    assert timeouts[2]["read"] == 1.5


def test_the_low_level_with_headers_leaves_the_original_client_alone() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=MEMBER_PAGE)

    transport = httpx.MockTransport(handler)
    original = AuthenticatedClient(
        base_url="http://walletapp.test", token="t", httpx_args={"transport": transport}
    )
    list_members.sync_detailed(client=original, brand_id=UUID(BRAND))  # its httpx.Client now exists
    tagged = original.with_headers({"X-Tenant": "a"})
    list_members.sync_detailed(client=tagged, brand_id=UUID(BRAND))
    list_members.sync_detailed(client=original, brand_id=UUID(BRAND))
    assert [r.headers.get("x-tenant") for r in sent] == [None, "a", None]


def test_map_like_models_are_mappings() -> None:
    ids = NewMemberIds.from_dict({"a@example.com": "7f3ced78-8000-485c-abdc-998e30def373"})
    assert isinstance(ids, Mapping)
    assert (len(ids), list(ids), "a@example.com" in ids) == (1, ["a@example.com"], True)
    assert dict(ids.items()) == {"a@example.com": UUID("7f3ced78-8000-485c-abdc-998e30def373")}
    assert ids.get("b@example.com") is None
    errors = FieldErrors.from_dict({"users.0.email": ["must be an email"]})
    assert {field: messages for field, messages in errors.items()} == {"users.0.email": ["must be an email"]}


UTC = datetime.UTC
DAY = datetime.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: PointsBatchUser(identifier=BRAND, points=1), {"identifier": BRAND, "points": 1}),
        (
            lambda: CouponBatchUser(identifier=UUID(BRAND), expiration_date="2026-06-30"),
            {"identifier": BRAND, "expiration_date": "2026-06-30"},
        ),
        (
            lambda: CouponBatchUser(identifier=BRAND, expiration_date=datetime.date(2026, 6, 30)),
            {"identifier": BRAND, "expiration_date": "2026-06-30"},
        ),
        (
            lambda: SignupUser(email="a@example.com", subscribed_at=datetime.datetime(2026, 1, 15, 9, 30)),
            {"email": "a@example.com", "subscribed_at": "2026-01-15T09:30:00"},
        ),
        (
            lambda: SignupUser(
                email="a@example.com", subscribed_at=datetime.datetime(2026, 1, 15, 9, 30, 0, 120000, UTC)
            ),
            {"email": "a@example.com", "subscribed_at": "2026-01-15T09:30:00.120000+00:00"},
        ),
        (
            lambda: SignupUser(email="a@example.com", subscribed_at="2026-01-15 09:30:00"),
            {"email": "a@example.com", "subscribed_at": "2026-01-15 09:30:00"},
        ),
        (
            lambda: CouponBatchUser.from_dict({"identifier": BRAND, "expiration_date": "2026-06-30"}),
            {"identifier": BRAND, "expiration_date": "2026-06-30"},
        ),
        (
            lambda: CouponBatchUser.from_dict({"identifier": BRAND, "expiration_date": DAY}),
            {"identifier": BRAND, "expiration_date": "2026-06-01"},
        ),
        (
            lambda: UpdatePassRequest(
                email="a@example.com", brand_id=BRAND, pass_code="WA-1", expiration_date=None, status="active"
            ),
            {
                "email": "a@example.com",
                "brand_id": BRAND,
                "pass_code": "WA-1",
                "expiration_date": None,
                "status": "active",
            },
        ),
    ],
    ids=[
        "str-uuid",
        "date-string",
        "date",
        "naive-datetime",
        "aware-datetime",
        "documented-string",
        "dict-string-kept",
        "dict-date",
        "null-timestamp",
    ],
)
def test_models_take_identifiers_and_timestamps_as_documented(
    build: Callable[[], object], expected: dict[str, object]
) -> None:
    """Sent as given, or written the ISO way: always a value the spec's own schema of the model admits."""
    model = build()
    sent = model.to_dict()  # type: ignore[attr-defined]
    assert sent == expected
    schema = SpecSchemas(client_spec()).validator(f"#/components/schemas/{type(model).__name__}")
    assert not [error.message for error in schema.iter_errors(sent)]


def test_a_timestamp_given_as_a_datetime_stays_one_on_the_model() -> None:
    moment = datetime.datetime(2026, 12, 31, 23, 59, 59)
    request = UpdatePassRequest(
        email="a@example.com", brand_id=BRAND, pass_code="WA-1", expiration_date=moment, status="active"
    )
    assert request.expiration_date == moment
    assert request.to_dict()["expiration_date"] == "2026-12-31T23:59:59"


@pytest.mark.parametrize("text", ["30-06-2026", "2026-02-30", "tomorrow"])
def test_a_bad_identifier_or_timestamp_fails_when_the_model_is_built(text: str) -> None:
    with pytest.raises(ValueError, match="badly formed hexadecimal UUID string"):
        PointsBatchUser(identifier="not-a-uuid", points=1)
    with pytest.raises(ValueError, match=f"^not an ISO 8601 date or date-time: '{text}'$"):
        CouponBatchUser(identifier=BRAND, expiration_date=text)
    with pytest.raises(ValueError, match=f"^not an ISO 8601 date or date-time: '{text}'$"):
        CouponBatchUser.from_dict({"identifier": BRAND, "expiration_date": text})
