"""The run's settings: where the server is, which token, which operations, how deep.

Knobs (environment variables; `make contract` sets them from its make variables):

- CONTRACT_BASE_URL           the server to test; unset: the suite starts the mock on a free port
- WALLETAPP_TOKEN             bearer token for CONTRACT_BASE_URL (the mock's demo token otherwise)
- ALLOW_WRITES=1              also call operations that write (live servers only; the mock gets all)
- CONTRACT_INCLUDE_DANGEROUS  operationIds of dangerous operations to call too (with ALLOW_WRITES=1)
- CONTRACT_MAX_EXAMPLES       fuzzing examples per operation and stateful scenarios (default 10)
- CONTRACT_SEED               seed of the data generation (default 1; `random` for a fresh one)
- CONTRACT_BRAND_ID           a brand of the live server, so positive cases reach real data
"""

from __future__ import annotations

import os
import random
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis

CONFIG_FILE = Path(__file__).with_name("schemathesis.toml")
DEFAULT_MAX_EXAMPLES = 10
DEFAULT_SEED = 1


class KnobError(ValueError):
    """A knob has a value the suite cannot use; the message names the knob."""


@dataclass(frozen=True, slots=True)
class Knobs:
    base_url: str | None
    token: str | None
    allow_writes: bool
    dangerous: str
    max_examples: int
    seed: int
    brand_id: str | None = None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Knobs:
        env = dict(os.environ if env is None else env)
        raw_max = env.get("CONTRACT_MAX_EXAMPLES", "") or str(DEFAULT_MAX_EXAMPLES)
        if not raw_max.isdigit() or int(raw_max) < 1:
            raise KnobError(f"CONTRACT_MAX_EXAMPLES must be a positive integer, not {raw_max!r}")
        raw_seed = env.get("CONTRACT_SEED", "") or str(DEFAULT_SEED)
        if raw_seed == "random":
            seed = random.SystemRandom().randrange(2**32)
        elif raw_seed.isdigit():
            seed = int(raw_seed)
        else:
            raise KnobError(f"CONTRACT_SEED must be a non-negative integer or `random`, not {raw_seed!r}")
        base_url = env.get("CONTRACT_BASE_URL", "").strip() or None
        token = env.get("WALLETAPP_TOKEN", "").strip() or None
        if base_url is not None:
            if not base_url.startswith(("http://", "https://")):
                raise KnobError(f"BASE_URL must be an http:// or https:// URL, not {base_url!r}")
            if token is None:
                raise KnobError("WALLETAPP_TOKEN is required with BASE_URL")
        return cls(
            base_url=base_url.rstrip("/") if base_url else None,
            token=token,
            allow_writes=env.get("ALLOW_WRITES", "") in ("1", "true", "yes"),
            dangerous=env.get("CONTRACT_INCLUDE_DANGEROUS", ""),
            max_examples=int(raw_max),
            seed=seed,
            brand_id=env.get("CONTRACT_BRAND_ID", "").strip() or None,
        )


def load_raw() -> dict[str, Any]:
    with CONFIG_FILE.open("rb") as fd:
        return tomllib.load(fd)


# Undeclared methods the coverage phase may send to a live server (for unsupported_method): only those
# that cannot change anything, in case the server has routes the spec does not describe.
LIVE_UNEXPECTED_METHODS = ["options", "trace", "query"]


def build(
    *,
    base_url: str,
    max_examples: int,
    seed: int,
    dictionaries: dict[str, list[str]] | None = None,
    live: bool = False,
) -> schemathesis.Config:
    """This file's settings plus those of the run. The token is not part of it: the suite's auth
    provider (tests/contract/_schema.py) adds it to each request, so it never sits in a config."""
    data = load_raw()
    if live:
        coverage = data.setdefault("phases", {}).setdefault("coverage", {})
        coverage["unexpected-methods"] = LIVE_UNEXPECTED_METHODS
    values = {name: entries for name, entries in (dictionaries or {}).items() if entries}
    data["dictionaries"] = {name: {"values": entries} for name, entries in values.items()}
    data["parameters"] = {
        key: binding
        for key, binding in data.get("parameters", {}).items()
        if not isinstance(binding, dict) or binding.get("dictionary") in values
    }
    data["base-url"] = base_url
    data["seed"] = seed
    data.setdefault("generation", {})["max-examples"] = max_examples
    return schemathesis.Config.from_dict(data, base_dir=str(CONFIG_FILE.parent))
