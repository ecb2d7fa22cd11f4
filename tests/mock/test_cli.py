"""`walletapp-mock` as a newcomer meets it: flags, one-line errors, the start-up banner."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from walletapp_tools.contract import free_port

from tests.support.servers import RawServer, mock_process, read_request_head, wait_for
from walletapp_mock.cli import main

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"


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
    port = free_port()
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


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.1"])
def test_a_host_beyond_loopback_needs_allow_remote(host: str) -> None:
    """`--host 0.0.0.0` started without a word, serving demo tokens anyone can derive from the seed. (In
    a child process, so that a mock that starts anyway fails the test at the timeout.)"""
    command = [sys.executable, "-m", "walletapp_mock", "--host", host, "--port", str(free_port())]
    done = subprocess.run(
        [*command, "--members", "1"], capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and f"--host {host} is not a loopback address" in done.stderr
    assert "--allow-remote" in done.stderr


def test_with_allow_remote_it_listens_and_warns(tmp_path: Path) -> None:
    port = free_port()
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


def test_the_access_log_and_webhook_lines_hold_no_token_and_no_query(tmp_path: Path) -> None:
    """--access-log printed nothing, while httpx logged every webhook URL with its query string."""
    port = free_port()
    command = [sys.executable, "-m", "walletapp_mock", "--port", str(port), "--members", "2", "--access-log"]
    with (
        mock_process(command, tmp_path / "out.txt") as banner,
        RawServer(lambda conn, stop: (read_request_head(conn), conn.sendall(OK))) as receiver,
    ):
        base = f"http://127.0.0.1:{port}"
        fx = httpx.get(base + "/__mock/fixtures").json()
        token = fx["tokens"]["demo"]["token"]
        auth = {"Authorization": f"Bearer {token}"}
        body = {
            "brand_id": fx["brand_id"],
            "coupon_id": fx["coupons"][0]["id"],
            "webhook_url": receiver.url("/hook?secret=s3cr3t"),
            "users": [{"identifier": fx["members"][0]["identifier"]}],
        }
        batch = httpx.post(base + "/bulk/coupons", json=body, headers=auth).json()["data"]["batch_id"]
        wait_for(lambda: httpx.get(base + "/__mock/webhooks", params={"batch_id": batch}).json()["data"])
        httpx.get(base + "/members/list", params={"brand_id": fx["brand_id"], "token": token}, headers=auth)
        log = _output_with(tmp_path / "out.txt", "token=***")
    after_banner = log[len(banner) :]
    assert '"POST /bulk/coupons" 200' in after_banner
    assert (
        f"webhook for batch {batch}: POST http://127.0.0.1:{receiver.port}/hook, attempt 1: 200"
        in after_banner
    )
    assert "s3cr3t" not in log
    for form in (token, token.split("|")[1], quote(token, safe="")):
        assert form not in after_banner
