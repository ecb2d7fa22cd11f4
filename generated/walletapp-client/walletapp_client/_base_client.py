"""How every WalletApp and AsyncWalletApp call is sent: headers, timeouts, retries, errors, logging.

The retry policy, in one place (also in the SDK guide):

- A call is sent at most ``1 + max_retries`` times (``max_retries`` per client, default 2, or per call).
- Reads (GET) are sent again after a connection error, a timeout, a 429 or a 5xx answer.
- Writes (every other method) are sent again only where the first try certainly did not take effect:
  the connection could not be made (refused, DNS, TLS, connect timeout, no free pooled connection) or
  the API answered 429. The API has no idempotency keys, so a write that may have reached it (a read
  timeout, a reset connection, a 5xx) is never repeated: its error is raised at once.
- The wait before a new try is ``Retry-After`` when the API sends one (seconds or an HTTP date); longer
  than 60 s, the 429 is raised at once. Otherwise it is exponential: 0.5 s, 1 s, 2 s... at most 8 s,
  less up to 25 % of random jitter, so that many clients do not retry in step.
- Each try has the timeout (per client, default 60 s to read and 5 s to connect, or per call).

One DEBUG line of the ``walletapp_client`` logger per try: method, path (no query string), status or
error, duration and the number of the retry. Headers, and so the token, are never logged.
"""

from __future__ import annotations

import asyncio
import logging
import os
import platform
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, Self, TypeVar

import httpx

from .errors import (
    MAX_RETRY_AFTER,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    WalletAppError,
    retry_after,
)

__version__ = "2.0.0"

DEFAULT_BASE_URL = "https://api.walletapp.co"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
TOKEN_ENV = "WALLETAPP_TOKEN"
BASE_URL_ENV = "WALLETAPP_BASE_URL"

USER_AGENT = (
    f"walletapp-client/{__version__} python/{'.'.join(platform.python_version_tuple()[:2])}"
    f" httpx/{'.'.join(httpx.__version__.split('.')[:2])}"
)

log = logging.getLogger("walletapp_client")

R = TypeVar("R")
T = TypeVar("T")
TimeoutTypes = float | httpx.Timeout | None


class NotGiven:
    """The default of per-call options: use the client's setting (None means "no timeout" for timeout)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


@dataclass(frozen=True)
class Operation:
    """What the sender needs to know of an operation beyond the request itself."""

    method: str
    path: str
    ability: str | None
    read: bool


@dataclass(frozen=True)
class CallOptions:
    """The per-call options every method takes."""

    extra_headers: Mapping[str, str] | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN


class Model(Protocol):
    """What every generated model is: built from the JSON object it stands for."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=Model)


def as_model(cls: type[M], value: M | Mapping[str, object]) -> M:
    """``value`` as a ``cls`` model: itself, or built from a dict of the JSON field names."""
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"expected {cls.__name__} or a dict, got {type(value).__name__}")
    try:
        return cls.from_dict(value)
    except KeyError as error:
        raise TypeError(f"{cls.__name__}: the field {error} is required") from None


def missing(method: str, name: str) -> TypeError:
    """A method that also takes ``body=`` was called with neither body nor one of the body's required fields."""
    return TypeError(f"{method}() missing keyword argument {name!r} (or pass the whole body as body=)")


def parse(response: httpx.Response, parser: Callable[[Any], R]) -> R:
    """The 2xx ``response`` parsed by ``parser`` (a model's ``from_dict``), or APIResponseValidationError."""
    return _validated(response, parser, _json(response))


