"""Run the project's mock as a real HTTP server on a free loopback port, for tests that need one.

Usage::

    with MockServer(tokens={"9|reader": ["members.get"]}) as mock:
        httpx.get(mock.base_url + "/__mock/fixtures")

The server is `walletapp-mock` (run as `python -m walletapp_mock`) in a child process, so the tests
exercise the same server an integrator runs; it is stopped (terminate, then kill) when the block ends.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from ..spec import write_document


class MockServerError(Exception):
    """The mock did not start; the message says why in one line."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _command() -> list[str]:
    """`python -m walletapp_mock`, the module behind the `walletapp-mock` console script."""
    return [sys.executable, "-m", "walletapp_mock"]


class MockServer:
    """A `walletapp-mock` child process; `base_url` and `fixtures` are set once it answers.

    `port` defaults to a free one; give it when the URL must be known before the server starts.
    """

    def __init__(
        self,
        *,
        seed: int = 1,
        members: int = 25,
        tokens: Mapping[str, Iterable[str]] | None = None,
        port: int | None = None,
        extra_args: Iterable[str] = (),
        startup_timeout: float = 30.0,
    ) -> None:
        self.seed = seed
        self.members = members
        self.tokens = {token: sorted(abilities) for token, abilities in (tokens or {}).items()}
        self.extra_args = list(extra_args)
        self.startup_timeout = startup_timeout
        self.port = port
        self.base_url = ""
        self.fixtures: dict[str, Any] = {}
        self._process: subprocess.Popen[bytes] | None = None
        self._workdir: tempfile.TemporaryDirectory[str] | None = None

    @property
    def demo_token(self) -> str:
        token: str = self.fixtures["tokens"]["demo"]["token"]
        return token

    def start(self) -> MockServer:
        self._workdir = tempfile.TemporaryDirectory(prefix="walletapp-mock-")
        port = self.port or free_port()
        args = [
            *_command(),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--seed",
            str(self.seed),
            "--members",
            str(self.members),
            *self.extra_args,
        ]
        if self.tokens:
            tokens_file = Path(self._workdir.name) / "tokens.yaml"
            write_document(self.tokens, tokens_file)
            args += ["--tokens", str(tokens_file)]
        log = Path(self._workdir.name) / "mock.log"
        with log.open("wb") as sink:
            self._process = subprocess.Popen(
                args, stdout=sink, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"}
            )
        self.base_url = f"http://127.0.0.1:{port}"
        self._wait_until_ready(log)
        return self

    def _wait_until_ready(self, log: Path) -> None:
        assert self._process is not None
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:]
                raise MockServerError(
                    f"walletapp-mock exited with {self._process.returncode}: {' | '.join(tail)}"
                )
            try:
                response = httpx.get(self.base_url + "/__mock/fixtures", timeout=1.0)
            except httpx.HTTPError:
                time.sleep(0.05)
                continue
            if response.status_code == 200:
                self.fixtures = response.json()
                return
            time.sleep(0.05)
        self.stop()
        raise MockServerError(
            f"walletapp-mock did not answer on {self.base_url} within {self.startup_timeout}s"
        )

    def reset(self) -> dict[str, Any]:
        """Restore the seed; returns the fixtures (the ids are the same after every reset)."""
        response = httpx.post(self.base_url + "/__mock/reset", timeout=10.0)
        response.raise_for_status()
        fixtures: dict[str, Any] = response.json()["fixtures"]
        return fixtures

    def webhooks(self, batch_id: str | None = None) -> list[dict[str, Any]]:
        params = {"batch_id": batch_id} if batch_id else None
        response = httpx.get(self.base_url + "/__mock/webhooks", params=params, timeout=10.0)
        response.raise_for_status()
        records: list[dict[str, Any]] = response.json()["data"]
        return records

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=10)
        self._process = None
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
