"""``walletapp-overlay apply``: 0 and a file; 1 and one ``error:`` line; 2 on a bad command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from walletapp_tools.overlay import main

Write = Callable[[str, str], Path]
SPEC = "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\nservers:\n  - url: https://a\npaths: {}\n"
HEADER = "overlay: 1.1.0\ninfo: {title: T, version: '1'}\n"


@pytest.fixture
def files(write: Write) -> tuple[Path, Path, Path]:
    spec = write("spec.yaml", SPEC)
    first = write("overlays/one.yaml", HEADER + "actions:\n  - target: $.servers\n    remove: true\n")
    second = write(
        "overlays/two.yaml", HEADER + "actions:\n  - target: $.info\n    update: {x-variant: two}\n"
    )
    return spec, first, second


def test_apply_writes_yaml_and_exits_0(
    files: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, first, second = files
    out = tmp_path / "out.yaml"
    assert main(["apply", str(spec), str(first), str(second), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (
        "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\n  x-variant: two\npaths: {}\n"
    )
    assert capsys.readouterr() == ("", "")


def test_apply_writes_json_when_the_output_ends_in_json(
    files: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    spec, first, _ = files
    out = tmp_path / "out.json"
    assert main(["apply", str(spec), str(first), "--output", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
    }


def test_apply_writes_yaml_to_stdout_for_a_dash(
    files: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec, first, _ = files
    assert main(["apply", str(spec), str(first), "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("openapi: 3.1.0\ninfo:\n")


def test_zero_match_exits_1_with_one_error_line_and_writes_nothing(
    files: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, first, _ = files
    out = tmp_path / "out.yaml"
    assert main(["apply", str(spec), str(first), str(first), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"error: {first}: actions[0]: target $.servers matched no node\n"
    assert not out.exists()


def test_lenient_lets_a_zero_match_target_do_nothing(files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    spec, first, _ = files
    out = tmp_path / "out.yaml"
    assert main(["apply", str(spec), str(first), str(first), "-o", str(out), "--lenient"]) == 0
    assert "servers" not in out.read_text(encoding="utf-8")


def test_missing_spec_exits_1(
    files: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, first, _ = files
    assert main(["apply", str(tmp_path / "none.yaml"), str(first), "-o", str(tmp_path / "o.yaml")]) == 1
    assert capsys.readouterr().err == f"error: {tmp_path / 'none.yaml'}: no such file\n"


def test_unwritable_output_exits_1(
    files: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, first, _ = files
    out = tmp_path / "missing-dir" / "o.yaml"
    assert main(["apply", str(spec), str(first), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"error: {out}: cannot write: No such file or directory\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["apply", "s.yaml", "o.yaml", "-o", "x.yaml", "--strict"],
            "walletapp-overlay: error: unrecognized arguments",
        ),
        (
            ["apply", "s.yaml", "o.yaml"],
            "walletapp-overlay apply: error: the following arguments are required",
        ),
        (
            ["apply", "s.yaml", "-o", "x.yaml"],
            "walletapp-overlay apply: error: the following arguments are required",
        ),
        (["merge"], "walletapp-overlay: error: argument COMMAND: invalid choice: 'merge'"),
        ([], "walletapp-overlay: error: the following arguments are required: COMMAND"),
    ],
)
def test_wrong_command_line_exits_2_with_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(message)
    assert captured.err.count("\n") == 1


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["apply", "--help"]) == 0
    assert "--lenient" in capsys.readouterr().out


def test_python_dash_m_runs_the_cli(files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    spec, first, _ = files
    done = subprocess.run(
        [sys.executable, "-m", "walletapp_tools.overlay", "apply", str(spec), str(first), "-o", "-"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "servers" not in done.stdout


def test_console_script_reports_errors_without_a_traceback(files: tuple[Path, Path, Path]) -> None:
    spec, _, _ = files
    script = shutil.which("walletapp-overlay", path=str(Path(sys.executable).parent))
    assert script is not None, "run `uv sync` to install the walletapp-overlay console script"
    done = subprocess.run(
        [script, "apply", str(spec), str(spec), "-o", "-"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: {spec}: missing the 'overlay' version field")
    assert done.stderr.count("\n") == 1
