"""`/__mock/*`: helpers for people and tests, not part of the WalletApp spec (and so not validated by it).

GET  /__mock/fixtures   the seeded ids and the two seeded tokens
POST /__mock/reset      restore the seed (cancels batches and webhook deliveries in flight)
GET  /__mock/webhooks   every webhook delivery attempt, oldest first (`?batch_id=` filters)
"""

from __future__ import annotations

from typing import Any

from .errors import METHOD_NOT_ALLOWED, ROUTE_NOT_FOUND
from .http import Query
from .runtime import Runtime

ROUTES = ("/__mock/fixtures", "/__mock/reset", "/__mock/webhooks")


async def mock_endpoint(runtime: Runtime, method: str, path: str, query: Query) -> tuple[int, Any]:
    route = (method, path.rstrip("/"))
    if route == ("GET", "/__mock/fixtures"):
        return 200, runtime.fixtures()
    if route == ("POST", "/__mock/reset"):
        await runtime.reset()
        return 200, {"message": "State restored to the seed.", "fixtures": runtime.fixtures()}
    if route == ("GET", "/__mock/webhooks"):
        batch_id = query.get("batch_id")
        records = [r for r in runtime.webhooks.records if batch_id is None or r["batch_id"] == batch_id]
        return 200, {"data": records}
    if route[1] in ROUTES:
        return 405, {"message": METHOD_NOT_ALLOWED.format(method=method, path=route[1])}
    return 404, {"message": ROUTE_NOT_FOUND}
