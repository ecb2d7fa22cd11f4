"""The SDK (walletapp_client.WalletApp) against the mock, started once for the session and reset to its
seed before every test; local test servers for what the mock never does (429, 5xx, slow or broken
answers) live in tests/support/servers.py."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

import pytest
from walletapp_client import AsyncWalletApp, WalletApp
from walletapp_tools.contract import MockServer, WebhookReceiver, mask_report

# Batches start after 50 ms and failed deliveries are retried quickly: a batch ends well under 1 s.
MOCK_ARGS = ["--batch-start-delay", "0.05", "--webhook-backoff", "0.05", "--webhook-attempts", "3"]

_TOKENS: set[str] = set()

Fixtures = dict[str, Any]


@pytest.fixture(scope="session")
def mock() -> Iterator[MockServer]:
    with MockServer(extra_args=MOCK_ARGS) as server:
        _TOKENS.update(t["token"] for t in server.fixtures["tokens"].values())
        yield server


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    """Tokens never reach the terminal or JUnit."""
    outcome = yield
    mask_report(outcome.get_result(), _TOKENS)  # type: ignore[attr-defined]


@pytest.fixture
def fixtures(mock: MockServer) -> Fixtures:
    """The seeded ids, after restoring the seed (each test starts from the same data)."""
    return mock.reset()


@pytest.fixture
def wa(mock: MockServer, fixtures: Fixtures) -> Iterator[WalletApp]:
    with WalletApp(token=mock.demo_token, base_url=mock.base_url) as client:
        yield client


@pytest.fixture
def readonly(mock: MockServer, fixtures: Fixtures) -> Iterator[WalletApp]:
    """A client with the mock's limited token (members.get, passes.get, templates.get, coupons.get...)."""
    with WalletApp(token=fixtures["tokens"]["readonly"]["token"], base_url=mock.base_url) as client:
        yield client


@pytest.fixture
def awa(mock: MockServer, fixtures: Fixtures) -> AsyncWalletApp:
    return AsyncWalletApp(token=mock.demo_token, base_url=mock.base_url)


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as r:
        yield r
