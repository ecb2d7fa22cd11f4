"""``wa.batches``: waiting for an asynchronous batch to end.

The batch kinds and their status pages are the operations the spec marks with
``x-walletapp-batch-status``; ``wait`` polls the status page of the kind until the batch ends, or the
time runs out (APITimeoutError). The status is an open set of words, so a batch has ended when its state
is the finished or the failed word, or else when its status page gives an end time (``ended_at``):

- the finished word: the status page is returned;
- the failed word: BatchFailedError;
- any other word with an end time: BatchOutcomeUnknownError (whether it worked is unknown);
- any other word without an end time: still running (a server may have more running words than
  the spec knows), so ``wait`` polls again.

A webhook tells the same sooner, without polling: see ``walletapp_client.webhooks``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal, TypeVar, get_args, overload

from .errors import APITimeoutError, BatchFailedError, BatchOutcomeUnknownError
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


def _ended(kind: str, batch_id: object, status: object, progress: tuple[str, bool], ends: tuple[str, str]) -> bool:
    """Whether the batch ended well (True) or still runs (False); raises when it ended otherwise."""
    (state, has_end_time), (finished, failed) = progress, ends
    if state == finished:
        return True
    if state == failed:
        raise BatchFailedError(
            f"{kind} batch {batch_id} failed (the error is in its webhook)",
            kind=kind,
            batch_id=str(batch_id),
            status=status,
        )
    if has_end_time:
        raise BatchOutcomeUnknownError(
            f"{kind} batch {batch_id} ended as {state!r}, neither {finished!r} nor {failed!r}: read its status "
            "page or webhook before sending it again",
            kind=kind,
            batch_id=str(batch_id),
            state=state,
            status=status,
        )
    return False


def _timed_out(kind: str, batch_id: object, state: str, timeout: float) -> APITimeoutError:
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
        batch_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> MailBatchStatusResponse: ...

    @overload
    def wait(
        self,
        kind: Literal["coupons", "storecards", "points"],
        batch_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> PassBatchStatusResponse: ...

    def wait(
        self,
        kind: BatchKind,
        batch_id: str,
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
            BatchOutcomeUnknownError: It ended in a state the spec does not know (``state``, ``status``).
            APITimeoutError: It is still running after ``timeout`` seconds.
            ValueError: ``kind`` is not a batch kind.
            WalletAppError: As the status operation: no token ability, unknown batch, no connection...
        """
        if kind == "coupons":
            return self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_coupon_batch(batch_id=batch_id),
                lambda status: (status.data.status, status.data.finished_processing_at is not None),
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "storecards":
            return self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_storecard_batch(batch_id=batch_id),
                lambda status: (status.data.status, status.data.finished_processing_at is not None),
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "points":
            return self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_points_batch(batch_id=batch_id),
                lambda status: (status.data.status, status.data.finished_processing_at is not None),
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "mails":
            return self._poll(
                kind,
                batch_id,
                lambda: self._wa.mailing.get_mail_batch(batch_id=batch_id),
                lambda status: (status.data.status, status.data.finished_processing_at is not None),
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        raise _unknown(kind)

    @staticmethod
    def _poll(
        kind: str,
        batch_id: object,
        poll: Callable[[], S],
        progress: Callable[[S], tuple[str, bool]],
        ends: tuple[str, str],
        timeout: float,
        poll_interval: float,
    ) -> S:
        """Poll until the batch ends (see the module's docstring); ``progress`` reads the state and
        whether there is an end time, ``ends`` are the finished and failed words."""
        deadline = time.monotonic() + timeout
        while True:
            status = poll()
            current = progress(status)
            if _ended(kind, batch_id, status, current, ends):
                return status
            left = deadline - time.monotonic()
            if left <= 0:
                raise _timed_out(kind, batch_id, current[0], timeout)
            time.sleep(min(poll_interval, left))


class AsyncBatches:
    """``awa.batches``: wait for a batch started by another call to end."""

    def __init__(self, wa: AsyncWalletApp) -> None:
        self._wa = wa

    @overload
    async def wait(
        self,
        kind: Literal["mails"],
        batch_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> MailBatchStatusResponse: ...

    @overload
    async def wait(
        self,
        kind: Literal["coupons", "storecards", "points"],
        batch_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> PassBatchStatusResponse: ...

    async def wait(
        self,
        kind: BatchKind,
        batch_id: str,
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
            BatchOutcomeUnknownError: It ended in a state the spec does not know (``state``, ``status``).
            APITimeoutError: It is still running after ``timeout`` seconds.
            ValueError: ``kind`` is not a batch kind.
            WalletAppError: As the status operation: no token ability, unknown batch, no connection...
        """
        if kind == "coupons":
            return await self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_coupon_batch(batch_id=batch_id),
                lambda status: (status.data.status, status.data.finished_processing_at is not None),
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "storecards":
            return await self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_storecard_batch(batch_id=batch_id),
                lambda status: (status.data.status, status.data.finished_processing_at is not None),
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "points":
            return await self._poll(
                kind,
                batch_id,
                lambda: self._wa.bulk.get_points_batch(batch_id=batch_id),
                lambda status: (status.data.status, status.data.finished_processing_at is not None),
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        if kind == "mails":
            return await self._poll(
                kind,
                batch_id,
                lambda: self._wa.mailing.get_mail_batch(batch_id=batch_id),
                lambda status: (status.data.status, status.data.finished_processing_at is not None),
                ("finished", "failed"),
                timeout,
                poll_interval,
            )
        raise _unknown(kind)

    @staticmethod
    async def _poll(
        kind: str,
        batch_id: object,
        poll: Callable[[], Awaitable[S]],
        progress: Callable[[S], tuple[str, bool]],
        ends: tuple[str, str],
        timeout: float,
        poll_interval: float,
    ) -> S:
        """Poll until the batch ends (see the module's docstring); ``progress`` reads the state and
        whether there is an end time, ``ends`` are the finished and failed words."""
        deadline = time.monotonic() + timeout
        while True:
            status = await poll()
            current = progress(status)
            if _ended(kind, batch_id, status, current, ends):
                return status
            left = deadline - time.monotonic()
            if left <= 0:
                raise _timed_out(kind, batch_id, current[0], timeout)
            await asyncio.sleep(min(poll_interval, left))
