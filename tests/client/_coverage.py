"""`covers("operationId")` marks the end-to-end test of an operation, so that
test_every_operation_has_an_end_to_end_test can compare the marked set with the spec's operations."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])

COVERED: dict[str, list[str]] = {}


def covers(operation_id: str, *, mode: str = "sync") -> Callable[[F], F]:
    def mark(test: F) -> F:
        COVERED.setdefault(mode, []).append(operation_id)
        return test

    return mark
