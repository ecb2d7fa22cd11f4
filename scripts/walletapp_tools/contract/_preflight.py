"""One cheap request before a run, so an unreachable server or a rejected token is one clear line
instead of a failure per operation. Messages never contain the token."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from ._operations import Operation


class PreflightError(Exception):
    """The run cannot start; the message is one line for the person who started it."""


def mask(text: str, secret: str | None) -> str:
    """`text` with every occurrence of `secret` replaced, for anything that may reach output."""
    return text.replace(secret, "***") if secret else text


def mask_report(report: Any, secrets: Iterable[str]) -> None:
    """Mask `secrets` in a pytest TestReport (failure text and captured output) before any reporter
    (terminal, JUnit XML) sees it; for a `pytest_runtest_makereport` hook wrapper."""
    secrets = [s for s in secrets if s]
    if not secrets:
        return

    def masked(text: str) -> str:
        for secret in secrets:
            text = mask(text, secret)
        return text

    if report.longrepr is not None:
        text = str(report.longrepr)
        if any(secret in text for secret in secrets):
            report.longrepr = masked(text)
    report.sections = [(title, masked(content)) for title, content in report.sections]


def pick_probe(operations: list[Operation]) -> Operation:
    """A GET without path parameters: cheap, read-only, and answered 401 for a bad token before any lookup."""
    for op in operations:
        if op.method == "GET" and "{" not in op.path:
            return op
    raise PreflightError("the spec has no GET operation without path parameters to probe the server with")


def preflight(
    base_url: str,
    token: str,
    probe: Operation,
    *,
    timeout: float = 10.0,
    transport: httpx.BaseTransport | None = None,
) -> None:
    """Raise PreflightError when `base_url` cannot be reached or refuses `token`."""
    url = base_url.rstrip("/") + probe.path
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, transport=transport) as client:
            response = client.get(
                url, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"}
            )
    except httpx.HTTPError as exc:
        reason = mask(str(exc) or type(exc).__name__, token)
        raise PreflightError(f"cannot reach {base_url} ({reason})") from None
    if response.status_code == 401:
        raise PreflightError(f"{base_url} rejected WALLETAPP_TOKEN (401 on {probe.label})")
    if response.status_code == 403:
        raise PreflightError(
            f"WALLETAPP_TOKEN lacks the ability {', '.join(probe.abilities)} that {probe.label} needs (403)"
        )
    if response.status_code >= 500 or response.status_code in (301, 302, 307, 308):
        raise PreflightError(
            f"{base_url} answered {response.status_code} on {probe.label}: is BASE_URL the API's base URL?"
        )
