"""The retry policy, timeouts and error answers, against small local servers (the mock never throttles,
fails or hangs). The policy: reads are retried on connection errors, timeouts, 429 and 5xx; writes only
where the first try certainly did not take effect (connection refused, 429)."""

from __future__ import annotations

import logging
import time
import uuid

import pytest
from walletapp_client import WalletApp
from walletapp_client.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)

from tests.support.servers import CONFIRMATION, MEMBER_PAGE, Answer, ScriptedServer, closed_port_url

BRAND = uuid.UUID(int=7)


def client(url: str, **options: float) -> WalletApp:
    return WalletApp(token="1|local-test-token", base_url=url, **options)  # type: ignore[arg-type]


def read(wa: WalletApp) -> object:
    return wa.members.list_members(brand_id=BRAND, page=1, per_page=10)


def write(wa: WalletApp) -> object:
    return wa.bulk.sign_up_members_in_bulk(brand_id=BRAND, users=[{"email": "a@example.com"}])


def test_a_429_with_retry_after_is_waited_out_then_sent_again() -> None:
    throttled = Answer.json(429, {"message": "Too Many Attempts."}, **{"Retry-After": "1"})
    with ScriptedServer(throttled, Answer.json(200, MEMBER_PAGE)) as server, client(server.url) as wa:
        started = time.monotonic()
        page = read(wa)
        elapsed = time.monotonic() - started
    assert len(server.received) == 2
    assert 1.0 <= elapsed < 3.0, "waited what Retry-After asked, not the exponential backoff"
    assert page is not None


def test_a_429_on_a_write_is_retried_because_it_was_not_carried_out() -> None:
    throttled = Answer.json(429, {"message": "Too Many Attempts."}, **{"Retry-After": "0"})
    with ScriptedServer(throttled, Answer.json(200, CONFIRMATION)) as server, client(server.url) as wa:
        write(wa)
    assert [r.method for r in server.received] == ["POST", "POST"]


def test_a_retry_after_beyond_the_cap_is_raised_at_once_with_its_delay() -> None:
    throttled = Answer.json(429, {"message": "Too Many Attempts."}, **{"Retry-After": "3600"})
    with (
        ScriptedServer(throttled) as server,
        client(server.url) as wa,
        pytest.raises(RateLimitError) as raised,
    ):
        read(wa)
    assert len(server.received) == 1
    assert raised.value.retry_after == 3600
    assert raised.value.message == "Too Many Attempts."


def test_a_500_on_a_read_is_retried_then_succeeds() -> None:
    failed = Answer.json(500, {"message": "Server Error"})
    with ScriptedServer(failed, Answer.json(200, MEMBER_PAGE)) as server, client(server.url) as wa:
        read(wa)
    assert len(server.received) == 2


def test_a_500_on_a_write_is_raised_without_a_retry() -> None:
    failed = Answer.json(500, {"message": "Server Error"})
    server = ScriptedServer(failed, Answer.json(200, CONFIRMATION))
    with server, client(server.url) as wa, pytest.raises(InternalServerError) as raised:
        write(wa)
    assert len(server.received) == 1, "the write may have taken effect: never sent twice"
    assert str(raised.value) == "POST /bulk/signups: 500 Internal Server Error: Server Error"


def test_reads_give_up_after_max_retries_and_per_call_max_retries_wins() -> None:
    failed = Answer.json(503, {"message": "Down for maintenance"})
    with ScriptedServer(failed) as server, client(server.url, max_retries=1) as wa:
        with pytest.raises(InternalServerError):
            read(wa)
        assert len(server.received) == 2
        with pytest.raises(InternalServerError):
            wa.members.list_members(brand_id=BRAND, max_retries=0)
        assert len(server.received) == 3


def test_a_slow_answer_raises_a_timeout_after_the_retries_of_a_read() -> None:
    slow = Answer(200, b"{}", {"Content-Type": "application/json"}, delay=1.5)
    with ScriptedServer(slow) as server, client(server.url, timeout=0.2, max_retries=1) as wa:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            read(wa)
        elapsed = time.monotonic() - started
    assert len(server.received) == 2
    assert elapsed < 1.5, "never waits for the slow answer"
    assert isinstance(raised.value, APIConnectionError)
    assert str(raised.value) == "GET /members/list: no answer in time (ReadTimeout)"


