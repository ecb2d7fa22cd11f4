"""The contract suite's schemathesis configuration (suite/schemathesis.toml and suite/_config.py): every
built-in check and phase stays on globally, every per-operation exception names operations of the spec
and gives its reason, and writes never draw real members or passes from the known data."""

from __future__ import annotations

import re

import pytest
from walletapp_tools.contract import Known, RunContext, load_operations
from walletapp_tools.contract.suite import _config

OPERATIONS = load_operations()
BUILT_IN_CHECKS = {
    "not_a_server_error", "status_code_conformance", "content_type_conformance",
    "response_headers_conformance", "response_schema_conformance", "negative_data_rejection",
    "positive_data_acceptance", "missing_required_header", "ignored_auth", "unsupported_method",
    "use_after_free", "ensure_resource_availability",
}  # fmt: skip


def context(*, live: bool = False, known: Known | None = None) -> RunContext:
    return RunContext(
        spec="openapi/walletapp.yaml", base_url="http://127.0.0.1:9", token="1|t", live=live,
        included=[op.operation_id for op in OPERATIONS], excluded={}, max_examples=3, seed=11,
        report_dir="reports", known=known or Known(), webhook_url="http://127.0.0.1:8/hooks",
    )  # fmt: skip


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
    known = {op.operation_id for op in OPERATIONS}
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


def test_the_run_sets_url_depth_and_seed() -> None:
    project = _config.build(context(), OPERATIONS).projects.get_default()
    assert project.base_url == "http://127.0.0.1:9"
    assert project.generation.max_examples == 3


def test_a_live_run_sends_only_harmless_undeclared_methods() -> None:
    methods = (
        _config.build(context(live=True), OPERATIONS)
        .projects.get_default()
        .phases.coverage.unexpected_methods
    )
    assert set(methods) <= {"options", "trace", "query", "head"}


@pytest.mark.parametrize("own", [True, False], ids=["with own data", "without own data"])
def test_writes_never_draw_real_members_or_passes(own: bool) -> None:
    known = Known(brands=["b"], members=["real"], emails=["real@example.com"], pass_codes=["REAL"])
    if own:
        known.own_members, known.own_emails, known.own_pass_codes = ["mine"], ["mine@example.com"], ["MINE"]
    values = known.dictionaries()
    bindings = _config.load_raw()["parameters"]
    by_id = {op.operation_id: op for op in OPERATIONS}

    def scoped(operation_id: str) -> dict[str, str]:
        found = _config.operation_bindings(by_id[operation_id], bindings, values)
        return {key: binding["dictionary"] for key, binding in found.items()}

    assert scoped("listMemberCoupons")["path.uuid"] == "members"
    assert scoped("getPass")["query.pass_code"] == "pass_codes"
    assert scoped("deleteMember").get("path.uuid") == ("own_members" if own else None)
    assert scoped("deletePass").get("query.email") == ("own_emails" if own else None)
    body = {binding["dictionary"] for binding in _config.body_bindings(bindings, values).values()}
    assert not body & {"members", "emails", "pass_codes", "storecard_pass_codes"}
    assert ("own_members" in body) is own


def test_an_exception_applies_to_its_operations_only() -> None:
    import schemathesis

    config = _config.build(context(), OPERATIONS)
    schema = schemathesis.openapi.from_path("openapi/walletapp.yaml", config=config)

    def expected(operation_id: str) -> list[str]:
        operation = schema.find_operation_by_id(operation_id)
        return schema.config.checks_config_for(
            operation=operation, phase="fuzzing"
        ).positive_data_acceptance.expected_statuses

    assert "422" in expected("getMemberPassCodes")
    assert "422" not in expected("listMembers")
