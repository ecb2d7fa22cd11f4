from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from walletapp_tools.contract import WebhookReceiver

from tests.support.servers import InThreadMock, scripted
from walletapp_mock.settings import DEFAULT_SPEC
from walletapp_mock.spec import Spec, load_spec

from .spec_check import SpecChecker


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_spec(DEFAULT_SPEC)


@pytest.fixture(scope="session")
def checker(spec: Spec) -> SpecChecker:
    return SpecChecker(spec)


@pytest.fixture(scope="session")
def server() -> Iterator[InThreadMock]:
    mock = InThreadMock().start()
    yield mock
    mock.stop()


@pytest.fixture(scope="session")
def receiver() -> Iterator[WebhookReceiver]:
    hooks = WebhookReceiver(answer=scripted).start()
    yield hooks
    hooks.stop()


def make_client(base_url: str, checker: SpecChecker) -> httpx.Client:
    """Every response of a spec operation is checked against the spec before the test sees it."""
    return httpx.Client(
        base_url=base_url,
        timeout=30,
        headers={"Accept": "application/json"},
        event_hooks={"response": [checker.check]},
    )


@pytest.fixture(scope="session")
def session_client(server: InThreadMock, checker: SpecChecker) -> Iterator[httpx.Client]:
    with make_client(server.base_url, checker) as http:
        yield http


@pytest.fixture
def client(session_client: httpx.Client) -> httpx.Client:
    """The shared mock, back at its seed for every test."""
    reset = session_client.post("/__mock/reset")
    assert reset.status_code == 200
    return session_client


@pytest.fixture
def fx(client: httpx.Client) -> dict[str, Any]:
    data: dict[str, Any] = client.get("/__mock/fixtures").json()
    return data


@pytest.fixture
def auth(fx: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {fx['tokens']['demo']['token']}"}


@pytest.fixture
def readonly(fx: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {fx['tokens']['readonly']['token']}"}
