"""The server under test: the mock started for the session, or a live server named by CONTRACT_BASE_URL."""

from __future__ import annotations

from dataclasses import dataclass, field

from walletapp_tools.contract import MockServer, Operation, Selection, all_abilities

SPARE_TOKEN_PREFIX = "9|contract-all-but-"


def all_but_tokens(operations: list[Operation]) -> dict[str, frozenset[str]]:
    """One token per ability holding every other ability, for the auth matrix's 403 column."""
    abilities = all_abilities(operations)
    return {SPARE_TOKEN_PREFIX + ability: abilities - {ability} for ability in sorted(abilities)}


@dataclass
class Target:
    base_url: str
    token: str
    selection: Selection
    mock: MockServer | None = None
    all_but: dict[str, str] = field(default_factory=dict)
    """ability -> a token holding every ability but that one (only against the mock)."""

    @property
    def is_mock(self) -> bool:
        return self.mock is not None
