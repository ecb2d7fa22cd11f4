"""``WalletApp`` and ``AsyncWalletApp``: the WalletApp API with one namespace per tag of the spec."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Self

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    AsyncClient,
    NotGiven,
    SyncClient,
    TimeoutTypes,
)
from .batches import AsyncBatches, Batches
from .resources.bulk import AsyncBulk, Bulk
from .resources.imports import AsyncImports, Imports
from .resources.mailing import AsyncMailing, Mailing
from .resources.members import AsyncMembers, Members
from .resources.passes import AsyncPasses, Passes


class WalletApp:
    """The WalletApp API: ``wa.<namespace>.<operation>(...)``.

    Namespaces: ``bulk``, ``imports``, ``mailing``, ``members``, ``passes``, and ``batches`` (waiting for a batch). Each
    method returns the success model and raises a ``walletapp_client.errors.WalletAppError`` otherwise.

    Args:
        token: The API token; by default the ``WALLETAPP_TOKEN`` environment variable.
        base_url: By default ``WALLETAPP_BASE_URL``, else ``https://api.walletapp.co``.
        timeout: Seconds (or an ``httpx.Timeout``) each try of a call may take; None for no limit.
            Default: 60 s to read, 5 s to connect.
        max_retries: How many times a call may be retried (see the retry policy in the SDK guide).
        default_headers: Headers sent with every call of this client.
        http_client: An ``httpx.Client`` of yours (proxies, transports, limits); it is used as it is,
            never changed, and not closed by ``close()``.

    Use it as a context manager, or keep one for the life of your program and ``close()`` it at the end.
    """

    bulk: Bulk
    imports: Imports
    mailing: Mailing
    members: Members
    passes: Passes
    batches: Batches

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._setup(
            SyncClient(
                token=token,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                http_client=http_client,
            )
        )

    def _setup(self, client: SyncClient) -> None:
        self._client = client
        self.bulk = Bulk(client)
        self.imports = Imports(client)
        self.mailing = Mailing(client)
        self.members = Members(client)
        self.passes = Passes(client)
        self.batches = Batches(self)

    @property
    def base_url(self) -> str:
        return self._client.base_url

    @property
    def timeout(self) -> TimeoutTypes:
        """The timeout of each try of a call (per call: ``timeout=``)."""
        return self._client.timeout

    @property
    def max_retries(self) -> int:
        """How many times a call may be retried (per call: ``max_retries=``)."""
        return self._client.max_retries

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> WalletApp:
        """A client like this one with some settings changed, sharing its connections (this one is unchanged)."""
        copy = WalletApp.__new__(WalletApp)
        copy._setup(self._client.copy(timeout=timeout, max_retries=max_retries, default_headers=default_headers))
        return copy

    def close(self) -> None:
        """Close the connections (an ``http_client`` you gave stays open)."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"WalletApp(base_url={self.base_url!r})"


class AsyncWalletApp:
    """The WalletApp API, asynchronously: ``awa.<namespace>.<operation>(...)``.

    Namespaces: ``bulk``, ``imports``, ``mailing``, ``members``, ``passes``, and ``batches`` (waiting for a batch). Each
    method returns the success model and raises a ``walletapp_client.errors.WalletAppError`` otherwise.

    Args:
        token: The API token; by default the ``WALLETAPP_TOKEN`` environment variable.
        base_url: By default ``WALLETAPP_BASE_URL``, else ``https://api.walletapp.co``.
        timeout: Seconds (or an ``httpx.Timeout``) each try of a call may take; None for no limit.
            Default: 60 s to read, 5 s to connect.
        max_retries: How many times a call may be retried (see the retry policy in the SDK guide).
        default_headers: Headers sent with every call of this client.
        http_client: An ``httpx.AsyncClient`` of yours (proxies, transports, limits); it is used as it is,
            never changed, and not closed by ``close()``.

    Use it as a context manager, or keep one for the life of your program and ``close()`` it at the end.
    """

    bulk: AsyncBulk
    imports: AsyncImports
    mailing: AsyncMailing
    members: AsyncMembers
    passes: AsyncPasses
    batches: AsyncBatches

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._setup(
            AsyncClient(
                token=token,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                http_client=http_client,
            )
        )

    def _setup(self, client: AsyncClient) -> None:
        self._client = client
        self.bulk = AsyncBulk(client)
        self.imports = AsyncImports(client)
        self.mailing = AsyncMailing(client)
        self.members = AsyncMembers(client)
        self.passes = AsyncPasses(client)
        self.batches = AsyncBatches(self)

    @property
    def base_url(self) -> str:
        return self._client.base_url

    @property
    def timeout(self) -> TimeoutTypes:
        """The timeout of each try of a call (per call: ``timeout=``)."""
        return self._client.timeout

    @property
    def max_retries(self) -> int:
        """How many times a call may be retried (per call: ``max_retries=``)."""
        return self._client.max_retries

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncWalletApp:
        """A client like this one with some settings changed, sharing its connections (this one is unchanged)."""
        copy = AsyncWalletApp.__new__(AsyncWalletApp)
        copy._setup(self._client.copy(timeout=timeout, max_retries=max_retries, default_headers=default_headers))
        return copy

    async def close(self) -> None:
        """Close the connections (an ``http_client`` you gave stays open)."""
        await self._client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncWalletApp(base_url={self.base_url!r})"
