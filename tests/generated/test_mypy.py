"""The generated client type-checks with mypy --strict, as openapi-python-client's own golden record does.

mypy runs from inside generated/walletapp-client: the project's mypy settings apply (strict, Python
3.11), and its ``exclude`` of generated/ for our own checks does not match the relative paths there.
"""

from __future__ import annotations

import subprocess
import sys

from .client_spec import OUTPUT, ROOT


def test_generated_client_passes_mypy_strict() -> None:
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(ROOT / ".mypy_cache"),
        "walletapp_client",
    ]
    result = subprocess.run(command, cwd=OUTPUT, capture_output=True, text=True, check=False)
    report = result.stdout + result.stderr
    assert result.returncode == 0, f"mypy --strict on {OUTPUT.relative_to(ROOT)}:\n{report}"
    assert "no issues found in" in report
