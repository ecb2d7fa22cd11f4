"""`/__mock/*`: helpers for people and tests, not part of the WalletApp spec (and so not validated by it).

GET  /__mock/fixtures   the seeded ids and the two seeded tokens
POST /__mock/reset      restore the seed (cancels batches and webhook deliveries in flight)
GET  /__mock/webhooks   every webhook delivery attempt, oldest first (`?batch_id=` filters)
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .laravel import json_response
from .runtime import Runtime


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
        Route("/__mock/fixtures", fixtures, methods=["GET"]),
        Route("/__mock/reset", reset, methods=["POST"]),
        Route("/__mock/webhooks", webhooks, methods=["GET"]),
    ]