def parse_page(
    response: httpx.Response,
    parser: Callable[[Any], R],
    items_of: Callable[[R], list[T]],
    item_parser: Callable[[Any], T],
    items_at: Sequence[str],
) -> R:
    """A page answer parsed like ``parse``, but its items one by one, each item's JSON let go as soon as
    its model is built: a page's JSON and its models are never both whole in memory.

    ``items_at`` is where the items are in the JSON (the x-walletapp-pagination pointer), ``items_of``
    the same list in the parsed page, ``item_parser`` an item's ``from_dict``.
    """
    data = _json(response)
    try:
        container = data
        for key in items_at[:-1]:
            container = container[key]
        raw = container[items_at[-1]]
        if not isinstance(raw, list):
            raise TypeError(f"/{'/'.join(items_at)} is not a list")
        container[items_at[-1]] = []
    except (KeyError, TypeError) as error:
        raise _mismatch(response, error) from None
    page = _validated(response, parser, data)
    items = items_of(page)
    raw.reverse()
    try:
        while raw:
            items.append(item_parser(raw.pop()))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _mismatch(response, error) from None
    return page


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError as error:
        kind = response.headers.get("content-type", "no content type").split(";")[0]
        where = f"{response.request.method} {response.request.url.path}: {response.status_code} answer"
        raise APIResponseValidationError(
            f"{where} is not JSON ({kind}, {len(response.content)} bytes): {error}", response=response
        ) from None


