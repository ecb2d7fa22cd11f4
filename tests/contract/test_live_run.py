"""`make contract BASE_URL=... WALLETAPP_TOKEN=...` against a server that cannot be used stops at once with
one clear line, never with a failure per operation, and never shows the token. Each case runs the suite
in a child pytest, as `make contract` does."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from walletapp_tools.contract import free_port

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "3|live-run-secret-token-value"
SUITE_MODULE = Path("tests") / "contract" / "test_auth_matrix.py"


class _Refusing(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"message":"Unauthenticated."}'
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silent."""


@pytest.fixture
def refusing_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def run_suite(base_url: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONTRACT_BASE_URL": base_url, "WALLETAPP_TOKEN": TOKEN, **extra}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(SUITE_MODULE)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def assert_one_line_stop(result: subprocess.CompletedProcess[str], message: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 2, output
    assert [line for line in output.splitlines() if "contract tests:" in line] == [
        next(line for line in output.splitlines() if message in line)
    ], output
    assert "passed" not in output and "failed" not in output, output
    assert TOKEN not in output


def test_an_unreachable_server_stops_the_run_with_one_line() -> None:
    assert_one_line_stop(run_suite(f"http://127.0.0.1:{free_port()}"), "cannot reach")


def test_a_rejected_token_stops_the_run_with_one_line(refusing_server: str) -> None:
    assert_one_line_stop(run_suite(refusing_server), "rejected WALLETAPP_TOKEN")
