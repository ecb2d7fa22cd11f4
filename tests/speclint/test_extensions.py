"""Every `x-` extension must be documented in EXTENSIONS.md beside the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from walletapp_tools.speclint import lint_spec
from walletapp_tools.speclint._extensions import documented_extensions

OPERATION = "#/paths/~1members~1list/get"


def _extension_findings(spec: dict[str, Any], documented: frozenset[str]) -> list[tuple[str, str]]:
    return [
        (f.pointer, f.message)
        for f in lint_spec(spec, structure=False, extensions=documented)
        if "extension" in f.message
    ]


def test_undocumented_extension_is_reported_at_its_key(spec: dict[str, Any]) -> None:
    spec["paths"]["/members/list"]["get"]["x-rate-class"] = "cheap"

    assert _extension_findings(spec, frozenset()) == [
        (f"{OPERATION}/x-rate-class", "extension 'x-rate-class' is not documented in EXTENSIONS.md")
    ]


def test_documented_extension_passes(spec: dict[str, Any]) -> None:
    spec["paths"]["/members/list"]["get"]["x-rate-class"] = "cheap"

    assert _extension_findings(spec, frozenset({"x-rate-class"})) == []


def test_x_keys_inside_examples_and_property_names_are_data(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Member"]["properties"]["x-legacy-id"] = {"type": "string"}
    spec["components"]["examples"]["MemberPage"]["value"]["data"]["x-note"] = "kept"

    assert _extension_findings(spec, frozenset()) == []


def test_register_headings_name_the_documented_extensions(tmp_path: Path) -> None:
    (tmp_path / "EXTENSIONS.md").write_text(
        "# Extensions\n\n## `x-one`\ntext\n\n### `x-two`\n", encoding="utf-8"
    )

    assert documented_extensions(tmp_path / "spec.yaml") == {"x-one", "x-two"}


def test_no_register_documents_nothing(tmp_path: Path) -> None:
    assert documented_extensions(tmp_path / "spec.yaml") == frozenset()


def test_the_project_spec_documents_every_extension_it_uses() -> None:
    from walletapp_tools.spec import load_document

    spec_path = Path(__file__).parents[2] / "openapi" / "walletapp.yaml"
    findings = lint_spec(
        load_document(spec_path), structure=False, extensions=documented_extensions(spec_path)
    )
    assert [f.line() for f in findings if "extension" in f.message] == []
