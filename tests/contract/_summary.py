"""What the contract run did, for the terminal summary and reports/contract-summary.txt: the cases sent
per operation and phase, and the failures by check (the operations failing each check)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from schemathesis import Case
from schemathesis.core.failures import Failure

PHASES = ("examples", "coverage", "fuzzing", "stateful")


def check_names(exc: BaseException) -> set[str]:
    """The checks behind a Failure or a FailureGroup (nested as hypothesis reports them)."""
    if isinstance(exc, Failure):
        return {type(exc).checks[0] if type(exc).checks else exc.title}
    if isinstance(exc, BaseExceptionGroup):
        return {name for inner in exc.exceptions for name in check_names(inner)}
    return set()


@dataclass
class RunRecord:
    cases: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    failures: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    operations: list[str] = field(default_factory=list)
    excluded: dict[str, str] = field(default_factory=dict)
    target: str = ""
    seed: int | None = None
    max_examples: int | None = None

    def count(self, case: Case, phase: str | None = None) -> None:
        if phase is None:
            phase = case.meta.phase.name.value if case.meta is not None else "fuzzing"
        self.cases[case.operation.label][phase] += 1

    def fail(self, operation: str, exc: BaseException) -> None:
        for name in check_names(exc):
            self.failures[name].add(operation)

    @property
    def total(self) -> int:
        return sum(sum(c.values()) for c in self.cases.values())

    def lines(self) -> Iterable[str]:
        if not self.cases and not self.operations:
            return
        yield f"target: {self.target}   seed: {self.seed}   max-examples: {self.max_examples}"
        covered = [op for op in self.operations if self.cases.get(op)]
        yield f"operations covered: {len(covered)}/{len(self.operations)}   cases sent: {self.total}"
        width = max((len(op) for op in self.operations), default=10)
        yield f"  {'operation':<{width}}  " + "  ".join(f"{p:>9}" for p in PHASES) + "      total"
        for op in self.operations:
            counts = self.cases.get(op, Counter())
            yield (
                f"  {op:<{width}}  "
                + "  ".join(f"{counts[p]:>9}" for p in PHASES)
                + f"  {sum(counts.values()):>9}"
            )
        for op, reason in sorted(self.excluded.items()):
            yield f"  not called: {op}: {reason}"
        if self.failures:
            yield "failures by check: " + ", ".join(
                f"{name} {len(ids)}" for name, ids in sorted(self.failures.items())
            )
        else:
            yield "failures by check: none"


RECORD = RunRecord()
