"""`walletapp-mock` as a newcomer meets it: flags, one-line errors, the start-up banner."""

from __future__ import annotations

import re
import socket
import sys
from pathlib import Path

import httpx
import pytest

from walletapp_mock.cli import main

from .servers import mock_process, wait_for


def test_an_unknown_flag_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--no-such-flag"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--no-such-flag" in err


def test_a_bad_tokens_file_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tokens = tmp_path / "tokens.yaml"
    tokens.write_text('"9|top-secret": members.get\n', encoding="utf-8")
    assert main(["--tokens", str(tokens), "--members", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tokens.yaml" in err and "top-secret" not in err


def test_a_missing_spec_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--spec", str(tmp_path / "missing.yaml")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.yaml" in err


def test_a_busy_port_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        assert main(["--port", str(port), "--members", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"127.0.0.1:{port}" in err


def test_the_server_prints_its_url_token_and_ids_and_serves_them(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "walletapp_mock", "--port", str(port), "--seed", "3", "--members", "4"]
    with mock_process(command, tmp_path / "out.txt") as banner:
        assert f"http://127.0.0.1:{port}" in banner
        fixtures = httpx.get(f"http://127.0.0.1:{port}/__mock/fixtures").json()
        assert fixtures["tokens"]["demo"]["token"] in banner
        assert fixtures["brand_id"] in banner and fixtures["member_count"] == 4
        token = re.search(r"demo token \(all abilities\):\s+(\S+)", banner)
        assert token is not None
        listing = httpx.get(
            f"http://127.0.0.1:{port}/members/list",
            params={"brand_id": fixtures["brand_id"]},
            headers={"Authorization": f"Bearer {token.group(1)}"},
        )
        assert listing.status_code == 200 and listing.json()["data"]["total"] == 4


def _output_with(log: Path, text: str) -> str:
    """The process's output, once it holds `text`."""
    output: str = wait_for(lambda: text in (found := log.read_text()) and found)
    return output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.1"])
def test_a_host_beyond_loopback_needs_allow_remote(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`--host 0.0.0.0` started without a word, serving demo tokens anyone can derive from the seed."""
    assert main(["--host", host, "--members", "1"]) == 2
    err = capsys.readouterr().err
    assert (
        err.count("\n") == 1 and f"--host {host} is not a loopback address" in err and "--allow-remote" in err
    )


def test_with_allow_remote_it_listens_and_warns(tmp_path: Path) -> None:
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "walletapp_mock",
        "--host",
        "0.0.0.0",
        "--allow-remote",
        "--port",
        str(port),
    ]
    with mock_process([*command, "--members", "1"], tmp_path / "out.txt") as banner:
        assert httpx.get(f"http://127.0.0.1:{port}/__mock/fixtures").status_code == 200
        log = _output_with(tmp_path / "out.txt", "warning")
    assert f"http://0.0.0.0:{port}" in banner
    assert "warning: listening on 0.0.0.0" in log and "other machines may reach" in log

