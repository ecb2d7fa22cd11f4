"""Paths shared by the bundle tests: the fixture spec, the real spec and the pinned Redoc bundle."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.spec import load_document

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI_SPEC = FIXTURES / "mini.yaml"
MINI_OVERLAY = FIXTURES / "public-overlay.yaml"
REAL_SPEC = ROOT / "openapi" / "walletapp.yaml"
REAL_OVERLAY = ROOT / "overlays" / "public.yaml"
REDOC = ROOT / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"


@pytest.fixture(scope="session")
def mini_document() -> dict[str, Any]:
    document: dict[str, Any] = load_document(MINI_SPEC)
    return document


@pytest.fixture
def mini(mini_document: dict[str, Any]) -> dict[str, Any]:
    """A fresh copy of the fixture spec that a test may change."""
    return copy.deepcopy(mini_document)


@pytest.fixture(scope="session")
def redoc_bundle() -> Path:
    if not REDOC.is_file():
        pytest.fail(f"{REDOC} is missing: run `make install`")
    return REDOC
