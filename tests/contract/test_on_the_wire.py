"""What a live run actually sends, seen by a recording proxy in front of the mock: a read-only run sends
only reads (and the harmless probes), to the operations it selected, each with the token; with writes
allowed, no dangerous operation arrives. The suite's own report of what it sent is not trusted here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from walletapp_tools.contract import MockServer, dangerous_operations, load_operations

from tests.support.mutation import MOCK_ARGS, run_against
from tests.support.proxy import Proxy, Record

OPERATIONS = load_operations()
READS = {op.operation_id for op in OPERATIONS if op.method == "GET"}
DANGEROUS = set(dangerous_operations(OPERATIONS))
PROBES = {"OPTIONS", "TRACE", "QUERY"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(extra_args=MOCK_ARGS) as server:
        yield server


def run(mock: MockServer, *safety: str) -> tuple[int, str, list[Record]]:
    mock.reset()
    with Proxy(mock.base_url, OPERATIONS) as proxy:
        status, output = run_against(mock, proxy, safety=safety, max_examples=2)
    assert not proxy.errors, proxy.errors[:3]
    return status, output, list(proxy.records)


def with_token(records: list[Record], token: str) -> Counter[str]:
    return Counter(r.operation for r in records if r.operation and r.authorization == f"Bearer {token}")


DELIBERATE = ("Bearer SCHEMATHESIS-", "Bearer 999|contract-suite-unknown-token-")
"""The invalid tokens the suite sends on purpose: schemathesis' `ignored_auth` probe, the auth matrix."""


def probes_the_door(authorization: str | None) -> bool:
    """A request sent without the token on purpose: no credential, a known invalid one, or a generated
    header that is not a bearer credential at all (negative cases of the header)."""
    return (
        authorization is None
        or not authorization.startswith("Bearer ")
        or authorization.startswith(DELIBERATE)
    )


def assert_every_request_has_the_token_or_probes_the_door(records: list[Record], token: str) -> None:
    stray = Counter(
        (r.method, r.path, r.authorization)
        for r in records
        if r.authorization != f"Bearer {token}" and not probes_the_door(r.authorization)
    )
    assert not stray, f"requests with neither the token nor a deliberate probe: {stray.most_common(5)}"
    unrefused = [r for r in records if r.authorization != f"Bearer {token}" and r.status != 401]
    assert not unrefused, f"requests without the token answered other than 401: {unrefused[:5]}"


def test_a_read_only_run_sends_only_reads_each_with_the_token(mock: MockServer) -> None:
    status, output, records = run(mock)
    assert status == 0, output[-3000:]
    assert {r.method for r in records} <= {"GET", *PROBES}, Counter(r.method for r in records)
    called = {r.operation for r in records if r.operation is not None}
    assert called == READS, f"not selected but called: {called - READS}; never called: {READS - called}"
    authenticated = with_token(records, mock.demo_token)
    assert set(authenticated) == READS, f"never sent with the token: {READS - set(authenticated)}"
    assert_every_request_has_the_token_or_probes_the_door(records, mock.demo_token)
    for reason in ("writes: set ALLOW_WRITES=1", "dangerous (cannot be undone)"):
        assert reason in output


def test_allowing_writes_calls_writes_but_no_dangerous_operation(mock: MockServer) -> None:
    status, output, records = run(mock, "--allow-writes")
    assert status == 0, output[-3000:]
    called = {r.operation for r in records if r.operation is not None}
    assert called & DANGEROUS == set(), f"dangerous operations called: {called & DANGEROUS}"
    assert called == {op.operation_id for op in OPERATIONS} - DANGEROUS
    assert set(with_token(records, mock.demo_token)) == called
    assert_every_request_has_the_token_or_probes_the_door(records, mock.demo_token)
