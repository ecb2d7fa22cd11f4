"""The generated client (walletapp_client) against the mock, started once for the session and reset to
its seed before every test."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

import pytest
from walletapp_client import AuthenticatedClient
from walletapp_tools.contract import MockServer, WebhookReceiver, mask_report

# Batches start after 50 ms and failed deliveries are retried quickly: a scenario takes well under 1 s.
MOCK_ARGS = ["--batch-start-delay", "0.05", "--webhook-backoff", "0.05", "--webhook-attempts", "3"]


_TOKENS: set[str] = set()


@pytest.fixture(scope="session")
def mock() -> Iterator[MockServer]:
    with MockServer(extra_args=MOCK_ARGS) as server:
        _TOKENS.add(server.demo_token)
        yield server


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    """Tokens never reach the terminal or JUnit, not even the mock's demo token in a client's repr."""
    outcome = yield
    mask_report(outcome.get_result(), _TOKENS)  # type: ignore[attr-defined]


@pytest.fixture
def fixtures(mock: MockServer) -> dict[str, Any]:
    """The seeded ids, after restoring the seed (each test starts from the same data)."""
    return mock.reset()


@pytest.fixture
def client(mock: MockServer, fixtures: dict[str, Any]) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=mock.base_url, token=mock.demo_token, raise_on_unexpected_status=True
    ) as c:
        yield c


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as r:
        yield r
