"""The SDK (walletapp_client.WalletApp) against the mock of tests/conftest.py, reset to its seed before
every test; servers for what the mock never does (429, 5xx, slow or broken answers) are in
tests/support/servers.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from walletapp_client import AsyncWalletApp, WalletApp
from walletapp_tools.contract import MockServer

Fixtures = dict[str, Any]


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
