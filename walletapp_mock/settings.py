"""The mock's configuration in one typed model (documented in docs/mock.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from walletapp_tools.spec import WALLETAPP_SPEC

DEFAULT_SPEC = WALLETAPP_SPEC
"""The contract shipped as package data, so an installed mock needs no checkout (`--spec` overrides it)."""

KIB, MIB = 1024, 1024 * 1024


@dataclass(frozen=True)
class MockSettings:
    """Everything that shapes one mock instance; the CLI builds it from flags, tests build it directly.

    `webhook_*` and `batch_*` delays exist so that tests can run the real retry and status flows in
    milliseconds while `walletapp-mock` keeps human-observable defaults. The limits bound what one client
    can make the mock hold or wait for (docs/mock.md, "Limits"); tests shrink them to reach them quickly.
    """

    spec_path: Path = DEFAULT_SPEC
    seed: int = 1
    members: int = 25
    tokens: dict[str, frozenset[str]] = field(default_factory=dict)
    allowed_webhook_hosts: frozenset[str] = frozenset()
    allowed_hosts: frozenset[str] = frozenset()
    """Host header names answered besides localhost and IP addresses (`--allow-host`)."""
    access_log: bool = False
    batch_start_delay: float = 0.5
    batch_chunk_size: int = 200
    batch_chunk_delay: float = 0.0
    batch_workers: int = 4
    webhook_attempts: int = 5
    webhook_backoff: float = 0.5
    webhook_timeout: float = 5.0
    """The whole of one delivery attempt: connection, request, the answer's status and headers."""
    webhook_concurrency: int = 64
    """Delivery attempts in flight at once, all targets together."""
    webhook_per_target: int = 2
    """Delivery attempts in flight at once to one host and port, so slow receivers only delay themselves."""
    max_header_bytes: int = 32 * KIB
    header_seconds: float = 10.0
    """The time a client has to send a request's line and headers (or, on a new connection, anything)."""
    max_body_bytes: int = 4 * MIB
    body_seconds: float = 30.0
    max_array_items: int = 10_000
    """Items of any array in a request body whose schema sets no smaller maxItems."""
    max_page_items: int = 1_000
