"""What the suite needs to know about the run, prepared before pytest starts.

`walletapp-contract` probes the server, selects the operations, discovers (or, with writes allowed,
creates) the data the positive cases need, then writes a `RunContext` as JSON and points the suite at it
through the environment variable `WALLETAPP_CONTRACT_RUN`. The suite reads it when its tests are
collected, which is when schemathesis builds its test cases: the token and the known ids must be known
then, or the cases are built without them.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ENV_VAR = "WALLETAPP_CONTRACT_RUN"


class ContextError(Exception):
    """The suite was started without a usable run context; the message says how to start it."""


@dataclass
class Known:
    """Values that exist on the server under test, for positive cases and scenarios.

    `members`, `emails` and `pass_codes` are read from the server; the `own_` lists are what this run may
    change (on the mock: everything; on a live server: only what the run created itself), so that a write
    never lands on a real customer's member or pass.
    """

    brands: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    pass_codes: list[str] = field(default_factory=list)
    storecard_pass_codes: list[str] = field(default_factory=list)
    coupons: list[str] = field(default_factory=list)
    storecards: list[str] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    own_members: list[str] = field(default_factory=list)
    own_emails: list[str] = field(default_factory=list)
    own_pass_codes: list[str] = field(default_factory=list)
    own_storecard_pass_codes: list[str] = field(default_factory=list)
    batches: dict[str, str] = field(default_factory=dict)
    """batch kind (`coupons`, `storecards`, `points`, `mails`) -> the id of a batch of that kind."""

    def dictionaries(self) -> dict[str, list[str]]:
        """Non-empty lists by name, for schemathesis.toml's `[parameters]` bindings."""
        values = {name: list(value) for name, value in asdict(self).items() if isinstance(value, list)}
        values["batches"] = sorted(set(self.batches.values()))
        return {name: value for name, value in values.items() if value}


@dataclass
class RunContext:
    spec: str
    base_url: str
    token: str
    live: bool
    included: list[str]
    """operationIds the run calls."""
    excluded: dict[str, str]
    """operationId -> why it is not called."""
    max_examples: int
    seed: int
    report_dir: str
    known: Known = field(default_factory=Known)
    request_seconds: float = 60.0
    """Total time one request may take (`_limits.deadline`)."""
    max_response_bytes: int = 32 * 1024 * 1024
    deadline_minutes: float = 60.0
    """Total time of the run's tests."""
    webhook_listen: str | None = None
    """HOST:PORT of the suite's webhook receiver, or None when webhook checks cannot run."""
    webhook_url: str | None = None
    """The URL the server is given to reach that receiver."""
    webhook_note: str = ""
    """Why webhook checks are skipped, when they are."""
    mock_url: str | None = None
    """The mock's own URL when the server under test is the project's mock (its `/__mock` routes)."""
    all_but: dict[str, str] = field(default_factory=dict)
    """ability -> a token holding every ability but that one (only the mock can issue them)."""
    notes: list[str] = field(default_factory=list)
    """What the preparation could not find or do, for the summary."""

    @property
    def target(self) -> str:
        return "the mock" if self.mock_url is not None else self.base_url

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")
        os.chmod(path, 0o600)

    @classmethod
    def read(cls, path: Path) -> RunContext:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        data["known"] = Known(**data.get("known", {}))
        return cls(**data)

    @classmethod
    def from_environment(cls) -> RunContext:
        raw = os.environ.get(ENV_VAR, "")
        if not raw:
            raise ContextError(
                f"{ENV_VAR} is not set: run the suite with `walletapp-contract` (or `make contract`)"
            )
        try:
            return cls.read(Path(raw))
        except (OSError, ValueError, TypeError) as exc:
            raise ContextError(f"{ENV_VAR}={raw}: not a run context ({exc})") from None
