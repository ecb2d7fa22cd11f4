"""`walletapp-contract`: the contract suite against the mock (no `--base-url`) or any server.

    walletapp-contract [--base-url URL] [--token TOKEN] [--allow-writes] [--include-dangerous IDS]
                       [--brand-id UUID] [--webhook-url URL] [--webhook-listen HOST:PORT]
                       [--max-examples N] [--seed N|random] [--junit FILE] [--report-dir DIR]
                       [-- PYTEST-ARGS...]

Every flag has an environment variable (see `_knobs.py`); `make contract` is this command. The run:
settings -> selection (read-only unless writes are allowed) -> the server (the mock started on a free
loopback port, or a preflight of the live one) -> the data positive cases need (seeded, discovered or
created) -> pytest on the suite shipped in this package -> clean-up -> exit status.

Exit status: 0 every test passed; 1 a test failed (or an operation only ever got 401/403/405); 2 the run
could not start, said in one line (`walletapp-contract: ...`), before any test request.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from .._argparse import OneLineParser
from ..spec import Spec, load_spec
from ._calls import SpecCaller
from ._context import ENV_VAR, Known, RunContext
from ._facts import BatchKind, batch_kinds
from ._knobs import KnobError, Knobs
from ._masking import mask
from ._mockserver import MockServer, MockServerError, free_port
from ._operations import DEFAULT_SPEC, Operation, all_abilities, load_operations
from ._preflight import PreflightError, pick_probe, preflight
from ._prepare import NEUTRAL_WEBHOOK_URL, Created, cleanup, create_own_data, discover, known_from_fixtures
from ._safety import Selection, SelectionError, parse_names, select

PROG = "walletapp-contract"
SUITE = Path(__file__).resolve().with_name("suite")
SPARE_TOKEN_PREFIX = "9|contract-all-but-"
MOCK_ARGS = ("--batch-start-delay", "0.05", "--webhook-backoff", "0.1", "--webhook-attempts", "3")
"""The mock's batches start at once and retry webhooks quickly, so batch checks take well under a second."""


class StartError(Exception):
    """The run cannot start; the message is one line."""


