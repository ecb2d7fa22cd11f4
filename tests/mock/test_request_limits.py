"""What one request can make the mock hold or wait for: line and headers (431, 408), body (413, 408), array
items and page size (422, a mock limit each), integers (422, never a 500). Each limit is reached with a
mock whose limits are shrunk, so that the tests take milliseconds, and checked to answer in the API's
JSON error shape; the default limits are checked against docs/mock.md."""

from __future__ import annotations

import contextlib
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from benchmarks.limits import CEILINGS_MB
from tests.support.servers import InThreadMock
from walletapp_mock.settings import KIB, MockSettings

DOCS = Path(__file__).parents[2] / "docs" / "mock.md"


@pytest.fixture(scope="module")
def tight() -> Iterator[InThreadMock]:
    mock = InThreadMock(
        max_header_bytes=4 * KIB,
        header_seconds=0.5,
        max_body_bytes=64 * KIB,
        body_seconds=0.5,
        max_array_items=50,
        max_page_items=20,
    ).start()
    yield mock
    mock.stop()


@pytest.fixture
def tight_session(tight: InThreadMock) -> Iterator[tuple[httpx.Client, dict[str, Any], dict[str, str]]]:
    with httpx.Client(base_url=tight.base_url, timeout=30) as client:
        fx = client.post("/__mock/reset").json()["fixtures"]
        yield client, fx, {"Authorization": f"Bearer {fx['tokens']['demo']['token']}"}


