"""Small HTTP servers on 127.0.0.1 that answer what the mock never does (429, 5xx, HTML pages, slow or
malformed answers), one scripted answer per request, recording every request they get."""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

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
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
