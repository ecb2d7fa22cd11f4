"""The same integration written twice (programs/): with the SDK and with the low-level functions. Both
run against the mock and do the same; the SDK one needs at most half the lines."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any
from uuid import UUID

from walletapp_client import AuthenticatedClient, WalletApp
from walletapp_tools.contract import MockServer, WebhookReceiver

from .programs import with_low_level, with_sdk

Fixtures = dict[str, Any]
PROGRAMS = Path(__file__).parent / "programs"


def code_lines(path: Path) -> int:
    """Lines of code: the file without its module docstring, blank lines and comments."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    first = tree.body[0]
    skip = first.end_lineno if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) else 0
    lines = source.splitlines()[skip or 0 :]
    return sum(1 for line in lines if line.strip() and not line.strip().startswith("#"))


def test_the_sdk_and_the_low_level_integrations_do_the_same(
    mock: MockServer, receiver: WebhookReceiver, capsys: Any
) -> None:
    fx = mock.reset()
    args = (fx["storecards"][0]["id"], fx["organization_id"], fx["templates"][0]["id"])
    with WalletApp(token=mock.demo_token, base_url=mock.base_url) as wa:
        sdk_log = with_sdk.integrate(wa, fx["brand_id"], *args, receiver.url("/sdk"))
    sdk_event = receiver.wait("/sdk", timeout=15)[0].body

    fx = mock.reset()
    with AuthenticatedClient(base_url=mock.base_url, token=mock.demo_token) as client:
        low_log = with_low_level.integrate(
            client, UUID(fx["brand_id"]), UUID(args[0]), *args[1:], receiver.url("/low-level")
        )
    low_event = receiver.wait("/low-level", timeout=15)[0].body

    assert sdk_log == low_log
    assert sdk_log[0] == "imported 1" and sdk_log[2] == "batch finished: 1 passes"
    body = json.dumps(sdk_event).encode()
    assert with_sdk.on_webhook(body) == with_low_level.on_webhook(body)
    assert with_sdk.on_webhook(json.dumps(low_event).encode()).startswith(
        f"batch {low_event['batch_id']}: http"
    )


def test_the_sdk_integration_takes_at_most_half_the_lines() -> None:
    sdk, low_level = code_lines(PROGRAMS / "with_sdk.py"), code_lines(PROGRAMS / "with_low_level.py")
    print(f"lines of code: SDK {sdk}, low-level functions {low_level} ({sdk / low_level:.0%})")
    assert sdk * 2 <= low_level
