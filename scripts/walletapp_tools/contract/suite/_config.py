"""The schemathesis configuration of a run: `schemathesis.toml` next to this file, plus what depends on the
run (base URL, seed, depth, the known ids behind the `[parameters]` bindings, the probes a live server may
get). The token is not part of it: the auth provider in `_run.py` adds it to each case."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import schemathesis

from .._context import RunContext
from .._operations import Operation
from .._prepare import NEUTRAL_WEBHOOK_URL

CONFIG_FILE = Path(__file__).with_name("schemathesis.toml")

LIVE_UNEXPECTED_METHODS = ["options", "trace", "query"]
"""Undeclared methods the coverage phase may send to a live server (for `unsupported_method`): only those
that cannot change anything, in case the server has routes the spec does not describe."""

OWN = {
    "members": "own_members",
    "emails": "own_emails",
    "pass_codes": "own_pass_codes",
    "storecard_pass_codes": "own_storecard_pass_codes",
}
"""A write draws the members and passes it names from what the run may change (on a live server: what it
created itself); without such values the binding is dropped and only generated values are sent."""


def load_raw() -> dict[str, Any]:
    with CONFIG_FILE.open("rb") as fd:
        return tomllib.load(fd)


def webhook_values(context: RunContext) -> list[str]:
    """The `webhook_url` of every generated batch request: the suite's receiver, never a random host."""
    return [f"{context.webhook_url}/generated" if context.webhook_url else NEUTRAL_WEBHOOK_URL]


def _for_writes(binding: dict[str, Any], values: dict[str, list[str]]) -> dict[str, Any] | None:
    name = binding["dictionary"]
    if name not in OWN:
        return binding
    return {**binding, "dictionary": OWN[name]} if OWN[name] in values else None


def body_bindings(bindings: dict[str, Any], values: dict[str, list[str]]) -> dict[str, Any]:
    """The body bindings: every operation with a body writes, so members and passes are the run's own."""
    kept = {key: _for_writes(binding, values) for key, binding in bindings.items() if key.startswith("body.")}
    return {key: binding for key, binding in kept.items() if binding is not None}


def operation_bindings(
    op: Operation, bindings: dict[str, Any], values: dict[str, list[str]]
) -> dict[str, Any]:
    """The query and path bindings of one operation: a GET reads the known data; anything else draws
    members and passes from the run's own, or from nothing."""
    kept = {
        key: binding if op.method == "GET" else _for_writes(binding, values)
        for key, binding in bindings.items()
        if not key.startswith("body.")
    }
    return {key: binding for key, binding in kept.items() if binding is not None}


def build(context: RunContext, operations: Iterable[Operation]) -> schemathesis.Config:
    data = load_raw()
    if context.live:
        data.setdefault("phases", {}).setdefault("coverage", {})["unexpected-methods"] = (
            LIVE_UNEXPECTED_METHODS
        )
    values = {**context.known.dictionaries(), "webhooks": webhook_values(context)}
    data["dictionaries"] = {name: {"values": entries} for name, entries in values.items()}
    bindings = {
        key: binding
        for key, binding in data.get("parameters", {}).items()
        if isinstance(binding, dict) and binding.get("dictionary") in values
    }
    data["parameters"] = body_bindings(bindings, values)
    for op in operations:
        scoped = operation_bindings(op, bindings, values)
        if scoped:
            data.setdefault("operations", []).append(
                {"include-operation-id": op.operation_id, "parameters": scoped}
            )
    data["base-url"] = context.base_url
    data["seed"] = context.seed
    data.setdefault("generation", {})["max-examples"] = context.max_examples
    return schemathesis.Config.from_dict(data, base_dir=str(CONFIG_FILE.parent))