def _exchange(port: int, request: bytes, wait: float = 5) -> tuple[bytes, float]:
    """Send `request` raw and read until the server closes; returns the answer and the time it took."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as conn:
        with contextlib.suppress(OSError):  # the server may refuse before it has read everything
            conn.sendall(request)
        answer = b""
        while True:
            try:
                chunk = conn.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            answer += chunk
    return answer, time.monotonic() - start


def _status_and_json(answer: bytes) -> tuple[int, bytes]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


def test_headers_larger_than_the_limit_are_a_431_before_they_are_all_read(tight: InThreadMock) -> None:
    """A 100 MB Authorization header was read whole (13 s, 370 MB) before the 401."""
    request = b"GET /members/list HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + b"a" * (1 << 20)
    answer, took = _exchange(tight.port, request)
    status, body = _status_and_json(answer)
    assert (
        status == 431
        and b'"message":"The request line and headers are larger than the mock accepts (4 KiB)."' in body
    )
    assert took < 3


def test_headers_that_trickle_in_are_a_408_at_the_header_deadline(tight: InThreadMock) -> None:
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", tight.port), timeout=5) as conn:
        conn.sendall(b"GET /members/list HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        answer = b""
        while not answer:
            conn.sendall(b"X")
            conn.settimeout(0.1)
            try:
                answer = conn.recv(65536)
            except TimeoutError:
                assert time.monotonic() - start < 5, "the connection was kept open"
    status, body = _status_and_json(answer)
    assert status == 408 and b"did not arrive within 0.5 s" in body
    assert 0.4 < time.monotonic() - start < 3


def test_a_connection_that_sends_nothing_is_closed_at_the_header_deadline(tight: InThreadMock) -> None:
    answer, took = _exchange(tight.port, b"")
    assert _status_and_json(answer)[0] == 408 and 0.4 < took < 3


def test_keep_alive_requests_each_get_the_full_header_deadline(tight: InThreadMock) -> None:
    with httpx.Client(base_url=tight.base_url) as client:
        for _ in range(3):
            assert client.get("/__mock/fixtures").status_code == 200
            time.sleep(0.3)


def test_a_body_declared_larger_than_the_limit_is_a_413_without_reading_it(
    tight_session: tuple[httpx.Client, dict[str, Any], dict[str, str]], tight: InThreadMock
) -> None:
    """A 58 MB signup of 1.7 M users blocked the server for 76 s and used 1.9 GB."""
    _, _, auth = tight_session
    head = (
        f"POST /members/signups HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {auth['Authorization']}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {58 << 20}\r\n\r\n"
    ).encode()
    answer, took = _exchange(tight.port, head + b"[" * 1000)
    status, body = _status_and_json(answer)
    assert (
        status == 413
        and body == b'{"message":"The request body is larger than the mock accepts (0.0625 MiB)."}'
    )
    assert b"connection: close" in answer.lower() and took < 3


def test_a_chunked_body_is_cut_at_the_limit_too(
    tight_session: tuple[httpx.Client, dict[str, Any], dict[str, str]],
) -> None:
    client, fx, auth = tight_session

    def chunks() -> Iterator[bytes]:
        yield b'{"brand_id": "' + fx["brand_id"].encode() + b'", "users": ['
        for _ in range(10_000):
            yield b'{"email": "someone@example.com"},'

    answer = client.post(
        "/members/signups", content=chunks(), headers={**auth, "content-type": "application/json"}
    )
    assert answer.status_code == 413 and "larger than the mock accepts" in answer.json()["message"]


def test_a_body_that_trickles_in_is_a_408_at_the_body_deadline(tight: InThreadMock) -> None:
    token = httpx.get(tight.base_url + "/__mock/fixtures").json()["tokens"]["demo"]["token"]
    head = (
        f"POST /members/signups HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
        "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
    ).encode()
    answer, took = _exchange(tight.port, head)
    status, body = _status_and_json(answer)
    assert status == 408 and b"The request body did not arrive within 0.5 s." in body
    assert took < 3


def test_an_array_longer_than_the_mock_limit_is_a_422_naming_it(
    tight_session: tuple[httpx.Client, dict[str, Any], dict[str, str]],
) -> None:
    client, fx, auth = tight_session
    users = [{"email": f"u{i}@example.com"} for i in range(51)]
    answer = client.post("/members/signups", json={"brand_id": fx["brand_id"], "users": users}, headers=auth)
    assert answer.status_code == 422
    assert answer.json()["errors"] == {"users": ["The users field must not have more than 50 items."]}
    answer = client.post(
        "/members/signups", json={"brand_id": fx["brand_id"], "users": users[:50]}, headers=auth
    )
    assert answer.status_code == 200


def test_a_page_larger_than_the_mock_limit_is_a_422_and_a_large_per_page_on_a_short_list_is_served(
    tight_session: tuple[httpx.Client, dict[str, Any], dict[str, str]],
) -> None:
    """per_page=1000000 built a 294 MB page; 8 in parallel took 4.1 GB. The answer to a per_page larger
    than the list is the whole list either way, so it is served (the spec allows any per_page)."""
    client, fx, auth = tight_session
    brand = fx["brand_id"]
    big = client.get("/members/list", params={"brand_id": brand, "page": 1, "per_page": 21}, headers=auth)
    assert big.status_code == 422
    assert big.json()["errors"] == {"per_page": ["The per page field must not be greater than 20."]}
    last = client.get("/members/list", params={"brand_id": brand, "page": 2, "per_page": 21}, headers=auth)
    assert last.status_code == 200 and len(last.json()["data"]["members"]) == fx["member_count"] - 21
    member = fx["members"][0]["identifier"]
    coupons = client.get(
        f"/members/{member}/coupons", params={"brand_id": brand, "per_page": 10**15}, headers=auth
    )
    assert coupons.status_code == 200
    whole = client.get("/members/list", params={"brand_id": brand}, headers=auth)
    assert whole.status_code == 200 and len(whole.json()["data"]["members"]) == fx["member_count"]


@pytest.mark.parametrize("digits", [20, 21, 4301, 5000, 20_000])
def test_an_integer_of_any_length_is_a_422_never_a_500(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], digits: int
) -> None:
    """page=<5,000 digits> was a 500: Python refuses to convert more than 4,300 digits."""
    answer = client.get(
        "/members/list", params={"brand_id": fx["brand_id"], "page": "9" * digits}, headers=auth
    )
    assert answer.status_code == 422
    assert answer.json()["errors"] == {"page": ["The page field must be an integer."]}


def test_the_default_limits_are_the_documented_ones() -> None:
    settings, text = MockSettings(), DOCS.read_text(encoding="utf-8")
    documented = {
        "header": (settings.max_header_bytes, r"line and headers: (\d+) KiB", 1024),
        "header time": (settings.header_seconds, r"headers within (\d+) s", 1),
        "body": (settings.max_body_bytes, r"body: (\d+) MiB", 1 << 20),
        "body time": (settings.body_seconds, r"body within (\d+) s", 1),
        "array": (settings.max_array_items, r"arrays: ([\d,]+) items", 1),
        "page": (settings.max_page_items, r"page: ([\d,]+) items", 1),
        "webhook deadline": (settings.webhook_timeout, r"attempt: (\d+) s", 1),
    }
    for what, (value, pattern, unit) in documented.items():
        found = re.search(pattern, text)
        assert found, f"docs/mock.md does not document the {what} limit ({pattern})"
        assert int(found.group(1).replace(",", "")) * unit == value, what


def test_the_memory_ceilings_are_the_ones_make_bench_limits_enforces() -> None:
    text = " ".join(DOCS.read_text(encoding="utf-8").split())
    found = re.search(r"(\d+) MB of resident memory with the default 25 members, (\d+) MB with 100,000", text)
    assert found, "docs/mock.md does not state the memory ceilings"
    assert {25: int(found.group(1)), 100_000: int(found.group(2))} == CEILINGS_MB
