"""The rules of tests/contract/schemathesis.toml: every built-in check and every phase stays on globally,
and every per-operation exception names operations of the spec and gives its reason."""

from __future__ import annotations

import re

from walletapp_tools.contract import load_operations

from . import _config

BUILT_IN_CHECKS = {
    "not_a_server_error", "status_code_conformance", "content_type_conformance",
    "response_headers_conformance", "response_schema_conformance", "negative_data_rejection",
    "positive_data_acceptance", "missing_required_header", "ignored_auth", "unsupported_method",
    "use_after_free", "ensure_resource_availability",
}  # fmt: skip


def test_every_check_and_every_phase_is_enabled_globally() -> None:
    raw = _config.load_raw()
    assert raw["checks"]["enabled"] is True
    disabled = {
        name
        for name, value in raw["checks"].items()
        if isinstance(value, dict) and not value.get("enabled", True)
    }
    assert not disabled & BUILT_IN_CHECKS, f"checks turned off for every operation: {sorted(disabled)}"
    assert {name for name, phase in raw["phases"].items() if phase.get("enabled") is True} == {
        "examples", "coverage", "fuzzing", "stateful",
    }  # fmt: skip


def test_every_exception_names_spec_operations() -> None:
    known = {op.operation_id for op in load_operations()}
    for entry in _config.load_raw().get("operations", []):
        ids = entry["include-operation-id"]
        ids = [ids] if isinstance(ids, str) else ids
        assert set(ids) <= known, f"unknown operationId(s) in schemathesis.toml: {sorted(set(ids) - known)}"


def test_every_exception_gives_its_reason() -> None:
    lines = _config.CONFIG_FILE.read_text(encoding="utf-8").splitlines()
    starts = [n for n, line in enumerate(lines) if line.strip() == "[[operations]]"]
    assert len(starts) == len(_config.load_raw().get("operations", []))
    for start in starts:
        comment: list[str] = []
        for line in reversed(lines[:start]):
            if not line.startswith("#"):
                break
            comment.insert(0, line)
        assert comment and re.match(r"# reason: \S", comment[0]), (
            f"line {start + 1}: no `# reason:` comment above"
        )


def test_an_exception_applies_to_its_operations_only() -> None:
    from ._schema import schema

    def expected(operation_id: str) -> list[str]:
        operation = schema.find_operation_by_id(operation_id)
        checks = schema.config.checks_config_for(operation=operation, phase="fuzzing")
        return checks.positive_data_acceptance.expected_statuses

    assert "422" in expected("getMemberPassCodes")
    assert "422" not in expected("listMembers")
