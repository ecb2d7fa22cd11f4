"""``walletapp-breaking``: picks the last release, prints the changelog section, decides by semver."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from walletapp_tools.breaking import BreakingCheckError, check
from walletapp_tools.spec import dump_document, load_document, load_spec

MINI = Path(__file__).resolve().parents[1] / "bundle" / "fixtures" / "mini.yaml"


def _write(path: Path, version: str, *, drop_delete: bool = False, add_search: bool = False) -> Path:
    document = load_document(MINI)
    document["info"]["version"] = version
    if drop_delete:
        document["paths"]["/members/{uuid}"].pop("delete")
    if add_search:
        document["paths"]["/search"] = {
            "get": {"operationId": "search", "summary": "Search", "responses": {"200": {"description": "ok"}}}
        }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_document(document), encoding="utf-8")
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "walletapp_tools.breaking", *args], capture_output=True, text=True, check=False
    )


@pytest.fixture
def released(tmp_path: Path) -> Path:
    folder = tmp_path / "released"
    _write(folder / "walletapp-1.0.0.yaml", "1.0.0")
    _write(folder / "walletapp-1.2.0.yaml", "1.2.0")
    _write(folder / "walletapp-1.10.0.yaml", "1.10.0")
    return folder


def test_the_highest_released_version_is_the_base(released: Path, tmp_path: Path) -> None:
    report = check(released, _write(tmp_path / "spec.yaml", "1.10.0"))
    assert report.base_version == "1.10.0" and report.base_source.endswith("walletapp-1.10.0.yaml")


def test_a_breaking_change_without_major_bump_fails_and_lists_it(released: Path, tmp_path: Path) -> None:
    spec = _write(tmp_path / "spec.yaml", "1.11.0", drop_delete=True, add_search=True)
    out = tmp_path / "build" / "CHANGELOG.section.md"
    result = _cli("--base", str(released), "--spec", str(spec), "--changelog", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("error: 1 breaking change(s) from 1.10.0 without a major version bump")
    assert result.stderr.count("\n") == 1
    section = out.read_text(encoding="utf-8")
    assert section == result.stdout
    assert section.startswith("## 1.11.0 (unreleased)\n")
    assert (
        "### Breaking changes\n\n- **DELETE /members/{uuid} (deleteMember)**: removed (`operation-removed`)\n"
        in section
    )
    assert "### Other changes\n\n- **GET /search (search)**: new (`operation-added`)\n" in section


def test_a_major_bump_allows_the_break(released: Path, tmp_path: Path) -> None:
    spec = _write(tmp_path / "spec.yaml", "2.0.0", drop_delete=True)
    result = _cli("--base", str(released), "--spec", str(spec))
    assert result.returncode == 0, result.stderr
    assert (
        "ok: 1 breaking change(s) (allowed: major version 1.10.0 -> 2.0.0), 0 other change(s)"
        in result.stdout
    )


def test_a_compatible_change_passes_with_a_minor_bump(released: Path, tmp_path: Path) -> None:
    result = _cli(
        "--base", str(released), "--spec", str(_write(tmp_path / "spec.yaml", "1.11.0", add_search=True))
    )
    assert result.returncode == 0
    assert "### Breaking changes\n\nNone.\n" in result.stdout


def test_a_version_lower_than_the_release_is_an_error(released: Path, tmp_path: Path) -> None:
    with pytest.raises(BreakingCheckError, match=r"info.version 1.9.0 is lower than the released 1.10.0"):
        check(released, _write(tmp_path / "spec.yaml", "1.9.0"))


def test_a_version_that_is_not_semver_is_an_error(released: Path, tmp_path: Path) -> None:
    result = _cli("--base", str(released), "--spec", str(_write(tmp_path / "spec.yaml", "v2")))
    assert result.returncode == 1
    assert result.stderr.endswith("info.version 'v2' is not a semantic version (MAJOR.MINOR.PATCH)\n")


def test_an_empty_release_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "none").mkdir()
    result = _cli("--base", str(tmp_path / "none"), "--spec", str(MINI))
    assert result.returncode == 1
    assert "no released contract (walletapp-<version>.yaml) found" in result.stderr


def test_a_dangling_reference_is_an_error_naming_it(released: Path, tmp_path: Path) -> None:
    spec = _write(tmp_path / "spec.yaml", "1.10.0")
    spec.write_text(
        spec.read_text(encoding="utf-8")
        .replace("schemas/Member'", "schemas/Gone'")
        .replace("schemas/Member\n", "schemas/Gone\n"),
        encoding="utf-8",
    )
    result = _cli("--base", str(released), "--spec", str(spec))
    assert result.returncode == 1
    assert "$ref '#/components/schemas/Gone' points at nothing" in result.stderr


def test_a_wrong_flag_is_one_line_and_exit_2() -> None:
    result = _cli("--base", "b", "--spec", "s", "--nope")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "unrecognized arguments: --nope" in result.stderr


def test_unchanged_version_titles_the_section_unreleased(released: Path, tmp_path: Path) -> None:
    section = check(released, _write(tmp_path / "spec.yaml", "1.10.0", add_search=True)).changelog()
    assert section.startswith("## Unreleased\n\nCompared with the released contract 1.10.0")


def test_the_real_contract_fails_against_its_release_once_an_operation_goes(tmp_path: Path) -> None:
    """The current contract, taken as released, then one operation removed without a major bump."""
    root = Path(__file__).resolve().parents[2]
    text = (root / "openapi" / "walletapp.yaml").read_text(encoding="utf-8")
    contract = load_spec(root / "openapi" / "walletapp.yaml")
    version = contract.document["info"]["version"]
    (tmp_path / "released").mkdir()
    (tmp_path / "released" / f"walletapp-{version}.yaml").write_text(text, encoding="utf-8")
    first = contract.operations()[0]
    path, method = first.path, first.method
    del contract.document["paths"][path][method]
    spec = tmp_path / "walletapp.yaml"
    spec.write_text(dump_document(contract.document), encoding="utf-8")
    report = check(tmp_path / "released", spec)
    assert not report.ok
    assert [(c.rule, c.where.split(" (")[0]) for c in report.breaking] == [
        ("operation-removed", f"{method.upper()} {path}")
    ]
