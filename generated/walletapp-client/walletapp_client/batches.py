"""``wa.batches``: waiting for an asynchronous batch to end.

The batch kinds and their status pages are the operations the spec marks with
``x-walletapp-batch-status``; ``wait`` polls the status page of the kind until the batch reaches its
finished state (returned) or its failed state (BatchFailedError), or the time runs out (APITimeoutError).
A webhook tells the same sooner, without polling: see ``walletapp_client.webhooks``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal, TypeVar, get_args, overload
from uuid import UUID

from .errors import APITimeoutError, BatchFailedError
from .models.mail_batch_status_response import MailBatchStatusResponse
from .models.pass_batch_status_response import PassBatchStatusResponse

if TYPE_CHECKING:
    from ._client import AsyncWalletApp, WalletApp

BatchKind = Literal["coupons", "storecards", "points", "mails"]
DEFAULT_WAIT_TIMEOUT = 300.0
"""Seconds ``wait`` polls before it gives up."""
DEFAULT_POLL_INTERVAL = 1.0
"""Seconds between two polls."""

S = TypeVar("S")


def _failed(kind: str, batch_id: UUID | str, status: object) -> BatchFailedError:
    return BatchFailedError(
        f"{kind} batch {batch_id} failed (the error is in its webhook)",
        kind=kind,
        batch_id=str(batch_id),
        status=status,
    )


def _timed_out(kind: str, batch_id: UUID | str, state: str, timeout: float) -> APITimeoutError:
    return APITimeoutError(f"{kind} batch {batch_id} is still {state} after {timeout:g} s")


def _unknown(kind: str) -> ValueError:
    return ValueError(f"unknown batch kind {kind!r}: one of {', '.join(repr(k) for k in get_args(BatchKind))}")


class Batches:
    """``wa.batches``: wait for a batch started by another call to end."""

    def __init__(self, wa: WalletApp) -> None:
        self._wa = wa

    @overload
    def wait(
        self,
        kind: Literal["mails"],
        batch_id: UUID | str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> MailBatchStatusResponse: ...

    @overload
    def wait(
        self,
        kind: Literal["coupons", "storecards", "points"],
        batch_id: UUID | str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> PassBatchStatusResponse: ...

    def wait(
        self,
        kind: BatchKind,
        batch_id: UUID | str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> MailBatchStatusResponse | PassBatchStatusResponse:
        """Poll the status page of the batch until it ends; return its last status page.

        Args:
            kind: The kind of batch: ``"coupons"`` (``bulk.get_coupon_batch``), ``"storecards"``
                (``bulk.get_storecard_batch``), ``"points"`` (``bulk.get_points_batch``), ``"mails"``
                (``mailing.get_mail_batch``).
            batch_id: The ``batch_id`` the request that started the batch answered.
            timeout: Seconds to wait at most.
            poll_interval: Seconds between two polls.

        Raises:
            BatchFailedError: The batch failed (``status`` is its last status page).
            APITimeoutError: It is still running after ``timeout`` seconds.
            ValueError: ``kind`` is not a batch kind.
            WalletAppError: As the status operation: no token ability, unknown batch, no connection...
        """
        if kind == "coupons":
            return self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_coupon_batch(batch_id=batch_id),
                lambda status: status.data.status,
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "storecards":
            return self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_storecard_batch(batch_id=batch_id),
                lambda status: status.data.status,
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "points":
            return self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_points_batch(batch_id=batch_id),
                lambda status: status.data.status,
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "mails":
            return self._poll(
                kind,
                batch_id,
                lambda: self._wa.mailing.get_mail_batch(batch_id=batch_id),
                lambda status: status.data.status,
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        raise _unknown(kind)

    @staticmethod
    def _poll(
        kind: str,
        batch_id: UUID | str,
        poll: Callable[[], S],
        state: Callable[[S], str],
        ends: tuple[str, str],
        timeout: float,
        poll_interval: float,
    ) -> S:
        """Poll until the state is the finished one of ``ends`` (returned) or the failed one (raised)."""
        finished, failed = ends
        deadline = time.monotonic() + timeout
        while True:
            status = poll()
            current = state(status)
            if current == finished:
                return status
            if current == failed:
                raise _failed(kind, batch_id, status)
            left = deadline - time.monotonic()
            if left <= 0:
                raise _timed_out(kind, batch_id, current, timeout)
            time.sleep(min(poll_interval, left))


class AsyncBatches:
    """``awa.batches``: wait for a batch started by another call to end."""

    def __init__(self, wa: AsyncWalletApp) -> None:
        self._wa = wa

    @overload
    async def wait(
        self,
        kind: Literal["mails"],
        batch_id: UUID | str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> MailBatchStatusResponse: ...

    @overload
    async def wait(
        self,
        kind: Literal["coupons", "storecards", "points"],
        batch_id: UUID | str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> PassBatchStatusResponse: ...

    async def wait(
        self,
        kind: BatchKind,
        batch_id: UUID | str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> MailBatchStatusResponse | PassBatchStatusResponse:
        """Poll the status page of the batch until it ends; return its last status page.

        Args:
            kind: The kind of batch: ``"coupons"`` (``bulk.get_coupon_batch``), ``"storecards"``
                (``bulk.get_storecard_batch``), ``"points"`` (``bulk.get_points_batch``), ``"mails"``
                (``mailing.get_mail_batch``).
            batch_id: The ``batch_id`` the request that started the batch answered.
            timeout: Seconds to wait at most.
            poll_interval: Seconds between two polls.

        Raises:
            BatchFailedError: The batch failed (``status`` is its last status page).
            APITimeoutError: It is still running after ``timeout`` seconds.
            ValueError: ``kind`` is not a batch kind.
            WalletAppError: As the status operation: no token ability, unknown batch, no connection...
        """
        if kind == "coupons":
            return await self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_coupon_batch(batch_id=batch_id),
                lambda status: status.data.status,
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "storecards":
            return await self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_storecard_batch(batch_id=batch_id),
                lambda status: status.data.status,
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "points":
            return await self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_points_batch(batch_id=batch_id),
                lambda status: status.data.status,
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "mails":
            return await self._poll(
                kind,
                batch_id,
                lambda: self._wa.mailing.get_mail_batch(batch_id=batch_id),
                lambda status: status.data.status,
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        raise _unknown(kind)

    @staticmethod
    async def _poll(
        kind: str,
        batch_id: UUID | str,
        poll: Callable[[], Awaitable[S]],
        state: Callable[[S], str],
        ends: tuple[str, str],
        timeout: float,
        poll_interval: float,
    ) -> S:
        """Poll until the state is the finished one of ``ends`` (returned) or the failed one (raised)."""
        finished, failed = ends
        deadline = time.monotonic() + timeout
        while True:
            status = await poll()
            current = state(status)
            if current == finished:
                return status
            if current == failed:
                raise _failed(kind, batch_id, status)
            left = deadline - time.monotonic()
            if left <= 0:
                raise _timed_out(kind, batch_id, current, timeout)
            await asyncio.sleep(min(poll_interval, left))
