"""The servers tests run on free 127.0.0.1 ports, and the helpers to wait for them.

- ``InThreadMock``: the mock served by uvicorn in a thread of the test process, so a test can reach its
  runtime (the shipped ``walletapp_tools.contract.MockServer`` runs it as a process instead);
  ``mock_process``: ``walletapp-mock`` as its own process, for command-line tests.
- ``ScriptedServer``: HTTP answers the mock never gives (429, 5xx, HTML pages, slow answers), one per
  request, recording each request.
- ``RawServer``: a TCP server for hostile peers no HTTP library would write (trickling, flooding).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from walletapp_tools.contract import free_port

from walletapp_mock import MockSettings, create_app
from walletapp_mock.server import server_config

NO_ABILITIES_TOKEN = "9|test-token-without-abilities"

FAST = MockSettings(
    batch_start_delay=0.05,
    batch_chunk_size=50,
    webhook_attempts=4,
    webhook_backoff=0.02,
    webhook_timeout=30.0,
    tokens={NO_ABILITIES_TOKEN: frozenset()},
)
"""Real flows in milliseconds. The webhook timeout is generous on purpose: the test receiver answers
from a thread of the test process, which shares one GIL with the mocks and the response checker, so on
a loaded machine an answer can take seconds; a shorter timeout turned that into retries and "not
delivered after 4 attempts" (the flake of test_concurrent_batches_process_every_member_exactly_once).
Timeouts themselves are tested with a server of their own (test_a_receiver_slower_than_the_timeout...)."""


class InThreadMock:
    """The mock served by uvicorn in a background thread; `stop()` shuts it down cleanly."""

    def __init__(self, settings: MockSettings = FAST, **overrides: Any) -> None:
        self.settings = replace(settings, **overrides)
        self.app = create_app(self.settings)
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._server = uvicorn.Server(server_config(self.app, self.settings))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def start(self) -> InThreadMock:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the mock did not start")
            time.sleep(0.01)
        return self

    @property
    def runtime(self) -> Any:
        return self.app.state.runtime

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()


def scripted(path: str, nth: int) -> int:
    """Webhook answers by path: `/fail/N` 500 for the first N calls, then 200; `/status/CODE` always CODE;
    `/sleep/SECONDS` 200 after that long; anything else 200."""
    parts = path.strip("/").split("/")
    if parts[0] == "fail" and nth <= int(parts[1]):
        return 500
    if parts[0] == "status":
        return int(parts[1])
    if parts[0] == "sleep":
        time.sleep(float(parts[1]))
    return 200


Handler = Callable[[socket.socket, threading.Event], None]


class RawServer:
    """A TCP server on a free 127.0.0.1 port that gives each connection to `handler(conn, stop)` in a
    thread of its own: hostile receivers (trickling, flooding) that no HTTP library would write. Use it
    as a context manager; `stop` is set when the block ends, and each handler must return soon after."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self.port = self._listener.getsockname()[1]
        self.stop = threading.Event()
        self.connections = 0
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _accept(self) -> None:
        self._listener.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            self._handler(conn, self.stop)

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self._thread.join(timeout=5)
        self._listener.close()


def read_request_head(conn: socket.socket) -> bytes:
    """Everything up to the end of the request's headers (the body, if any, is left unread)."""
    data = b""
    conn.settimeout(30)
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def closed_port() -> int:
    """A port nothing listens on (connection refused)."""
    return free_port()


@contextlib.contextmanager
def mock_process(
    command: list[str], log: Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> Iterator[str]:
    """`walletapp-mock` as its own process (output in `log`) for the block; yields its start-up banner,
    or fails at once, with the output, if it exits first."""
    with log.open("w") as out:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:

        def started() -> str | None:
            text = log.read_text()
            assert process.poll() is None, f"the mock exited: {text}"
            return text if "all fixtures" in text else None

        yield wait_for(started, timeout=60)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


def wait_for(predicate: Any, timeout: float = 10.0, interval: float = 0.01) -> Any:
    """Polls until predicate() is truthy and returns it; fails the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(interval)


MEMBER_PAGE: dict[str, Any] = {
    "message": "Request successful",
    "data": {
        "total": 0,
        "per_page": 10,
        "last_page": 1,
        "next_page_url": None,
        "last_page_url": "x",
        "members": [],
    },
}
"""A valid (empty) answer of listMembers."""

CONFIRMATION: dict[str, Any] = {"message": "Request successful", "data": "Members imported"}
"""A valid answer of signUpMembersInBulk and the other confirmations."""


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    @staticmethod
    def json(status: int, body: object, **headers: str) -> Answer:
        return Answer(status, json.dumps(body).encode(), {"Content-Type": "application/json", **headers})

    @staticmethod
    def html(status: int) -> Answer:
        page = f"<html><body><h1>{status} Bad Gateway</h1><p>nginx</p></body></html>".encode()
        return Answer(status, page, {"Content-Type": "text/html; charset=utf-8"})


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """Answers the n-th request with ``answers[n]`` (the last answer repeats); ``received`` lists them."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.received: list[Received] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                index = len(server.received)
                server.received.append(Received(self.command, self.path, dict(self.headers.items()), body))
                answer = server.answers[min(index, len(server.answers) - 1)]
                if answer.delay:
                    time.sleep(answer.delay)
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

            def log_message(self, format: str, *args: Any) -> None:
                """Silent: tests assert on ``received``."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def closed_port_url() -> str:
    """A loopback URL nobody listens on: connecting is refused at once."""
    return f"http://127.0.0.1:{closed_port()}"
