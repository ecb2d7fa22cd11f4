"""Rule 4: every inference is marked with x-walletapp-inferred and registered in DISCREPANCIES.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.speclint._register import register_entries

from .conftest import PROJECT_SPEC, project_findings

LIST = "GET /members/list (listMembers)"
PAGE = "#/components/parameters/PageQuery"


def test_the_project_spec_marks_and_registers_every_inference(project: dict[str, Any]) -> None:
    assert project_findings(project) == []


def test_the_register_lists_its_d_entries_and_not_its_tooling_entries() -> None:
    entries = register_entries(PROJECT_SPEC)

    assert entries is not None
    assert {"D01", "D18a", "D61"} <= entries
    assert not {e for e in entries if e.startswith("T")}


def test_no_register_beside_the_spec_means_no_inference_rules(tmp_path: Path) -> None:
    assert register_entries(tmp_path / "spec.yaml") is None


def test_a_marker_naming_a_missing_entry_is_reported_at_the_marker(project: dict[str, Any]) -> None:
    project["components"]["parameters"]["PageQuery"]["x-walletapp-inferred"] = ["D12", "D99"]

    assert (
        "components/parameters/PageQuery",
        f"{PAGE}/x-walletapp-inferred",
        "x-walletapp-inferred names D99, which is not an entry of DISCREPANCIES.md",
    ) in project_findings(project)


@pytest.mark.parametrize("value", ["see D12", [], ["D12", 7], "d12"])
def test_a_marker_that_names_no_entry_is_reported(project: dict[str, Any], value: Any) -> None:
    project["components"]["parameters"]["PageQuery"]["x-walletapp-inferred"] = value

    messages = [m for _, p, m in project_findings(project) if p == f"{PAGE}/x-walletapp-inferred"]

    assert messages and "must name register entries" in messages[0]


def test_an_entry_no_marker_names_is_reported(project: dict[str, Any]) -> None:
    register = register_entries(PROJECT_SPEC)
    assert register is not None

    found = project_findings(project, register | {"D62"})

    assert found == [
        (
            "DISCREPANCIES.md",
            "#",
            "entry D62 is named by no x-walletapp-inferred in the spec: mark what it decides",
        )
    ]


def test_removing_the_only_marker_of_an_entry_is_reported(project: dict[str, Any]) -> None:
    del project["paths"]["/members/list"]["get"]["x-walletapp-inferred"]  # [D01, D09]; D01 is only here

    found = project_findings(project)

    assert (
        "DISCREPANCIES.md",
        "#",
        "entry D01 is named by no x-walletapp-inferred in the spec: mark what it decides",
    ) in found


def test_a_description_that_says_inferred_needs_a_marker(project: dict[str, Any]) -> None:
    operation = project["paths"]["/templates/{id}"]["get"]
    operation["description"] += " The templates are cached for a minute (inferred)."

    assert project_findings(project) == [
        (
            "GET /templates/{id} (getTemplate)",
            "#/paths/~1templates~1{id}/get/description",
            "the description says this is inferred but nothing here carries x-walletapp-inferred",
        )
    ]


def test_a_marker_on_the_operation_covers_its_inline_parts(project: dict[str, Any]) -> None:
    operation = project["paths"]["/templates/{id}"]["get"]
    operation["responses"]["200"]["description"] = "The template (an undocumented cache may serve it)."
    operation["x-walletapp-inferred"] = "D08"

    assert project_findings(project) == []


def test_an_unmarked_error_response_is_reported_where_it_is_defined(project: dict[str, Any]) -> None:
    del project["components"]["responses"]["TooManyRequests"]["x-walletapp-inferred"]
    project["components"]["responses"]["TooManyRequests"]["description"] = "The token sent too many requests."

    found = {(where, pointer, message) for where, pointer, message in project_findings(project)}

    assert (
        LIST,
        "#/components/responses/TooManyRequests",
        "error response 429 is not documented by the pages: mark it with x-walletapp-inferred",
    ) in found
