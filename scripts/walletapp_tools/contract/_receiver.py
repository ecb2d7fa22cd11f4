"""A webhook receiver: a small HTTP server in a thread that keeps every POST and answers it (200, or
what `answer` says).

Usage::

    with WebhookReceiver() as receiver:           # 127.0.0.1, a free port
        start_a_batch(webhook_url=receiver.url("/batches/1"))
        [call] = receiver.wait("/batches/1")      # the POSTs to that path, once one has arrived
        event = receiver.event(batch_id)          # or: the first body naming that batch

The contract suite gives every batch its own path, so a duplicate or a missing delivery is seen per
batch. Tests script failures with `answer(path, n)`: the status of the n-th POST to `path` (it may also
take its time before answering).
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
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


Answer = Callable[[str, int], int]
"""(path, which POST to that path it is, from 1) -> the status to answer."""


class WebhookReceiver:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, answer: Answer | None = None) -> None:
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self.deliveries: list[Delivery] = []
        self._counts: Counter[str] = Counter()
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
                delivery = Delivery(self.path, body, self.headers.get("Content-Type", ""), time.monotonic())
                nth = receiver._keep(delivery)
                self.send_response(answer(self.path, nth) if answer is not None else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                """Silent: the deliveries are the record."""

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128
            """A burst of webhooks must not meet a full accept queue."""

        self._server = Server((host, port), Handler)
        self.host, self.port = host, int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True

    def url(self, path: str = "/hooks") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def _keep(self, delivery: Delivery) -> int:
        with self._arrived:
            self.deliveries.append(delivery)
            self._counts[delivery.path] += 1
            self._arrived.notify_all()
            return self._counts[delivery.path]

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

    def event(self, batch_id: str, *, timeout: float = 15.0) -> Any:
        """The body of the first delivery naming `batch_id` (waiting for it); AssertionError after
        `timeout`."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for delivery in self.deliveries:
                    if isinstance(delivery.body, dict) and delivery.body.get("batch_id") == batch_id:
                        return delivery.body
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no webhook for batch {batch_id} within {timeout:g} s")
                self._arrived.wait(left)

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
