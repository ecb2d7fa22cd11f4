"""`make lint` runs every linter with our configs, and warnings fail it, not only errors.

Runs the real tools (Spectral, Redocly from node_modules; speclint) on the minimal spec of
tests/speclint, and on copies of it that each trigger one warning.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "speclint" / "minimal.yaml"

pytestmark = pytest.mark.slow


def make(target: str, spec: Path) -> subprocess.CompletedProcess[str]:
    command = ["make", "--no-print-directory", target, f"SPEC={spec}"]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def edited(tmp_path: Path, old: str, new: str) -> Path:
    text = MINIMAL.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "spec.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_minimal_spec_passes_every_linter() -> None:
    result = make("lint", MINIMAL)

    assert result.returncode == 0, result.stdout + result.stderr


def test_redocly_warning_fails_the_lint(tmp_path: Path) -> None:
    spec = edited(tmp_path, "    url: https://docs.walletapp.test/licence\n", "")

    result = make("lint-redocly", spec)

    assert result.returncode != 0
    assert "warning  info-license-strict" in result.stdout


def test_spectral_warning_fails_the_lint(tmp_path: Path) -> None:
    spec = edited(tmp_path, "    description: People who hold a pass.\n", "")

    result = make("lint-spectral", spec)

    assert result.returncode != 0
    assert "tag-description" in result.stdout
