"""The minimal spec (minimal.yaml, accepted by every linter) and a helper to lint an edited copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.spec import load_document
from walletapp_tools.speclint import lint_spec

MINIMAL = Path(__file__).with_name("minimal.yaml")


@pytest.fixture
def spec() -> dict[str, Any]:
    document: dict[str, Any] = load_document(MINIMAL)
    return document


def findings(spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(f.where, f.pointer, f.message) for f in lint_spec(spec)]


def lines(spec: dict[str, Any]) -> list[str]:
    return [f.line() for f in lint_spec(spec)]
