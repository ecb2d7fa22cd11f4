"""`covers("operationId")` marks the SDK test of an operation, so that a test can compare the marked set
with the spec's operations (the same idea as tests/client/_coverage.py, with its own register)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])

COVERED: dict[str, set[str]] = {"sync": set(), "async": set()}


def covers(*operation_ids: str, mode: str = "sync") -> Callable[[F], F]:
    def mark(test: F) -> F:
        COVERED[mode].update(operation_ids)
        return test

    return mark
