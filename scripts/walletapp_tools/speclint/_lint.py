"""Runs every check on a loaded spec and returns the findings in document order."""

from __future__ import annotations

from itertools import chain
from typing import Any

from ..docpages import Pages
from ._abilities import check_abilities
from ._docs import check_against_docs
from ._document import Document
from ._example_values import check_example_values
from ._examples import check_examples
from ._extensions import check_extensions
from ._finding import Finding
from ._inferences import check_inferences
from ._integers import check_integers
from ._operations import check_operations
from ._references import check_references
from ._sites import find_sites
from ._structure import check_structure
from ._tolerance import check_tolerance
from ._writeback import check_writeback


def lint_spec(
    spec: dict[str, Any],
    *,
    structure: bool = True,
    extensions: frozenset[str] = frozenset(),
    register: frozenset[str] | None = None,
    pages: Pages | None = None,
) -> list[Finding]:
    """All findings, each once. `structure=False` skips openapi-spec-validator (tests of one rule);
    `extensions` are the documented `x-` extensions (see `_extensions`); `register` the entries of
    DISCREPANCIES.md and `pages` the documentation pages: with a register, the inference rules run
    (`_inferences`, and `_docs` when the pages are given too); without one, the spec tracks no inferences."""
    document = Document(spec)
    sites = find_sites(document)
    inferences = () if register is None else check_inferences(document, register)
    against_docs = () if register is None or pages is None else check_against_docs(document, pages)
    findings = chain(
        check_structure(document) if structure else (),
        check_operations(document),
        check_abilities(document),
        check_references(document),
        check_extensions(document, extensions),
        sites.findings,
        check_examples(document.model, sites.examples),
        check_example_values(sites.examples),
        check_tolerance(document),
        check_integers(document),
        check_writeback(document),
        inferences,
        against_docs,
    )
    unique: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.pointer, finding.message), finding)
    return list(unique.values())
