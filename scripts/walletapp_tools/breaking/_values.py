"""Comparing scalar schemas by the values they admit, where their shapes differ.

A scalar schema (or a union of them) is cut into leaves, one JSON type each with the constraints that
apply to it: `{type: [string, 'null'], format: date-time}` is `string (format date-time) | null`, and
`anyOf: [{$ref: PassStatus}, {type: string}]` is `string (enum [...]) | string`. A leaf covers another
when it admits every value the other admits, judged by the keywords (no constraint, or the same
format, pattern or enum, or wider bounds). When no leaf covers, the question "does the new schema accept
every value the old one did?" is put to values generated from the old leaf (hypothesis: `from_regex` for
a pattern, dates and date-times for those formats, the enum's values...), derandomized, so the answer is
the same on every run: a counterexample proves a narrowing, none among `SAMPLES` values is taken as
containment (a pattern rewritten into a wider one, a date that became a `Timestamp`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample
from jsonschema import Draft202012Validator

from ..spec import Spec, format_checker

SCALARS = frozenset({"string", "number", "integer", "boolean", "null"})
SAMPLES = 200
_KEYWORDS = {
    "string": ("enum", "const", "format", "pattern", "minLength", "maxLength"),
    "integer": ("enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    "number": ("enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    "boolean": ("enum", "const"),
    "null": (),
}
_INTEGER_FORMATS = {"int32": 31, "int64": 63}
# Formats that admit no empty string: `format: uuid` already says what `minLength: 1` would.
NON_EMPTY_FORMATS = frozenset(
    {"uuid", "date", "date-time", "email", "uri", "time", "hostname", "ipv4", "ipv6"}
)
_CHECKER = format_checker()
_SETTINGS = settings(
    max_examples=SAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)


@dataclass(frozen=True)
class Leaf:
    kind: str
    constraints: tuple[tuple[str, Any], ...]

    def get(self, keyword: str) -> Any:
        return dict(self.constraints).get(keyword)

    def schema(self) -> dict[str, Any]:
        return {"type": self.kind, **dict(self.constraints)}

    def __str__(self) -> str:
        implied = self.get("format") in NON_EMPTY_FORMATS  # minLength 1 is the format's, not written
        shown = [
            f"{k} {v!r}" if k != "pattern" else "pattern"
            for k, v in self.constraints
            if not (implied and (k, v) == ("minLength", 1))
        ]
        return f"{self.kind} ({', '.join(shown)})" if shown else self.kind


def leaves(resolver: Spec, schema: Any, depth: int = 0) -> list[Leaf] | None:
    """The leaves of a scalar schema or union of scalars; None when it holds an object or array (or a
    schema too deep to flatten): those are compared keyword by keyword instead."""
    schema = resolver.resolve(schema)[0]
    if not isinstance(schema, dict) or depth > 10:
        return None
    branches = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(branches, list) and "type" not in schema:
        found: list[Leaf] = []
        for branch in branches:
            part = leaves(resolver, branch, depth + 1)
            if part is None:
                return None
            found.extend(part)
        return found
    declared = schema.get("type")
    kinds = [declared] if isinstance(declared, str) else declared if isinstance(declared, list) else None
    if kinds is None and "const" in schema:
        kinds = sorted({_kind_of(schema["const"])})
    if kinds is None and isinstance(schema.get("enum"), list):
        kinds = sorted({_kind_of(value) for value in schema["enum"]})
    if not kinds or not set(kinds) <= SCALARS:
        return None
    return [Leaf(kind, _constraints(schema, kind)) for kind in kinds]


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return "number" if isinstance(value, float) else "string"


def _constraints(schema: dict[str, Any], kind: str) -> tuple[tuple[str, Any], ...]:
    found = {k: schema[k] for k in _KEYWORDS[kind] if k in schema}

    def fits(value: Any) -> bool:
        return _kind_of(value) == kind or (kind == "number" and _kind_of(value) == "integer")

    if "enum" in found:
        found["enum"] = [value for value in found["enum"] if fits(value)]
    if "const" in found and not fits(found["const"]):
        del found["const"]
    if kind == "integer" and schema.get("format") in _INTEGER_FORMATS:
        bits = _INTEGER_FORMATS[schema["format"]]
        found["minimum"] = max(found.get("minimum", -(2**bits)), -(2**bits))
        found["maximum"] = min(found.get("maximum", 2**bits - 1), 2**bits - 1)
    if kind == "string" and found.get("format") in NON_EMPTY_FORMATS:
        found["minLength"] = max(found.get("minLength", 1), 1)
    return tuple(sorted(found.items()))


def covers(wide: Leaf, narrow: Leaf) -> bool:
    """Whether `wide` admits every value `narrow` admits, judged by the keywords alone."""
    if wide.kind != narrow.kind and not (wide.kind == "number" and narrow.kind == "integer"):
        return False
    for keyword, value in wide.constraints:
        theirs = narrow.get(keyword)
        if keyword in ("enum", "const"):
            allowed = value if keyword == "enum" else [value]
            listed = narrow.get("enum") or (
                [narrow.get("const")] if narrow.get("const") is not None else None
            )
            if listed is None or any(v not in allowed for v in listed):
                return False
        elif keyword in ("minimum", "exclusiveMinimum", "minLength"):
            if theirs is None or theirs < value:
                return False
        elif keyword in ("maximum", "exclusiveMaximum", "maxLength"):
            if theirs is None or theirs > value:
                return False
        elif theirs != value:  # format, pattern, multipleOf
            return False
    return True


class Undecided(Exception):
    """No values can be generated for this leaf (a format this module does not know)."""


def counterexample(old: Leaf, new: list[Leaf]) -> tuple[bool, Any]:
    """(True, a value `old` admits that no leaf of `new` admits), or (False, None) when none of
    `SAMPLES` generated values is one. Raises Undecided when no value of `old` can be generated."""
    old_validator = Draft202012Validator(old.schema(), format_checker=_CHECKER)
    new_validators = [Draft202012Validator(leaf.schema(), format_checker=_CHECKER) for leaf in new]
    strategy = _values(old).filter(old_validator.is_valid)
    try:
        found = find(
            strategy, lambda value: not any(v.is_valid(value) for v in new_validators), settings=_SETTINGS
        )
    except NoSuchExample:
        return False, None
    return True, found


def _values(leaf: Leaf) -> st.SearchStrategy[Any]:
    listed = leaf.get("enum") or ([leaf.get("const")] if leaf.get("const") is not None else None)
    if listed:
        return st.sampled_from(listed)
    if leaf.kind == "null":
        return st.none()
    if leaf.kind == "boolean":
        return st.booleans()
    if leaf.kind in ("integer", "number"):
        low = leaf.get("minimum")
        high = leaf.get("maximum")
        integers = st.integers(min_value=low, max_value=high)
        return (
            integers if leaf.kind == "integer" else st.one_of(integers, st.floats(low, high, allow_nan=False))
        )
    if leaf.get("pattern") is not None:
        return st.from_regex(leaf.get("pattern"), fullmatch=True)
    return _formats(leaf.get("format"))


def _formats(name: str | None) -> st.SearchStrategy[Any]:
    zones = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))])
    known: dict[str | None, st.SearchStrategy[Any]] = {
        None: st.text(),
        "date": st.dates().map(lambda d: d.isoformat()),
        "date-time": st.datetimes(timezones=zones).map(lambda d: d.isoformat().replace("+00:00", "Z")),
        "uuid": st.uuids().map(str),
        "email": st.emails(),
        "uri": st.from_regex(r"https://[a-z]{1,12}\.example/[a-z0-9/]{0,12}", fullmatch=True),
    }
    if name not in known:
        raise Undecided(f"format {name!r}")
    return known[name]
