"""The generated client (walletapp_client) against the mock of tests/conftest.py, reset to its seed
before every test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from walletapp_client import AuthenticatedClient
from walletapp_tools.contract import MockServer


@pytest.fixture
def client(mock: MockServer, fixtures: dict[str, Any]) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=mock.base_url, token=mock.demo_token, raise_on_unexpected_status=True
    ) as c:
        yield c
