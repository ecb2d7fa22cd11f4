"""The reader of openapi/sources finds every documented operation with its ability, fields and examples."""

from __future__ import annotations

import csv
from pathlib import Path

from walletapp_tools.docpages import load_pages

ROOT = Path(__file__).resolve().parents[2]


def test_every_section_of_the_inventory_is_read_with_its_ability() -> None:
    lines = [
        line
        for line in (ROOT / "openapi" / "documented-operations.tsv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    inventory = {(row["method"], row["ability"]) for row in csv.DictReader(lines, delimiter="\t")}
    sections = load_pages(ROOT / "openapi" / "sources").sections

    assert len(sections) == 34
    assert {(s.method, a) for s in sections for a in s.abilities} == inventory
    assert all(len(s.abilities) == 1 for s in sections)


def test_fields_keep_the_pages_type_and_requiredness() -> None:
    sections = {s.label: s for s in load_pages(ROOT / "openapi" / "sources").sections}
    fields = {f.name: f for f in sections["PUT /passes"].fields}

    assert (fields["expiration_date"].type, fields["expiration_date"].required) == ("timestamp", True)
    assert "Can be ['active', 'expired', 'redeemed', 'blocked']" in fields["status"].description
    unmarked = {f.name: f.required for f in sections["POST /passes"].fields}
    assert (unmarked["pass_title"], unmarked["email"]) == (None, True)
