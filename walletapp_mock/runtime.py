"""One mock instance's moving parts: spec, store, tokens, batch runner and webhook dispatcher."""

from __future__ import annotations

from typing import Any

from .auth import ALL_ABILITIES, READONLY_ABILITIES, TokenStore, demo_token, readonly_token
from .batches import BatchRunner
from .entities import Batch
from .seed import build_store, fixtures
from .settings import MockSettings
from .spec import Operation, Spec
from .webhooks import WebhookDispatcher


class Runtime:
    def __init__(self, settings: MockSettings, spec: Spec) -> None:
        self.settings = settings
        self.spec = spec
        self.spec_index: dict[str, Operation] = spec.by_id()
        self.demo_token = demo_token(settings.seed)
        self.readonly_token = readonly_token(settings.seed)
        self.tokens = TokenStore(
            {
                self.demo_token: frozenset({ALL_ABILITIES}),
                self.readonly_token: READONLY_ABILITIES,
                **settings.tokens,
            }
        )
        self.store = build_store(settings.seed, settings.members)
        self.webhooks = WebhookDispatcher(
            attempts=settings.webhook_attempts,
            backoff=settings.webhook_backoff,
            timeout=settings.webhook_timeout,
            concurrency=settings.webhook_concurrency,
            per_target=settings.webhook_per_target,
            allowed_hosts=frozenset(h.lower() for h in settings.allowed_webhook_hosts),
        )
        self.batches = BatchRunner(
            self._batch_done,
            workers=settings.batch_workers,
            start_delay=settings.batch_start_delay,
            chunk_size=settings.batch_chunk_size,
            chunk_delay=settings.batch_chunk_delay,
        )

    def _batch_done(self, batch: Batch) -> None:
        if batch.webhook_url:
            self.webhooks.deliver(
                batch.id, batch.webhook_url, batch.webhook_payload(), remote=batch.requested_remotely
            )

    def fixtures(self) -> dict[str, Any]:
        tokens = {
            "demo": {"token": self.demo_token, "abilities": [ALL_ABILITIES]},
            "readonly": {"token": self.readonly_token, "abilities": sorted(READONLY_ABILITIES)},
        }
        return fixtures(self.store, tokens)

    async def reset(self) -> None:
        """Back to the seed: batches and deliveries in flight are cancelled, their records dropped."""
        await self.batches.reset()
        await self.webhooks.reset()
        self.store = build_store(self.settings.seed, self.settings.members)

    async def aclose(self) -> None:
        await self.batches.reset()
        await self.webhooks.aclose()
