"""Building overlays inline for the tests."""

from __future__ import annotations

from typing import Any

from walletapp_tools.overlay import Overlay, parse_overlay


def make_overlay(*actions: dict[str, Any], version: str = "1.1.0", source: str = "test.yaml") -> Overlay:
    """An overlay with the given actions, as if read from ``source``."""
    document = {"overlay": version, "info": {"title": "test", "version": "1"}, "actions": list(actions)}
    return parse_overlay(document, source)
