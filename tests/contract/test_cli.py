"""`walletapp-contract` stops with one line and exit status 2 when the run cannot start: before any test
request, never showing the token or a password."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from walletapp_tools.contract import free_port, main

from tests.support.servers import Answer, ScriptedServer

TOKEN = "3|cli-secret-token-value"


@pytest.fixture
def refusing_server() -> Iterator[str]:
    with ScriptedServer(Answer.json(401, {"message": "Unauthenticated."})) as server:
        yield server.url


def one_line_stop(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    monkeypatch.setenv("WALLETAPP_TOKEN", TOKEN)
    for name in ("CONTRACT_BASE_URL", "CONTRACT_MAX_EXAMPLES", "ALLOW_WRITES", "CONTRACT_INCLUDE_DANGEROUS"):
        monkeypatch.delenv(name, raising=False)
    status = main(argv)
    out, err = capsys.readouterr()
    assert status == 2, out + err
    lines = [line for line in (out + err).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert TOKEN not in out + err
    return lines[0]


def test_an_unreachable_server_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    line = one_line_stop(["--base-url", f"http://127.0.0.1:{free_port()}"], capsys, monkeypatch)
    assert line.startswith("walletapp-contract: cannot reach http://127.0.0.1:")


def test_a_rejected_token_is_one_line(
    refusing_server: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "rejected WALLETAPP_TOKEN" in one_line_stop(["--base-url", refusing_server], capsys, monkeypatch)


def test_a_wrong_flag_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "unrecognized arguments: --frobnicate" in one_line_stop(["--frobnicate"], capsys, monkeypatch)


def test_a_bad_setting_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "CONTRACT_MAX_EXAMPLES" in one_line_stop(["--max-examples", "0"], capsys, monkeypatch)


def test_a_dangerous_operation_without_writes_is_one_line(
    refusing_server: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    line = one_line_stop(
        ["--base-url", refusing_server, "--include-dangerous", "deleteMember"], capsys, monkeypatch
    )
    assert "needs ALLOW_WRITES=1" in line


def test_a_password_in_the_base_url_is_never_printed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    line = one_line_stop(["--base-url", "https://ops:hunter2@staging.example.test"], capsys, monkeypatch)
    assert "hunter2" not in line and "credentials" in line


def test_the_suite_alone_says_how_to_start_it() -> None:
    from walletapp_tools.contract._cli import SUITE

    command = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-c",
        str(SUITE / "pytest.ini"),
        str(SUITE),
    ]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, env=env)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "run the suite with `walletapp-contract`" in done.stdout + done.stderr
