"""Building overlays inline for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from walletapp_tools.overlay import Overlay, OverlayError, parse_overlay


def make_overlay(*actions: dict[str, Any], version: str = "1.1.0", source: str = "test.yaml") -> Overlay:
    """An overlay with the given actions, as if read from ``source``."""
    document = {"overlay": version, "info": {"title": "test", "version": "1"}, "actions": list(actions)}
    return parse_overlay(document, source)


def error_of(call: Callable[[], object]) -> str:
    """The message of the OverlayError ``call`` raises, checked to be one line."""
    with pytest.raises(OverlayError) as caught:
        call()
    message = str(caught.value)
    assert "\n" not in message
    return message
