"""The spec holds exactly the documented operations: same (method, path, ability) set, both ways.

The inventory (openapi/documented-operations.tsv) is written by hand from the docs' section headers; an
operation's ability is the scope list of its requirement on the spec's only http bearer scheme.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from walletapp_tools.spec import Spec, load_spec

ROOT = Path(__file__).resolve().parents[2]
INVENTORY = ROOT / "openapi" / "documented-operations.tsv"
SPEC = ROOT / "openapi" / "walletapp.yaml"

Row = tuple[str, str, str]


def inventory_rows() -> list[dict[str, str]]:
    text = INVENTORY.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def documented() -> set[Row]:
    return {(row["method"].upper(), row["path"], row["ability"]) for row in inventory_rows()}


def bearer_scheme(spec: dict[str, Any]) -> str:
    schemes: dict[str, dict[str, Any]] = spec.get("components", {}).get("securitySchemes", {})
    bearer = [
        name
        for name, scheme in schemes.items()
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
    ]
    assert len(bearer) == 1, f"expected exactly one http bearer security scheme, found {bearer}"
    return bearer[0]


def specified(spec: Spec) -> set[Row]:
    scheme = bearer_scheme(spec.document)
    rows = set()
    for operation in spec.operations():
        scopes = [
            scope
            for requirement in operation.security
            for name, scopes in requirement.schemes
            if name == scheme
            for scope in scopes
        ]
        rows.add((operation.method.upper(), operation.path, " ".join(scopes) or "(no bearer scope)"))
    return rows


def difference(expected: set[Row], actual: set[Row]) -> str:
    """Empty when the sets agree; else one line per operation under "missing from spec" and
    "not documented" (an ability mismatch shows the operation under both)."""
    lines = []
    for title, rows in (("missing from spec", expected - actual), ("not documented", actual - expected)):
        if rows:
            lines.append(f"{title}:")
            lines.extend(f"  {method} {path} [{ability}]" for method, path, ability in sorted(rows))
    return "\n".join(lines)


def test_spec_operations_are_exactly_the_documented_ones() -> None:
    assert SPEC.exists(), f"{SPEC.relative_to(ROOT)} does not exist yet"
    message = difference(documented(), specified(load_spec(SPEC)))

    assert message == "", f"the spec and {INVENTORY.relative_to(ROOT)} disagree:\n{message}"


def test_inventory_lists_the_34_documented_operations_once_each() -> None:
    assert len(inventory_rows()) == len(documented()) == 34


def test_difference_names_missing_and_undocumented_operations_and_ability_mismatches() -> None:
    spec = Spec(
        {
            "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
            "paths": {
                "/members": {"get": {"security": [{"token": ["members.store"]}]}},
                "/extra": {"post": {"security": [{"token": ["extra.store"]}]}},
            },
        }
    )
    expected = {("GET", "/members", "members.get"), ("DELETE", "/passes", "passes.get")}

    assert difference(expected, specified(spec)).splitlines() == [
        "missing from spec:",
        "  DELETE /passes [passes.get]",
        "  GET /members [members.get]",
        "not documented:",
        "  GET /members [members.store]",
        "  POST /extra [extra.store]",
    ]