def test_a_write_that_timed_out_is_not_sent_again() -> None:
    slow = Answer.json(200, CONFIRMATION)
    slow = Answer(slow.status, slow.body, slow.headers, delay=1.5)
    with (
        ScriptedServer(slow) as server,
        client(server.url, timeout=0.2) as wa,
        pytest.raises(APITimeoutError),
    ):
        write(wa)
    assert len(server.received) == 1


def test_an_html_error_page_is_a_status_error_with_its_text(caplog: pytest.LogCaptureFixture) -> None:
    server, throttling = ScriptedServer(Answer.html(502)), ScriptedServer(Answer.html(429))
    with server, client(server.url, max_retries=0) as wa, pytest.raises(InternalServerError) as raised:
        read(wa)
    with (
        throttling,
        client(throttling.url, max_retries=0) as other,
        pytest.raises(RateLimitError) as throttled,
    ):
        write(other)
    assert raised.value.status_code == 502
    assert isinstance(raised.value.body, str) and "nginx" in raised.value.body
    assert str(raised.value).startswith("GET /members/list: 502 Bad Gateway (text/html body, ")
    assert throttled.value.retry_after is None


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (Answer.json(200, {"message": "Request successful"}), "field 'data' is missing"),
        (Answer.json(200, {"message": "ok", "data": {"members": "none"}}), "does not match the spec"),
        (Answer(200, b"<html>maintenance</html>", {"Content-Type": "text/html"}), "is not JSON (text/html"),
        (
            Answer.json(
                200, {**MEMBER_PAGE, "data": {**MEMBER_PAGE["data"], "members": [{"email": "a@b.c"}]}}
            ),
            "field 'full_name' is missing",
        ),
    ],
    ids=["missing-field", "wrong-shape", "not-json", "bad-item"],
)
def test_a_malformed_200_is_a_response_validation_error(answer: Answer, reason: str) -> None:
    with (
        ScriptedServer(answer) as server,
        client(server.url) as wa,
        pytest.raises(APIResponseValidationError) as raised,
    ):
        read(wa)
    assert reason in str(raised.value)
    assert raised.value.status_code == 200
    assert len(server.received) == 1, "a 200 is never retried"


def test_statuses_without_a_class_of_their_own_are_api_status_errors() -> None:
    with (
        ScriptedServer(
            Answer.json(400, {"message": "Bad request"}), Answer.json(409, {"message": "Busy"})
        ) as server,
        client(server.url) as wa,
    ):
        with pytest.raises(BadRequestError):
            write(wa)
        with pytest.raises(APIStatusError) as other:
            write(wa)
    assert type(other.value) is APIStatusError
    assert (other.value.status_code, other.value.body) == (409, {"message": "Busy"})


def test_a_refused_connection_is_retried_even_for_a_write(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="walletapp_client")
    with client(closed_port_url(), max_retries=2) as wa, pytest.raises(APIConnectionError) as raised:
        write(wa)
    tries = [r.getMessage() for r in caplog.records if r.name == "walletapp_client"]
    assert len(tries) == 3, "nothing reached the server, so the write is safe to send again"
    assert all(t.startswith("POST /bulk/signups -> ConnectError in ") for t in tries)
    assert [t.rsplit("(", 1)[1] for t in tries] == ["retry 0)", "retry 1)", "retry 2)"]
    assert not isinstance(raised.value, APITimeoutError)
    assert "ConnectError" in str(raised.value)


def test_each_try_is_logged_once_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="walletapp_client")
    failed = Answer.json(500, {"message": "Server Error"})
    with ScriptedServer(failed, Answer.json(200, MEMBER_PAGE)) as server, client(server.url) as wa:
        read(wa)
    lines = [r.getMessage() for r in caplog.records if r.name == "walletapp_client"]
    assert [line.split(" in ")[0] for line in lines] == [
        "GET /members/list -> 500",
        "GET /members/list -> 200",
    ]
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "walletapp_client")
    assert "local-test-token" not in caplog.text
