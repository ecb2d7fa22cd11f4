"""`python -m walletapp_tools.speclint SPEC`: exit codes and one line per finding or error."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from walletapp_tools.speclint.__main__ import main

from .conftest import MINIMAL


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


Runner = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    """Calls the CLI in-process: the same code path as `python -m`, without a second of imports."""

    def run(*args: str) -> Result:
        returncode = main(list(args))
        out, err = capsys.readouterr()
        return Result(returncode, out, err)

    return run


def test_module_entry_point_exits_0_silently_on_a_clean_spec() -> None:
    command = [sys.executable, "-m", "walletapp_tools.speclint", str(MINIMAL)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_findings_exit_1_one_line_each_naming_the_file(tmp_path: Path, run: Runner) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.read_text().replace("operationId: listMembers", "operationId: ListMembers"))

    result = run(str(bad))

    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{bad}: GET /members/list (ListMembers): #/paths/~1members~1list/get/operationId: "
        "operationId 'ListMembers' is not camelCase (e.g. listMembers)"
    ]


def test_invalid_yaml_is_one_line_without_traceback(tmp_path: Path, run: Runner) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: [unclosed\n")

    result = run(str(bad))

    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{bad}: not valid YAML: ") and " at line " in line


def test_duplicate_key_is_an_error(tmp_path: Path, run: Runner) -> None:
    bad = tmp_path / "dup.yaml"
    bad.write_text("openapi: 3.1.0\nopenapi: 3.1.1\n")

    result = run(str(bad))

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{bad}: not valid YAML: found duplicate key 'openapi' (while reading a mapping) at line 2, column 1"
    ]


def test_missing_file_is_one_line(tmp_path: Path, run: Runner) -> None:
    missing = tmp_path / "missing.yaml"

    result = run(str(missing))

    assert (result.returncode, result.stderr.splitlines()) == (
        1,
        [f"{missing}: no such file"],
    )


def test_non_mapping_document_is_one_line(tmp_path: Path, run: Runner) -> None:
    bad = tmp_path / "list.yaml"
    bad.write_text("- 1\n- 2\n")

    result = run(str(bad))

    assert (result.returncode, len(result.stderr.splitlines())) == (1, 1)
    assert "not an OpenAPI document" in result.stderr


def test_wrong_flag_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(MINIMAL), "--strict"])

    assert exit_info.value.code == 2
    assert (
        capsys.readouterr().err == "speclint: error: unrecognized arguments: --strict (see speclint --help)\n"
    )


def test_a_missing_docs_folder_is_one_line(tmp_path: Path, run: Runner) -> None:
    result = run(str(MINIMAL), "--docs", str(tmp_path / "nope"))

    assert result.returncode == 1
    assert result.stderr == f"speclint: --docs {tmp_path / 'nope'}: no such folder\n"


def test_the_docs_are_compared_only_for_a_spec_with_a_register(tmp_path: Path, run: Runner) -> None:
    """The minimal spec tracks no inferences (no DISCREPANCIES.md beside it): the pages do not apply."""
    docs = Path(__file__).resolve().parents[2] / "openapi" / "sources"

    assert run(str(MINIMAL), "--docs", str(docs)).returncode == 0
    spec = tmp_path / "spec.yaml"
    spec.write_text(MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "DISCREPANCIES.md").write_text("# Register\n\n### D01 One entry\n", encoding="utf-8")

    result = run(str(spec), "--docs", str(docs))

    assert result.returncode == 1
    assert f"{spec}: DISCREPANCIES.md: #: entry D01 is named by no x-walletapp-inferred" in result.stdout
