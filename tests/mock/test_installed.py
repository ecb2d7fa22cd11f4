"""The mock as a user installs it: built into a wheel, installed in a fresh venv, started outside the
repository, it serves the contract it ships with (no checkout, no current-directory paths)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.support.servers import closed_port, mock_process

ROOT = Path(__file__).resolve().parents[2]


def _uv() -> str:
    found = shutil.which("uv") or str(ROOT / ".tools" / "uv" / "bin" / "uv")
    if not Path(found).exists():
        pytest.fail("uv not found: run `make install`")
    return found


def _run(*command: str, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    assert done.returncode == 0, f"{' '.join(command)}: {done.stdout}{done.stderr}"


@pytest.mark.slow
def test_the_wheel_installed_in_a_fresh_venv_serves_the_contract_it_ships(tmp_path: Path) -> None:
    uv = _uv()
    _run(uv, "build", "--quiet", "--wheel", "--out-dir", str(tmp_path / "dist"), str(ROOT))
    [wheel] = (tmp_path / "dist").glob("walletapp_contract-*.whl")
    venv = tmp_path / "venv"
    # The locked runtime dependencies, from uv's cache (`make install` filled it), then the wheel alone.
    sync = ("sync", "--quiet", "--frozen", "--offline", "--no-dev", "--no-install-project")
    _run(uv, *sync, "--project", str(ROOT), env={**os.environ, "UV_PROJECT_ENVIRONMENT": str(venv)})
    python = str(venv / "bin" / "python")
    _run(uv, "pip", "install", "--quiet", "--offline", "--no-deps", "--python", python, str(wheel))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    port = closed_port()
    command = [str(venv / "bin" / "walletapp-mock"), "--port", str(port), "--members", "3"]
    clean = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    with mock_process(command, tmp_path / "mock.log", cwd=elsewhere, env=clean) as banner:
        assert str(venv) in banner, f"the mock should serve the spec installed with it: {banner}"
        base = f"http://127.0.0.1:{port}"
        fixtures = httpx.get(f"{base}/__mock/fixtures").json()
        token = fixtures["tokens"]["demo"]["token"]
        listing = httpx.get(
            f"{base}/members/list",
            params={"brand_id": fixtures["brand_id"]},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert listing.status_code == 200 and listing.json()["data"]["total"] == 3
