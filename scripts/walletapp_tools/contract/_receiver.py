"""A webhook receiver: a small HTTP server in a thread that answers every POST with 200 and keeps it.

Usage::

    with WebhookReceiver() as receiver:           # 127.0.0.1, a free port
        start_a_batch(webhook_url=receiver.url("/batches/1"))
        [call] = receiver.wait("/batches/1")      # the POSTs to that path, once one has arrived

The suite gives every batch its own path, so a duplicate or a missing delivery is seen per batch.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

MAX_BODY = 1 << 20
"""Bodies larger than this are recorded as too large, not read: a webhook is a few hundred bytes."""


@dataclass(frozen=True, slots=True)
class Delivery:
    path: str
    body: Any
    """The parsed JSON body, or the raw text when it is not JSON."""
    content_type: str
    at: float


class WebhookReceiver:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self.deliveries: list[Delivery] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length > MAX_BODY:
                    body: Any = f"<{length} bytes: too large>"
                    self.close_connection = True
                else:
                    raw = self.rfile.read(length)
                    try:
                        body = json.loads(raw)
                    except ValueError:
                        body = raw.decode("utf-8", "replace")
                receiver._keep(
                    Delivery(self.path, body, self.headers.get("Content-Type", ""), time.monotonic())
                )
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                """Silent: the deliveries are the record."""

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self.host, self.port = host, int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def _keep(self, delivery: Delivery) -> None:
        with self._arrived:
            self.deliveries.append(delivery)
            self._arrived.notify_all()

    def calls(self, path: str) -> list[Delivery]:
        with self._lock:
            return [d for d in self.deliveries if d.path == path]

    def wait(self, path: str, *, timeout: float = 30.0, settle: float = 0.0) -> list[Delivery]:
        """The deliveries to `path` once at least one arrived (empty after `timeout`); then `settle`
        more seconds, so a duplicate sent right after the first is seen too."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while not any(d.path == path for d in self.deliveries):
                left = deadline - time.monotonic()
                if left <= 0:
                    return []
                self._arrived.wait(left)
        if settle:
            time.sleep(settle)
        return self.calls(path)

    def start(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
