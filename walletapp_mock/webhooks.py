"""Webhook delivery: POST the batch's payload to its webhook_url, retrying with exponential backoff.

A delivery is retried on connection errors, timeouts and non-2xx answers, at most `attempts` times,
waiting `backoff * 2**(n-1)` seconds after the n-th failure. Every attempt, and every refusal or failure
before one (a URL the mock will not call, or cannot), is recorded for `GET /__mock/webhooks`.

What the mock will call, so that it cannot be aimed at other machines or at itself:
- loopback targets only, unless the host was allowed explicitly (`--allow-webhook-host`); a batch
  requested from another machine (the mock listening beyond loopback) reaches allowed hosts only, never
  this machine's loopback services;
- never the mock itself: no local address on a port the mock serves on, however the URL spells it;
- URLs of at most 2,048 characters; redirects are not followed.

What a receiver can make it hold: each attempt has a total deadline (`timeout`: connection, request,
status and headers; the answer's body is never read), at most `per_target` attempts run at once to one
host and port and `concurrency` in all, so a slow receiver delays its own deliveries only. The log names
URLs without credentials, query or fragment, which may carry a receiver's secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
from collections import Counter, deque
from collections.abc import AsyncIterator
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import orjson

from . import clock
from .hosts import ip

if TYPE_CHECKING:
    import httpx

log = logging.getLogger("walletapp_mock.webhooks")

MAX_URL_LENGTH = 2048
MAX_RECORDS = 10_000
"""Attempts kept for `GET /__mock/webhooks`, the oldest dropped first."""
LOOPBACK_ONLY = "not called: the mock only calls http(s) URLs on loopback addresses"
NOT_ITSELF = "not called: the URL points at the mock itself"
NOT_FROM_REMOTE = (
    "not called: a batch requested from another machine may only call --allow-webhook-host hosts, "
    "not this machine's loopback"
)


def target_refusal(url: str, allowed_hosts: frozenset[str], loopback: bool = True) -> str | None:
    """Why the mock will not call this URL, or None when it may (`loopback`: whether loopback targets
    are open to the batch's requester)."""
    if len(url) > MAX_URL_LENGTH:
        return f"not called: the URL is longer than {MAX_URL_LENGTH:,} characters."
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return f"{LOOPBACK_ONLY}."
    if parts.scheme not in ("http", "https") or not host:
        return f"{LOOPBACK_ONLY}."
    if host.lower() in allowed_hosts:
        return None
    try:
        is_loopback = host.lower() == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        is_loopback = False
    if is_loopback:
        return None if loopback else NOT_FROM_REMOTE
    return f"{LOOPBACK_ONLY} (start it with --allow-webhook-host HOST to allow another)."


def loggable(url: str) -> str:
    """`url` as the log may show it: scheme, host, port and path, shortened."""
    try:
        parts = urlsplit(url)
        shown = f"{parts.scheme}://{parts.hostname}{f':{parts.port}' if parts.port else ''}{parts.path}"
    except ValueError:
        shown = "<not a URL>"
    return shown if len(shown) <= 120 else shown[:117] + "..."


@cache
def _is_local(address: str) -> bool:
    """Whether `address` is one of this machine's: loopback, unspecified (0.0.0.0 reaches this machine
    too), or one a socket can bind to."""
    parsed = ip(address)
    if parsed is None:
        return False
    if parsed.is_loopback or parsed.is_unspecified:
        return True
    family = socket.AF_INET if parsed.version == 4 else socket.AF_INET6
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((str(parsed), 0))
        except OSError:
            return False
    return True


class _Slots:
    """At most `per_target` attempts at once to one target and `total` in all; a target waits for its
    own slot before it takes one of the shared ones."""

    def __init__(self, total: int, per_target: int) -> None:
        self._total = asyncio.Semaphore(total)
        self._per_target = per_target
        self._targets: dict[str, asyncio.Semaphore] = {}
        self._users: Counter[str] = Counter()

    @contextlib.asynccontextmanager
    async def hold(self, target: str) -> AsyncIterator[None]:
        own = self._targets.setdefault(target, asyncio.Semaphore(self._per_target))
        self._users[target] += 1
        try:
            async with own, self._total:
                yield
        finally:
            self._users[target] -= 1
            if not self._users[target]:
                del self._users[target], self._targets[target]


class WebhookDispatcher:
    """Delivers payloads in background tasks and keeps the record of every attempt."""

    def __init__(
        self,
        *,
        attempts: int,
        backoff: float,
        timeout: float,
        concurrency: int,
        per_target: int,
        allowed_hosts: frozenset[str],
    ) -> None:
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.timeout = timeout
        self.allowed_hosts = allowed_hosts
        self.records: deque[dict[str, Any]] = deque(maxlen=MAX_RECORDS)
        self.own_ports: set[int] = set()
        """Ports the mock serves on, as the requests that created batches came in."""
        self._concurrency = max(1, concurrency)
        self._per_target = max(1, per_target)
        self._slots: _Slots | None = None
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def deliver(self, batch_id: str, url: str, payload: dict[str, Any], *, remote: bool = False) -> None:
        """Deliver in the background; `remote`: the batch was requested from another machine."""
        task = asyncio.get_running_loop().create_task(self._deliver(batch_id, url, payload, remote))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    def _record(batch_id: str, url: str, payload: dict[str, Any], attempt: int) -> dict[str, Any]:
        return {
            "batch_id": batch_id,
            "url": url,
            "attempt": attempt,
            "payload": payload,
            "attempted_at": clock.stamp(clock.now()),
            "status_code": None,
            "error": None,
            "delivered": False,
        }

    async def _deliver(self, batch_id: str, url: str, payload: dict[str, Any], remote: bool) -> None:
        """Never raises: whatever goes wrong is recorded as an attempt and logged."""
        try:
            await self._attempts(batch_id, url, payload, remote)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("webhook for batch %s to %s failed", batch_id, loggable(url))
            record = self._record(batch_id, url, payload, 1)
            record["error"] = f"not delivered: the mock failed ({type(exc).__name__})"
            self.records.append(record)

    async def _refusal(self, url: str, remote: bool) -> str | None:
        refusal = target_refusal(url, self.allowed_hosts, loopback=not remote)
        if refusal is not None:
            return refusal
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        if port not in self.own_ports:
            return None
        try:
            found = await asyncio.get_running_loop().getaddrinfo(
                parts.hostname, port, type=socket.SOCK_STREAM
            )
        except OSError:
            return None  # the attempt fails to connect, and says so
        return NOT_ITSELF if any(_is_local(str(info[4][0])) for info in found) else None

    async def _attempts(self, batch_id: str, url: str, payload: dict[str, Any], remote: bool) -> None:
        import httpx  # here, not at the top: it costs 0.4 s of start-up (its CLI imports rich)

        refusal = await self._refusal(url, remote)
        if refusal is not None:
            self.records.append({**self._record(batch_id, url, payload, 1), "error": refusal})
            log.warning("webhook for batch %s not sent: %s", batch_id, refusal)
            return
        if self._client is None:
            limits = httpx.Limits(max_connections=self._concurrency, max_keepalive_connections=0)
            # The attempt's deadline below bounds the whole; httpx's own timeouts (per read) are a backstop.
            self._client = httpx.AsyncClient(
                timeout=2 * self.timeout, follow_redirects=False, trust_env=False, limits=limits
            )
            self._slots = _Slots(self._concurrency, self._per_target)
        assert self._slots is not None
        body = orjson.dumps(payload)
        headers = {"Content-Type": "application/json", "User-Agent": "walletapp-mock"}
        parts = urlsplit(url)
        target = f"{parts.scheme}://{parts.netloc.rpartition('@')[2].lower()}"
        shown = loggable(url)
        for attempt in range(1, self.attempts + 1):
            async with self._slots.hold(target):
                record = self._record(batch_id, url, payload, attempt)
                try:
                    async with (
                        asyncio.timeout(self.timeout),
                        self._client.stream("POST", url, content=body, headers=headers) as answer,
                    ):
                        record["status_code"] = answer.status_code
                    record["delivered"] = 200 <= answer.status_code < 300
                    if not record["delivered"]:
                        record["error"] = f"HTTP {answer.status_code}"
                except TimeoutError:
                    record["error"] = f"no answer within {self.timeout:g} s"
                except (httpx.InvalidURL, UnicodeError) as exc:
                    record["error"] = f"not called: not a valid URL ({type(exc).__name__})"
                    self.records.append(record)
                    log.warning("webhook for batch %s not sent: not a valid URL", batch_id)
                    return
                except httpx.HTTPError as exc:
                    record["error"] = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            self.records.append(record)
            log.info(
                "webhook for batch %s: POST %s, attempt %d: %s",
                batch_id,
                shown,
                attempt,
                record["error"] or record["status_code"],
            )
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
        self.records.clear()

    async def aclose(self) -> None:
        await self.reset()
        if self._client is not None:
            await self._client.aclose()
            self._client = None
