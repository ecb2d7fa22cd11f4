"""Which operations a layer's end-to-end tests exercise: each test is marked with ``@covers("operationId")``
and one test per layer compares the marks with the spec, so a new operation fails the suite until it has
a test at that layer (the generated functions, the SDK)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TypeVar

from walletapp_tools.contract import load_operations

F = TypeVar("F", bound=Callable[..., object])


class OperationCoverage:
    def __init__(self, layer: str) -> None:
        self.layer = layer
        self.marked: dict[str, Counter[str]] = {"sync": Counter(), "async": Counter()}

    def covers(self, *operation_ids: str, mode: str = "sync") -> Callable[[F], F]:
        def mark(test: F) -> F:
            self.marked[mode].update(operation_ids)
            return test

        return mark

    def problems(self, mode: str = "sync", *, every_operation: bool = True) -> list[str]:
        """What is wrong with the marks of ``mode``: operations without a test (when every operation must
        have one), marks of operations the spec does not have, operations marked by two tests."""
        spec = {op.operation_id for op in load_operations()}
        marked = self.marked[mode]
        found = {
            "without a test": spec - set(marked) if every_operation else set(),
            "not in the spec": set(marked) - spec,
            "marked by two tests": {name for name, count in marked.items() if count > 1},
        }
        return [f"{self.layer} ({mode}): {what}: {sorted(names)}" for what, names in found.items() if names]
