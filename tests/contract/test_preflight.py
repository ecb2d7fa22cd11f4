"""The preflight turns an unreachable server or a refused token into one line without the token."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
import pytest
from walletapp_tools.contract import (
    PreflightError,
    free_port,
    load_operations,
    mask,
    mask_report,
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


def test_mask_hides_every_occurrence() -> None:
    assert mask(f"Bearer {TOKEN} and {TOKEN}", TOKEN) == "Bearer *** and ***"
    assert mask("nothing", None) == "nothing"


def test_mask_report_hides_the_token_in_failure_text_and_captured_output() -> None:
    report = SimpleNamespace(
        longrepr=f"AssertionError: client=AuthenticatedClient(token='{TOKEN}')",
        sections=[("Captured stdout call", f"Authorization: Bearer {TOKEN}"), ("Captured log", "clean")],
    )
    mask_report(report, [TOKEN])
    assert TOKEN not in str(report.longrepr)
    assert all(TOKEN not in content for _, content in report.sections)
    assert report.sections[1] == ("Captured log", "clean")
