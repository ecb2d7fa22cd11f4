"""How the mock is served: uvicorn with httptools, whose protocol is bounded here in what uvicorn leaves
open, and checks the `Host` header before a request reaches the app.

httptools keeps a header it is given however long it grows (a 100 MB `Authorization` was read whole
before auth), and uvicorn closes only idle keep-alive connections, so a client sending a byte now and
then, or nothing at all after connecting, held a connection for ever. Both now get the API's JSON error
shape and the connection is closed: 431 past `max_header_bytes`, 408 past `header_seconds`. A `Host`
that DNS rebinding could forge is a 421 (`hosts.HostRule`).

These checks sit in the protocol rather than in an ASGI middleware because they are on every request's
path and cost nothing there: the headers are already parsed, and one timer per connection, re-armed
only when it fires, measures the time (a middleware layer cost 5 to 10% of `make bench-mock`).
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

import orjson
import uvicorn
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from .hosts import MISDIRECTED, HostRule
from .laravel import json_response
from .settings import MockSettings

_MISDIRECTED = json_response(421, {"message": MISDIRECTED}, {"Connection": "close"})
"""The app a request with a refused Host gets instead of the mock (a Response is an ASGI app)."""


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a size and a time limit on each request's line and headers,
    and the Host rule.

    Bytes are counted from the start of a request until its headers are complete (at most one read
    past the limit is buffered). The time runs from the connection's start, then from the first byte
    of each later request, until its headers are complete.
    """

    max_header_bytes: ClassVar[int]
    header_seconds: ClassVar[float]
    hosts: ClassVar[HostRule]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_bytes = 0
        self._awaiting_head = True
        self._head_since = 0.0
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_since = self.loop.time()
        self._head_timer = self.loop.call_later(self.header_seconds, self._check_head_time)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._awaiting_head:
            self._head_bytes += len(data)
        super().data_received(data)
        if self._awaiting_head and self._head_bytes > self.max_header_bytes:
            limit = f"{self.max_header_bytes // 1024} KiB"
            self._refuse(431, f"The request line and headers are larger than the mock accepts ({limit}).")

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if not self._awaiting_head:
            self._awaiting_head = True
            self._head_since = self.loop.time()

    def on_headers_complete(self) -> None:
        self._awaiting_head = False
        self._head_bytes = 0
        for name, value in self.headers:
            if name == b"host":
                if not self.hosts.allows(value):
                    self.app = _MISDIRECTED  # this request and the connection's last: it says close
                break
        super().on_headers_complete()

    def _check_head_time(self) -> None:
        """The connection's one timer: a 408 if the headers are late, else armed again for when the
        headers now awaited would be."""
        self._head_timer = None
        if self.transport.is_closing():
            return
        now = self.loop.time()
        if self._awaiting_head and now - self._head_since >= self.header_seconds:
            late = f"The request line and headers did not arrive within {self.header_seconds:g} s."
            self._refuse(408, late)
            return
        due = self._head_since + self.header_seconds if self._awaiting_head else now + self.header_seconds
        self._head_timer = self.loop.call_at(due, self._check_head_time)

    def _refuse(self, status: int, message: str) -> None:
        """Answer `status` and close; while an earlier request of the connection is still being
        answered, only stop reading and close after that answer."""
        if self.transport.is_closing():
            return
        self._awaiting_head = False
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.keep_alive = False
            self.flow.pause_reading()
            return
        body = orjson.dumps({"message": message})
        head = b"content-type: application/json\r\ncontent-length: %d\r\n" % len(body)
        self.transport.write(STATUS_LINE[status] + head + b"connection: close\r\n\r\n" + body)
        self.transport.close()


def protocol_for(settings: MockSettings) -> type[BoundedHttpToolsProtocol]:
    """The protocol class carrying `settings`' limits and Host rule (uvicorn makes one per connection)."""
    return type(
        "MockHttpProtocol",
        (BoundedHttpToolsProtocol,),
        {
            "max_header_bytes": settings.max_header_bytes,
            "header_seconds": settings.header_seconds,
            "hosts": HostRule(settings.allowed_hosts),
        },
    )


def server_config(app: Any, settings: MockSettings) -> uvicorn.Config:
    """The uvicorn configuration `walletapp-mock` serves with, and the tests too. Requests are logged by
    the app itself (`--access-log`, without tokens), not by uvicorn. No proxy sits in front of the mock,
    so `X-Forwarded-For` is not read: the peer the /__mock rules see is the connection's."""
    return uvicorn.Config(
        app,
        loop="uvloop",
        http=protocol_for(settings),
        log_level="warning",
        access_log=False,
        proxy_headers=False,
        lifespan="on",
    )
