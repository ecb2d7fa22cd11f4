"""One cheap request before a run, so an unreachable server or a rejected token is one clear line
instead of a failure per operation. Messages never contain the token."""

from __future__ import annotations

import httpx

from ._knobs import redact_url
from ._limits import DeadlineExceeded, ResponseTooLarge, deadline, fetch_bounded
from ._masking import mask
from ._operations import Operation

PROBE_LIMIT = 1024 * 1024
"""The probe reads one page of members; an answer larger than this is not the API's."""


class PreflightError(Exception):
    """The run cannot start; the message is one line for the person who started it."""


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
    shown = redact_url(base_url)
    url = base_url.rstrip("/") + probe.path
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=False, transport=transport) as client,
            deadline(timeout, f"no complete answer within {timeout:g} s"),
        ):
            response = fetch_bounded(client, "GET", url, limit=PROBE_LIMIT, headers=headers)
    except (httpx.HTTPError, DeadlineExceeded, ResponseTooLarge) as exc:
        reason = mask(str(exc) or type(exc).__name__, token)
        raise PreflightError(f"cannot reach {shown} ({reason})") from None
    if response.status_code == 401:
        raise PreflightError(f"{shown} rejected WALLETAPP_TOKEN (401 on {probe.label})")
    if response.status_code == 403:
        raise PreflightError(
            f"WALLETAPP_TOKEN lacks the ability {', '.join(probe.abilities)} that {probe.label} needs (403)"
        )
    if response.status_code >= 500 or 300 <= response.status_code < 400:
        raise PreflightError(
            f"{shown} answered {response.status_code} on {probe.label}: is BASE_URL the API's base URL?"
        )
