"""The app factory: a Starlette app whose HTTP requests are served by `SpecDispatcher`, a pure ASGI
middleware that does, per request, route match -> auth (401/403) -> validation (422) -> handler -> orjson.

Everything that can be computed once is computed in `create_app`: the route trie, one validator per
operation, the 401/403 bodies as bytes. Starlette keeps what it is good at (lifespan, error safety net);
the per-request path avoids its general-purpose router and request objects, which would cost more than
the mock's own work. `/__mock/*` (fixtures, reset, webhook log) is served beside the spec's routes and is
not part of the WalletApp API.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.middleware import Middleware

from . import errors
from .call import Call, Reply, Stream
from .errors import ApiError
from .handlers import registry
from .http import ASGIApp, Query, Receive, Scope, Send, read_body, send_json, send_json_stream
from .mock_routes import mock_endpoint
from .routing import Router
from .runtime import Runtime
from .settings import MockSettings
from .spec import Operation, Spec, load_spec
from .validation import RequestValidator

log = logging.getLogger("walletapp_mock")

_SERVER_ERROR = orjson.dumps({"message": "Server Error"})


@dataclass(frozen=True, slots=True)
class _Compiled:
    op: Operation
    validator: RequestValidator
    handler: Callable[[Call], Any] | None
    unauthenticated: bytes
    forbidden: bytes


def compile_routes(spec: Spec) -> tuple[Router[_Compiled], list[str]]:
    """The router and the operationIds that have no handler (answered 501, reported at start-up)."""
    handlers = registry()
    router: Router[_Compiled] = Router()
    missing = []
    for op in spec.operations:
        handler = handlers.get(op.operation_id)
        if handler is None:
            missing.append(op.operation_id)
        router.add(
            op.method,
            op.path,
            _Compiled(
                op=op,
                validator=RequestValidator(op),
                handler=handler,
                unauthenticated=orjson.dumps(op.error_body(401, errors.UNAUTHENTICATED)),
                forbidden=orjson.dumps(op.error_body(403, errors.INVALID_ABILITY)),
            ),
        )
    return router, missing


class SpecDispatcher:
    """Serves every HTTP request; other scopes (lifespan) go on to the Starlette app."""

    def __init__(self, app: ASGIApp, runtime: Runtime, router: Router[_Compiled]) -> None:
        self.app = app
        self.runtime = runtime
        self.router = router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        method: str = scope["method"]
        if path.startswith("/__mock"):
            status, body = await mock_endpoint(self.runtime, method, path, Query(scope["query_string"]))
            await send_json(send, status, body)
            return
        match = self.router.match(method, path)
        if match is None:
            await send_json(send, 404, {"message": errors.ROUTE_NOT_FOUND})
            return
        compiled = match.target
        if compiled is None:
            message = errors.METHOD_NOT_ALLOWED.format(method=method, path=path.lstrip("/"))
            allow = ", ".join(sorted(m.upper() for m in match.allowed)).encode()
            await send_json(send, 405, {"message": message}, ((b"allow", allow),))
            return
        headers = dict(scope["headers"])
        op = compiled.op
        if op.requires_auth:
            tokens = self.runtime.tokens
            raw = headers.get(b"authorization")
            abilities = tokens.abilities(raw.decode("latin-1") if raw else None)
            if abilities is None:
                await send_json(send, 401, compiled.unauthenticated)
                return
            if not tokens.allows(abilities, op.abilities):
                await send_json(send, 403, compiled.forbidden)
                return
        if compiled.handler is None:
            await send_json(send, 501, {"message": errors.NOT_IMPLEMENTED})
            return
        try:
            raw_body = await read_body(receive) if compiled.validator.has_body else b""
            content_type = headers.get(b"content-type")
            valid = compiled.validator.validate(
                match.params,
                Query(scope["query_string"]),
                content_type.decode("latin-1") if content_type else None,
                raw_body,
            )
            call = Call(op, self.runtime, scope, headers, valid.path, valid.query, valid.body)
            result = compiled.handler(call)
            if isinstance(result, Stream):
                await send_json_stream(send, 200, result.chunks)
                return
            if isinstance(result, Reply):
                await send_json(send, result.status, result.body)
                return
            body = orjson.dumps(result)
        except ApiError as exc:
            await send_json(send, exc.status, exc.payload)
            return
        except Exception:
            log.exception("%s %s failed", method, op.path)
            await send_json(send, 500, _SERVER_ERROR)
            return
        await send_json(send, 200, body)


def create_app(settings: MockSettings | None = None) -> Starlette:
    """Build the mock; raises `spec.SpecError` (one line) when the spec cannot drive it."""
    settings = settings or MockSettings()
    spec = load_spec(settings.spec_path)
    runtime = Runtime(settings, spec)
    router, missing = compile_routes(spec)
    if missing:
        log.warning("operations without a handler (answered with 501): %s", ", ".join(missing))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await runtime.aclose()

    app = Starlette(
        middleware=[Middleware(SpecDispatcher, runtime=runtime, router=router)],
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    app.state.missing_handlers = missing
    return app
