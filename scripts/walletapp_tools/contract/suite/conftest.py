"""The suite's fixtures and hooks: the run's context, the selection check, the token masked in every
report, the webhook receiver, and the summary (with its guard) at the end."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from .._context import ContextError, RunContext
from .._knobs import redact_url
from .._preflight import mask_report
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
    from ._run import CONTEXT

    mask_report(outcome.get_result(), [CONTEXT.token, *CONTEXT.all_but.values()])  # type: ignore[attr-defined]


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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The guard: an operation that was called but only ever refused (401/403/405) tested nothing."""
    refused = RECORD.refused_only()
    if refused and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    RECORD.guard = [f"operation {op}: 0 authenticated answers: check the token" for op in refused]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = list(RECORD.lines())
    if not lines:
        return
    terminalreporter.section("contract summary")
    for line in lines:
        terminalreporter.write_line(line)
    from ._run import CONTEXT

    reports = Path(CONTEXT.report_dir)
    reports.mkdir(parents=True, exist_ok=True)
    (reports / "contract-summary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
