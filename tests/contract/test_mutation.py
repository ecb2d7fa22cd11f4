"""The contract suite catches planted server bugs (a fast subset of `make mutation`, which runs the whole
suite against every bug): one bug of each family, each run against the part of the suite meant to catch
it, through the fault-injecting proxy in front of the mock. The clean run through the same proxy passes
(in `test_on_the_wire.py`), so a failure here is the bug's doing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from walletapp_tools.contract import MockServer

from tests.support.faults import MUTANTS
from tests.support.mutation import MOCK_ARGS, run_with_fault

QUICK = ("total-counts-the-page", "webhook-delivered-twice", "points-not-saved", "getpass-without-code")
"""Paginators, webhooks, writes not saved, answers breaking the schema."""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(extra_args=MOCK_ARGS) as server:
        yield server


@pytest.mark.parametrize("name", QUICK)
def test_a_planted_bug_fails_the_run(name: str, mock: MockServer) -> None:
    mutant = MUTANTS[name]
    status, output = run_with_fault(mock, mutant.fault, max_examples=2, pytest_args=("-k", mutant.quick))
    assert status == 1, f"{name} survived (exit {status}):\n{output[-2000:]}"


def test_every_bug_has_a_realistic_description_and_a_part_of_the_suite() -> None:
    assert len(MUTANTS) >= 15
    assert all(m.fault.description and m.quick for m in MUTANTS.values())
