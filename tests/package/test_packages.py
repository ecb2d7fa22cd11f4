"""The npm package and the Python client's wheel: reproducible, and usable from a clean project.

A dist/ is built from the real contract into a temporary folder (bundle, openapi-typescript types,
packages), then each package is installed where nothing else is: the npm tarball into an empty npm
project whose TypeScript file imports the types and compiles under --strict, the wheel into a fresh
virtualenv (dependencies from uv's cache, offline) whose script imports the client and parses an
example. About 15 s, so it runs in `make test`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.bundle import build
from walletapp_tools.package import PackageError, build_packages
from walletapp_tools.package._npm import index_d_ts, package_json
from walletapp_tools.package._sums import list_in_sums
from walletapp_tools.spec import load_document

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "generated" / "walletapp-client"
ATTACH = [ROOT / "openapi" / "DISCREPANCIES.md", ROOT / "docs" / "generating-a-client.md"]


def _uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv") or str(ROOT / ".tools" / "uv" / "bin" / "uv")
    if not Path(found).exists() and shutil.which(found) is None:
        pytest.fail("uv not found: run `make install`")
    return found


REDOC = ROOT / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"


def _run(command: list[str | Path], cwd: Path) -> str:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{command[0]} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _bundle(folder: Path) -> None:
    """`make bundle` into `folder`: the published files without the TypeScript types."""
    build(
        ROOT / "openapi" / "walletapp.yaml",
        [ROOT / "overlays" / "public.yaml"],
        folder,
        REDOC,
        attachments=ATTACH,
    )


def _dist(folder: Path) -> Path:
    _bundle(folder)
    _run(
        [
            ROOT / "node_modules" / ".bin" / "openapi-typescript",
            folder / "walletapp.openapi.yaml",
            "--redocly",
            ROOT / "tests" / "proof" / "typescript" / "redocly.yaml",
            "-o",
            folder / "walletapp.d.ts",
        ],
        ROOT,
    )
    return folder


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = _dist(tmp_path_factory.mktemp("dist"))
    build_packages(folder, CLIENT, _uv())
    return folder


def _published(dist: Path) -> Any:
    return load_document(dist / "walletapp.openapi.yaml")


def _one(dist: Path, pattern: str) -> Path:
    (found,) = dist.glob(pattern)
    return found


def test_every_package_is_listed_in_the_checksums(dist: Path) -> None:
    sums = dict(reversed(line.split("  ")) for line in (dist / "SHA256SUMS").read_text("utf-8").splitlines())
    version = _published(dist)["info"]["version"]
    packages = [f"walletapp-openapi-{version}.tgz", f"walletapp_client-{version}-py3-none-any.whl"]
    packages += [f"walletapp_client-{version}.tar.gz", "walletapp.d.ts", "walletapp.openapi.yaml"]
    for name in packages:
        assert sums[name] == hashlib.sha256((dist / name).read_bytes()).hexdigest(), name


def test_a_second_build_gives_the_same_bytes(dist: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    shutil.copytree(dist, again)
    for package in [*again.glob("*.tgz"), *again.glob("*.whl"), *again.glob("*.tar.gz")]:
        package.unlink()
    build_packages(again, CLIENT, _uv())
    for name in ("SHA256SUMS", "*.tgz", "*.whl", "*.tar.gz"):
        first, second = _one(dist, name), _one(again, name)
        assert first.read_bytes() == second.read_bytes(), first.name


def test_the_npm_package_installs_and_its_types_compile_in_a_clean_project(
    dist: Path, tmp_path: Path
) -> None:
    project = tmp_path / "consumer"
    project.mkdir()
    (project / "package.json").write_text('{"name": "consumer", "private": true}\n', encoding="utf-8")
    _run(
        ["npm", "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", _one(dist, "*.tgz")],
        project,
    )
    (project / "use.ts").write_text(
        'import { openapi, openapi30, openapiJson, types } from "walletapp-openapi";\n'
        'import type { components, webhooks } from "walletapp-openapi";\n'
        'type Body = webhooks["batchFinished"]["post"]["requestBody"]["content"]["application/json"];\n'
        'const failed: Body = { status: "failed", batch_id: "d6ed6ed8", error: "x" };\n'
        'export const event: components["schemas"]["BatchEvent"] = failed;\n'
        "export const files: string[] = [openapi, openapi30, openapiJson, types];\n",
        encoding="utf-8",
    )
    _run(
        [
            ROOT / "node_modules" / ".bin" / "tsc",
            "--strict",
            "--noEmit",
            "--module",
            "NodeNext",
            "--moduleResolution",
            "NodeNext",
            "use.ts",
        ],
        project,
    )
    paths = json.loads(
        _run(["node", "-e", 'console.log(JSON.stringify(require("walletapp-openapi")))'], project)
    )
    assert {key: Path(value).is_file() for key, value in paths.items()} == dict.fromkeys(paths, True)
    assert Path(paths["openapi"]).read_bytes() == (dist / "walletapp.openapi.yaml").read_bytes()


def test_the_wheel_installs_in_a_clean_virtualenv_and_parses_an_example(dist: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([_uv(), "venv", "--quiet", "--python", sys.executable, venv], tmp_path)
    python = venv / "bin" / "python"
    _run([_uv(), "pip", "install", "--quiet", "--offline", "--python", python, _one(dist, "*.whl")], tmp_path)
    document = _published(dist)
    example = document["paths"]["/passes"]["get"]["responses"]["200"]["content"]["application/json"][
        "examples"
    ]
    value = next(iter(example.values()))["value"]
    script = (
        "import json, sys, walletapp_client\n"
        "from walletapp_client.models import PassResponse\n"
        "parsed = PassResponse.from_dict(json.loads(sys.argv[1]))\n"
        "assert parsed.data.code == json.loads(sys.argv[1])['data']['code'], parsed\n"
        "print(walletapp_client.__file__)\n"
    )
    where = _run([python, "-c", script, json.dumps(value)], tmp_path)
    assert where.startswith(str(venv)), "the installed wheel was imported, not the workspace's client"


def test_the_sdist_holds_the_same_package_as_the_wheel(dist: Path) -> None:
    with zipfile.ZipFile(_one(dist, "*.whl")) as wheel:
        in_wheel = {n for n in wheel.namelist() if n.startswith("walletapp_client/") and not n.endswith("/")}
    with tarfile.open(_one(dist, "*.tar.gz")) as sdist:
        in_sdist = {name.split("/", 1)[1] for name in sdist.getnames() if "/walletapp_client/" in name}
    assert in_wheel and in_wheel == {name for name in in_sdist if "." in name.rsplit("/", 1)[-1]}


def test_the_npm_manifest_exports_every_file_and_the_types() -> None:
    manifest = package_json("2.3.4")
    assert manifest["version"] == "2.3.4" and manifest["name"] == "walletapp-openapi"
    exports = manifest["exports"]
    assert isinstance(exports, dict) and exports["."] == {"types": "./index.d.ts", "default": "./index.js"}
    assert "./walletapp.openapi-3.0.yaml" in exports
    assert 'export type { components, operations, paths, webhooks } from "./walletapp";' in index_d_ts()


def test_checksums_replace_a_listed_file_and_drop_vanished_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("new", encoding="utf-8")
    (tmp_path / "SHA256SUMS").write_text("old  a.txt\nold  gone.tgz\n", encoding="utf-8")
    list_in_sums(tmp_path, ["a.txt"])
    assert (tmp_path / "SHA256SUMS").read_text("utf-8") == f"{hashlib.sha256(b'new').hexdigest()}  a.txt\n"


def test_packing_without_the_types_says_to_run_make_proof(tmp_path: Path) -> None:
    _bundle(tmp_path)
    with pytest.raises(PackageError, match=r"walletapp.d.ts missing; run `make proof`"):
        build_packages(tmp_path, CLIENT, _uv())
