"""Inferences speclint can see by reading the documentation pages next to the spec.

For each documented section (openapi/sources/*.txt, read by `walletapp_tools.docpages`) and the
operation with its method and path, every difference between the page and the spec is an inference and
must be marked with `x-walletapp-inferred` (on the field's schema, its parameter, or the component it
refers to):

- a request field whose requiredness differs from the page's (`|Required`, `|Optional`, or neither);
- a request field whose JSON type differs from the page's type word (`timestamp`, `date` and `dateTime`
  are strings);
- a request field the spec constrains beyond the page: a `format` the page does not name for that field
  anywhere (its descriptions and example placeholders on every page: "The UUID of the brand" names a UUID
  for every `brand_id`), a date format or pattern where the page's type is not a date or timestamp, an
  `enum` without the page's "Can be [...]", numeric bounds, more than one required item or character;
- a request field the page does not list, and an answer field the page's example does not show.

A field the page lists but the spec lacks is reported too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..docpages import Pages, Section
from ..docpages._jsonish import NotJson, Pairs, parse
from ..spec import join
from ._document import Document, Operation, fragment, mapping
from ._finding import Finding
from ._register import MARKER, is_marked
from ._schemas import parameters, types_of

_PARAMETER = re.compile(r"\{[^}]*\}|:[A-Za-z_]+")
_PLACEHOLDER = re.compile(r"^<[^<>]+>$")
_DATE_WORDS = frozenset({"date", "datetime", "timestamp"})
_TYPE_WORDS = {
    "string": "string",
    "integer": "integer",
    "boolean": "boolean",
    "array": "array",
    "array[object]": "array",
    "object": "object",
    "date": "string",
    "datetime": "string",
    "timestamp": "string",
}
_FORMAT_WORDS = {"uuid": ("uuid",), "email": ("email",), "uri": ("url", "link"), "url": ("url", "link")}


@dataclass(frozen=True)
class _Field:
    schema: Any
    pointer: str
    required: bool
    marked: bool


def check_against_docs(document: Document, pages: Pages) -> Iterator[Finding]:
    operations = {(op.method.upper(), _PARAMETER.sub("{}", op.path)): op for op in document.operations()}
    pooled = _pooled_words(pages)
    for section in pages.sections:
        operation = operations.get((section.method, _PARAMETER.sub("{}", section.path)))
        if operation is None:
            continue  # tests/spec/test_inventory.py checks that every documented operation exists
        yield from _requests(document, section, operation, pooled)
        yield from _answers(document, section, operation)


def _pooled_words(pages: Pages) -> dict[str, str]:
    """field name -> every description and request-example placeholder the pages give for it."""
    words: dict[str, list[str]] = {}
    for section in pages.sections:
        for field in section.fields:
            words.setdefault(field.name.lstrip(":"), []).append(field.description)
        for example in section.examples:
            if example.role == "request":
                try:
                    value, _ = parse(example.text)
                except NotJson:
                    continue
                for name, text in _leaves(value, ""):
                    words.setdefault(name, []).append(text)
    return {name: " ".join(texts).lower() for name, texts in words.items()}


def _leaves(value: Any, prefix: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, Pairs):
        for key, item in value.items:
            yield from _leaves(item, f"{prefix}{key}" if not prefix else f"{prefix}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, f"{prefix}.*")
    elif isinstance(value, str) and prefix:
        yield prefix, value


# --- requests ------------------------------------------------------------------------------------------


def _requests(
    document: Document, section: Section, operation: Operation, pooled: dict[str, str]
) -> Iterator[Finding]:
    fields = _spec_fields(document, operation)
    documented = {field.name.lstrip(":") for field in section.fields}
    path_names = set(re.findall(r"\{([^}]+)\}|:([A-Za-z_]+)", section.path))
    documented |= {name for pair in path_names for name in pair if name}
    for field in section.fields:
        name = field.name.lstrip(":")
        spec = fields.get(name)
        if spec is None:
            yield Finding(
                operation.label, fragment(operation.pointer), f"the page lists `{name}`, which the spec lacks"
            )
            continue
        differences = _differences(
            document, field.type, field.required, field.description, spec, pooled.get(name, "")
        )
        if differences and not spec.marked:
            yield Finding(
                operation.label,
                spec.pointer,
                f"`{name}` differs from the page ({'; '.join(differences)}): mark it with {MARKER}",
            )
    for name, spec in fields.items():
        if name in documented or spec.marked:
            continue
        parent = name.split(".*", 1)[0] if ".*" in name else None
        if parent is not None and not any(d.startswith(f"{parent}.*") for d in documented):
            continue  # the page does not detail the items of this list
        yield Finding(operation.label, spec.pointer, f"`{name}` is not on the page: mark it with {MARKER}")


def _spec_fields(document: Document, operation: Operation) -> dict[str, _Field]:
    fields: dict[str, _Field] = {}
    item_pointer = fragment(operation.pointer).rsplit("/", 1)[0]
    item, item_pointer = document.resolve(document.follow(item_pointer), item_pointer)
    for parameter, pointer in parameters(document, operation, mapping(item), item_pointer):
        schema = parameter.get("schema")
        marked = is_marked(parameter) or _marked(document, schema, join(pointer, "schema"))
        fields[str(parameter.get("name"))] = _Field(schema, pointer, bool(parameter.get("required")), marked)
    body, body_pointer = document.resolve(
        operation.node.get("requestBody"), join(fragment(operation.pointer), "requestBody")
    )
    media = mapping(mapping(mapping(body).get("content")).get("application/json"))
    if isinstance(media.get("schema"), dict):
        _object_fields(
            document,
            media["schema"],
            join(body_pointer, "content", "application/json", "schema"),
            "",
            fields,
        )
    return fields


def _object_fields(
    document: Document, schema: Any, pointer: str, prefix: str, fields: dict[str, _Field]
) -> None:
    schema, pointer = document.resolve(schema, pointer)
    required = set(mapping(schema).get("required") or [])
    for name, child in mapping(mapping(schema).get("properties")).items():
        child_pointer = join(pointer, "properties", name)
        key = f"{prefix}{name}"
        fields[key] = _Field(child, child_pointer, name in required, _marked(document, child, child_pointer))
        resolved, resolved_pointer = document.resolve(child, child_pointer)
        items = mapping(resolved).get("items")
        if prefix == "" and isinstance(items, dict):
            items_pointer = join(resolved_pointer, "items")
            target, target_pointer = document.resolve(items, items_pointer)
            if "properties" in mapping(target):
                _object_fields(document, target, target_pointer, f"{key}.*.", fields)
            else:
                fields[f"{key}.*"] = _Field(
                    items, items_pointer, True, _marked(document, items, items_pointer)
                )


def _marked(document: Document, node: Any, pointer: str) -> bool:
    """`node` or a schema its `$ref`s lead to carries a marker."""
    seen: set[str] = set()
    while isinstance(node, dict):
        if is_marked(node):
            return True
        ref = node.get("$ref")
        if not isinstance(ref, str) or ref in seen:
            return False
        seen.add(ref)
        node = document.follow(ref)
    return False


def _differences(
    document: Document, type_word: str, required: bool | None, description: str, spec: _Field, words: str
) -> list[str]:
    found = []
    if required is None:
        found.append("the page marks it neither required nor optional")
    elif required != spec.required:
        page, here = ("required" if flag else "optional" for flag in (required, spec.required))
        found.append(f"{page} on the page, {here} here")
    word = type_word.lower()
    expected = _TYPE_WORDS.get(word)
    actual = types_of(document, spec.schema, spec.pointer)
    if expected is not None and actual != {expected}:
        found.append(f"type {type_word} on the page, {' | '.join(sorted(actual))} here")
    for constraint in _constraints(document, spec.schema, spec.pointer):
        if not _justified(constraint, word, description, words):
            found.append(f"{constraint} here")
    return found


def _constraints(document: Document, node: Any, pointer: str, depth: int = 0) -> list[str]:
    """The constraints `node` adds to its type, through `$ref`s and union branches."""
    node, pointer = document.resolve(node, pointer)
    node = mapping(node)
    found = []
    if "format" in node:
        found.append(f"format {node['format']}")
    if "pattern" in node:
        found.append("pattern")
    if "enum" in node:
        found.append("enum")
    for keyword in (
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "maxLength",
        "maxItems",
        "multipleOf",
    ):
        if keyword in node:
            found.append(keyword)
    for keyword in ("minLength", "minItems"):
        if isinstance(node.get(keyword), int) and node[keyword] > 1:
            found.append(keyword)
    for keyword in ("anyOf", "oneOf", "allOf"):
        for index, branch in enumerate(node.get(keyword) or [] if depth < 10 else []):
            found += _constraints(document, branch, join(pointer, keyword, index), depth + 1)
    return found


def _justified(constraint: str, type_word: str, description: str, words: str) -> bool:
    if constraint.startswith("format "):
        kind = constraint.removeprefix("format ")
        if kind in ("date", "date-time"):
            return type_word in _DATE_WORDS
        return any(word in words for word in _FORMAT_WORDS.get(kind, ()))
    if constraint == "pattern":
        return type_word in _DATE_WORDS
    if constraint == "enum":
        return "can be" in description.lower()
    return False


# --- answers -------------------------------------------------------------------------------------------


def _answers(document: Document, section: Section, operation: Operation) -> Iterator[Finding]:
    example = next((e for e in section.examples if e.role == "response"), None)
    response = mapping(operation.node.get("responses")).get("200")
    if example is None or response is None:
        return
    try:
        shown, _ = parse(example.text)
    except NotJson:
        return
    response, pointer = document.resolve(response, join(fragment(operation.pointer), "responses", "200"))
    media = mapping(mapping(mapping(response).get("content")).get("application/json"))
    if isinstance(media.get("schema"), dict):
        schema_pointer = join(pointer, "content", "application/json", "schema")
        yield from _compare_answer(document, operation, shown, media["schema"], schema_pointer, "")


def _compare_answer(
    document: Document, operation: Operation, shown: Any, schema: Any, pointer: str, path: str
) -> Iterator[Finding]:
    if isinstance(shown, list):
        schema, pointer = _object_branch(document, schema, pointer)
        items = mapping(schema).get("items")
        if shown and isinstance(items, dict):
            yield from _compare_answer(
                document, operation, shown[0], items, join(pointer, "items"), f"{path}[]"
            )
        return
    if not isinstance(shown, Pairs) or any(_PLACEHOLDER.match(key) for key, _ in shown.items):
        return
    properties = _properties(document, schema, pointer)
    keys = {key: value for key, value in shown.items}
    for name, (child, child_pointer) in properties.items():
        field = f"{path}.{name}" if path else name
        if name not in keys:
            if not _marked(document, child, child_pointer):
                yield Finding(
                    operation.label,
                    child_pointer,
                    f"answer field `{field}` is not in the page's example: mark it with {MARKER}",
                )
            continue
        yield from _compare_answer(document, operation, keys[name], child, child_pointer, field)
    for name in keys:
        if name not in properties:
            yield Finding(
                operation.label,
                pointer,
                f"the page's answer shows `{path + '.' if path else ''}{name}`, which the spec lacks",
            )


def _object_branch(document: Document, schema: Any, pointer: str) -> tuple[Any, str]:
    """The schema itself, or its first non-null union branch (`oneOf: [Coupon, null]`)."""
    schema, pointer = document.resolve(schema, pointer)
    for keyword in ("oneOf", "anyOf"):
        for index, branch in enumerate(mapping(schema).get(keyword) or []):
            resolved, branch_pointer = document.resolve(branch, join(pointer, keyword, index))
            if mapping(resolved).get("type") != "null":
                return resolved, branch_pointer
    return schema, pointer


def _properties(document: Document, schema: Any, pointer: str) -> dict[str, tuple[Any, str]]:
    """Properties of an object schema, `allOf` members merged."""
    schema, pointer = _object_branch(document, schema, pointer)
    found = {
        name: (child, join(pointer, "properties", name))
        for name, child in mapping(mapping(schema).get("properties")).items()
    }
    for index, member in enumerate(mapping(schema).get("allOf") or []):
        found.update(_properties(document, member, join(pointer, "allOf", index)))
    return found