def _validated(response: httpx.Response, parser: Callable[[Any], R], data: Any) -> R:
    try:
        return parser(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _mismatch(response, error) from None


def _mismatch(response: httpx.Response, error: Exception) -> APIResponseValidationError:
    where = f"{response.request.method} {response.request.url.path}: {response.status_code} answer"
    reason = f"field {error} is missing" if isinstance(error, KeyError) else str(error)
    return APIResponseValidationError(f"{where} does not match the spec: {reason}", response=response)


def _unbound(response: httpx.Response) -> httpx.Response:
    """``response``, read and closed, without its reference cycle.

    httpx binds each response's stream to the response (to time it), so a response is only freed by the
    cyclic garbage collector, long after the call: iterating pages kept a dozen pages' bodies alive.
    Once the body is read the stream is spent; an empty one in its place lets a response go as soon as
    nothing uses it, so memory stays at one page.
    """
    response.stream = httpx.ByteStream(b"")
    return response


class BaseClient:
    """The settings both clients share and the retry decisions, which do not depend on sync or async."""

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        token = token if token is not None else os.environ.get(TOKEN_ENV)
        if not token:
            raise WalletAppError(f"no API token: pass token=... or set the {TOKEN_ENV} environment variable")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._token = token
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _settings(
        self, timeout: TimeoutTypes | NotGiven, max_retries: int | NotGiven, default_headers: Mapping[str, str] | None
    ) -> dict[str, Any]:
        """The constructor arguments of a copy of this client with some settings changed."""
        return {
            "token": self._token,
            "base_url": self.base_url,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": {**self._default_headers, **(default_headers or {})},
        }

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, kwargs: Mapping[str, Any], options: CallOptions
    ) -> httpx.Request:
        headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **self._default_headers,
            **kwargs.get("headers", {}),
            **(options.extra_headers or {}),
            "Authorization": f"Bearer {self._token}",
        }
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        return http.build_request(
            kwargs["method"].upper(),
            self.base_url + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            headers=headers,
            timeout=httpx.Timeout(timeout) if not isinstance(timeout, httpx.Timeout) else timeout,
        )

    def _retries(self, options: CallOptions) -> int:
        return self.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries

    @staticmethod
    def _retry_after_error(operation: Operation, error: httpx.TransportError) -> bool:
        """Whether a failed try may be repeated: any error for a read, only "never sent" for a write."""
        if operation.read:
            return True
        return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)

    @staticmethod
    def _retry_after_status(operation: Operation, response: httpx.Response) -> bool:
        if response.status_code == 429:
            wait = retry_after(response.headers)
            return wait is None or wait <= MAX_RETRY_AFTER
        return operation.read and response.status_code >= 500

    @staticmethod
    def _delay(retry: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``retry`` (0 for the first)."""
        if response is not None:
            wait = retry_after(response.headers)
            if wait is not None and wait <= MAX_RETRY_AFTER:
                return wait
        delay = min(INITIAL_RETRY_DELAY * 2.0**retry, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    @staticmethod
    def _log(request: httpx.Request, outcome: str, started: float, retry: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - started) * 1000
            log.debug("%s %s -> %s in %.1f ms (retry %d)", request.method, request.url.path, outcome, elapsed, retry)

    @staticmethod
    def _transport_error(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
        where = f"{request.method} {request.url.path}"
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"{where}: no answer in time ({type(error).__name__})", request=request)
        return APIConnectionError(f"{where}: {type(error).__name__}: {error}", request=request)

    @staticmethod
    def _status_error(operation: Operation, response: httpx.Response) -> APIStatusError:
        hint = f"needs the {operation.ability!r} ability" if response.status_code == 403 and operation.ability else ""
        return APIStatusError.from_response(response, hint=hint)


class SyncClient(BaseClient):
    """Sends calls with an ``httpx.Client`` (its own, or the one given, which it never changes)."""

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
    ) -> None:
        super().__init__(
            token=token, base_url=base_url, timeout=timeout, max_retries=max_retries,
            default_headers=default_headers,
        )  # fmt: skip
        self._http = http_client or httpx.Client()
        self._owns_http = http_client is None

    def copy(
        self,
        *,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> SyncClient:
        """A client with some settings changed that sends through this one's connections."""
        return SyncClient(**self._settings(timeout, max_retries, default_headers), http_client=self._http)

    def close(self) -> None:
        """Close the connections (only those of an httpx.Client this client made itself)."""
        if self._owns_http:
            self._http.close()

    def request(self, operation: Operation, kwargs: Mapping[str, Any], options: CallOptions) -> httpx.Response:
        """Send the request of a low-level ``_get_kwargs``; return the 2xx answer or raise."""
        retries = self._retries(options)
        retry = 0
        while True:
            request = self._build_request(self._http, kwargs, options)
            started = time.monotonic()
            try:
                response = _unbound(self._http.send(request))
            except httpx.TransportError as error:
                self._log(request, type(error).__name__, started, retry)
                if retry < retries and self._retry_after_error(operation, error):
                    time.sleep(self._delay(retry, None))
                    retry += 1
                    continue
                raise self._transport_error(error, request) from error
            self._log(request, str(response.status_code), started, retry)
            if response.is_success:
                return response
            if retry < retries and self._retry_after_status(operation, response):
                time.sleep(self._delay(retry, response))
                retry += 1
                continue
            raise self._status_error(operation, response)


class AsyncClient(BaseClient):
    """Sends calls with an ``httpx.AsyncClient`` (its own, or the one given, which it never changes)."""

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
    ) -> None:
        super().__init__(
            token=token, base_url=base_url, timeout=timeout, max_retries=max_retries,
            default_headers=default_headers,
        )  # fmt: skip
        self._http = http_client or httpx.AsyncClient()
        self._owns_http = http_client is None

    def copy(
        self,
        *,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> AsyncClient:
        """A client with some settings changed that sends through this one's connections."""
        return AsyncClient(**self._settings(timeout, max_retries, default_headers), http_client=self._http)

    async def close(self) -> None:
        """Close the connections (only those of an httpx.AsyncClient this client made itself)."""
        if self._owns_http:
            await self._http.aclose()

    async def request(self, operation: Operation, kwargs: Mapping[str, Any], options: CallOptions) -> httpx.Response:
        """Send the request of a low-level ``_get_kwargs``; return the 2xx answer or raise."""
        retries = self._retries(options)
        retry = 0
        while True:
            request = self._build_request(self._http, kwargs, options)
            started = time.monotonic()
            try:
                response = _unbound(await self._http.send(request))
            except httpx.TransportError as error:
                self._log(request, type(error).__name__, started, retry)
                if retry < retries and self._retry_after_error(operation, error):
                    await asyncio.sleep(self._delay(retry, None))
                    retry += 1
                    continue
                raise self._transport_error(error, request) from error
            self._log(request, str(response.status_code), started, retry)
            if response.is_success:
                return response
            if retry < retries and self._retry_after_status(operation, response):
                await asyncio.sleep(self._delay(retry, response))
                retry += 1
                continue
            raise self._status_error(operation, response)
