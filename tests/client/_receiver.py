"""A webhook receiver for the batch scenarios: a tiny HTTP server on 127.0.0.1 in a thread that keeps
every POSTed JSON body, so a test can wait for the event its batch produced."""

from __future__ import annotations

import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


class WebhookReceiver:
    """`url` receives POSTs; `wait_for(batch_id)` returns the first event of that batch."""

    def __init__(self, *, status: int = 200) -> None:
        self.status = status
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                try:
                    receiver.events.put(json.loads(body))
                except ValueError:
                    receiver.events.put({"unparsable": body.decode("utf-8", "replace")})
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                """Silent: the tests assert on the events, not on a log."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/walletapp/batches"

    def wait_for(self, batch_id: str, timeout: float = 15.0) -> dict[str, Any]:
        """The first event of `batch_id` (others are kept for later calls)."""
        others: list[dict[str, Any]] = []
        try:
            while True:
                event = self.events.get(timeout=timeout)
                if event.get("batch_id") == batch_id:
                    return event
                others.append(event)
        except queue.Empty:
            raise AssertionError(f"no webhook for batch {batch_id} within {timeout}s") from None
        finally:
            for event in others:
                self.events.put(event)

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
