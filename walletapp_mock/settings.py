"""The mock's configuration in one typed model (documented in docs/mock.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from walletapp_tools.spec import WALLETAPP_SPEC

DEFAULT_SPEC = WALLETAPP_SPEC
"""The contract shipped as package data, so an installed mock needs no checkout (`--spec` overrides it)."""


@dataclass(frozen=True)
class MockSettings:
    """Everything that shapes one mock instance; the CLI builds it from flags, tests build it directly.

    `webhook_*` and `batch_*` delays exist so that tests can run the real retry and status flows in
    milliseconds while `walletapp-mock` keeps human-observable defaults.
    """

    spec_path: Path = DEFAULT_SPEC
    seed: int = 1
    members: int = 25
    tokens: dict[str, frozenset[str]] = field(default_factory=dict)
    allowed_webhook_hosts: frozenset[str] = frozenset()
    batch_start_delay: float = 0.5
    batch_chunk_size: int = 200
    batch_chunk_delay: float = 0.0
    batch_workers: int = 4
    webhook_attempts: int = 5
    webhook_backoff: float = 0.5
    webhook_timeout: float = 5.0
    webhook_concurrency: int = 16
