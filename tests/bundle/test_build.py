"""The dist/ folder: every artifact, byte-identical across builds, public overlay applied, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from walletapp_tools.bundle import BundleError, build, render_artifacts
from walletapp_tools.spec import parse_document

from .conftest import MINI_OVERLAY, MINI_SPEC, REAL_OVERLAY, REAL_SPEC, ROOT

EXPECTED = {
    "walletapp.openapi.yaml",
    "walletapp.openapi.json",
    "walletapp.openapi-3.0.yaml",
    "walletapp.html",
    "SHA256SUMS",
}


def test_build_writes_every_artifact_and_their_checksums(tmp_path: Path, redoc_bundle: Path) -> None:
    written = build(MINI_SPEC, [MINI_OVERLAY], tmp_path / "dist", redoc_bundle)
    assert {path.name for path in written} == EXPECTED
    sums = (tmp_path / "dist" / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert [line.split("  ")[1] for line in sums] == [
        "walletapp.openapi.yaml",
        "walletapp.openapi.json",
        "walletapp.openapi-3.0.yaml",
        "walletapp.html",
    ]


def test_two_builds_of_the_real_contract_are_byte_identical(tmp_path: Path, redoc_bundle: Path) -> None:
    attach = [ROOT / "openapi" / "DISCREPANCIES.md"]
    first = build(REAL_SPEC, [REAL_OVERLAY], tmp_path / "one", redoc_bundle, attach)
    second = build(REAL_SPEC, [REAL_OVERLAY], tmp_path / "two", redoc_bundle, attach)
    assert [path.name for path in first] == [path.name for path in second]
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name


def test_published_files_hold_no_mock_server(redoc_bundle: Path) -> None:
    texts = render_artifacts(REAL_SPEC, [REAL_OVERLAY], redoc_bundle)
    for name, text in texts.items():
        assert "127.0.0.1" not in text, name
    assert [
        server["url"]
        for server in parse_document(texts["walletapp.openapi.yaml"], "walletapp.openapi.yaml")["servers"]
    ] == ["https://api.walletapp.co"]


def test_yaml_and_json_hold_the_same_31_document(redoc_bundle: Path) -> None:
    texts = render_artifacts(MINI_SPEC, [MINI_OVERLAY], redoc_bundle)
    from_yaml = parse_document(texts["walletapp.openapi.yaml"], "walletapp.openapi.yaml")
    assert from_yaml == json.loads(texts["walletapp.openapi.json"])
    assert from_yaml["openapi"] == "3.1.0"
    assert (
        parse_document(texts["walletapp.openapi-3.0.yaml"], "walletapp.openapi-3.0.yaml")["openapi"]
        == "3.0.3"
    )


def test_an_overlay_target_matching_nothing_fails_the_build(tmp_path: Path, redoc_bundle: Path) -> None:
    overlay = tmp_path / "stale.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: 1.0.0}\n"
        "actions:\n  - target: $.servers[?@.url == 'http://gone']\n    remove: true\n",
        encoding="utf-8",
    )
    with pytest.raises(BundleError, match=r"stale.yaml: actions\[0\].*matched no node"):
        render_artifacts(MINI_SPEC, [overlay], redoc_bundle)


def test_an_attachment_is_copied_as_is_and_checksummed(tmp_path: Path, redoc_bundle: Path) -> None:
    note = tmp_path / "NOTES.md"
    note.write_text("# Notes\n", encoding="utf-8")
    texts = render_artifacts(MINI_SPEC, [MINI_OVERLAY], redoc_bundle, [note])
    assert texts["NOTES.md"] == "# Notes\n"
    assert texts["SHA256SUMS"].endswith("  NOTES.md\n")


def test_an_attachment_may_not_replace_an_artifact(tmp_path: Path, redoc_bundle: Path) -> None:
    clash = tmp_path / "walletapp.html"
    clash.write_text("x", encoding="utf-8")
    with pytest.raises(BundleError, match=r"an artifact already has the name walletapp\.html"):
        render_artifacts(MINI_SPEC, [MINI_OVERLAY], redoc_bundle, [clash])


def test_a_31_document_is_required(tmp_path: Path, redoc_bundle: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", encoding="utf-8")
    with pytest.raises(BundleError, match=r"expected an OpenAPI 3\.1 document"):
        render_artifacts(old, [], redoc_bundle)


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line, run from ``cwd``: it reads nothing from the current directory."""
    return subprocess.run(
        [sys.executable, "-m", "walletapp_tools.bundle", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_cli_builds_the_folder(tmp_path: Path, redoc_bundle: Path) -> None:
    result = _cli(
        tmp_path,
        *("--spec", str(MINI_SPEC), "--overlay", str(MINI_OVERLAY), "--redoc", str(redoc_bundle)),
        *("--out", str(tmp_path / "d")),
    )
    assert result.returncode == 0, result.stderr
    assert {path.name for path in (tmp_path / "d").iterdir()} == EXPECTED


def test_cli_wrong_flag_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = _cli(tmp_path, "--spec", "s.yaml", "--redoc", "r.js", "--out", "d", "--nope")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "unrecognized arguments: --nope" in result.stderr


def test_cli_missing_spec_is_one_line_and_exit_1(tmp_path: Path, redoc_bundle: Path) -> None:
    missing = tmp_path / "absent.yaml"
    result = _cli(
        tmp_path, "--spec", str(missing), "--redoc", str(redoc_bundle), "--out", str(tmp_path / "d")
    )
    assert result.returncode == 1
    assert result.stderr == f"error: {missing}: no such file\n"
