"""The pipeline of `make generate` (walletapp_tools.generate): failures are one line and change nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from walletapp_tools.generate import GenerateError, generate, main, swap_in

from .client_spec import CONFIG, SPEC, TEMPLATES


def previous_client(tmp_path: Path) -> Path:
    """A stand-in for the committed client, to show that a failed run leaves it alone."""
    out = tmp_path / "walletapp-client"
    out.mkdir()
    (out / "marker.py").write_text("previous = True\n", encoding="utf-8")
    return out


def test_a_bad_overlay_fails_in_one_line_naming_it_and_keeps_the_previous_client(tmp_path: Path) -> None:
    overlay = tmp_path / "broken.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: Broken, version: 1.0.0}\n"
        "actions:\n  - target: $.paths['/nowhere']\n    remove: true\n",
        encoding="utf-8",
    )
    out = previous_client(tmp_path)

    with pytest.raises(GenerateError) as failure:
        generate(SPEC, [overlay], CONFIG, TEMPLATES, out, client_spec=tmp_path / "client.json")

    assert str(failure.value) == f"{overlay}: actions[0]: target $.paths['/nowhere'] matched no node"
    assert sorted(os.listdir(out)) == ["marker.py"]
    assert sorted(os.listdir(tmp_path)) == ["broken.yaml", "walletapp-client"], "nothing else was written"


def test_without_the_python_client_overlay_the_generator_rejects_the_callbacks(tmp_path: Path) -> None:
    out = previous_client(tmp_path)

    try:
        generate(SPEC, [], CONFIG, TEMPLATES, out, client_spec=tmp_path / "client.json")
    except GenerateError as failure:
        message = str(failure)
    else:
        pytest.fail(
            "openapi-python-client now reads the spec's callbacks: "
            "drop the callbacks action from overlays/python-client.yaml"
        )
    assert "\n" not in message
    assert message.startswith(f"openapi-python-client failed on {tmp_path / 'client.json'} (exit 1)")
    assert "callbacks.batchFinished.$ref" in message
    assert sorted(os.listdir(out)) == ["marker.py"]


def test_an_unwritable_output_is_reported_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")

    inputs = ["--spec", str(SPEC), "--config", str(CONFIG), "--templates", str(TEMPLATES)]
    assert main([*inputs, "--output", str(tmp_path / "a-file" / "walletapp-client")]) == 1

    error = capsys.readouterr().err
    assert error == f"error: {tmp_path / 'a-file'}: File exists\n"


def test_a_wrong_flag_is_reported_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--spec", "s", "--config", "c", "--templates", "t", "--output", "o", "--outptu", "x"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "unrecognized arguments: --outptu x" in error


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_an_unchanged_client_is_left_untouched(tmp_path: Path) -> None:
    current = tree(
        tmp_path / "current", {"pyproject.toml": "x", "pkg/a.py": "a", "pkg/__pycache__/a.pyc": "c"}
    )
    os.utime(current / "pyproject.toml", (1_000_000, 1_000_000))
    fresh = tree(tmp_path / "staging" / "fresh", {"pyproject.toml": "x", "pkg/a.py": "a"})

    swap_in(fresh, current)

    assert (current / "pyproject.toml").stat().st_mtime == 1_000_000


def test_a_changed_client_is_replaced_whole(tmp_path: Path) -> None:
    current = tree(tmp_path / "current", {"pyproject.toml": "x", "pkg/a.py": "a", "pkg/gone.py": "g"})
    fresh = tree(tmp_path / "staging" / "fresh", {"pyproject.toml": "x", "pkg/a.py": "changed"})

    swap_in(fresh, current)

    assert sorted(p.relative_to(current).as_posix() for p in current.rglob("*.py")) == ["pkg/a.py"]
    assert (current / "pkg" / "a.py").read_text(encoding="utf-8") == "changed"
    assert not fresh.exists()
