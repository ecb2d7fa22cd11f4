"""A reverse proxy on 127.0.0.1 in front of a WalletApp server: it records every request that passes and
can plant one server bug (`Fault`) on the way, so the suite can be run against a server whose behaviour we
know exactly.

    with Proxy(upstream=mock.base_url, fault=FAULTS["points-not-saved"]) as proxy:
        walletapp-contract --base-url {proxy.base_url} ...
        proxy.records          # method, path, operation, Authorization, status of every request

Used by `make mutation` (one fault at a time; the suite must fail) and by the tests that prove a
read-only run sends only reads. When the fault rewrites webhooks, the proxy gives the upstream its own
address as `webhook_url` and relays each webhook (rewritten) to the original URL.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
import orjson
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from walletapp_tools.contract import Operation

RELAY = "/__relay/"


@dataclass(frozen=True, slots=True)
class Exchange:
    """What a fault sees and may change: the operation, the request, and (after forwarding) the answer."""

    operation: str | None
    method: str
    path: str
    query: dict[str, str]
    body: Any


@dataclass(frozen=True)
class Fault:
    """One planted server bug. Every hook is optional:

    - `request(exchange)`: the exchange to forward instead of the client's (its query and JSON body);
    - `response(exchange, status, body)`: the `(status, body)` the client gets instead of the server's
      (body is parsed JSON when the answer was JSON; return bytes to send a non-JSON body);
    - `webhook(payload)`: the payloads delivered for one webhook of the server (none, one, several).
    """

    name: str
    description: str
    operations: frozenset[str] = frozenset()
    """The operationIds the request and response hooks apply to; empty: all."""
    request: Callable[[Exchange], Exchange] | None = None
    response: Callable[[Exchange, int, Any], tuple[int, Any]] | None = None
    webhook: Callable[[dict[str, Any]], list[dict[str, Any]]] | None = None

    def applies(self, operation: str | None) -> bool:
        return not self.operations or operation in self.operations


@dataclass(frozen=True, slots=True)
class Record:
    method: str
    path: str
    operation: str | None
    authorization: str | None
    status: int


class _Routes:
    """method + concrete path -> operationId, static paths before parameterised ones (as servers route)."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        compiled = []
        for op in operations:
            segments = op.path.strip("/").split("/")
            pattern = "/" + "/".join("[^/]+" if s.startswith("{") else re.escape(s) for s in segments)
            compiled.append((op.path.count("{"), op.method, re.compile(f"^{pattern}/?$"), op.operation_id))
        self._compiled = sorted(compiled, key=lambda entry: entry[0])

    def find(self, method: str, path: str) -> str | None:
        matching = [entry for entry in self._compiled if entry[2].match(path)]
        if not matching:
            return None
        fewest = matching[0][0]
        return next((op for params, m, _, op in matching if m == method and params == fewest), None)


