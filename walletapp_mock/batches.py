"""Background batches: /bulk/coupons, /bulk/storecards, /bulk/points and /mails.

A batch is accepted at once (status `queued`), picked up after `batch_start_delay` by one of a bounded
number of workers (`processing`, `started_processing_at`), processed item by item in chunks that yield
to the event loop between them, then `finished` (or `failed` when nothing could be processed), after
which `on_done` hands it to webhook delivery. Each queued item is processed exactly once: the worker
walks the batch's own list once and nothing else touches it.

To add a batch type, give `Batch` (in `entities`, with the other records) a `process` function that
turns one queued item into result rows.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from .entities import NOTHING_FOUND, Batch
from .state import Store

log = logging.getLogger("walletapp_mock.batches")


class BatchRunner:
    """A bounded pool of workers on the running event loop; `reset` drops everything in flight."""

    def __init__(
        self,
        on_done: Callable[[Batch], None],
        *,
        workers: int,
        start_delay: float,
        chunk_size: int,
        chunk_delay: float,
    ) -> None:
        self._on_done = on_done
        self._workers = max(1, workers)
        self._start_delay = start_delay
        self._chunk_size = max(1, chunk_size)
        self._chunk_delay = chunk_delay
        self._queue: asyncio.Queue[tuple[Store, Batch]] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._timers: set[asyncio.TimerHandle] = set()

    def submit(self, store: Store, batch: Batch) -> None:
        loop = asyncio.get_running_loop()
        if self._queue is None:
            self._queue = asyncio.Queue()
            self._tasks = [loop.create_task(self._work(self._queue)) for _ in range(self._workers)]
        queue = self._queue

        def enqueue() -> None:
            self._timers.discard(timer)
            queue.put_nowait((store, batch))

        timer = loop.call_later(self._start_delay, enqueue)
        self._timers.add(timer)

    async def _work(self, queue: asyncio.Queue[tuple[Store, Batch]]) -> None:
        while True:
            store, batch = await queue.get()
            try:
                await self._run(store, batch)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.exception("batch %s failed", batch.id)
                batch.status = "failed"
                batch.error = f"The batch could not be processed ({type(exc).__name__})."
                batch.finished_at = store.stamp()
            self._on_done(batch)

    async def _run(self, store: Store, batch: Batch) -> None:
        batch.status = "processing"
        batch.started_at = store.stamp()
        items = batch.items
        for start in range(0, len(items), self._chunk_size):
            for item in items[start : start + self._chunk_size]:
                batch.results.extend(batch.process(store, batch, item))
            await asyncio.sleep(self._chunk_delay)
        if not items:
            batch.status = "failed"
            batch.error = NOTHING_FOUND
        else:
            batch.status = "finished"
        batch.finished_at = store.stamp()

    async def reset(self) -> None:
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()
        tasks, self._tasks, self._queue = self._tasks, [], None
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
