"""Runs every check on a loaded spec and returns the findings in document order."""

from __future__ import annotations

from itertools import chain
from typing import Any

from ._document import Document
from ._example_values import check_example_values
from ._examples import check_examples
from ._extensions import check_extensions
from ._finding import Finding
from ._operations import check_operations
from ._references import check_references
from ._sites import find_sites
from ._structure import check_structure


def lint_spec(
    spec: dict[str, Any], *, structure: bool = True, extensions: frozenset[str] = frozenset()
) -> list[Finding]:
    """All findings, each once. `structure=False` skips openapi-spec-validator (tests of one rule);
    `extensions` are the documented `x-` extensions (see `_extensions`)."""
    document = Document(spec)
    sites = find_sites(document)
    findings = chain(
        check_structure(document) if structure else (),
        check_operations(document),
        check_references(document),
        check_extensions(document, extensions),
        sites.findings,
        check_examples(document.model, sites.examples),
        check_example_values(sites.examples),
    )
    unique: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.pointer, finding.message), finding)
    return list(unique.values())
