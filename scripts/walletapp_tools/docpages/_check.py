"""Every JSON example of the pages, placeholders filled by kind, validated against the matching part
of the spec: a request example against the operation's request body (or, for GET and DELETE, its
query parameters: spec D09), a response example against its `200` response, a webhook example against
the `batchFinished` webhook's payload.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from jsonschema.exceptions import best_match

from ..spec import HTTP_METHODS, SpecSchemas, escape
from ._jsonish import NotJson, Pairs, parse
from ._kinds import PLACEHOLDER, UnknownPlaceholder, kind_of
from ._pages import Example, Pages

JSON = "application/json"
WEBHOOK = "batchFinished"
_PARAMETER = re.compile(r"\{[^}]*\}|:[A-Za-z_]+")


@dataclass(frozen=True)
class Checked:
    """An example that was validated; `problems` is empty when the spec accepts it."""

    example: Example
    target: str
    value: Any
    repairs: tuple[str, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class Unusable:
    example: Example
    reason: str


@dataclass
class Report:
    checked: list[Checked] = field(default_factory=list)
    unusable: list[Unusable] = field(default_factory=list)

    @property
    def rejected(self) -> list[Checked]:
        return [item for item in self.checked if item.problems]

    def lines(self) -> list[str]:
        """A readable account: what was checked, what was rejected, what could not be used and why."""
        out = [
            f"{len(self.checked)} docs examples checked, {len(self.rejected)} rejected by the spec, "
            f"{len(self.unusable)} unusable"
        ]
        out += [
            f"rejected: {item.example.label} -> {item.target}: {p}"
            for item in self.rejected
            for p in item.problems
        ]
        out += [f"unusable: {item.example.label}: {item.reason}" for item in self.unusable]
        return out


def fill(value: Any, role: str) -> Any:
    """`value` (as `_jsonish.parse` returns it) with each placeholder replaced by a value of its kind."""
    if isinstance(value, Pairs):
        seen: Counter[str] = Counter()
        filled: dict[str, Any] = {}
        for key, item in value.items:
            new_key = key
            whole = PLACEHOLDER.fullmatch(key)
            if whole:
                new_key = str(kind_of(_name(whole)).value(role, seen[key]))
                seen[key] += 1
            filled[new_key] = fill(item, role)
        return filled
    if isinstance(value, list):
        return [fill(item, role) for item in value]
    if isinstance(value, str):
        whole = PLACEHOLDER.fullmatch(value)
        if whole:
            return kind_of(_name(whole)).value(role, 0)
        return PLACEHOLDER.sub(lambda match: str(kind_of(_name(match)).value(role, 0)), value)
    return value


def _name(match: re.Match[str]) -> str:
    return match.group(1) if match.group(1) is not None else match.group(0)


def check_examples(spec: dict[str, Any], pages: Pages) -> Report:
    report = Report()
    schemas = SpecSchemas(spec)
    operations = _operations(spec)
    for example in pages.examples:
        if example.role == "model":
            reason = "its values describe the fields in words; the import request example is checked instead"
            report.unusable.append(Unusable(example, reason))
            continue
        try:
            parsed, repairs = parse(example.text)
            value = fill(parsed, example.role)
        except (NotJson, UnknownPlaceholder) as error:
            report.unusable.append(Unusable(example, str(error)))
            continue
        target = _target(example, operations, spec)
        if target is None:
            report.unusable.append(Unusable(example, "no operation of the spec has this method and path"))
            continue
        pointer, node = target
        if example.role == "request" and pointer.endswith(("/get", "/delete")):
            problems = _query_problems(schemas, node, pointer, value)
            where = f"{pointer}/parameters"
        else:
            schema_pointer = _schema_pointer(schemas, example.role, node, pointer)
            if schema_pointer is None:
                report.unusable.append(Unusable(example, f"the spec has no JSON schema for it at {pointer}"))
                continue
            where = schema_pointer
            problems = _problems(schemas, where, value)
        report.checked.append(Checked(example, where, value, tuple(repairs), tuple(problems)))
    return report


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance((item or {}).get(method), dict):
                pointer = f"#/paths/{escape(path)}/{method}"
                found[(method.upper(), _PARAMETER.sub("{}", path))] = (pointer, item)
    return found


def _target(
    example: Example, operations: dict[tuple[str, str], tuple[str, dict[str, Any]]], spec: dict[str, Any]
) -> tuple[str, dict[str, Any]] | None:
    if example.role == "webhook":
        hook = (spec.get("webhooks") or {}).get(WEBHOOK)
        return (f"#/webhooks/{WEBHOOK}/post", hook) if hook is not None else None
    method, _, path = example.section.partition(" ")
    found = operations.get((method, _PARAMETER.sub("{}", path)))
    return found


def _schema_pointer(schemas: SpecSchemas, role: str, item: Any, pointer: str) -> str | None:
    item_pointer, method = pointer.rsplit("/", 1)
    item, item_pointer = schemas.resolve(item, item_pointer)
    operation = (item or {}).get(method) or {}
    pointer = f"{item_pointer}/{method}"
    if role in ("request", "webhook"):
        holder, holder_pointer = schemas.resolve(operation.get("requestBody"), f"{pointer}/requestBody")
    else:
        response = (operation.get("responses") or {}).get("200")
        holder, holder_pointer = schemas.resolve(response, f"{pointer}/responses/200")
    media = ((holder or {}).get("content") or {}).get(JSON) or {}
    return f"{holder_pointer}/content/{escape(JSON)}/schema" if "schema" in media else None


def _query_problems(schemas: SpecSchemas, item: Any, pointer: str, value: Any) -> list[str]:
    item, _ = schemas.resolve(item, pointer)
    operation = item[pointer.rsplit("/", 1)[1]]
    parameters: dict[str, tuple[str, dict[str, Any]]] = {}
    for index, parameter in enumerate(
        [*(item.get("parameters") or []), *(operation.get("parameters") or [])]
    ):
        resolved, where = schemas.resolve(parameter, f"{pointer}/parameters/{index}")
        if resolved.get("in") == "query":
            parameters[resolved["name"]] = (where, resolved)
    values = value if isinstance(value, dict) else {}
    problems = [f"{name}: no query parameter of that name" for name in values if name not in parameters]
    for name, (where, parameter) in parameters.items():
        if name in values:
            problems += [f"{name}: {p}" for p in _problems(schemas, f"{where}/schema", values[name])]
        elif parameter.get("required"):
            problems.append(f"{name}: required by the spec, missing from the example")
    return problems


def _problems(schemas: SpecSchemas, pointer: str, value: Any) -> list[str]:
    problems = []
    for error in schemas.validator(pointer).iter_errors(value):
        deepest = best_match([error])
        at = "/".join(str(part) for part in deepest.absolute_path)
        problems.append(f"{at or '(root)'}: {' '.join(deepest.message.split())}")
    return problems
