"""Webhook delivery: POST the batch's payload to its webhook_url, retrying with exponential backoff.

A delivery is retried on connection errors and non-2xx answers, at most `attempts` times, waiting
`backoff * 2**(n-1)` seconds after the n-th failure. Every attempt is recorded for `GET /__mock/webhooks`.
Only loopback targets are allowed unless the host was allowed explicitly (`--allow-webhook-host`), so the
mock cannot be aimed at other machines; redirects are not followed for the same reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import orjson

from . import clock

if TYPE_CHECKING:
    import httpx

log = logging.getLogger("walletapp_mock.webhooks")


def target_refusal(url: str, allowed_hosts: frozenset[str]) -> str | None:
    """Why the mock will not call this URL, or None when it may."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "not called: the mock only calls http(s) URLs on loopback addresses."
    if parts.scheme not in ("http", "https") or not host:
        return "not called: the mock only calls http(s) URLs on loopback addresses."
    if host.lower() in allowed_hosts or host.lower() == "localhost":
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    return (
        "not called: the mock only calls http(s) URLs on loopback addresses "
        "(start it with --allow-webhook-host HOST to allow another)."
    )


class WebhookDispatcher:
    """Delivers payloads in background tasks and keeps the record of every attempt."""

    def __init__(
        self,
        *,
        attempts: int,
        backoff: float,
        timeout: float,
        concurrency: int,
        allowed_hosts: frozenset[str],
    ) -> None:
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.timeout = timeout
        self.allowed_hosts = allowed_hosts
        self.records: list[dict[str, Any]] = []
        self._concurrency = max(1, concurrency)
        self._semaphore: asyncio.Semaphore | None = None
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def deliver(self, batch_id: str, url: str, payload: dict[str, Any]) -> None:
        task = asyncio.get_running_loop().create_task(self._deliver(batch_id, url, payload))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver(self, batch_id: str, url: str, payload: dict[str, Any]) -> None:
        import httpx  # here, not at the top: it costs 0.4 s of start-up (its CLI imports rich)

        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False, trust_env=False)
            self._semaphore = asyncio.Semaphore(self._concurrency)
        assert self._semaphore is not None
        body = orjson.dumps(payload)
        headers = {"Content-Type": "application/json", "User-Agent": "walletapp-mock"}
        refusal = target_refusal(url, self.allowed_hosts)
        for attempt in range(1, self.attempts + 1):
            record: dict[str, Any] = {
                "batch_id": batch_id,
                "url": url,
                "attempt": attempt,
                "payload": payload,
                "attempted_at": clock.stamp(clock.now()),
                "status_code": None,
                "error": None,
                "delivered": False,
            }
            if refusal is not None:
                record["error"] = refusal
                self.records.append(record)
                log.warning("webhook for batch %s not sent: %s", batch_id, refusal)
                return
            try:
                async with self._semaphore:
                    answer = await self._client.post(url, content=body, headers=headers)
                record["status_code"] = answer.status_code
                record["delivered"] = 200 <= answer.status_code < 300
                if not record["delivered"]:
                    record["error"] = f"HTTP {answer.status_code}"
            except httpx.HTTPError as exc:
                record["error"] = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            self.records.append(record)
            if record["delivered"]:
                return
            if attempt < self.attempts:
                await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
        log.warning("webhook for batch %s not delivered after %d attempts", batch_id, self.attempts)

    async def reset(self) -> None:
        tasks, self._tasks = list(self._tasks), set()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.records = []

    async def aclose(self) -> None:
        await self.reset()
        if self._client is not None:
            await self._client.aclose()
            self._client = None
