"""Which operations a contract run may call, so that pointing the suite at a live server is safe by default.

- Read-only operations (GET) always run.
- Every other operation writes, and runs only with `ALLOW_WRITES=1`. `POST /import/export`
  (`listMemberPoints`) only lists, but it is a POST that requires the write ability `members.store`;
  the suite cannot prove a live server has no side effect on it, so it is treated as a write.
- Dangerous operations run only when named in `CONTRACT_INCLUDE_DANGEROUS` (comma-separated
  operationIds, or `all`) and `ALLOW_WRITES=1` is set too. They are the operations the spec marks with
  `x-walletapp-side-effects` (openapi/EXTENSIONS.md): `irreversible` (deleteMember) and `sends-mail`
  (sendMail, createMailBatch, sendPassByEmail, importMembers), so a new one is kept away from live
  servers as soon as the spec marks it.

Against the project's own mock, everything runs (`Selection.everything`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ._operations import Operation

READ_ONLY_METHODS = frozenset({"GET"})
EFFECTS: Mapping[str, str] = {
    "irreversible": "cannot be undone",
    "sends-mail": "sends mail to real people",
}


def dangerous_operations(operations: Iterable[Operation]) -> dict[str, str]:
    """operationId -> why it is dangerous, for the operations the spec marks with side effects."""
    return {
        op.operation_id: ", ".join(EFFECTS.get(effect, effect) for effect in op.side_effects)
        for op in operations
        if op.side_effects
    }


class SelectionError(ValueError):
    """A knob names something the spec does not have; the message names the knob and the value."""


@dataclass(frozen=True, slots=True)
class Selection:
    """The operations a run may call and why the others are left out."""

    included: tuple[Operation, ...]
    excluded: Mapping[str, str]

    @property
    def operation_ids(self) -> frozenset[str]:
        return frozenset(op.operation_id for op in self.included)

    @classmethod
    def everything(cls, operations: Iterable[Operation]) -> Selection:
        return cls(tuple(operations), {})


def kind(op: Operation) -> str:
    """`read-only`, `write` or `dangerous`."""
    if op.side_effects:
        return "dangerous"
    return "read-only" if op.method in READ_ONLY_METHODS else "write"


def parse_names(raw: str | None) -> frozenset[str]:
    return frozenset(name.strip() for name in (raw or "").split(",") if name.strip())


def select(
    operations: Iterable[Operation], *, allow_writes: bool, dangerous: Iterable[str] = ()
) -> Selection:
    """The operations allowed by the safety rules (see the module docstring)."""
    operations = list(operations)
    risky = dangerous_operations(operations)
    named = frozenset(dangerous)
    known = {op.operation_id for op in operations}
    if "all" in named:
        named = frozenset(risky)
    unknown = sorted(named - known)
    if unknown:
        raise SelectionError(f"CONTRACT_INCLUDE_DANGEROUS: unknown operationId(s): {', '.join(unknown)}")
    not_dangerous = sorted(named - set(risky))
    if not_dangerous:
        raise SelectionError(
            f"CONTRACT_INCLUDE_DANGEROUS: not a dangerous operation: {', '.join(not_dangerous)} "
            f"(dangerous ones: {', '.join(sorted(risky))})"
        )
    if named and not allow_writes:
        raise SelectionError(
            "CONTRACT_INCLUDE_DANGEROUS needs ALLOW_WRITES=1: dangerous operations all write"
        )
    included, excluded = [], {}
    for op in operations:
        category = kind(op)
        if category == "dangerous" and op.operation_id not in named:
            excluded[op.operation_id] = (
                f"dangerous ({risky[op.operation_id]}): name it in CONTRACT_INCLUDE_DANGEROUS"
            )
        elif category != "read-only" and not allow_writes:
            excluded[op.operation_id] = "writes: set ALLOW_WRITES=1"
        else:
            included.append(op)
    return Selection(tuple(included), excluded)
