"""The preflight turns an unreachable server or a refused token into one line without the token."""

from __future__ import annotations

import httpx
import pytest
from walletapp_tools.contract import (
    PreflightError,
    free_port,
    load_operations,
    pick_probe,
    preflight,
)

TOKEN = "7|preflight-secret-token"
PROBE = pick_probe(load_operations())


def answering(status: int) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        return httpx.Response(status, json={"message": "..."})

    return httpx.MockTransport(handler)


def test_the_probe_is_a_read_only_operation_without_path_parameters() -> None:
    assert PROBE.method == "GET"
    assert "{" not in PROBE.path


@pytest.mark.parametrize("status", [200, 404, 422])
def test_a_server_that_accepts_the_token_passes(status: int) -> None:
    preflight("https://api.example.test", TOKEN, PROBE, transport=answering(status))


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (401, "rejected WALLETAPP_TOKEN"),
        (403, "lacks the ability"),
        (500, "answered 500"),
        (302, "is BASE_URL the API's base URL"),
    ],
)
def test_a_refusal_is_one_line_without_the_token(status: int, message: str) -> None:
    with pytest.raises(PreflightError, match=message) as caught:
        preflight("https://api.example.test", TOKEN, PROBE, transport=answering(status))
    assert TOKEN not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_an_unreachable_server_is_one_line() -> None:
    with pytest.raises(PreflightError, match=r"cannot reach http://127\.0\.0\.1:\d+") as caught:
        preflight(f"http://127.0.0.1:{free_port()}", TOKEN, PROBE, timeout=2.0)
    assert TOKEN not in str(caught.value)
