"""A server that trickles, floods or echoes the token cannot hang a contract run, exhaust its memory or
get the token into its output: each becomes one clear failure or one line, within its bound."""

from __future__ import annotations

import base64
import resource
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
from walletapp_tools.contract import MockServer, PreflightError, load_operations, pick_probe, preflight
from walletapp_tools.contract._limits import BoundedSession, DeadlineExceeded, ResponseTooLarge, fetch_bounded

from tests.support.mutation import MOCK_ARGS, run_against
from tests.support.proxy import Fault, Proxy
from tests.support.servers import Handler, RawServer

PROBE = pick_probe(load_operations())
TOKEN = "4|Hq3ZrT8vWm2nXc5bLp9dKf1gJs7aYe4uRo6iNt0w"


def _trickle(conn: socket.socket, stop: threading.Event) -> None:
    """Answers one byte every 0.5 s, forever: per-read timeouts never fire."""
    conn.recv(65536)
    for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b" " * 10_000:
        if stop.is_set():
            return
        conn.sendall(bytes([byte]))
        time.sleep(0.5)


def _redirect(status: int) -> Handler:
    def handler(conn: socket.socket, stop: threading.Event) -> None:
        conn.recv(65536)
        conn.sendall(
            f"HTTP/1.1 {status} See Other\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n".encode()
        )

    return handler


@pytest.fixture
def trickling() -> Iterator[str]:
    with RawServer(_trickle) as server:
        yield server.url("")


def test_a_trickling_server_stops_the_preflight_within_its_deadline(trickling: str) -> None:
    start = time.monotonic()
    with pytest.raises(PreflightError, match=r"cannot reach .*no complete answer within 2 s"):
        preflight(trickling, TOKEN, PROBE, timeout=2.0)
    assert time.monotonic() - start < 6


def test_a_trickling_server_fails_a_request_within_its_deadline(trickling: str) -> None:
    start = time.monotonic()
    with pytest.raises(DeadlineExceeded, match=r"no complete answer within 1\.5 s"):
        BoundedSession(seconds=1.5).request("GET", trickling + "/members/list")
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_every_redirect_on_the_preflight_is_the_same_one_line(status: int) -> None:
    with RawServer(_redirect(status)) as server:
        url = server.url("")
        with pytest.raises(PreflightError, match=f"answered {status} .*is BASE_URL the API's base URL"):
            preflight(url, TOKEN, PROBE, timeout=5.0)


def test_a_huge_answer_is_refused_without_being_held() -> None:
    size = 200 * 1024 * 1024

    def endless(request: httpx.Request) -> httpx.Response:
        chunks = (b"x" * (1024 * 1024) for _ in range(size // (1024 * 1024)))
        return httpx.Response(200, content=chunks)

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with httpx.Client(transport=httpx.MockTransport(endless)) as client, pytest.raises(ResponseTooLarge):
        fetch_bounded(client, "GET", "http://api.test/members/list", limit=4 * 1024 * 1024)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 64, f"peak memory grew by {grown_mb:.0f} MB reading a 200 MB answer with a 4 MB limit"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(extra_args=MOCK_ARGS) as server:
        yield server


def test_a_server_echoing_the_token_never_gets_it_into_the_output(mock: MockServer, tmp_path: object) -> None:
    token = mock.demo_token
    secret = token.split("|")[1]
    echoes = [
        token,
        quote(token, safe=""),
        base64.b64encode(token.encode()).decode(),
        token.replace("|", "\\u007c"),
    ]

    def echo(exchange: object, status: int, body: object) -> tuple[int, object]:
        return 500, {"message": "debug: " + " ".join(echoes)}

    junit = f"{tmp_path}/contract.xml"
    with Proxy(
        mock.base_url, load_operations(), Fault("echo", "", frozenset({"listTemplates"}), response=echo)
    ) as proxy:
        status, output = run_against(
            mock,
            proxy,
            safety=(),
            max_examples=2,
            pytest_args=("-k", "conformance and templates", f"--junitxml={junit}"),
        )
    assert status == 1, output[-2000:]
    with open(junit, encoding="utf-8") as report:
        written = report.read()
    for text in (output, written):
        assert "debug: " in text
        assert secret not in text and echoes[2][4:-4] not in text


def test_an_answer_over_the_limit_is_a_failure_naming_the_operation(mock: MockServer) -> None:
    def flood(exchange: object, status: int, body: object) -> tuple[int, object]:
        return 200, b"[" + b'"x",' * (600 * 1024) + b'"x"]'

    with Proxy(
        mock.base_url, load_operations(), Fault("flood", "", frozenset({"listTemplates"}), response=flood)
    ) as proxy:
        status, output = run_against(
            mock,
            proxy,
            safety=("--max-response-mb", "1"),
            max_examples=2,
            pytest_args=("-k", "conformance and templates"),
        )
    assert status == 1, output[-2000:]
    assert "FAILED" in output and "test_operation_honours_the_contract[GET /templates]" in output
    assert "larger than the 1,048,576 bytes read" in output
