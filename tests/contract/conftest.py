"""The contract suite's fixtures: the server under test (the mock, or a live server after a preflight),
the schemathesis schema configured from schemathesis.toml, a fresh mock per module, the token masked in
every report, and the run summary at the end."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from schemathesis.specs.openapi.schemas import OpenApiSchema
from walletapp_tools.contract import (
    MockServer,
    MockServerError,
    PreflightError,
    Selection,
    SelectionError,
    load_operations,
    mask,
    mask_report,
    parse_names,
    pick_probe,
    preflight,
    select,
)

from . import _config, _schema, _seeded
from ._summary import RECORD
from ._target import Target, all_but_tokens

REPORTS = Path(__file__).resolve().parents[2] / "reports"
_SECRETS: set[str] = set()


def _mask(text: str) -> str:
    for secret in _SECRETS:
        text = mask(text, secret)
    return text


@pytest.fixture(scope="session")
def knobs() -> _config.Knobs:
    try:
        return _config.Knobs.from_env()
    except _config.KnobError as exc:
        pytest.exit(f"contract tests: {exc}", returncode=2)


@pytest.fixture(scope="session")
def contract_target(knobs: _config.Knobs) -> Iterator[Target]:
    operations = load_operations()
    if knobs.base_url is not None:
        assert knobs.token is not None
        _SECRETS.add(knobs.token)
        try:
            selection = select(
                operations, allow_writes=knobs.allow_writes, dangerous=parse_names(knobs.dangerous)
            )
            preflight(knobs.base_url, knobs.token, pick_probe(operations))
        except (SelectionError, PreflightError) as exc:
            pytest.exit(f"contract tests: {_mask(str(exc))}", returncode=2)
        yield Target(knobs.base_url, knobs.token, selection)
        return
    spare = all_but_tokens(operations)
    mock = MockServer(
        tokens=spare, port=_schema.MOCK_PORT, seed=_seeded.MOCK_SEED, members=_seeded.MOCK_MEMBERS
    )
    try:
        mock.start()
    except MockServerError as exc:
        pytest.exit(f"contract tests: {exc}", returncode=2)
    assert _schema.MOCK_FIXTURES is not None
    if mock.fixtures["brand_id"] != _schema.MOCK_FIXTURES["brand_id"]:
        mock.stop()
        pytest.exit(
            "contract tests: the running mock's seeded ids differ from walletapp_mock.seed's", returncode=2
        )
    try:
        _SECRETS.add(mock.demo_token)
        yield Target(
            mock.base_url,
            mock.demo_token,
            Selection.everything(operations),
            mock=mock,
            all_but={token.removeprefix("9|contract-all-but-"): token for token in spare},
        )
    finally:
        mock.stop()


@pytest.fixture(scope="module")
def fresh_mock(contract_target: Target) -> None:
    """Each module that talks to the server starts from the seed (only the mock can be reset)."""
    if contract_target.mock is not None:
        contract_target.mock.reset()


@pytest.fixture(scope="session")
def contract_schema(contract_target: Target, knobs: _config.Knobs) -> OpenApiSchema:
    """The collected schema (`_schema.schema`), pointed at the server under test."""
    RECORD.target = "the mock" if contract_target.is_mock else contract_target.base_url
    RECORD.seed = knobs.seed
    RECORD.max_examples = knobs.max_examples
    RECORD.operations = [op.label for op in contract_target.selection.included]
    RECORD.excluded = dict(contract_target.selection.excluded)
    return _schema.bind(contract_target.token)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each conformance test its operation in its node id (`...[GET /members/list]`), so JUnit and
    the failure summary say which operation failed. schemathesis 4.32 sets the label only in the item's
    name under pytest 9.2, whose node ids come from `originalname` and the call parameters."""
    for item in items:
        original = getattr(item, "originalname", None)
        name = item.name
        if original and name != original and name.startswith(original + "[") and "[" not in item.nodeid:
            item._id = item.parent.id.child(original).with_params(name[len(original) + 1 : -1])  # type: ignore[union-attr]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    """Mask the token in failure reports and captured output, before the terminal or JUnit sees them."""
    outcome = yield
    mask_report(outcome.get_result(), _SECRETS)  # type: ignore[attr-defined]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = list(RECORD.lines())
    if not lines:
        return
    terminalreporter.section("contract summary")
    for line in lines:
        terminalreporter.write_line(line)
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "contract-summary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
