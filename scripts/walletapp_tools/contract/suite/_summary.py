"""What the run actually exercised, for the terminal and `contract-summary.txt`: requests per operation
and phase, answers per operation by status class, failures by check, the operations that never got a 2xx
(with the likely reason), and the guard that fails a run whose requests were all refused."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from schemathesis.core.failures import Failure

PHASES = ("examples", "coverage", "fuzzing", "stateful", "scenarios")
CLASSES = ("2xx", "3xx", "401", "403", "404", "405", "422", "4xx", "5xx")
REFUSALS = frozenset({"401", "403", "405"})
"""Answers that say nothing about an operation beyond its door: a run of only these tested nothing."""


def status_class(status: int) -> str:
    text = str(status)
    return text if text in CLASSES else f"{text[0]}xx"


def check_names(exc: BaseException) -> set[str]:
    """The checks behind a Failure or a FailureGroup (nested as hypothesis reports them)."""
    if isinstance(exc, Failure):
        return {type(exc).checks[0] if type(exc).checks else exc.title}
    if isinstance(exc, BaseExceptionGroup):
        return {name for inner in exc.exceptions for name in check_names(inner)}
    if isinstance(exc, AssertionError):
        return {"scenario"}
    return {type(exc).__name__}


@dataclass
class RunRecord:
    cases: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    answers: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    failures: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    operations: list[str] = field(default_factory=list)
    """Labels (`GET /members/list`) of the operations the run calls."""
    excluded: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    guard: list[str] = field(default_factory=list)
    """Why the run failed although every test passed (see `refused_only`)."""
    target: str = ""
    seed: int | None = None
    max_examples: int | None = None

    def record(self, label: str, phase: str, status: int | None) -> None:
        self.cases[label][phase] += 1
        if status is not None:
            self.answers[label][status_class(status)] += 1

    def fail(self, label: str, exc: BaseException) -> None:
        for name in check_names(exc):
            self.failures[name].add(label)

    @property
    def total(self) -> int:
        return sum(sum(c.values()) for c in self.cases.values())

    def refused_only(self) -> list[str]:
        """Operations that were called but never answered other than 401/403/405."""
        return [op for op in self.operations if self.answers.get(op) and not set(self.answers[op]) - REFUSALS]

    def without_success(self) -> Iterator[tuple[str, str]]:
        """(operation, likely reason) for every called operation that never got a 2xx."""
        for op in self.operations:
            answers = self.answers.get(op, Counter())
            if answers["2xx"]:
                continue
            if not answers:
                yield op, "never called"
            elif not set(answers) - REFUSALS:
                yield op, "every answer was 401/403/405: check the token and its abilities"
            else:
                common = ", ".join(f"{n} x {c}" for c, n in answers.most_common(3))
                yield op, f"answers: {common} (no known data it accepts? see the notes)"

    def lines(self) -> Iterable[str]:
        if not self.operations:
            return
        yield f"target: {self.target}   seed: {self.seed}   max-examples: {self.max_examples}"
        covered = [op for op in self.operations if self.cases.get(op)]
        yield f"operations called: {len(covered)}/{len(self.operations)}   requests: {self.total}"
        width = max(len(op) for op in self.operations)
        yield f"  {'requests per phase':<{width}}  " + "".join(f"{p:>10}" for p in PHASES) + "     total"
        for op in self.operations:
            counts = self.cases.get(op, Counter())
            yield (
                f"  {op:<{width}}  "
                + "".join(f"{counts[p]:>10}" for p in PHASES)
                + f"{sum(counts.values()):>10}"
            )
        yield f"  {'answers by status':<{width}}  " + "".join(f"{c:>6}" for c in CLASSES)
        for op in self.operations:
            counts = self.answers.get(op, Counter())
            yield f"  {op:<{width}}  " + "".join(f"{counts[c]:>6}" for c in CLASSES)
        for op, reason in sorted(self.excluded.items()):
            yield f"  not called: {op}: {reason}"
        for op, reason in self.without_success():
            yield f"  no 2xx: {op}: {reason}"
        for note in self.notes:
            yield f"  note: {note}"
        if self.failures:
            yield "failures by check: " + ", ".join(
                f"{name} ({', '.join(sorted(ops))})" for name, ops in sorted(self.failures.items())
            )
        else:
            yield "failures by check: none"
        yield from self.guard


RECORD = RunRecord()
