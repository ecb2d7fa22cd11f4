"""Rows report ok, failed or not applicable with what they checked; the table says it all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from walletapp_tools.consumers import NotServed, Outcome, Row, RowFailed, collect, run_row, table
from walletapp_tools.consumers._cli import ROOT
from walletapp_tools.consumers._matrix import Context, Published


def _published(tmp_path: Path) -> Published:
    inventory = collect({})
    return Published("3.1", tmp_path / "walletapp.openapi.yaml", {}, inventory, tmp_path / "examples.json")


def _row(check: object, version: object = lambda root: "1.2.3") -> Row:
    return Row("some-tool", version, check, "some-tool")  # type: ignore[arg-type]


def test_a_row_that_works_reports_what_it_checked(tmp_path: Path) -> None:
    def check(context: Context) -> Outcome:
        assert context.work == tmp_path / "rows" / "some-tool-3.1" and not any(context.work.iterdir())
        return Outcome(7, ["flag --x", "all parsed"])

    result = run_row(_row(check), ROOT, _published(tmp_path), tmp_path / "rows")
    assert (result.status, result.examples, result.note, result.version) == (
        "ok",
        7,
        "flag --x; all parsed",
        "1.2.3",
    )


def test_a_failing_row_keeps_the_tools_words(tmp_path: Path) -> None:
    def check(context: Context) -> Outcome:
        raise RowFailed("tsc --strict failed (exit 2):\nexamples.ts(3,1): error TS2322")

    result = run_row(_row(check), ROOT, _published(tmp_path), tmp_path)
    assert result.status == "FAILED" and "TS2322" in result.note


def test_a_file_that_cannot_serve_a_tool_is_not_applicable_with_the_reason(tmp_path: Path) -> None:
    def check(context: Context) -> Outcome:
        raise NotServed("OpenAPI 3.0 has no webhooks")

    result = run_row(_row(check), ROOT, _published(tmp_path), tmp_path)
    assert (result.status, result.note) == ("n/a", "OpenAPI 3.0 has no webhooks")


def test_a_tool_that_is_not_installed_fails_its_row(tmp_path: Path) -> None:
    def missing(root: Path) -> str:
        raise FileNotFoundError(2, "No such file", "node_modules/x/package.json")

    result = run_row(_row(lambda context: Outcome(), missing), ROOT, _published(tmp_path), tmp_path)
    assert result.status == "FAILED" and "make install" in result.note


def test_the_table_has_one_line_per_row_with_the_first_line_of_a_failure(tmp_path: Path) -> None:
    def check(context: Context) -> Outcome:
        raise RowFailed("first line\nsecond line")

    result = run_row(_row(check), ROOT, _published(tmp_path), tmp_path)
    lines = table([result]).splitlines()
    assert lines[0].startswith("| tool | version | file | result | examples |")
    assert lines[2].startswith("| some-tool | 1.2.3 | walletapp.openapi.yaml | FAILED | 0 |")
    assert lines[2].endswith("| first line |")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "walletapp_tools.consumers", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_cli_wrong_flag_is_one_line_and_exit_2() -> None:
    result = _cli("--nope")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "unrecognized arguments: --nope" in result.stderr


def test_cli_without_a_bundle_says_to_build_it(tmp_path: Path) -> None:
    result = _cli("--dist", str(tmp_path / "none"), "--work", str(tmp_path / "work"))
    assert result.returncode == 1
    assert "cannot read" in result.stderr and "make bundle" in result.stderr
    assert result.stderr.count("\n") == 1
