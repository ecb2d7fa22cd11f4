"""`/__mock/*`: helpers for people and tests, not part of the WalletApp spec (and so not validated by it).

GET  /__mock/fixtures   the seeded ids and the two seeded tokens
POST /__mock/reset      restore the seed (cancels batches and webhook deliveries in flight)
GET  /__mock/webhooks   every webhook delivery attempt, oldest first (`?batch_id=` filters)

They have no authentication, so they answer only the developer's own machine: a loopback peer, a
loopback `Host` (`localhost`, `*.localhost`, 127.0.0.0/8, ::1), no foreign `Origin`. A POST carries JSON
or nothing: a cross-site form (or `fetch` without CORS) can only send `text/plain`, `multipart/form-data`
or `application/x-www-form-urlencoded`, and such a request is refused before it does anything.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import laravel
from .hosts import host_name, is_local_name, is_loopback_address
from .laravel import json_response
from .runtime import Runtime

Endpoint = Callable[[Request], Awaitable[Response]]

NOT_LOCAL = "The /__mock routes answer requests from this machine only (loopback address and Host)."
CROSS_ORIGIN = "The /__mock routes refuse requests from web pages of other origins."


def _refusal(request: Request) -> Response | None:
    """Why a /__mock request is refused, as the answer to send; None when it may proceed."""
    host = request.headers.get("host")
    client = request.client.host if request.client else None
    if not is_loopback_address(client) or (host is not None and not is_local_name(host_name(host))):
        return json_response(403, {"message": NOT_LOCAL})
    origin = request.headers.get("origin")
    if origin is not None and (host is None or urlsplit(origin).netloc.lower() != host.lower()):
        return json_response(403, {"message": CROSS_ORIGIN})
    if request.method == "POST":
        media = request.headers.get("content-type")
        has_body = request.headers.get("content-length", "0") != "0" or "transfer-encoding" in request.headers
        essence = (media or "").split(";", 1)[0].strip().lower()  # `text/plain; x=json` is still a form's
        if (media is not None or has_body) and not essence.endswith("json"):
            return json_response(415, {"message": laravel.WRONG_CONTENT_TYPE})
    return None


def _local(endpoint: Endpoint) -> Endpoint:
    async def guarded(request: Request) -> Response:
        return _refusal(request) or await endpoint(request)

    return guarded


def mock_routes(runtime: Runtime) -> list[Route]:
    async def fixtures(request: Request) -> Response:
        return json_response(200, runtime.fixtures())

    async def reset(request: Request) -> Response:
        await runtime.reset()
        return json_response(200, {"message": "State restored to the seed.", "fixtures": runtime.fixtures()})

    async def webhooks(request: Request) -> Response:
        batch_id = request.query_params.get("batch_id")
        records = [r for r in runtime.webhooks.records if batch_id is None or r["batch_id"] == batch_id]
        return json_response(200, {"data": records})

    return [
        Route("/__mock/fixtures", _local(fixtures), methods=["GET"]),
        Route("/__mock/reset", _local(reset), methods=["POST"]),
        Route("/__mock/webhooks", _local(webhooks), methods=["GET"]),
    ]
