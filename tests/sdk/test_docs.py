"""docs/sdk.md is written for users who know nothing else: every Python example in it type-checks under
mypy --strict with no Any anywhere (--disallow-any-expr), so no Any leaks from the SDK's surface; the
examples of docs/client.md (the low-level layer) and the programs of tests/sdk/programs/ type-check too;
and the documented webhook receiver works against the mock."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import subprocess
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from walletapp_tools.contract import MockServer

from tests.generated.client_spec import ROOT

GUIDE = ROOT / "docs" / "sdk.md"
LOW_LEVEL_GUIDE = ROOT / "docs" / "client.md"
PROGRAMS = Path(__file__).parent / "programs"


def examples(guide: Path = GUIDE) -> list[str]:
    return re.findall(r"```python\n(.*?)```", guide.read_text(encoding="utf-8"), re.S)


def mypy(*args: str, cwd: Path) -> str:
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache"), *args]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    return report


def test_the_guides_examples_and_the_programs_type_check(tmp_path: Path) -> None:
    """One mypy run (it is slow to start): the SDK examples and with_sdk.py with no Any at all, through the
    inline ``# mypy: disallow-any-expr``; the low-level examples and with_low_level.py strict (the
    low-level layer reads JSON, which is Any)."""
    blocks = examples()
    low_level = examples(LOW_LEVEL_GUIDE)
    assert len(blocks) >= 5 and low_level
    for index, block in enumerate(blocks):
        (tmp_path / f"example_{index}.py").write_text(f"# mypy: disallow-any-expr\n{block}", encoding="utf-8")
    for index, block in enumerate(low_level):
        (tmp_path / f"low_level_{index}.py").write_text(block, encoding="utf-8")
    blocks += low_level
    assert (PROGRAMS / "with_sdk.py").read_text(encoding="utf-8").startswith("# mypy: disallow-any-expr\n")
    programs = [str(PROGRAMS / "with_sdk.py"), str(PROGRAMS / "with_low_level.py")]
    report = mypy(".", *programs, cwd=tmp_path)
    assert f"no issues found in {len(blocks) + 2} source files" in report


def receiver_module(monkeypatch: pytest.MonkeyPatch, mock: MockServer) -> ModuleType:
    """The guide's webhook receiver, imported as a module, its client pointed at the mock."""
    (block,) = [b for b in examples() if "BaseHTTPRequestHandler" in b]
    monkeypatch.setenv("WALLETAPP_TOKEN", mock.demo_token)
    monkeypatch.setenv("WALLETAPP_BASE_URL", mock.base_url)
    spec = importlib.util.spec_from_loader("guide_receiver", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    exec(compile(block, str(GUIDE), "exec"), module.__dict__)
    return module


def test_the_guides_webhook_receiver_handles_a_real_batch(
    mock: MockServer, fixtures: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    module = receiver_module(monkeypatch, mock)
    server = ThreadingHTTPServer(("127.0.0.1", 0), module.WalletAppWebhooks)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        thread.start()
        try:
            batch = module.wa.bulk.create_points_batch(
                brand_id=fixtures["brand_id"],
                storecard_id=fixtures["storecards"][0]["id"],
                webhook_url=f"http://127.0.0.1:{server.server_address[1]}/hooks",
                users=[{"identifier": fixtures["members"][0]["identifier"], "points": 5}],
            )
            module.wa.batches.wait("points", batch.data.batch_id, poll_interval=0.05)
            deliveries = wait_for_delivery(mock, str(batch.data.batch_id))
        finally:
            server.shutdown()
            server.server_close()
            module.wa.close()
    assert deliveries[-1]["status_code"] == 204, deliveries
    assert f"points batch {batch.data.batch_id}: 1 passes updated" in printed.getvalue()


def wait_for_delivery(mock: MockServer, batch_id: str) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        records = mock.webhooks(batch_id)
        if records and records[-1].get("status_code"):
            return records
        time.sleep(0.05)
    raise AssertionError(f"no webhook delivery for {batch_id}")
