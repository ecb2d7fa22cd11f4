"""The minimal spec (minimal.yaml, accepted by every linter), the project's spec with its register and
documentation pages, and helpers to lint an edited copy of either."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.docpages import Pages, load_pages
from walletapp_tools.spec import load_document
from walletapp_tools.speclint import lint_spec
from walletapp_tools.speclint._extensions import documented_extensions
from walletapp_tools.speclint._register import register_entries

MINIMAL = Path(__file__).with_name("minimal.yaml")
ROOT = Path(__file__).resolve().parents[2]
PROJECT_SPEC = ROOT / "openapi" / "walletapp.yaml"
PAGES = ROOT / "openapi" / "sources"


@cache
def _project() -> tuple[dict[str, Any], frozenset[str], frozenset[str], Pages]:
    register = register_entries(PROJECT_SPEC)
    assert register is not None
    return load_document(PROJECT_SPEC), documented_extensions(PROJECT_SPEC), register, load_pages(PAGES)


@pytest.fixture
def project() -> dict[str, Any]:
    """A copy of openapi/walletapp.yaml to break."""
    return copy.deepcopy(_project()[0])


def project_findings(
    spec: dict[str, Any], register: frozenset[str] | None = None
) -> list[tuple[str, str, str]]:
    """Every finding on an edited project spec, linted as `make lint` does (register and pages given)."""
    _, extensions, known, pages = _project()
    found = lint_spec(
        spec,
        structure=False,
        extensions=extensions,
        register=known if register is None else register,
        pages=pages,
    )
    return [(f.where, f.pointer, f.message) for f in found]


@pytest.fixture
def spec() -> dict[str, Any]:
    document: dict[str, Any] = load_document(MINIMAL)
    return document


def findings(spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(f.where, f.pointer, f.message) for f in lint_spec(spec)]


def lines(spec: dict[str, Any]) -> list[str]:
    return [f.line() for f in lint_spec(spec)]