def _parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Property-test a WalletApp server (or the bundled mock) against the OpenAPI contract. "
        "Read-only against a live server unless --allow-writes.",
    )
    add = parser.add_argument
    add("--base-url", help="the server to test (default: start the bundled mock)")
    add("--token", help="its bearer token (default: $WALLETAPP_TOKEN; prefer the variable)")
    add("--allow-writes", action="store_true", default=None, help="also call operations that write")
    add(
        "--include-dangerous",
        dest="dangerous",
        metavar="IDS",
        help="comma-separated dangerous operationIds to call too (or `all`); needs --allow-writes",
    )
    add("--brand-id", help="a brand of the live server; its data is discovered for positive cases")
    add("--webhook-url", help="public URL that reaches the suite's webhook receiver (live server)")
    add("--webhook-listen", metavar="HOST:PORT", help="where that receiver listens (127.0.0.1:8765)")
    add("--max-examples", type=int, help="fuzzing examples per operation (10)")
    add("--seed", help="data generation seed, or `random` (1)")
    add("--request-seconds", type=float, help="total time one request may take (60)")
    add("--max-response-mb", type=int, help="the largest answer read, in MiB (32)")
    add("--deadline-minutes", type=float, help="total time of the run's tests (60)")
    add("--junit", metavar="FILE", help="write a JUnit XML report")
    add("--report-dir", metavar="DIR", help="where contract-summary.txt goes (reports)")
    add("--spec", type=Path, default=None, help=argparse.SUPPRESS)
    add("pytest_args", nargs="*", help="after `--`: passed on to pytest (e.g. -k batches, -x)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_or_status(argv)
    if isinstance(args, int):
        return args
    try:
        knobs = Knobs.from_env(
            **{name: getattr(args, name) for name in Knobs.__dataclass_fields__ if hasattr(args, name)}
        )
    except KnobError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    return run(knobs, args.pytest_args, spec=args.spec or DEFAULT_SPEC)


def run(knobs: Knobs, pytest_args: Sequence[str] = (), *, spec: Path = DEFAULT_SPEC) -> int:
    """Prepare the run, run the suite, clean up; the exit status."""
    secret = knobs.token
    try:
        with _prepared(knobs, spec) as (context, created, caller):
            secret = context.token
            with tempfile.TemporaryDirectory(prefix="walletapp-contract-") as scratch:
                context_file = Path(scratch) / "run.json"
                context.write(context_file)
                status = _pytest(context_file, knobs, pytest_args)
            if caller is not None and created is not None:
                cleanup(caller, created, context.included, context.notes)
                _print_notes(context.notes[-3:] if created.members else [])
            return status
    except (StartError, SelectionError, PreflightError, MockServerError) as exc:
        print(f"{PROG}: {mask(str(exc), secret)}", file=sys.stderr)
        return 2


@contextmanager
def _prepared(knobs: Knobs, spec: Path) -> Iterator[tuple[RunContext, Created | None, SpecCaller | None]]:
    operations = load_operations(spec)
    model = load_spec(spec)
    kinds = batch_kinds(model)
    notes: list[str] = []
    if not knobs.live:
        if knobs.allow_writes or knobs.dangerous:
            print(
                f"{PROG}: note: against the mock every operation runs; the safety flags apply to "
                "live servers only"
            )
        yield from _on_the_mock(knobs, spec, operations, model, kinds, notes)
        return
    assert knobs.base_url is not None and knobs.token is not None
    selection = select(operations, allow_writes=knobs.allow_writes, dangerous=parse_names(knobs.dangerous))
    preflight(knobs.base_url, knobs.token, pick_probe(operations), timeout=knobs.request_seconds)
    webhook_listen = webhook_url = None
    webhook_note = ""
    if knobs.webhook_url is not None:
        webhook_listen, webhook_url = knobs.webhook_listen, knobs.webhook_url
    else:
        webhook_note = "webhook checks skipped: set CONTRACT_WEBHOOK_URL to a URL that reaches this machine"
    with SpecCaller(knobs.base_url, knobs.token, operations, timeout=knobs.request_seconds) as caller:
        if knobs.brand_id is None:
            known = Known()
            notes.append("no CONTRACT_BRAND_ID: positive cases cannot reach real members, passes or batches")
        else:
            known = discover(caller, knobs.brand_id, notes)
        created = None
        if knobs.allow_writes and known.brands:
            created = create_own_data(
                caller,
                known,
                selection.operation_ids,
                model,
                kinds,
                notes,
                webhook_url=webhook_url or NEUTRAL_WEBHOOK_URL,
            )
        elif known.brands:
            notes.append("read-only run: writes are not called and batch status pages have no known batch")
        yield (
            RunContext(
                spec=str(spec),
                base_url=knobs.base_url,
                token=knobs.token,
                live=True,
                included=sorted(selection.operation_ids),
                excluded=dict(selection.excluded),
                **_from_knobs(knobs),
                known=known,
                webhook_listen=webhook_listen,
                webhook_url=webhook_url,
                webhook_note=webhook_note,
                notes=notes,
            ),
            created,
            caller,
        )


def _on_the_mock(
    knobs: Knobs,
    spec: Path,
    operations: list[Operation],
    model: Spec,
    kinds: list[BatchKind],
    notes: list[str],
) -> Iterator[tuple[RunContext, Created | None, SpecCaller | None]]:
    abilities = all_abilities(operations)
    spare = {SPARE_TOKEN_PREFIX + a: abilities - {a} for a in sorted(abilities)}
    with MockServer(tokens=spare, extra_args=MOCK_ARGS) as mock:
        selection = Selection.everything(operations)
        known = known_from_fixtures(mock.fixtures)
        listen = f"127.0.0.1:{free_port()}"
        hooks = f"http://{listen}/hooks"
        with SpecCaller(mock.base_url, mock.demo_token, operations) as caller:
            create_own_data(
                caller, known, selection.operation_ids, model, kinds, notes, webhook_url=hooks + "/setup"
            )
        yield (
            RunContext(
                spec=str(spec),
                base_url=mock.base_url,
                token=mock.demo_token,
                live=False,
                included=sorted(selection.operation_ids),
                excluded={},
                **_from_knobs(knobs),
                known=known,
                webhook_listen=listen,
                webhook_url=hooks,
                mock_url=mock.base_url,
                all_but={token.removeprefix(SPARE_TOKEN_PREFIX): token for token in spare},
                notes=notes,
            ),
            None,
            None,
        )


PLUGINS = ("schemathesis.pytest.plugin", "_hypothesis_pytestplugin")
"""The only pytest plugins the suite loads: whatever else the environment has installed stays out."""


def _from_knobs(knobs: Knobs) -> dict[str, Any]:
    """The fields of the run's context that come straight from its settings, on the mock or live."""
    return {
        "max_examples": knobs.max_examples,
        "seed": knobs.seed,
        "report_dir": knobs.report_dir,
        "request_seconds": knobs.request_seconds,
        "max_response_bytes": knobs.max_response_mb * 1024 * 1024,
        "deadline_minutes": knobs.deadline_minutes,
    }


def _pytest(context_file: Path, knobs: Knobs, extra: Sequence[str]) -> int:
    args = [
        str(SUITE),
        "-c",
        str(SUITE / "pytest.ini"),
        "--rootdir",
        str(SUITE),
        "-p",
        "no:cacheprovider",
        "--import-mode=importlib",
        *(arg for plugin in PLUGINS for arg in ("-p", plugin)),
        *extra,
    ]
    if knobs.junit:
        Path(knobs.junit).parent.mkdir(parents=True, exist_ok=True)
        args += [f"--junitxml={knobs.junit}", "-o", "junit_suite_name=contract"]
    previous = _set_env(ENV_VAR, str(context_file))
    autoload = _set_env("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    try:
        code = int(pytest.main(args))
    finally:
        _set_env(ENV_VAR, previous)
        _set_env("PYTEST_DISABLE_PLUGIN_AUTOLOAD", autoload)
    return {0: 0, 1: 1}.get(code, 2 if code in (2, 3, 4, 5) else 1)


def _set_env(name: str, value: str | None) -> str | None:
    import os

    previous = os.environ.get(name)
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
    return previous


def _print_notes(notes: Sequence[str]) -> None:
    for note in notes:
        print(f"{PROG}: {note}")
