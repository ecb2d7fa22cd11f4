"""Hostile webhook targets and receivers: the mock never calls itself, bounds each attempt in time and
what it reads, lets slow receivers delay only themselves, and records every failure as an attempt.
Receivers are raw TCP servers on 127.0.0.1 (`tests.support.servers.RawServer`), each bounded in time
and bytes."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.servers import FAST, InThreadMock, RawServer, read_request_head, wait_for
from walletapp_mock import create_app
from walletapp_mock.webhooks import WebhookDispatcher, target_refusal

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"


def _batch(client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], url: str) -> str:
    body = {
        "brand_id": fx["brand_id"],
        "coupon_id": fx["coupons"][0]["id"],
        "webhook_url": url,
        "users": [{"identifier": fx["members"][0]["identifier"]}],
    }
    answer = client.post("/bulk/coupons", json=body, headers=auth)
    assert answer.status_code == 200, answer.text
    batch_id: str = answer.json()["data"]["batch_id"]
    return batch_id


def _records(
    client: httpx.Client, batch_id: str, count: int = 1, timeout: float = 10
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = wait_for(
        lambda: (
            len(r := client.get("/__mock/webhooks", params={"batch_id": batch_id}).json()["data"]) >= count
            and r
        ),
        timeout=timeout,
    )
    return found


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.fixture(scope="module")
def strict() -> Iterator[InThreadMock]:
    """A mock with a short attempt deadline, so hostile receivers meet it quickly."""
    mock = InThreadMock(webhook_timeout=1.0, webhook_attempts=2, webhook_backoff=0.05).start()
    yield mock
    mock.stop()


@pytest.fixture
def session(strict: InThreadMock) -> Iterator[tuple[httpx.Client, dict[str, Any], dict[str, str]]]:
    with httpx.Client(base_url=strict.base_url, timeout=30) as client:
        assert client.post("/__mock/reset").status_code == 200
        fx = client.get("/__mock/fixtures").json()
        yield client, fx, {"Authorization": f"Bearer {fx['tokens']['demo']['token']}"}


@pytest.mark.parametrize(
    "spelling", ["127.0.0.1:{port}/__mock/reset", "localhost:{port}/__mock/reset", "127.0.0.1:{port}/x?y#z"]
)
def test_a_webhook_aimed_at_the_mock_itself_is_refused_and_recorded(
    session: tuple[httpx.Client, dict[str, Any], dict[str, str]], strict: InThreadMock, spelling: str
) -> None:
    """It reset itself (a webhook to /__mock/reset) before; and it would be a proxy to its own API."""
    client, fx, auth = session
    signup = client.post(
        "/members/signups",
        json={"brand_id": fx["brand_id"], "users": [{"email": "n@example.com"}]},
        headers=auth,
    )
    assert signup.status_code == 200
    batch_id = _batch(client, fx, auth, "http://" + spelling.format(port=strict.port))
    [record] = _records(client, batch_id)
    assert record["error"] == "not called: the URL points at the mock itself"
    assert (record["attempt"], record["status_code"], record["delivered"]) == (1, None, False)
    listing = client.get("/members/list", params={"brand_id": fx["brand_id"], "page": 1}, headers=auth)
    assert listing.json()["data"]["total"] == fx["member_count"] + 1  # not reset


def test_a_url_longer_than_2048_characters_is_recorded_as_refused(
    session: tuple[httpx.Client, dict[str, Any], dict[str, str]], caplog: pytest.LogCaptureFixture
) -> None:
    """A 70k-character URL killed the delivery task ("Task exception was never retrieved")."""
    client, fx, auth = session
    batch_id = _batch(client, fx, auth, "http://127.0.0.1:9/" + "a" * 70_000)
    [record] = _records(client, batch_id)
    assert record["error"] == "not called: the URL is longer than 2,048 characters."
    assert "never retrieved" not in caplog.text


def test_a_trickling_receiver_is_cut_at_the_attempt_deadline_and_retried(
    session: tuple[httpx.Client, dict[str, Any], dict[str, str]],
) -> None:
    """One byte every 0.3 s never trips a per-read timeout; the deadline is for the whole attempt."""

    def trickle(conn: socket.socket, stop: threading.Event) -> None:
        read_request_head(conn)
        for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n":
            if stop.wait(0.3):
                return
            conn.sendall(bytes([byte]))

    client, fx, auth = session
    with RawServer(trickle) as receiver:
        start = time.monotonic()
        records = _records(client, _batch(client, fx, auth, receiver.url("/hook")), count=2)
        took = time.monotonic() - start
    assert [(r["attempt"], r["status_code"], r["error"]) for r in records] == [
        (1, None, "no answer within 1 s"),
        (2, None, "no answer within 1 s"),
    ]
    assert took < 2 * 1.0 + 3


def test_a_2_gib_answer_is_never_read(session: tuple[httpx.Client, dict[str, Any], dict[str, str]]) -> None:
    """A 2 GiB answer took the mock from 60 MB to 2.37 GB; only the status and headers are read now. (The
    receiver declares 2 GiB and stops after 256 MiB, so a mock that reads answers fails, not the run.)"""
    sent = [0]

    def flood(conn: socket.socket, stop: threading.Event) -> None:
        read_request_head(conn)
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {2 << 30}\r\n\r\n".encode())
        chunk = b"x" * (1 << 20)
        while sent[0] < 256 << 20 and not stop.is_set():
            conn.sendall(chunk)
            sent[0] += len(chunk)

    client, fx, auth = session
    before = _rss_mib()
    with RawServer(flood) as receiver:
        [record] = _records(client, _batch(client, fx, auth, receiver.url("/hook")))
        wait_for(lambda: sent[0] > 0)
    assert (record["status_code"], record["delivered"], record["error"]) == (200, True, None)
    assert sent[0] < 64 << 20, "the mock kept reading the answer"
    assert _rss_mib() - before < 64


def test_slow_receivers_delay_only_their_own_deliveries() -> None:
    """16 receivers answering one byte every 3 s held all 16 delivery slots: another batch's webhook
    waited 901 s. Now each target has its own slots, and the shared ones are many."""

    def trickle(conn: socket.socket, stop: threading.Event) -> None:
        read_request_head(conn)
        while not stop.wait(3):
            conn.sendall(b"H")

    delivered = threading.Event()

    def fast(conn: socket.socket, stop: threading.Event) -> None:
        read_request_head(conn)
        delivered.set()
        conn.sendall(OK)

    mock = InThreadMock(webhook_timeout=10.0, webhook_attempts=1).start()
    slow = [RawServer(trickle).__enter__() for _ in range(16)]
    try:
        with httpx.Client(base_url=mock.base_url, timeout=30) as client, RawServer(fast) as quick:
            fx = client.get("/__mock/fixtures").json()
            auth = {"Authorization": f"Bearer {fx['tokens']['demo']['token']}"}
            for server in slow:
                for _ in range(3):
                    _batch(client, fx, auth, server.url("/slow"))
            wait_for(lambda: all(server.connections for server in slow))
            start = time.monotonic()
            _batch(client, fx, auth, quick.url("/fast"))
            assert delivered.wait(5), "the fast receiver's webhook waited behind the slow ones"
            took = time.monotonic() - start
            held = [server.connections for server in slow]
    finally:
        for server in slow:
            server.__exit__()
        mock.stop()
    assert took < FAST.batch_start_delay + 3
    assert held == [mock.settings.webhook_per_target] * 16  # three batches each, two attempts at a time


def test_a_failure_inside_the_dispatcher_is_recorded_not_lost(caplog: pytest.LogCaptureFixture) -> None:
    """Whatever escapes an attempt (here a resolver that raises) is one recorded attempt and a log line."""
    dispatcher = WebhookDispatcher(
        attempts=2, backoff=0, timeout=1, concurrency=2, per_target=1, allowed_hosts=frozenset()
    )

    async def broken(url: str, remote: bool) -> str | None:
        raise RuntimeError("boom")

    dispatcher._refusal = broken  # type: ignore[method-assign]

    async def scenario() -> list[dict[str, Any]]:
        dispatcher.deliver("b1", "http://127.0.0.1:9/hook?key=k", {"batch_id": "b1"})
        await wait_async(lambda: bool(dispatcher.records))
        records = list(dispatcher.records)
        await dispatcher.aclose()
        return records

    [record] = asyncio.run(scenario())
    assert (record["attempt"], record["error"]) == (1, "not delivered: the mock failed (RuntimeError)")
    assert "webhook for batch b1 to http://127.0.0.1:9/hook failed" in caplog.text


async def wait_async(predicate: Any, timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.01)


def test_a_batch_requested_from_another_machine_never_calls_this_machines_loopback() -> None:
    """With --allow-remote, a remote client could make the mock POST to any loopback service and read
    the outcome: a port scanner. Its batches may call --allow-webhook-host hosts only."""
    app = create_app(FAST)
    runtime = app.state.runtime

    async def scenario() -> tuple[int, list[dict[str, Any]]]:
        transport = httpx.ASGITransport(app=app, client=("192.0.2.7", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://192.0.2.2:4010") as client:
            fx = runtime.fixtures()
            auth = {"Authorization": f"Bearer {fx['tokens']['demo']['token']}"}
            body = {
                "brand_id": fx["brand_id"],
                "coupon_id": fx["coupons"][0]["id"],
                "webhook_url": "http://127.0.0.1:6379/",
                "users": [{"identifier": fx["members"][0]["identifier"]}],
            }
            accepted = await client.post("/bulk/coupons", json=body, headers=auth)
            assert accepted.status_code == 200
            await wait_async(lambda: bool(runtime.webhooks.records))
            hidden = await client.get("/__mock/webhooks")
            records = list(runtime.webhooks.records)
            await runtime.aclose()
            return hidden.status_code, records

    hidden, [record] = asyncio.run(scenario())
    assert hidden == 403
    assert record["error"].startswith("not called: a batch requested from another machine")
    assert target_refusal("http://127.0.0.1:6379/", frozenset(), loopback=False) is not None
    assert target_refusal("http://hooks.internal/", frozenset({"hooks.internal"}), loopback=False) is None


def test_webhook_urls_are_logged_without_credentials_query_or_fragment(
    session: tuple[httpx.Client, dict[str, Any], dict[str, str]], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client, fx, auth = session
    with RawServer(lambda conn, stop: (read_request_head(conn), conn.sendall(OK))) as receiver:
        url = f"http://user:pa55word@127.0.0.1:{receiver.port}/hook?secret=s3cr3t#frag"
        [record] = _records(client, _batch(client, fx, auth, url))
    assert record["delivered"] is True
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("walletapp_mock"))
    assert f"POST http://127.0.0.1:{receiver.port}/hook, attempt 1: 200" in ours
    assert "s3cr3t" not in ours and "pa55word" not in ours and "frag" not in ours
