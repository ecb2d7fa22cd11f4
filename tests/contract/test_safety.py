"""The safety rules for live servers (walletapp_tools.contract._safety): read-only by default, writes
with ALLOW_WRITES=1, dangerous operations only when named."""

from __future__ import annotations

import pytest
from walletapp_tools.contract import (
    EFFECTS,
    SelectionError,
    dangerous_operations,
    kind,
    load_operations,
    select,
)

OPERATIONS = load_operations()
DANGEROUS = dangerous_operations(OPERATIONS)


def ids(selection_ops: object) -> set[str]:
    return {op.operation_id for op in selection_ops}  # type: ignore[attr-defined]


def test_by_default_only_read_only_operations_are_called() -> None:
    selection = select(OPERATIONS, allow_writes=False)
    assert {op.method for op in selection.included} == {"GET"}
    assert ids(selection.included) | set(selection.excluded) == ids(OPERATIONS)
    assert all(reason for reason in selection.excluded.values())


def test_allow_writes_adds_writes_but_no_dangerous_operation() -> None:
    selection = select(OPERATIONS, allow_writes=True)
    assert "createCouponBatch" in selection.operation_ids
    assert "listMemberPoints" in selection.operation_ids
    assert not selection.operation_ids & set(DANGEROUS)
    assert set(selection.excluded) == set(DANGEROUS)


def test_a_named_dangerous_operation_is_the_only_one_added() -> None:
    selection = select(OPERATIONS, allow_writes=True, dangerous=["deleteMember"])
    assert selection.operation_ids & set(DANGEROUS) == {"deleteMember"}


def test_all_names_every_dangerous_operation() -> None:
    assert select(OPERATIONS, allow_writes=True, dangerous=["all"]).operation_ids == ids(OPERATIONS)


def test_dangerous_operations_need_allow_writes_too() -> None:
    with pytest.raises(SelectionError, match="needs ALLOW_WRITES=1"):
        select(OPERATIONS, allow_writes=False, dangerous=["sendMail"])


@pytest.mark.parametrize(
    ("name", "message"),
    [("dropDatabase", "unknown operationId"), ("listMembers", "not a dangerous operation")],
)
def test_a_wrong_name_is_one_clear_error(name: str, message: str) -> None:
    with pytest.raises(SelectionError, match=f"CONTRACT_INCLUDE_DANGEROUS: {message}.*{name}"):
        select(OPERATIONS, allow_writes=True, dangerous=[name])


def test_the_dangerous_operations_are_those_the_spec_marks() -> None:
    assert set(DANGEROUS) == {
        "deleteMember",
        "sendMail",
        "createMailBatch",
        "sendPassByEmail",
        "importMembers",
    }
    assert {effect for op in OPERATIONS for effect in op.side_effects} <= set(EFFECTS), "undocumented effect"


def test_irreversible_and_mailing_operations_are_dangerous() -> None:
    assert (
        kind(next(op for op in OPERATIONS if op.method == "DELETE" and op.path == "/members/{uuid}"))
        == "dangerous"
    )
    mailing = {op.operation_id for op in OPERATIONS if op.path in ("/mail", "/mails")}
    assert mailing <= set(DANGEROUS)
