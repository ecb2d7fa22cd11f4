"""The operations of the contract, read from the spec, so every list the tests walk follows the spec.

A new operation added to openapi/walletapp.yaml shows up here, and from here in the auth matrix, the
safety classification and the coverage checks of the client tests, without editing any test. The spec
is read through :mod:`walletapp_tools.spec`, as every other tool reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..spec import WALLETAPP_SPEC, load_spec

DEFAULT_SPEC = WALLETAPP_SPEC
"""The contract shipped with the package (openapi/walletapp.yaml in a checkout)."""


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec: what the auth matrix and the safety rules need to know about it."""

    operation_id: str
    method: str
    path: str
    abilities: tuple[str, ...]
    """Every ability any of its security requirements names."""
    side_effects: tuple[str, ...] = ()
    """`x-walletapp-side-effects` (openapi/EXTENSIONS.md): `irreversible`, `sends-mail`."""

    @property
    def label(self) -> str:
        """The label schemathesis gives the operation (`GET /members/list`)."""
        return f"{self.method} {self.path}"


def load_document(spec: Path = DEFAULT_SPEC) -> dict[str, Any]:
    """The spec as a JSON value; raises `walletapp_tools.spec.SpecError` naming the file."""
    return load_spec(spec).document


def load_operations(spec: Path = DEFAULT_SPEC) -> list[Operation]:
    """The operations under `paths`, in document order (callbacks and webhooks are not served by the API)."""
    return [
        Operation(
            operation_id=str(operation.operation_id),
            method=operation.method.upper(),
            path=operation.path,
            abilities=operation.abilities,
            side_effects=tuple(operation.node.get("x-walletapp-side-effects", ())),
        )
        for operation in load_spec(spec).operations()
    ]


def all_abilities(operations: list[Operation]) -> frozenset[str]:
    return frozenset(ability for op in operations for ability in op.abilities)