class Proxy:
    def __init__(self, upstream: str, operations: Iterable[Operation], fault: Fault | None = None) -> None:
        self.upstream = upstream.rstrip("/")
        self.fault = fault
        self.records: list[Record] = []
        self.errors: list[str] = []
        """Failures of the proxy itself (never of the server behind it)."""
        self._routes = _Routes(operations)
        self._relays: dict[str, str] = {}
        self._lock = threading.Lock()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._sock.getsockname()[1])
        self.base_url = f"http://127.0.0.1:{self.port}"
        app = Starlette(
            routes=[Route("/{path:path}", self._handle, methods=_METHODS)], lifespan=self._lifespan
        )
        config = uvicorn.Config(app, loop="uvloop", log_level="warning", lifespan="on", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )
        self._client: httpx.AsyncClient | None = None

    # ---------------------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        async with httpx.AsyncClient(timeout=60.0, follow_redirects=False, trust_env=False) as client:
            self._client = client
            yield
        self._client = None

    async def _handle(self, request: Request) -> Response:
        """Forward (or fault) one request; a failure of the proxy itself is kept in `errors` and answered
        502, so that it is never mistaken for a planted server bug."""
        try:
            return await self._forward(request)
        except Exception as exc:
            self.errors.append(f"{request.method} {request.url.path}: {type(exc).__name__}: {exc}")
            return Response(status_code=502)

    async def _forward(self, request: Request) -> Response:
        assert self._client is not None
        path = request.url.path
        if path.startswith(RELAY) and request.method == "POST":
            return await self._relay(path.removeprefix(RELAY), await request.body())
        raw = await request.body()
        operation = self._routes.find(request.method, path)
        body: Any = None
        if raw and "json" in request.headers.get("content-type", ""):
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError:
                body = None
        exchange = Exchange(operation, request.method, path, dict(request.query_params), body)
        fault = self.fault if self.fault is not None and self.fault.applies(operation) else None
        status: int
        answer: Any
        query: bytes = request.scope.get("query_string", b"")
        if fault is not None and fault.request is not None:
            sent = fault.request(exchange)
            if sent.body != body:
                body = sent.body
                raw = orjson.dumps(body)
            if sent.query != exchange.query:
                query = urlencode(sent.query).encode()
        relaying = self.fault is not None and self.fault.webhook is not None
        if relaying and isinstance(body, dict) and isinstance(body.get("webhook_url"), str):
            key = str(len(self._relays))
            self._relays[key] = body["webhook_url"]
            raw = orjson.dumps({**body, "webhook_url": f"{self.base_url}{RELAY}{key}"})
        # The body may have been rewritten: httpx sets Content-Length from what is actually sent.
        headers = {
            k: v for k, v in request.headers.items() if k.lower() not in (*_HOP_BY_HOP, "content-length")
        }
        raw_path: bytes = request.scope.get("raw_path") or path.encode()
        target = httpx.URL(self.upstream).copy_with(raw_path=raw_path + (b"?" + query if query else b""))
        upstream = await self._client.request(
            request.method,
            target,
            content=raw or None,
            headers=headers,
        )
        status, answer = upstream.status_code, upstream.content
        passed = {
            k: v for k, v in upstream.headers.items() if k.lower() not in (*_HOP_BY_HOP, "content-length")
        }
        if fault is not None and fault.response is not None:
            parsed: Any = answer
            if "json" in upstream.headers.get("content-type", ""):
                parsed = orjson.loads(answer) if answer else None
            status, answer = fault.response(exchange, status, parsed)
        return self._reply(request, operation, status, answer, passed)

    def _reply(
        self, request: Request, operation: str | None, status: int, body: Any, headers: dict[str, str]
    ) -> Response:
        with self._lock:
            self.records.append(
                Record(
                    request.method, request.url.path, operation, request.headers.get("authorization"), status
                )
            )
        if isinstance(body, bytes):
            return Response(body, status, headers=headers)
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        return Response(orjson.dumps(body), status, headers=headers, media_type="application/json")

    async def _relay(self, key: str, raw: bytes) -> Response:
        target = self._relays.get(key)
        if target is None or self.fault is None or self.fault.webhook is None:
            return Response(status_code=404)
        assert self._client is not None
        answers = []
        for payload in self.fault.webhook(orjson.loads(raw)):
            try:
                relayed = await self._client.post(
                    target, content=orjson.dumps(payload), headers={"Content-Type": "application/json"}
                )
            except httpx.HTTPError:
                answers.append(502)
            else:
                answers.append(relayed.status_code)
        # The server sees the receiver's answer (a receiver that is down is a failed delivery it retries),
        # as if it had called the receiver itself.
        return Response(status_code=next((a for a in answers if not 200 <= a < 300), 200))

    # ---------------------------------------------------------------------------------------------

    def start(self) -> Proxy:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the proxy did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()

    def __enter__(self) -> Proxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "QUERY"]
_HOP_BY_HOP = (
    "host",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "proxy-connection",
)
