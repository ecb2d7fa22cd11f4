"""The loader reads YAML as the other linters (YAML 1.2) do."""

from __future__ import annotations

from pathlib import Path

from walletapp_tools import speclint


def test_dates_and_yes_no_stay_strings_and_status_codes_become_strings(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("a: 2024-01-31\nb: yes\nc: true\nresponses:\n  200: ok\n")

    assert speclint.load_spec(path) == {"a": "2024-01-31", "b": "yes", "c": True, "responses": {"200": "ok"}}


def test_public_surface_is_declared() -> None:
    public = {name for name in vars(speclint) if not name.startswith("_")}

    assert set(speclint.__all__) == public - {"annotations"}
