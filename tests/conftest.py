"""Fixtures shared by every test package: files in a temporary folder, and the mock as its own process
(``walletapp_tools.contract.MockServer``, started once per session and worker) for the layers that
talk to it over HTTP, with a webhook receiver; the tokens it hands out are masked in every report."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.contract import MockServer, WebhookReceiver, mask_report

# Batches start after 50 ms and failed deliveries are retried quickly: a batch ends well under 1 s.
MOCK_ARGS = ["--batch-start-delay", "0.05", "--webhook-backoff", "0.05", "--webhook-attempts", "3"]

pytest_plugins = ["pytester"]

_TOKENS: set[str] = set()


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write ``text`` to ``tmp_path/name`` and return the path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return _write


@pytest.fixture(scope="session")
def mock() -> Iterator[MockServer]:
    with MockServer(extra_args=MOCK_ARGS) as server:
        _TOKENS.update(t["token"] for t in server.fixtures["tokens"].values())
        yield server


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    """The mock's tokens never reach the terminal or JUnit, not even in a client's repr."""
    outcome = yield
    mask_report(outcome.get_result(), _TOKENS)  # type: ignore[attr-defined]


@pytest.fixture
def fixtures(mock: MockServer) -> dict[str, Any]:
    """The seeded ids, after restoring the seed (each test starts from the same data)."""
    return mock.reset()


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as r:
        yield r
