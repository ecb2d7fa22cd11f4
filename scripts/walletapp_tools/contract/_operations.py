"""The operations of the contract, read from the spec, so every list the tests walk follows the spec.

A new operation added to openapi/walletapp.yaml shows up here, and from here in the auth matrix, the
safety classification and the coverage checks of the client tests, without editing any test.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_SPEC = Path(__file__).resolve().parents[3] / "openapi" / "walletapp.yaml"
_METHODS = ("get", "put", "post", "delete", "patch")
_SafeLoader: type[Any] = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
"""libyaml's parser when PyYAML has it (same YAML as ``yaml.safe_load``, ten times faster): every test
module that lists the operations reads the spec at import."""


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec: what the auth matrix and the safety rules need to know about it."""

    operation_id: str
    method: str
    path: str
    abilities: tuple[str, ...]
    side_effects: tuple[str, ...] = ()
    """`x-walletapp-side-effects` (openapi/EXTENSIONS.md): `irreversible`, `sends-mail`."""

    @property
    def label(self) -> str:
        """The label schemathesis gives the operation (`GET /members/list`)."""
        return f"{self.method} {self.path}"


def load_document(spec: Path = DEFAULT_SPEC) -> dict[str, Any]:
    document = yaml.load(spec.read_text(encoding="utf-8"), Loader=_SafeLoader)  # a safe loader
    if not isinstance(document, dict):
        raise ValueError(f"{spec}: not an OpenAPI document")
    return document


def load_operations(spec: Path = DEFAULT_SPEC) -> list[Operation]:
    """The operations under `paths`, in document order (callbacks and webhooks are not served by the API)."""
    document = load_document(spec)
    default_security = document.get("security", [])
    operations = []
    for path, item in (document.get("paths") or {}).items():
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            security = op.get("security", default_security)
            abilities = tuple(
                scope for requirement in security for scopes in requirement.values() for scope in scopes
            )
            effects = tuple(op.get("x-walletapp-side-effects", ()))
            operations.append(Operation(op["operationId"], method.upper(), path, abilities, effects))
    return operations


def all_abilities(operations: list[Operation]) -> frozenset[str]:
    return frozenset(ability for op in operations for ability in op.abilities)
