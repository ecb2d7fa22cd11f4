"""The app factory: a Starlette app whose routes are compiled from the spec (`dispatch`) beside the
mock's own `/__mock/*` helpers (`mock_routes`), with the API's JSON answers for unknown routes (404) and
methods (405), each request logged with `--access-log` (`access_log`), and a lifespan that stops
batches and webhook deliveries on shutdown. The Host rule and the header limits are the server's
(`server`).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response

from . import laravel
from .access_log import AccessLog, AccessLogMiddleware
from .dispatch import compile_routes
from .mock_routes import mock_routes
from .runtime import Runtime
from .settings import MockSettings
from .spec import load_spec

log = logging.getLogger("walletapp_mock")


async def _not_found(request: Request, exc: Exception) -> Response:
    return laravel.json_response(404, {"message": laravel.ROUTE_NOT_FOUND})


async def _method_not_allowed(request: Request, exc: Exception) -> Response:
    allowed = (getattr(exc, "headers", None) or {}).get("Allow", "")
    methods = [method.strip() for method in allowed.split(",") if method.strip()]
    return laravel.method_not_allowed(request.method, request.url.path, methods)


def create_app(settings: MockSettings | None = None) -> Starlette:
    """Build the mock; raises `spec.SpecError` (one line) when the spec cannot drive it."""
    settings = settings or MockSettings()
    spec = load_spec(settings.spec_path)
    runtime = Runtime(settings, spec)
    routes, missing = compile_routes(spec, runtime)
    if missing:
        log.warning("operations without a handler (answered with 501): %s", ", ".join(missing))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await runtime.aclose()

    logged = [Middleware(AccessLogMiddleware, access=AccessLog(runtime.tokens.secrets()))]
    app = Starlette(
        routes=[*routes, *mock_routes(runtime)],  # the API's first: matched in order, on every request
        middleware=logged if settings.access_log else [],
        exception_handlers={404: _not_found, 405: _method_not_allowed},
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    app.state.missing_handlers = missing
    return app
