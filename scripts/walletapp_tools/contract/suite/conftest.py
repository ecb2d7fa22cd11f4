"""The suite's fixtures and hooks: the run's context, the selection check, the token masked in every
report, the webhook receiver, and the summary (with its guard) at the end."""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from .._context import ContextError, RunContext
from .._knobs import redact_url
from .._limits import deadline
from .._masking import Masker
from .._receiver import WebhookReceiver
from ._summary import RECORD


def pytest_configure(config: pytest.Config) -> None:
    try:
        RunContext.from_environment()
    except ContextError as exc:
        pytest.exit(f"contract tests: {exc}", returncode=2)
    from . import _checks  # noqa: F401  (registers the checks beyond the schema)
    from ._run import CONTEXT, LABELS

    RECORD.target = CONTEXT.target if CONTEXT.mock_url else redact_url(CONTEXT.base_url)
    RECORD.seed, RECORD.max_examples = CONTEXT.seed, CONTEXT.max_examples
    RECORD.operations = [label for op_id, label in LABELS.items() if op_id in CONTEXT.included]
    RECORD.excluded = {LABELS.get(op_id, op_id): why for op_id, why in CONTEXT.excluded.items()}
    RECORD.notes = [*CONTEXT.notes, *([CONTEXT.webhook_note] if CONTEXT.webhook_note else [])]


def pytest_report_header(config: pytest.Config) -> list[str]:
    from ._run import CONTEXT

    lines = [f"contract run against {RECORD.target}: {len(CONTEXT.included)} operations selected"]
    lines += [f"  not called: {op}: {why}" for op, why in sorted(RECORD.excluded.items())]
    return lines


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Name each conformance test after its operation (schemathesis 4.32 sets the label only in the
    item's name under pytest 9), then stop the run if what was collected is not what was selected."""
    from ._run import CONTEXT, LABELS, collected_operations

    for item in items:
        original = getattr(item, "originalname", None)
        name = item.name
        if original and name != original and name.startswith(original + "[") and "[" not in item.nodeid:
            item._id = item.parent.id.child(original).with_params(name[len(original) + 1 : -1])  # type: ignore[union-attr]
    by_label = {label: op_id for op_id, label in LABELS.items()}
    parametrized = {
        by_label[item.name[item.name.index("[") + 1 : -1]]
        for item in items
        if getattr(item, "originalname", "") == "test_operation_honours_the_contract" and "[" in item.name
    }
    selected = set(CONTEXT.included)
    for what, got in (("schemathesis", collected_operations()), ("the conformance tests", parametrized)):
        if got and got != selected:
            extra, missing = sorted(got - selected), sorted(selected - got)
            pytest.exit(
                f"contract tests: {what} collected other operations than the selection: "
                f"extra {extra or 'none'}, missing {missing or 'none'}",
                returncode=2,
            )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    """Mask the token in failure reports and captured output, before the terminal or JUnit sees them."""
    outcome = yield
    _masker().report(outcome.get_result())  # type: ignore[attr-defined]


@pytest.hookimpl(trylast=True)
def pytest_exception_interact(
    node: pytest.Item, call: pytest.CallInfo[None], report: pytest.TestReport
) -> None:
    """Mask again after schemathesis, whose own hook rewrites the failure text once it was reported."""
    _masker().report(report)


def _masker() -> Masker:
    from ._run import CONTEXT

    return Masker([CONTEXT.token, *CONTEXT.all_but.values()])


@pytest.fixture(scope="session")
def run() -> RunContext:
    from ._run import CONTEXT

    return CONTEXT


@pytest.fixture(scope="session", autouse=True)
def receiver(run: RunContext) -> Iterator[WebhookReceiver | None]:
    """The webhook receiver on the run's listen address, or None when webhook checks cannot run. Up for
    the whole session: a batch started by any test may call it back."""
    if run.webhook_listen is None:
        yield None
        return
    host, _, port = run.webhook_listen.rpartition(":")
    with WebhookReceiver(host, int(port)) as receiver:
        yield receiver


_STARTED = time.monotonic()


def _left(run: RunContext) -> float:
    return run.deadline_minutes * 60 - (time.monotonic() - _STARTED)


def pytest_runtest_setup(item: pytest.Item) -> None:
    from ._run import CONTEXT

    if _left(CONTEXT) <= 0:
        pytest.exit(
            f"contract tests: the run reached its deadline of {CONTEXT.deadline_minutes:g} min", returncode=1
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """No test outlives the run's deadline, however many requests it makes."""
    from ._run import CONTEXT

    with deadline(max(_left(CONTEXT), 0.001), f"the run's deadline of {CONTEXT.deadline_minutes:g} min"):
        yield


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The guard: an operation that was called but only ever refused (401/403/405) tested nothing."""
    refused = RECORD.refused_only()
    if refused and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    RECORD.guard = [f"operation {op}: 0 authenticated answers: check the token" for op in refused]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    masker = _masker()
    lines = [masker(line) for line in RECORD.lines()]
    if not lines:
        return
    terminalreporter.section("contract summary")
    for line in lines:
        terminalreporter.write_line(line)
    from ._run import CONTEXT

    reports = Path(CONTEXT.report_dir)
    reports.mkdir(parents=True, exist_ok=True)
    (reports / "contract-summary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
